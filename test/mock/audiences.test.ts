// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox } from '../../src/mock/createTalonSandbox.js';
import { createContext } from '../../src/mock/SandboxContext.js';
import { addToAudience, removeFromAudience } from '../../src/mock/domain/audiences.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';

const now = '2026-01-15T12:00:00.000Z';
const later = '2026-01-15T13:00:00.000Z';

const seed: SandboxSeed = {
  accountId: 4,
  audiences: [
    { id: 1, name: 'VIP', integration: 'segment', integrationId: 'seg-vip' },
    { id: 2, name: 'Newsletter' },
  ],
  profiles: [
    { integrationId: 'ada', attributes: { Name: 'Ada' }, audiences: [1, 2] },
    { integrationId: 'bob', attributes: { Name: 'Bob', Tier: 'silver' }, audiences: [1] },
    { integrationId: 'cy', attributes: { Name: 'Cy' }, audiences: [2] },
  ],
};

const sandboxAt = () => createTalonSandbox(seed, { now });
const memberships = (sandbox: ReturnType<typeof sandboxAt>, integrationId: string) =>
  Object.keys(sandbox.state.profiles.get(integrationId)?.audiences ?? {}).map(Number);

function expectRefused(sandbox: ReturnType<typeof sandboxAt>, run: () => unknown, error: Record<string, unknown>) {
  const before = sandbox.snapshot();
  expect(run).toThrow(expect.objectContaining(error));
  expect(sandbox.snapshot()).toEqual(before);
}

describe('audience domain', () => {
  it('adds and removes members, says whether anything changed, and records lastUpdate', () => {
    const sandbox = sandboxAt();
    sandbox.clock.set(later);
    const context = createContext(sandbox.state, sandbox.clock);
    expect(addToAudience(context, 'cy', 1)).toBe(true);
    expect(addToAudience(context, 'cy', 1)).toBe(false);
    expect(sandbox.state.profiles.get('cy')?.audiences[1]).toBe(later);
    expect(sandbox.state.audiences.get(1)?.lastUpdate).toBe(later);
    expect(addToAudience(context, 'newcomer', 2)).toBe(true);
    expect(sandbox.state.profiles.get('newcomer')?.created).toBe(later);
    expect(removeFromAudience(context, 'ada', 2)).toBe(true);
    expect(removeFromAudience(context, 'ada', 2)).toBe(false);
    expect(removeFromAudience(context, 'ghost', 2)).toBe(false);
    expect(sandbox.state.profiles.has('ghost')).toBe(false);
    expect(memberships(sandbox, 'ada')).toEqual([1]);
  });

  it('throws 404 for an unknown audience', () => {
    const sandbox = sandboxAt();
    const context = createContext(sandbox.state, sandbox.clock);
    expect(() => addToAudience(context, 'ada', 9)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => removeFromAudience(context, 'ada', 9)).toThrow(expect.objectContaining({ status: 404 }));
  });
});

describe('createAudienceV2', () => {
  it('creates an audience from scratch with only a name', () => {
    const sandbox = sandboxAt();
    const audience = z.parse(
      operations.createAudienceV2.output!,
      sandbox.call('createAudienceV2', { body: { name: 'Big spenders' } }),
    );
    expect(audience).toEqual({ accountId: 4, id: 3, created: now, name: 'Big spenders', createdIn3rdParty: false });
    expect(sandbox.state.audiences.get(3)?.name).toBe('Big spenders');
  });

  it('creates one from a third-party platform', () => {
    const sandbox = sandboxAt();
    const audience = sandbox.call('createAudienceV2', {
      body: { name: 'Churners', description: 'Likely to churn', integration: 'mparticle', integrationId: 'mp-42' },
    });
    expect(z.parse(operations.createAudienceV2.output!, audience)).toMatchObject({
      name: 'Churners',
      description: 'Likely to churn',
      integration: 'mparticle',
      integrationId: 'mp-42',
      createdIn3rdParty: true,
    });
  });

  it('answers 409 when the integration already has an audience with this ID', () => {
    const sandbox = sandboxAt();
    expectRefused(
      sandbox,
      () =>
        sandbox.call('createAudienceV2', { body: { name: 'Again', integration: 'segment', integrationId: 'seg-vip' } }),
      { status: 409, message: expect.stringContaining('seg-vip') },
    );
    // The same ID in another integration is another audience.
    const other = sandbox.call('createAudienceV2', {
      body: { name: 'Other', integration: 'braze', integrationId: 'seg-vip' },
    });
    expect(other.id).toBe(3);
    expectRefused(
      sandbox,
      () =>
        sandbox.call('createAudienceV2', { body: { name: 'Again', integration: 'braze', integrationId: 'seg-vip' } }),
      { status: 409 },
    );
  });

  it('requires a name', () => {
    const sandbox = sandboxAt();
    expectRefused(sandbox, () => sandbox.call('createAudienceV2', { body: { name: '' } }), {
      status: 400,
      message: expect.stringContaining('name'),
    });
    expectRefused(sandbox, () => sandbox.call('createAudienceV2', { body: {} as never }), { status: 400 });
  });
});

describe('updateAudienceV2', () => {
  it('renames the audience and keeps its members', () => {
    const sandbox = sandboxAt();
    const audience = sandbox.call('updateAudienceV2', { audienceId: 1, body: { name: 'Very VIP' } });
    expect(z.parse(operations.updateAudienceV2.output!, audience)).toMatchObject({
      id: 1,
      name: 'Very VIP',
      integrationId: 'seg-vip',
    });
    expect(memberships(sandbox, 'bob')).toEqual([1]);
  });

  it('answers 404 for an unknown audience', () => {
    const sandbox = sandboxAt();
    expectRefused(sandbox, () => sandbox.call('updateAudienceV2', { audienceId: 9, body: { name: 'x' } }), {
      status: 404,
      message: expect.stringContaining('audience 9'),
    });
  });
});

describe('deleteAudienceV2', () => {
  it('deletes the audience and its memberships (204)', () => {
    const sandbox = sandboxAt();
    expect(sandbox.call('deleteAudienceV2', { audienceId: 1 })).toBeUndefined();
    expect(sandbox.state.audiences.has(1)).toBe(false);
    expect(memberships(sandbox, 'ada')).toEqual([2]);
    expect(memberships(sandbox, 'bob')).toEqual([]);
    expect(sandbox.state.profiles.get('bob')?.attributes).toEqual({ Name: 'Bob', Tier: 'silver' });
  });

  it('answers 404 for an unknown audience', () => {
    const sandbox = sandboxAt();
    expectRefused(sandbox, () => sandbox.call('deleteAudienceV2', { audienceId: 9 }), { status: 404 });
  });
});

describe('deleteAudienceMembershipsV2', () => {
  it('removes every member and keeps the audience (204)', () => {
    const sandbox = sandboxAt();
    sandbox.clock.set(later);
    expect(sandbox.call('deleteAudienceMembershipsV2', { audienceId: 2 })).toBeUndefined();
    expect(sandbox.state.audiences.get(2)).toMatchObject({ name: 'Newsletter', lastUpdate: later });
    expect(memberships(sandbox, 'ada')).toEqual([1]);
    expect(memberships(sandbox, 'cy')).toEqual([]);
  });

  it('answers 404 for an unknown audience', () => {
    const sandbox = sandboxAt();
    expectRefused(sandbox, () => sandbox.call('deleteAudienceMembershipsV2', { audienceId: 9 }), { status: 404 });
  });
});

describe('updateAudienceCustomersAttributes', () => {
  it('sets the attributes on every member and on no one else (204)', () => {
    const sandbox = sandboxAt();
    expect(
      sandbox.call('updateAudienceCustomersAttributes', { audienceId: 1, body: { Tier: 'gold', Perks: true } }),
    ).toBeUndefined();
    expect(sandbox.state.profiles.get('ada')?.attributes).toEqual({ Name: 'Ada', Tier: 'gold', Perks: true });
    expect(sandbox.state.profiles.get('bob')?.attributes).toEqual({ Name: 'Bob', Tier: 'gold', Perks: true });
    expect(sandbox.state.profiles.get('cy')?.attributes).toEqual({ Name: 'Cy' });
  });

  it('answers 404 for an unknown audience', () => {
    const sandbox = sandboxAt();
    expectRefused(
      sandbox,
      () => sandbox.call('updateAudienceCustomersAttributes', { audienceId: 9, body: { Tier: 'gold' } }),
      { status: 404 },
    );
  });
});

describe('updateCustomerProfileAudiences', () => {
  it('adds and removes profiles, creating a profile on first use (204)', () => {
    const sandbox = sandboxAt();
    const result = sandbox.call('updateCustomerProfileAudiences', {
      body: {
        data: [
          { action: 'add', profileIntegrationId: 'cy', audienceId: 1 },
          { action: 'add', profileIntegrationId: 'dana', audienceId: 2 },
          { action: 'delete', profileIntegrationId: 'ada', audienceId: 1 },
          { action: 'delete', profileIntegrationId: 'nobody', audienceId: 1 },
        ],
      },
    });
    expect(result).toBeUndefined();
    expect(memberships(sandbox, 'cy').sort()).toEqual([1, 2]);
    expect(memberships(sandbox, 'dana')).toEqual([2]);
    expect(sandbox.state.profiles.get('dana')).toMatchObject({ attributes: {}, created: now });
    expect(memberships(sandbox, 'ada')).toEqual([2]);
    expect(sandbox.state.profiles.has('nobody')).toBe(false);
  });

  it('refuses the whole request when one audience is unknown (404)', () => {
    const sandbox = sandboxAt();
    expectRefused(
      sandbox,
      () =>
        sandbox.call('updateCustomerProfileAudiences', {
          body: {
            data: [
              { action: 'add', profileIntegrationId: 'new', audienceId: 1 },
              { action: 'add', profileIntegrationId: 'cy', audienceId: 42 },
            ],
          },
        }),
      { status: 404, message: expect.stringContaining('audience 42') },
    );
  });

  it('accepts 1000 actions and refuses 1001 (400 naming data)', () => {
    const sandbox = sandboxAt();
    const data = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ action: 'add' as const, profileIntegrationId: `p${i}`, audienceId: 2 }));
    expectRefused(sandbox, () => sandbox.call('updateCustomerProfileAudiences', { body: { data: data(1001) } }), {
      status: 400,
      message: expect.stringContaining('1000'),
      body: expect.objectContaining({ errors: [expect.objectContaining({ source: { pointer: '/data' } })] }),
    });
    sandbox.call('updateCustomerProfileAudiences', { body: { data: data(1000) } });
    expect(memberships(sandbox, 'p999')).toEqual([2]);
  });

  it('refuses an empty profile integration ID, naming it', () => {
    const sandbox = sandboxAt();
    expectRefused(
      sandbox,
      () =>
        sandbox.call('updateCustomerProfileAudiences', {
          body: { data: [{ action: 'add', profileIntegrationId: '', audienceId: 2 }] },
        }),
      {
        status: 400,
        body: expect.objectContaining({
          errors: [expect.objectContaining({ source: { pointer: '/data/0/profileIntegrationId' } })],
        }),
      },
    );
  });

  it('shows memberships in the profile view of updateCustomerProfilesV2', () => {
    const sandbox = sandboxAt();
    sandbox.call('deleteAudienceV2', { audienceId: 2 });
    const result = sandbox.call('updateCustomerProfilesV2', {
      silent: 'no',
      body: { customerProfiles: [{ integrationId: 'ada' }] },
    });
    expect(result?.integrationStates?.[0]?.customerProfile.audienceMemberships).toEqual([{ id: 1, name: 'VIP' }]);
  });
});
