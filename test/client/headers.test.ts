import { http, HttpResponse } from 'msw';
import type { TalonClient } from '../../src/client/index.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { referral } from '../fixtures/management.js';
import { BASE_URL, server, startServer } from '../msw.js';
import { createClient } from './server.js';

startServer();

/** Answers a read and a write, recording the headers of every request. */
function recordHeaders(): Headers[] {
  const seen: Headers[] = [];
  server.use(
    http.get(`${BASE_URL}/v1/loyalty_programs/7/profile/shopper-1/balances`, ({ request }) => {
      seen.push(request.headers);
      return HttpResponse.json(loyaltyBalances);
    }),
    http.post(`${BASE_URL}/v1/referrals`, ({ request }) => {
      seen.push(request.headers);
      return HttpResponse.json(referral, { status: 201 });
    }),
  );
  return seen;
}

const read = (client: TalonClient) => client.getLoyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-1' });
const write = (client: TalonClient) =>
  client.createReferral({ body: { campaignId: 110, advocateProfileIntegrationId: 'shopper-1' } });

describe('headers', () => {
  it('sends static headers given as an object with every request', async () => {
    const seen = recordHeaders();
    const client = createClient({ headers: { 'X-CSRF-Token': 'csrf-123', 'X-Shop': 'de' } });
    await read(client);
    await write(client);
    expect(seen).toHaveLength(2);
    for (const headers of seen) {
      expect(headers.get('x-csrf-token')).toBe('csrf-123');
      expect(headers.get('x-shop')).toBe('de');
    }
    expect(seen[1]?.get('content-type')).toBe('application/json');
  });

  it('sends static headers given as a Headers or as pairs', async () => {
    const seen = recordHeaders();
    await read(createClient({ headers: new Headers({ 'X-CSRF-Token': 'from-headers' }) }));
    await read(createClient({ headers: [['X-CSRF-Token', 'from-pairs']] }));
    expect(seen.map((h) => h.get('x-csrf-token'))).toStrictEqual(['from-headers', 'from-pairs']);
  });

  it('calls a headers function for each request, so a changed token is used', async () => {
    const seen = recordHeaders();
    let token = 'csrf-1';
    const headers = vi.fn(() => ({ 'X-CSRF-Token': token }));
    const client = createClient({ headers });
    await read(client);
    token = 'csrf-2';
    await write(client);
    expect(seen.map((h) => h.get('x-csrf-token'))).toStrictEqual(['csrf-1', 'csrf-2']);
    expect(headers).toHaveBeenCalledTimes(2);
    // The write keeps its JSON content type next to the function's headers.
    expect(seen[1]?.get('content-type')).toBe('application/json');
  });

  it('awaits an async headers function', async () => {
    const seen = recordHeaders();
    const client = createClient({
      headers: async () => {
        await Promise.resolve();
        return new Headers({ 'X-CSRF-Token': 'async-token' });
      },
    });
    await read(client);
    await write(client);
    expect(seen.map((h) => h.get('x-csrf-token'))).toStrictEqual(['async-token', 'async-token']);
  });

  it('never sends an Authorization header of its own', async () => {
    const seen = recordHeaders();
    await read(createClient());
    await write(createClient());
    await read(createClient({ headers: { 'X-CSRF-Token': 'csrf-123' } }));
    await write(createClient({ headers: () => ({ 'X-CSRF-Token': 'csrf-123' }) }));
    expect(seen).toHaveLength(4);
    for (const headers of seen) expect(headers.has('authorization')).toBe(false);
  });

  it('passes the app’s own Authorization (a session for the proxy) through unchanged', async () => {
    const seen = recordHeaders();
    await read(createClient({ headers: { Authorization: 'Bearer shopper-session' } }));
    await write(createClient({ headers: () => ({ Authorization: 'Bearer shopper-session' }) }));
    expect(seen.map((h) => h.get('authorization'))).toStrictEqual(['Bearer shopper-session', 'Bearer shopper-session']);
  });
});
