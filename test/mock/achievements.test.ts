// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import type { GetCustomerAchievementHistoryInput } from '../../src/client/operations/getCustomerAchievementHistory.js';
import type { GetCustomerAchievementsInput } from '../../src/client/operations/getCustomerAchievements.js';
import { createTalonSandbox, type TalonSandbox } from '../../src/mock/createTalonSandbox.js';
import { talonPeriod } from '../../src/mock/domain/achievementPeriods.js';
import { decreaseProgress, increaseProgress, previewProgress } from '../../src/mock/domain/achievements.js';
import { createContext } from '../../src/mock/SandboxContext.js';
import type { SandboxAchievement, SandboxSeed } from '../../src/mock/SandboxSeed.js';

const now = '2026-01-15T12:00:00.000Z';

const base = { campaignId: 1, title: 'A', description: 'An achievement', created: '2025-12-01T00:00:00.000Z' };
const achievements: SandboxAchievement[] = [
  { ...base, id: 1, name: 'once', target: 3, period: 'P7D' },
  { ...base, id: 2, name: 'on_expiration', target: 2, period: 'P7D', recurrencePolicy: 'on_expiration' },
  { ...base, id: 3, name: 'on_completion', target: 2, period: 'P7D', recurrencePolicy: 'on_completion' },
  {
    ...base,
    id: 4,
    name: 'monthly',
    target: 5,
    period: 'P1M',
    activationPolicy: 'fixed_schedule',
    fixedStartDate: '2025-11-01T00:00:00.000Z',
    recurrencePolicy: 'on_expiration',
  },
  {
    ...base,
    id: 5,
    name: 'later',
    campaignId: 2,
    target: 1,
    activationPolicy: 'fixed_schedule',
    fixedStartDate: '2026-02-01T00:00:00.000Z',
  },
  { ...base, id: 6, name: 'ending', target: 10, period: 'P1Y', endDate: '2026-01-20T00:00:00.000Z' },
  { ...base, id: 7, name: 'over', target: 1, endDate: '2026-01-01T00:00:00.000Z' },
  { ...base, id: 8, name: 'stopped', campaignId: 3, target: 1 },
];

const seed: SandboxSeed = {
  campaigns: [
    { id: 1, name: 'Achievements', rules: [] },
    { id: 2, name: 'More achievements', rules: [] },
    { id: 3, name: 'Stopped', state: 'disabled', rules: [] },
  ],
  profiles: [{ integrationId: 'ada' }, { integrationId: 'bob' }],
  achievements,
};

function setup(extra: Partial<SandboxSeed> = {}) {
  const sandbox = createTalonSandbox({ ...seed, ...extra }, { now });
  const context = () => createContext(sandbox.state, sandbox.clock);
  const increase = (id: number, delta = 1, who = 'ada') => increaseProgress(context(), id, who, delta);
  return { sandbox, context, increase };
}

function list(sandbox: TalonSandbox, input: Partial<GetCustomerAchievementsInput> = {}) {
  const page = sandbox.call('getCustomerAchievements', { integrationId: 'ada', ...input });
  expect(z.parse(operations.getCustomerAchievements.output!, page)).toEqual(page);
  return page;
}

function history(
  sandbox: TalonSandbox,
  achievementId: number,
  input: Partial<GetCustomerAchievementHistoryInput> = {},
) {
  const page = sandbox.call('getCustomerAchievementHistory', { integrationId: 'ada', achievementId, ...input });
  expect(z.parse(operations.getCustomerAchievementHistory.output!, page)).toEqual(page);
  return page;
}

describe('increaseProgress', () => {
  it('starts a period at the first progress and completes it at the target', () => {
    const { sandbox, increase } = setup();
    expect(increase(1)).toEqual({
      achievementId: 1,
      achievementName: 'once',
      delta: 1,
      value: 1,
      target: 3,
      isJustCompleted: false,
    });
    expect(history(sandbox, 1).data).toEqual([
      { status: 'inprogress', progress: 1, startDate: now, endDate: '2026-01-22T12:00:00.000Z' },
    ]);
    sandbox.clock.advance('P1D');
    expect(increase(1, 2)).toMatchObject({ delta: 2, value: 3, isJustCompleted: true });
    expect(history(sandbox, 1).data).toEqual([
      {
        status: 'completed',
        progress: 3,
        startDate: now,
        endDate: '2026-01-22T12:00:00.000Z',
        completionDate: '2026-01-16T12:00:00.000Z',
      },
    ]);
  });

  it('no_recurrence: nothing more after completion or after the period expired', () => {
    const { sandbox, increase } = setup();
    increase(1, 3);
    expect(increase(1)).toBeUndefined();
    increase(1, 1, 'bob');
    sandbox.clock.advance('P8D');
    expect(increase(1, 1, 'bob')).toBeUndefined();
    expect(
      sandbox.call('getCustomerAchievementHistory', { integrationId: 'bob', achievementId: 1 }).data,
    ).toMatchObject([{ status: 'expired', progress: 1 }]);
  });

  it('on_expiration: a completed period stays completed until it ends, then a new one begins', () => {
    const { sandbox, increase } = setup();
    increase(2, 2);
    expect(increase(2)).toBeUndefined();
    sandbox.clock.advance('P7D');
    expect(increase(2)).toMatchObject({ value: 1, isJustCompleted: false });
    expect(history(sandbox, 2).data).toEqual([
      { status: 'inprogress', progress: 1, startDate: '2026-01-22T12:00:00.000Z', endDate: '2026-01-29T12:00:00.000Z' },
      {
        status: 'completed',
        progress: 2,
        startDate: now,
        completionDate: now,
        endDate: '2026-01-22T12:00:00.000Z',
      },
    ]);
  });

  it('on_expiration: a period that ends before completion expires, and the next progress begins a new one', () => {
    const { sandbox, increase } = setup();
    increase(2);
    sandbox.clock.advance('P10D');
    expect(history(sandbox, 2).data).toMatchObject([{ status: 'expired', progress: 1 }]);
    expect(increase(2)).toMatchObject({ value: 1 });
    expect(history(sandbox, 2).data.map((p) => p.status)).toEqual(['inprogress', 'expired']);
  });

  it('on_completion: the next progress after completion begins a new period at once', () => {
    const { sandbox, increase } = setup();
    expect(increase(3, 2)).toMatchObject({ isJustCompleted: true });
    sandbox.clock.advance('PT1H');
    expect(increase(3)).toMatchObject({ value: 1, isJustCompleted: false });
    expect(history(sandbox, 3).data.map((p) => [p.status, p.startDate])).toEqual([
      ['inprogress', '2026-01-15T13:00:00.000Z'],
      ['completed', now],
    ]);
  });

  it('fixed_schedule: periods follow the schedule from fixedStartDate', () => {
    const { sandbox, increase } = setup();
    increase(4, 2);
    expect(history(sandbox, 4).data).toEqual([
      { status: 'inprogress', progress: 2, startDate: '2026-01-01T00:00:00.000Z', endDate: '2026-02-01T00:00:00.000Z' },
    ]);
    sandbox.clock.set('2026-03-10T00:00:00.000Z');
    increase(4);
    expect(history(sandbox, 4).data.map((p) => [p.status, p.startDate, p.endDate])).toEqual([
      ['inprogress', '2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
      ['expired', '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'],
    ]);
  });

  it('fixed_schedule: nothing before fixedStartDate', () => {
    const { sandbox, increase } = setup();
    expect(increase(5)).toBeUndefined();
    sandbox.clock.set('2026-02-01T00:00:00.000Z');
    expect(increase(5)).toMatchObject({ isJustCompleted: true });
  });

  it('a period ends at the achievement end date when that comes first; nothing after it', () => {
    const { sandbox, increase } = setup();
    increase(6);
    expect(history(sandbox, 6).data[0]).toMatchObject({ endDate: '2026-01-20T00:00:00.000Z' });
    expect(increase(7)).toBeUndefined();
    sandbox.clock.advance('P10D');
    expect(increase(6)).toBeUndefined();
    expect(history(sandbox, 6).data[0]).toMatchObject({ status: 'expired' });
  });

  it('ignores unknown achievements, anonymous profiles and non-positive deltas', () => {
    const { sandbox, increase } = setup();
    const before = sandbox.snapshot();
    expect(increase(99)).toBeUndefined();
    expect(increase(1, 1, '')).toBeUndefined();
    expect(increase(1, 0)).toBeUndefined();
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('previewProgress', () => {
  it('answers what increaseProgress would, without changing anything', () => {
    const { sandbox, context, increase } = setup();
    increase(1);
    const before = sandbox.snapshot();
    const preview = previewProgress(context(), 1, 'ada', 2);
    expect(preview).toEqual({
      achievementId: 1,
      achievementName: 'once',
      delta: 2,
      value: 3,
      target: 3,
      isJustCompleted: true,
    });
    expect(sandbox.snapshot()).toEqual(before);
    expect(increase(1, 2)).toEqual(preview);
    expect(previewProgress(context(), 1, 'ada', 1)).toBeUndefined();
  });
});

describe('decreaseProgress', () => {
  it('takes progress back, un-completing the period', () => {
    const { sandbox, context, increase } = setup();
    increase(1, 1);
    increase(1, 2);
    decreaseProgress(context(), 1, 'ada', 2);
    expect(history(sandbox, 1).data).toEqual([
      { status: 'inprogress', progress: 1, startDate: now, endDate: '2026-01-22T12:00:00.000Z' },
    ]);
    expect(increase(1, 2)).toMatchObject({ isJustCompleted: true });
  });

  it('removes a period left without progress, and finds progress in the period it completed', () => {
    const { sandbox, context, increase } = setup();
    increase(1);
    decreaseProgress(context(), 1, 'ada', 1);
    expect(history(sandbox, 1).data).toEqual([]);
    increase(3, 2);
    increase(3, 1);
    decreaseProgress(context(), 3, 'ada', 2);
    expect(history(sandbox, 3).data).toMatchObject([{ status: 'expired', progress: 1 }]);
  });
});

describe('getCustomerAchievements', () => {
  it('lists the active achievements with the current progress by default', () => {
    const { sandbox, increase } = setup();
    increase(1, 2);
    const page = list(sandbox);
    expect(page.data.map((a) => a.id)).toEqual([1, 2, 3, 4, 6]);
    expect(page.totalResultSize).toBe(5);
    expect(page.data[0]).toEqual({
      id: 1,
      created: '2025-12-01T00:00:00.000Z',
      name: 'once',
      title: 'A',
      description: 'An achievement',
      target: 3,
      period: '7D',
      recurrencePolicy: 'no_recurrence',
      activationPolicy: 'user_action',
      campaignId: 1,
      status: 'active',
      currentProgress: { status: 'inprogress', progress: 2, startDate: now, endDate: '2026-01-22T12:00:00.000Z' },
    });
    expect(page.data[1]?.currentProgress).toEqual({ status: 'not_started', progress: 0 });
    expect(page.data[3]).toMatchObject({ period: '1M', fixedStartDate: '2025-11-01T00:00:00.000Z' });
  });

  it('filters by achievement status, campaign, achievement and current progress', () => {
    const { sandbox, increase } = setup();
    increase(1, 3);
    increase(2);
    const ids = (input: Partial<GetCustomerAchievementsInput>) => list(sandbox, input).data.map((a) => a.id);
    expect(ids({ achievementStatus: ['scheduled'] })).toEqual([5]);
    expect(ids({ achievementStatus: ['active', 'scheduled'] })).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ids({ achievementStatus: ['active', 'scheduled'], campaignIds: ['2'] })).toEqual([5]);
    expect(ids({ achievementIds: ['2', '4', '8'] })).toEqual([2, 4]);
    expect(ids({ currentProgressStatus: ['completed'] })).toEqual([1]);
    expect(ids({ currentProgressStatus: ['inprogress', 'completed'] })).toEqual([1, 2]);
    expect(ids({ currentProgressStatus: ['not_started'] })).toEqual([3, 4, 6]);
  });

  it('shows a recurring achievement whose period is over as not started again', () => {
    const { sandbox, increase } = setup();
    increase(2, 2);
    increase(1, 3);
    expect(list(sandbox, { achievementIds: ['1', '2'] }).data.map((a) => a.currentProgress?.status)).toEqual([
      'completed',
      'completed',
    ]);
    sandbox.clock.advance('P8D');
    expect(list(sandbox, { achievementIds: ['1', '2'] }).data.map((a) => a.currentProgress?.status)).toEqual([
      'completed',
      'not_started',
    ]);
  });

  it('pages with pageSize and skip; totalResultSize counts every match', () => {
    const { sandbox } = setup();
    const page = list(sandbox, { pageSize: 2, skip: 1 });
    expect(page.data.map((a) => a.id)).toEqual([2, 3]);
    expect(page.totalResultSize).toBe(5);
    expect(list(sandbox, { skip: 10 }).data).toEqual([]);
  });

  it('404 for an unknown profile; 400 for a campaign ID that is not a number', () => {
    const { sandbox } = setup();
    expect(() => sandbox.call('getCustomerAchievements', { integrationId: 'nobody' })).toThrow(
      expect.objectContaining({ status: 404, message: 'customer profile "nobody" not found' }),
    );
    let error: unknown;
    try {
      sandbox.call('getCustomerAchievements', { integrationId: 'ada', campaignIds: ['one'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ status: 400, body: { errors: [{ source: { parameter: 'campaignIds' } }] } });
    expect(() => sandbox.call('getCustomerAchievements', { integrationId: 'ada', pageSize: 0 })).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringContaining('pageSize') }),
    );
  });
});

describe('getCustomerAchievementHistory', () => {
  function withThreePeriods() {
    const setupResult = setup();
    const { sandbox, increase } = setupResult;
    increase(3, 2); // completed, starts 2026-01-15
    sandbox.clock.set('2026-02-01T00:00:00.000Z');
    increase(3, 1); // in progress, starts 2026-02-01, expires 2026-02-08
    sandbox.clock.set('2026-03-01T00:00:00.000Z');
    increase(3, 1); // in progress, starts 2026-03-01
    return setupResult;
  }

  it('lists the periods newest first with their status', () => {
    const { sandbox } = withThreePeriods();
    const page = history(sandbox, 3);
    expect(page.totalResultSize).toBe(3);
    expect(page.data.map((p) => [p.status, p.startDate])).toEqual([
      ['inprogress', '2026-03-01T00:00:00.000Z'],
      ['expired', '2026-02-01T00:00:00.000Z'],
      ['completed', now],
    ]);
  });

  it('filters by status and start date range, and pages', () => {
    const { sandbox } = withThreePeriods();
    const starts = (input: Partial<GetCustomerAchievementHistoryInput>) =>
      history(sandbox, 3, input).data.map((p) => p.startDate);
    expect(starts({ progressStatus: ['completed', 'expired'] })).toEqual(['2026-02-01T00:00:00.000Z', now]);
    expect(starts({ startDate: '2026-02-01T00:00:00Z' })).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
    expect(starts({ endDate: '2026-02-01T00:00:00Z' })).toEqual(['2026-02-01T00:00:00.000Z', now]);
    expect(starts({ pageSize: 1, skip: 1 })).toEqual(['2026-02-01T00:00:00.000Z']);
    expect(history(sandbox, 3, { pageSize: 1 }).totalResultSize).toBe(3);
  });

  it('is empty for a profile without progress', () => {
    const { sandbox } = setup();
    expect(history(sandbox, 1)).toEqual({ totalResultSize: 0, data: [] });
  });

  it('404 for an unknown achievement or profile; 400 for a range that ends before it starts', () => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    expect(() => sandbox.call('getCustomerAchievementHistory', { integrationId: 'ada', achievementId: 99 })).toThrow(
      expect.objectContaining({ status: 404, message: 'achievement 99 not found' }),
    );
    expect(() => sandbox.call('getCustomerAchievementHistory', { integrationId: 'nobody', achievementId: 1 })).toThrow(
      expect.objectContaining({ status: 404, message: 'customer profile "nobody" not found' }),
    );
    expect(() =>
      sandbox.call('getCustomerAchievementHistory', {
        integrationId: 'ada',
        achievementId: 1,
        startDate: '2026-02-01T00:00:00Z',
        endDate: '2026-01-01T00:00:00Z',
      }),
    ).toThrow(expect.objectContaining({ status: 400, message: 'endDate must not be before startDate' }));
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('seeded progress', () => {
  it('gets its period end from the achievement, and expires with it', () => {
    const { sandbox, increase } = setup({
      achievementProgress: [
        { achievementId: 2, integrationId: 'ada', progress: 1, startDate: '2026-01-14T00:00:00.000Z' },
      ],
    });
    expect(history(sandbox, 2).data).toEqual([
      { status: 'inprogress', progress: 1, startDate: '2026-01-14T00:00:00.000Z', endDate: '2026-01-21T00:00:00.000Z' },
    ]);
    expect(increase(2)).toMatchObject({ value: 2, isJustCompleted: true });
  });
});

describe('talonPeriod', () => {
  it.each([
    ['P7D', '7D'],
    ['P2W', '2W'],
    ['P1W1D', '8D'],
    ['P30D', '30D'],
    ['P1M', '1M'],
    ['P1Y', '1Y'],
    ['P1Y6M', '18M'],
    ['PT12H', '12h'],
    ['PT90M', '90m'],
    ['PT45S', '45s'],
    ['P1DT12H', '36h'],
  ])('%s is %s', (iso, talon) => {
    expect(talonPeriod(iso)).toBe(talon);
  });
});
