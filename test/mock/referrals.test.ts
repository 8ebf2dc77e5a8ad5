// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import {
  checkReferral,
  createReferralCode,
  redeemReferral,
  referralView,
  unredeemReferral,
} from '../../src/mock/domain/referrals.js';
import { createContext } from '../../src/mock/SandboxContext.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import { ReferralSchema } from '../../src/schemas/Referral.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  campaigns: [
    { id: 1, name: 'Refer a friend', referralRedemptionLimit: 3, rules: [] },
    { id: 2, name: 'Stopped', state: 'archived', rules: [] },
    { id: 3, name: 'Over', endTime: '2026-01-01T00:00:00.000Z', rules: [] },
  ],
  referrals: [
    { code: 'ADA-REF', campaignId: 1, advocateProfileIntegrationId: 'ada' },
    { code: 'STOPPED', campaignId: 2, advocateProfileIntegrationId: 'ada' },
    { code: 'OVER-REF', campaignId: 3, advocateProfileIntegrationId: 'ada' },
    { code: 'LATER', campaignId: 1, advocateProfileIntegrationId: 'ada', startDate: '2026-02-01T00:00:00.000Z' },
    { code: 'EXPIRED', campaignId: 1, advocateProfileIntegrationId: 'ada', expiryDate: '2026-01-15T00:00:00.000Z' },
    { code: 'FOR-BOB', campaignId: 1, advocateProfileIntegrationId: 'ada', friendProfileIntegrationId: 'bob' },
    { code: 'USED', campaignId: 1, advocateProfileIntegrationId: 'ada', usageLimit: 2, usageCounter: 2 },
    { code: 'MANY', campaignId: 1, advocateProfileIntegrationId: 'eve', usageLimit: 0 },
  ],
};

function setup() {
  const sandbox = createTalonSandbox(seed, { now });
  return { sandbox, context: createContext(sandbox.state, sandbox.clock) };
}

describe('checkReferral', () => {
  it('accepts a valid code for a friend', () => {
    const { context } = setup();
    expect(checkReferral(context, 'ADA-REF', 'bob')).toMatchObject({ ok: true, referral: { code: 'ADA-REF' } });
    expect(checkReferral(context, 'FOR-BOB', 'bob').ok).toBe(true);
  });

  it.each([
    ['NOPE', 'bob', 'ReferralNotFound'],
    ['ADA-REF', 'ada', 'ReferralRecipientIdSameAsAdvocate'],
    ['STOPPED', 'bob', 'ReferralPartOfNotRunningCampaign'],
    ['OVER-REF', 'bob', 'ReferralPartOfNotRunningCampaign'],
    ['LATER', 'bob', 'ReferralStartDateInFuture'],
    ['EXPIRED', 'bob', 'ReferralExpired'],
    ['FOR-BOB', 'carl', 'ReferralRecipientDoesNotMatch'],
    ['USED', 'bob', 'ReferralLimitReached'],
  ])('rejects %s for "%s" with %s', (code, friend, reason) => {
    const { context } = setup();
    expect(checkReferral(context, code, friend)).toMatchObject({ ok: false, reason });
  });

  it('rejects with CampaignLimitReached once the campaign used up its referral redemptions', () => {
    const { context } = setup();
    // USED already counts 2 of the campaign's 3.
    redeemReferral(context, 'MANY', 'bob');
    expect(checkReferral(context, 'MANY', 'carl')).toMatchObject({ ok: false, reason: 'CampaignLimitReached' });
    unredeemReferral(context, 'MANY', 'bob');
    expect(checkReferral(context, 'MANY', 'carl').ok).toBe(true);
  });

  it('counts redemptions on the code and takes them back', () => {
    const { sandbox, context } = setup();
    redeemReferral(context, 'ADA-REF', 'bob');
    expect(sandbox.state.referrals.get('ADA-REF')).toMatchObject({ usageCounter: 1 });
    expect(checkReferral(context, 'ADA-REF', 'carl')).toMatchObject({ ok: false, reason: 'ReferralLimitReached' });
    unredeemReferral(context, 'ADA-REF', 'bob');
    expect(sandbox.state.referrals.get('ADA-REF')).toMatchObject({ usageCounter: 0 });
    expect(checkReferral(context, 'ADA-REF', 'carl').ok).toBe(true);
  });
});

describe('createReferralCode', () => {
  it('creates a unique code for the advocate, creating the profile, valid for a duration', () => {
    const { sandbox, context } = setup();
    const referral = createReferralCode(context, {
      campaignId: 1,
      advocateProfileIntegrationId: 'zoe',
      validFor: 'P7D',
    });
    expect(referral).toMatchObject({
      campaignId: 1,
      advocateProfileIntegrationId: 'zoe',
      usageLimit: 1,
      usageCounter: 0,
      created: now,
      expiryDate: '2026-01-22T12:00:00.000Z',
    });
    expect(sandbox.state.profiles.has('zoe')).toBe(true);
    expect(sandbox.state.referrals.get(referral.code)).toBe(referral);
    const view = referralView(referral);
    expect(z.parse(ReferralSchema, view)).toEqual(view);
  });
});

describe('createReferral', () => {
  it('creates a referral code for the advocate, ignoring the campaign limits', () => {
    const { sandbox } = setup();
    redeemReferral(createContext(sandbox.state, sandbox.clock), 'MANY', 'x');
    const referral = sandbox.call('createReferral', {
      body: {
        campaignId: 1,
        advocateProfileIntegrationId: 'new-advocate',
        friendProfileIntegrationId: 'friend',
        usageLimit: 5,
        startDate: '2026-01-16T00:00:00Z',
        expiryDate: '2026-03-01T00:00:00Z',
        attributes: { channel: 'web' },
      },
    });
    expect(z.parse(operations.createReferral.output!, referral)).toEqual(referral);
    expect(referral).toMatchObject({
      campaignId: 1,
      advocateProfileIntegrationId: 'new-advocate',
      friendProfileIntegrationId: 'friend',
      usageLimit: 5,
      usageCounter: 0,
      startDate: '2026-01-16T00:00:00Z',
      expiryDate: '2026-03-01T00:00:00Z',
      attributes: { channel: 'web' },
      created: now,
    });
    expect(referral.id).toBeGreaterThan(sandbox.state.referrals.get('MANY')!.id);
    expect(sandbox.state.profiles.has('new-advocate')).toBe(true);
    const second = sandbox.call('createReferral', { body: { campaignId: 1, advocateProfileIntegrationId: 'ada' } });
    expect(second.code).not.toBe(referral.code);
    expect(second.usageLimit).toBe(1);
  });

  it('404 for an unknown campaign, changing nothing', () => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    expect(() =>
      sandbox.call('createReferral', { body: { campaignId: 9, advocateProfileIntegrationId: 'ada' } }),
    ).toThrow(expect.objectContaining({ status: 404, message: 'campaign 9 not found' }));
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('400 for dates that are not RFC 3339 or out of order, naming the field', () => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    const body = { campaignId: 1, advocateProfileIntegrationId: 'ada' };
    expect(() => sandbox.call('createReferral', { body: { ...body, expiryDate: 'tomorrow' } })).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringContaining('expiryDate') }),
    );
    expect(() =>
      sandbox.call('createReferral', {
        body: { ...body, startDate: '2026-03-01T00:00:00Z', expiryDate: '2026-02-01T00:00:00Z' },
      }),
    ).toThrow(expect.objectContaining({ status: 400, message: 'expiryDate must be after startDate' }));
    expect(() => sandbox.call('createReferral', { body: { ...body, advocateProfileIntegrationId: '' } })).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringContaining('advocateProfileIntegrationId') }),
    );
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('createReferralsForMultipleAdvocates', () => {
  it('answers nothing by default (silent) and still creates one code per advocate', () => {
    const { sandbox } = setup();
    const result = sandbox.call('createReferralsForMultipleAdvocates', {
      body: { campaignId: 1, usageLimit: 1, advocateProfileIntegrationIds: ['p1', 'p2'] },
    });
    expect(result).toBeUndefined();
    const created = [...sandbox.state.referrals.values()].filter((r) =>
      ['p1', 'p2'].includes(r.advocateProfileIntegrationId),
    );
    expect(created.map((r) => r.advocateProfileIntegrationId).sort()).toEqual(['p1', 'p2']);
    expect(sandbox.state.profiles.has('p1')).toBe(true);
  });

  it('with silent=no answers the codes: unique, one batch, following the pattern and characters', () => {
    const { sandbox } = setup();
    const advocates = Array.from({ length: 30 }, (_, i) => `advocate-${i}`);
    const page = sandbox.call('createReferralsForMultipleAdvocates', {
      silent: 'no',
      body: {
        campaignId: 1,
        usageLimit: 3,
        advocateProfileIntegrationIds: [...advocates, 'advocate-0'],
        referralPattern: 'REF-###',
        validCharacters: ['A', 'B', 'C', '7'],
        expiryDate: '2026-06-01T00:00:00Z',
        attributes: { source: 'bulk' },
      },
    });
    expect(page).toBeDefined();
    expect(z.parse(operations.createReferralsForMultipleAdvocates.output!, page)).toEqual(page);
    expect(page!.totalResultSize).toBe(30);
    expect(page!.data.map((r) => r.advocateProfileIntegrationId)).toEqual(advocates);
    const codes = page!.data.map((r) => r.code);
    expect(new Set(codes).size).toBe(30);
    for (const code of codes) expect(code).toMatch(/^REF-[ABC7]{3}$/);
    const batches = new Set(page!.data.map((r) => r.batchId));
    expect(batches.size).toBe(1);
    expect([...batches][0]).toMatch(/^[a-z]{8}$/);
    expect(page!.data[0]).toMatchObject({
      usageLimit: 3,
      expiryDate: '2026-06-01T00:00:00Z',
      attributes: { source: 'bulk' },
    });
  });

  it('uses [A-Z, 0-9] without validCharacters', () => {
    const { sandbox } = setup();
    const page = sandbox.call('createReferralsForMultipleAdvocates', {
      silent: 'no',
      body: { campaignId: 1, usageLimit: 1, advocateProfileIntegrationIds: ['a1'], referralPattern: '########' },
    });
    expect(page!.data[0]!.code).toMatch(/^[A-Z0-9]{8}$/);
  });

  it('400 when the pattern runs out of codes, undoing the codes made before', () => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    expect(() =>
      sandbox.call('createReferralsForMultipleAdvocates', {
        body: {
          campaignId: 1,
          usageLimit: 1,
          advocateProfileIntegrationIds: ['a', 'b', 'c'],
          referralPattern: 'CODE-#',
          validCharacters: ['X', 'Y'],
        },
      }),
    ).toThrow(expect.objectContaining({ status: 400, message: expect.stringContaining('referralPattern') }));
    expect(sandbox.snapshot()).toEqual(before);
  });

  it.each([
    [{ referralPattern: 'FIXED' }, '/referralPattern'],
    [{ referralPattern: '###' }, '/referralPattern'],
    [{ validCharacters: [] }, '/validCharacters'],
    [{ validCharacters: ['A', ''] }, '/validCharacters/1'],
    [{ advocateProfileIntegrationIds: ['ok', ''] }, '/advocateProfileIntegrationIds/1'],
    [{ expiryDate: 'soon' }, '/expiryDate'],
  ])('400 for %j, naming %s, changing nothing', (change, pointer) => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    let error: unknown;
    try {
      sandbox.call('createReferralsForMultipleAdvocates', {
        body: { campaignId: 1, usageLimit: 1, advocateProfileIntegrationIds: ['ok'], ...change },
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ status: 400, body: { errors: [{ source: { pointer } }] } });
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('404 for an unknown campaign', () => {
    const { sandbox } = setup();
    const before = sandbox.snapshot();
    expect(() =>
      sandbox.call('createReferralsForMultipleAdvocates', {
        body: { campaignId: 77, usageLimit: 1, advocateProfileIntegrationIds: ['a'] },
      }),
    ).toThrow(expect.objectContaining({ status: 404 }));
    expect(sandbox.snapshot()).toEqual(before);
  });
});
