// @vitest-environment node
// The sandbox answers nothing Talon.One could not: a seed that holds data the spec forbids in the answers it shows up
// in (a pattern, a length, a range, item counts) is refused, naming each field.
import { createTalonSandbox, demo, demoSeed, type SandboxSeed } from '../../src/mock/index.js';
import { responseConstraints } from '../../src/schemas/specConstraints.js';

const achievement = { id: 1, campaignId: 1, title: 'Orders', description: 'Place orders', target: 3 };

function refusal(seed: SandboxSeed): Error {
  try {
    createTalonSandbox(seed);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the seed to be refused');
}

describe('a seed the spec forbids', () => {
  it('is refused for an achievement name that breaks the pattern, naming the field, its value and the rule', () => {
    const error = refusal({
      achievements: [
        { ...achievement, name: 'Orders' },
        { ...achievement, id: 2, name: 'place-3-orders' },
      ],
    });
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(
      'achievements[1].name "place-3-orders" must match ^[a-zA-Z]\\w+$ (AchievementStatusEntry.name)',
    );
    expect(error.message).not.toContain('achievements[0]');
  });

  it.each<[string, SandboxSeed, string]>([
    [
      'a name of one character',
      { achievements: [{ ...achievement, name: 'a' }] },
      'achievements[0].name "a" must match',
    ],
    [
      'a coupon code too short',
      { coupons: [{ value: 'ABC', campaignId: 1 }] },
      'coupons[0].value "ABC" must be at least 4 characters (Coupon.value)',
    ],
    [
      'a usage limit out of range',
      { coupons: [{ value: 'ABCD', campaignId: 1, usageLimit: 1_000_000 }] },
      'coupons[0].usageLimit 1000000 must be at most 999999 (Coupon.usageLimit)',
    ],
    [
      'a referral code too short',
      { referrals: [{ code: 'AB', campaignId: 1, advocateProfileIntegrationId: 'ada' }] },
      'referrals[0].code "AB" must be at least 4 characters (Referral.code)',
    ],
    [
      'a card identifier with a space',
      { loyaltyCards: [{ programId: 2, identifier: 'CARD 1' }] },
      'loyaltyCards[0].identifier "CARD 1" must match ^[A-Za-z0-9_-]*$ (LoyaltyCard.identifier)',
    ],
    [
      'a profile ID too long',
      { profiles: [{ integrationId: 'x'.repeat(1001) }] },
      'must be at most 1000 characters (CustomerProfile.integrationId)',
    ],
    [
      'a subledger ID too long',
      { loyaltyTransactions: [{ programId: 1, integrationId: 'ada', amount: 5, subledgerId: 's'.repeat(65) }] },
      'must be at most 64 characters (LedgerTransactionLogEntryIntegrationAPI.subledgerId)',
    ],
    [
      'a campaign with an empty tag',
      { campaigns: [{ id: 1, name: 'Campaign', tags: ['ok', ''], rules: [] }] },
      'campaigns[0].tags[1] "" must be at least 1 characters (Campaign.tags[])',
    ],
    ['an audience without a name', { audiences: [{ id: 1, name: '' }] }, 'audiences[0].name "" must be at least 1'],
  ])('is refused for %s', (_, seed, message) => {
    expect(refusal(seed).message).toContain(message);
  });
});

describe('the demo seed', () => {
  it('follows the spec, with achievement names the spec allows', () => {
    expect(() => createTalonSandbox(demoSeed())).not.toThrow();
    const pattern = new RegExp(responseConstraints.AchievementStatusEntry!.name!.pattern!);
    const names = demoSeed().achievements?.map((a) => a.name);
    expect(names).toEqual(Object.values(demo.achievementNames));
    for (const name of names ?? []) expect(name).toMatch(pattern);
  });
});
