// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import { createContext } from '../../src/mock/SandboxContext.js';
import { ensureProfile, profileView } from '../../src/mock/domain/profiles.js';
import { CustomerProfileSchema } from '../../src/schemas/CustomerProfile.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  accountId: 7,
  audiences: [
    { id: 3, name: 'VIP' },
    { id: 1, name: 'Newsletter' },
  ],
  profiles: [{ integrationId: 'ada', attributes: { Name: 'Ada', Tier: 'x' }, audiences: [3, 1] }],
  loyaltyPrograms: [{ id: 1, name: 'points', title: 'Points' }],
  loyaltyTransactions: [{ programId: 1, integrationId: 'ada', amount: 10, created: '2026-01-01T00:00:00.000Z' }],
};

describe('ensureProfile and profileView', () => {
  it('creates an empty profile on first use and returns the same one afterwards', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const context = createContext(sandbox.state, sandbox.clock);
    const created = ensureProfile(context, 'new-customer');
    expect(created).toMatchObject({
      integrationId: 'new-customer',
      created: now,
      lastActivity: now,
      attributes: {},
      closedSessions: 0,
      totalSales: 0,
      audiences: {},
      loyaltyPrograms: {},
    });
    expect(created.id).toBeGreaterThan(sandbox.state.profiles.get('ada')!.id);
    expect(ensureProfile(context, 'new-customer')).toBe(created);
    expect(ensureProfile(context, 'ada').attributes).toEqual({ Name: 'Ada', Tier: 'x' });
  });

  it('refuses an empty integration ID (an anonymous session has no profile)', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const context = createContext(sandbox.state, sandbox.clock);
    expect(() => ensureProfile(context, '')).toThrow(/integration ID/);
  });

  it('shows the account, audience memberships with names and loyalty memberships, sorted by ID', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const context = createContext(sandbox.state, sandbox.clock);
    const view = profileView(context, sandbox.state.profiles.get('ada')!);
    expect(view).toMatchObject({
      integrationId: 'ada',
      accountId: 7,
      attributes: { Name: 'Ada', Tier: 'x' },
      audienceMemberships: [
        { id: 1, name: 'Newsletter' },
        { id: 3, name: 'VIP' },
      ],
      loyaltyMemberships: [{ joined: '2026-01-01T00:00:00.000Z', loyaltyProgramId: 1 }],
    });
    expect(z.parse(CustomerProfileSchema, view)).toEqual(view);
  });
});

describe('updateCustomerProfilesV2', () => {
  it('creates and updates profiles, merging attributes, without touching lastActivity; 204 by default', () => {
    const sandbox = createTalonSandbox(seed, { now });
    sandbox.clock.advance('PT1H');
    const result = sandbox.call('updateCustomerProfilesV2', {
      body: {
        customerProfiles: [
          { integrationId: 'ada', attributes: { Email: 'ada@example.com', Tier: 'gold' } },
          { integrationId: 'grace', attributes: { Name: 'Grace' } },
        ],
      },
    });
    expect(result).toBeUndefined();
    const ada = sandbox.state.profiles.get('ada')!;
    expect(ada.attributes).toEqual({ Name: 'Ada', Tier: 'gold', Email: 'ada@example.com' });
    expect(ada.lastActivity).toBe(now);
    const grace = sandbox.state.profiles.get('grace')!;
    expect(grace.attributes).toEqual({ Name: 'Grace' });
    expect(grace.created).toBe('2026-01-15T13:00:00.000Z');
  });

  it('answers the profiles in request order with silent=no', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const result = sandbox.call('updateCustomerProfilesV2', {
      silent: 'no',
      body: {
        customerProfiles: [
          { integrationId: 'zed', attributes: { Name: 'Zed' } },
          { integrationId: 'ada' },
          { integrationId: 'zed', attributes: { Email: 'z@example.com' } },
        ],
      },
    });
    const parsed = z.parse(operations.updateCustomerProfilesV2.output!, result);
    expect(parsed?.integrationStates?.map((state) => state.customerProfile.integrationId)).toEqual([
      'zed',
      'ada',
      'zed',
    ]);
    expect(parsed?.integrationStates?.[0]?.customerProfile.attributes).toEqual({ Name: 'Zed', Email: 'z@example.com' });
    expect(parsed?.integrationStates?.[1]?.customerProfile.audienceMemberships).toEqual([
      { id: 1, name: 'Newsletter' },
      { id: 3, name: 'VIP' },
    ]);
  });

  it('accepts 1000 profiles and refuses 1001 without changing anything', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const profiles = (n: number) => Array.from({ length: n }, (_, i) => ({ integrationId: `c${i}` }));
    const before = sandbox.snapshot();
    expect(() => sandbox.call('updateCustomerProfilesV2', { body: { customerProfiles: profiles(1001) } })).toThrow(
      expect.objectContaining({
        status: 400,
        message: expect.stringMatching(/customerProfiles.*1000/),
        body: expect.objectContaining({
          errors: [expect.objectContaining({ source: { pointer: '/customerProfiles' } })],
        }),
      }),
    );
    expect(sandbox.snapshot()).toEqual(before);
    sandbox.call('updateCustomerProfilesV2', { body: { customerProfiles: profiles(1000) } });
    expect(sandbox.state.profiles.size).toBe(1001);
  });

  it('refuses an empty integration ID, naming it, and keeps the profiles before it unmade', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    expect(() =>
      sandbox.call('updateCustomerProfilesV2', {
        body: { customerProfiles: [{ integrationId: 'first', attributes: { a: 1 } }, { integrationId: '' }] },
      }),
    ).toThrow(
      expect.objectContaining({
        status: 400,
        body: expect.objectContaining({
          errors: [expect.objectContaining({ source: { pointer: '/customerProfiles/1/integrationId' } })],
        }),
      }),
    );
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe('deleteCustomerData', () => {
  it('answers 404 for an unknown profile', () => {
    const sandbox = createTalonSandbox(seed, { now });
    const before = sandbox.snapshot();
    expect(() => sandbox.call('deleteCustomerData', { integrationId: 'nobody' })).toThrow(
      expect.objectContaining({ status: 404, message: expect.stringContaining('"nobody"') }),
    );
    expect(sandbox.snapshot()).toEqual(before);
  });
});
