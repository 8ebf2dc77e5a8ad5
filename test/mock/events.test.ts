// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import type { IntegrationEventV2Request } from '../../src/schemas/IntegrationEventV2Request.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  campaigns: [
    {
      id: 1,
      name: 'Sharing',
      rules: [
        {
          title: 'Points for sharing',
          conditions: [{ type: 'event', eventType: 'product_shared' }],
          effects: [
            { type: 'addLoyaltyPoints', programId: 1, points: 3 },
            { type: 'increaseAchievementProgress', achievementId: 1 },
          ],
        },
        {
          title: 'Sharing on a channel',
          conditions: [
            { type: 'event', eventType: 'product_shared' },
            { type: 'sessionAttribute', name: 'channel', value: 'instagram' },
          ],
          effects: [{ type: 'showNotification', title: 'Thanks', body: 'for sharing' }],
        },
      ],
    },
    // A cart rule without conditions: events must not fire it.
    {
      id: 2,
      name: 'Cart',
      rules: [{ title: 'Always', effects: [{ type: 'addLoyaltyPoints', programId: 1, points: 100 }] }],
    },
  ],
  loyaltyPrograms: [{ id: 1, name: 'points', title: 'Points' }],
  achievements: [{ id: 1, campaignId: 1, name: 'sharer', title: 'Sharer', description: 'Share', target: 2 }],
};

const sandboxOf = () => createTalonSandbox(seed, { now });

function track(sandbox: ReturnType<typeof sandboxOf>, body: IntegrationEventV2Request, dry?: boolean) {
  const result = sandbox.call('trackEventV2', { body, silent: 'no', ...(dry === undefined ? {} : { dry }) });
  expect(z.safeParse(operations.trackEventV2.output!, result).success).toBe(true);
  if (!result) throw new Error('silent: no must answer a body');
  return result;
}

const points = (sandbox: ReturnType<typeof sandboxOf>, integrationId: string) =>
  (sandbox.state.ledgers.get(`profile/1/${integrationId}`) ?? []).map((entry) => [entry.amount, entry.transactionType]);

describe('trackEventV2', () => {
  it('fires the campaigns with an event condition on its type and commits their side effects at once', () => {
    const sandbox = sandboxOf();
    const result = track(sandbox, {
      profileId: 'dana',
      type: 'product_shared',
      attributes: { channel: 'instagram' },
      responseContent: ['customerProfile', 'event', 'triggeredCampaigns'],
    });
    expect(result.effects.map((effect) => effect.effectType)).toEqual([
      'addLoyaltyPoints',
      'increaseAchievementProgress',
      'showNotification',
    ]);
    expect(result.effects[1]?.props).toMatchObject({ value: 1, target: 2, isJustCompleted: false });
    expect(points(sandbox, 'dana')).toEqual([[3, 'session']]);
    expect(sandbox.state.achievementProgress.get('1/dana')?.at(-1)?.progress).toBe(1);
    expect(result.customerProfile).toMatchObject({ integrationId: 'dana' });
    expect(result.event).toMatchObject({
      type: 'product_shared',
      profileId: 'dana',
      attributes: { channel: 'instagram' },
    });
    expect(result.triggeredCampaigns?.map((campaign) => campaign.id)).toEqual([1]);
    const second = track(sandbox, { profileId: 'dana', type: 'product_shared' });
    expect(second.effects.map((effect) => effect.effectType)).toEqual([
      'addLoyaltyPoints',
      'increaseAchievementProgress',
    ]);
    expect(second.effects[1]?.props).toMatchObject({ value: 2, isJustCompleted: true });
  });

  it('creates the profile on first use and stores the event', () => {
    const sandbox = sandboxOf();
    expect(sandbox.state.profiles.has('erin')).toBe(false);
    track(sandbox, { profileId: 'erin', type: 'page_viewed', attributes: { page: '/shoes' } });
    expect(sandbox.state.profiles.has('erin')).toBe(true);
    const events = [...sandbox.state.events.values()];
    expect(events).toEqual([expect.objectContaining({ type: 'page_viewed', profileId: 'erin', effects: [] })]);
  });

  it('answers 204 (undefined) by default', () => {
    const sandbox = sandboxOf();
    expect(sandbox.call('trackEventV2', { body: { profileId: 'dana', type: 'product_shared' } })).toBeUndefined();
    expect(points(sandbox, 'dana')).toEqual([[3, 'session']]);
  });

  it('fires neither other event types nor rules without an event condition', () => {
    const sandbox = sandboxOf();
    expect(track(sandbox, { profileId: 'dana', type: 'page_viewed' }).effects).toEqual([]);
    expect(points(sandbox, 'dana')).toEqual([]);
  });

  it('dry answers the effects and keeps nothing, not even the profile', () => {
    const sandbox = sandboxOf();
    const before = sandbox.snapshot();
    const result = track(sandbox, { profileId: 'dana', type: 'product_shared' }, true);
    expect(result.effects).toHaveLength(2);
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('refuses an event without profileId, with a reserved type, or forceCompleteEvaluation without dry', () => {
    const sandbox = sandboxOf();
    const before = sandbox.snapshot();
    expect(() => sandbox.call('trackEventV2', { body: { type: 'product_shared' } })).toThrow(
      expect.objectContaining({
        status: 400,
        message: expect.stringMatching(/profileId is required/),
        body: expect.objectContaining({ errors: [expect.objectContaining({ source: { pointer: '/profileId' } })] }),
      }),
    );
    expect(() => sandbox.call('trackEventV2', { body: { profileId: 'dana', type: 'talon_session_closed' } })).toThrow(
      /reserved/,
    );
    expect(() =>
      sandbox.call('trackEventV2', { forceCompleteEvaluation: true, body: { profileId: 'dana', type: 'x' } }),
    ).toThrow(/forceCompleteEvaluation requires dry=true/);
    expect(sandbox.snapshot()).toEqual(before);
  });
});
