// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';
import type { UpdateCustomerProfileV2Input } from '../../src/client/operations/updateCustomerProfileV2.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  campaigns: [
    {
      id: 1,
      name: 'Gold welcome',
      rules: [
        {
          title: 'Gold members join the VIP audience',
          conditions: [{ type: 'profileAttribute', name: 'tier', value: 'gold' }],
          effects: [
            { type: 'addToAudience', audienceId: 2 },
            { type: 'addLoyaltyPoints', programId: 1, points: 25 },
          ],
        },
      ],
    },
    // A cart rule: profile updates must not fire it.
    {
      id: 2,
      name: 'Cart',
      rules: [{ title: 'Always', effects: [{ type: 'addLoyaltyPoints', programId: 1, points: 1 }] }],
    },
  ],
  audiences: [
    { id: 1, name: 'Newsletter' },
    { id: 2, name: 'VIP' },
  ],
  loyaltyPrograms: [{ id: 1, name: 'points', title: 'Points' }],
  profiles: [{ integrationId: 'frank', attributes: { name: 'Frank', tier: 'silver' }, audiences: [1] }],
};

const sandboxOf = () => createTalonSandbox(seed, { now });

function updateProfile(sandbox: ReturnType<typeof sandboxOf>, input: UpdateCustomerProfileV2Input) {
  const result = sandbox.call('updateCustomerProfileV2', input);
  expect(z.safeParse(operations.updateCustomerProfileV2.output!, result).success).toBe(true);
  return result;
}

describe('updateCustomerProfileV2', () => {
  it('creates a profile on first use and merges attributes on later updates', () => {
    const sandbox = sandboxOf();
    const created = updateProfile(sandbox, { integrationId: 'gina', body: { attributes: { name: 'Gina' } } });
    expect(created).toMatchObject({
      effects: [],
      createdCoupons: [],
      createdReferrals: [],
      customerProfile: { integrationId: 'gina', attributes: { name: 'Gina' } },
    });
    const merged = updateProfile(sandbox, { integrationId: 'frank', body: { attributes: { city: 'Oslo' } } });
    expect(merged.customerProfile?.attributes).toEqual({ name: 'Frank', tier: 'silver', city: 'Oslo' });
  });

  it('joins and leaves audiences, and refuses unknown ones with 404 changing nothing', () => {
    const sandbox = sandboxOf();
    const result = updateProfile(sandbox, {
      integrationId: 'frank',
      body: { audiencesChanges: { adds: [2], deletes: [1] } },
    });
    expect(result.customerProfile?.audienceMemberships).toEqual([{ id: 2, name: 'VIP' }]);
    const before = sandbox.snapshot();
    expect(() =>
      sandbox.call('updateCustomerProfileV2', {
        integrationId: 'frank',
        body: { attributes: { x: 1 }, audiencesChanges: { adds: [99], deletes: [] } },
      }),
    ).toThrow(expect.objectContaining({ status: 404, message: expect.stringContaining('99') }));
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('runs the profile rules with runRuleEngine and commits their side effects', () => {
    const sandbox = sandboxOf();
    const quiet = updateProfile(sandbox, { integrationId: 'frank', body: { attributes: { tier: 'gold' } } });
    expect(quiet.effects).toEqual([]);
    expect(sandbox.state.ledgers.get('profile/1/frank')).toBeUndefined();
    const result = updateProfile(sandbox, {
      integrationId: 'frank',
      runRuleEngine: true,
      body: { responseContent: ['customerProfile', 'triggeredCampaigns', 'event'] },
    });
    expect(result.effects.map((effect) => effect.effectType)).toEqual(['addToAudience', 'addLoyaltyPoints']);
    expect(result.customerProfile?.audienceMemberships?.map((audience) => audience.id)).toEqual([1, 2]);
    expect(result.triggeredCampaigns?.map((campaign) => campaign.id)).toEqual([1]);
    expect(result.event).toMatchObject({ type: 'talon_customer_profile_updated', profileId: 'frank' });
    expect(sandbox.state.ledgers.get('profile/1/frank')?.map((entry) => entry.amount)).toEqual([25]);
  });

  it('dry with runRuleEngine answers and keeps nothing', () => {
    const sandbox = sandboxOf();
    const before = sandbox.snapshot();
    const result = updateProfile(sandbox, {
      integrationId: 'frank',
      runRuleEngine: true,
      dry: true,
      body: { attributes: { tier: 'gold' } },
    });
    expect(result.effects).toHaveLength(2);
    expect(result.customerProfile?.attributes).toMatchObject({ tier: 'gold' });
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('refuses dry and responseContent without runRuleEngine', () => {
    const sandbox = sandboxOf();
    const before = sandbox.snapshot();
    expect(() => sandbox.call('updateCustomerProfileV2', { integrationId: 'frank', dry: true, body: {} })).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringMatching(/dry only works with runRuleEngine/) }),
    );
    expect(() =>
      sandbox.call('updateCustomerProfileV2', {
        integrationId: 'frank',
        body: { responseContent: ['customerProfile'] },
      }),
    ).toThrow(/responseContent can only be used with runRuleEngine=true/);
    expect(sandbox.snapshot()).toEqual(before);
  });
});
