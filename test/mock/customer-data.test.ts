// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTalonSandbox, type TalonSandbox } from '../../src/mock/createTalonSandbox.js';
import type { SessionRecord } from '../../src/mock/SandboxState.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';

const now = '2026-01-15T12:00:00.000Z';

const seed: SandboxSeed = {
  audiences: [{ id: 1, name: 'VIP' }],
  profiles: [
    { integrationId: 'ada', attributes: { Name: 'Ada', Email: 'ada@example.com' }, audiences: [1] },
    { integrationId: 'bob', attributes: { Name: 'Bob' } },
  ],
  campaigns: [{ id: 1, name: 'Referrals', rules: [] }],
  referrals: [{ code: 'ADA-FRIEND', campaignId: 1, advocateProfileIntegrationId: 'ada' }],
  loyaltyPrograms: [{ id: 1, name: 'points', title: 'Points' }],
  loyaltyTransactions: [{ programId: 1, integrationId: 'ada', amount: 50 }],
};

function session(id: number, integrationId: string, profileId: string): SessionRecord {
  return {
    id,
    integrationId,
    created: now,
    updated: now,
    profileId,
    state: 'closed',
    couponCodes: [],
    loyaltyCards: [],
    cartItems: [{ name: 'Sock', sku: 'SOCK', quantity: 1, price: 5, attributes: { color: 'blue' } }],
    additionalCosts: {},
    identifiers: [],
    attributes: { ShippingAddress: 'Somewhere 1' },
    firstSession: true,
    effects: [],
    commits: [],
    returns: [],
  };
}

/** Sessions and events as the sessions' operations would leave them. */
function withHistory(): TalonSandbox {
  const sandbox = createTalonSandbox(seed, { now });
  const { sessions, sessionsByProfile, events } = sandbox.state;
  sandbox.state.journal.atomically(() => {
    sessions.set('s1', session(1, 's1', 'ada'));
    sessions.set('s2', session(2, 's2', 'bob'));
    sessionsByProfile.set('ada', ['s1']);
    sessionsByProfile.set('bob', ['s2']);
    events.set(1, { id: 1, created: now, type: 'viewed', profileId: 'ada', attributes: { page: '/me' }, effects: [] });
    events.set(2, { id: 2, created: now, type: 'viewed', profileId: 'bob', attributes: { page: '/bob' }, effects: [] });
    events.set(3, { id: 3, created: now, type: 'paid', sessionId: 's1', attributes: { card: '4242' }, effects: [] });
  });
  return sandbox;
}

describe('deleteCustomerData', () => {
  it("deletes the attributes of the profile, its sessions and its events (204), and nobody else's", () => {
    const sandbox = withHistory();
    const { profiles, sessions, events, ledgers, referrals } = sandbox.state;
    const ada = profiles.get('ada')!;
    const ledger = ledgers.get('profile/1/ada');
    expect(sandbox.call('deleteCustomerData', { integrationId: 'ada' })).toBeUndefined();
    expect(profiles.get('ada')).toEqual({ ...ada, attributes: {} });
    expect(sessions.get('s1')?.attributes).toEqual({});
    expect(events.get(1)?.attributes).toEqual({});
    expect(events.get(3)?.attributes).toEqual({});
    // What stays: the profile's ID, memberships, ledgers, codes and carts.
    expect(profiles.get('ada')?.id).toBe(ada.id);
    expect(profiles.get('ada')?.audiences).toHaveProperty('1');
    expect(ledgers.get('profile/1/ada')).toEqual(ledger);
    expect(referrals.get('ADA-FRIEND')?.advocateProfileIntegrationId).toBe('ada');
    expect(sessions.get('s1')?.cartItems).toHaveLength(1);
    // Other customers keep their data.
    expect(profiles.get('bob')?.attributes).toEqual({ Name: 'Bob' });
    expect(sessions.get('s2')?.attributes).toEqual({ ShippingAddress: 'Somewhere 1' });
    expect(events.get(2)?.attributes).toEqual({ page: '/bob' });
  });

  it('works for a profile without sessions or events', () => {
    const sandbox = createTalonSandbox(seed, { now });
    sandbox.call('deleteCustomerData', { integrationId: 'bob' });
    expect(sandbox.state.profiles.get('bob')?.attributes).toEqual({});
  });

  it('answers 404 for an unknown profile and changes nothing', () => {
    const sandbox = withHistory();
    const before = sandbox.snapshot();
    expect(() => sandbox.call('deleteCustomerData', { integrationId: 'carol' })).toThrow(
      expect.objectContaining({ status: 404, message: 'customer profile "carol" not found' }),
    );
    expect(sandbox.snapshot()).toEqual(before);
  });

  it('refuses an empty integration ID (400 naming the parameter)', () => {
    const sandbox = withHistory();
    expect(() => sandbox.call('deleteCustomerData', { integrationId: '' })).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringContaining('integrationId') }),
    );
  });

  it('deletes what sessions and tracked events recorded through the API', () => {
    const sandbox = createTalonSandbox(seed, { now });
    sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 'web-1',
      body: {
        customerSession: {
          profileId: 'ada',
          attributes: { ShippingAddress: 'Main St 1' },
          cartItems: [{ name: 'Sock', sku: 'SOCK', quantity: 1, price: 5 }],
        },
      },
    });
    sandbox.call('trackEventV2', { body: { profileId: 'ada', type: 'viewed', attributes: { page: '/me' } } });
    const event = [...sandbox.state.events.values()].find((e) => e.profileId === 'ada' && e.type === 'viewed');
    expect(event?.attributes).toEqual({ page: '/me' });
    sandbox.call('deleteCustomerData', { integrationId: 'ada' });
    expect(sandbox.state.sessions.get('web-1')?.attributes).toEqual({});
    expect(sandbox.state.sessions.get('web-1')?.cartItems).toHaveLength(1);
    expect(sandbox.state.events.get(event!.id)?.attributes).toEqual({});
    expect(sandbox.state.profiles.get('ada')?.attributes).toEqual({});
  });
});
