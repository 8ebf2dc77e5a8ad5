import { http, HttpResponse } from 'msw';
import { createTalonClient } from '../../src/client/index.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { requests, server, startServer } from '../msw.js';

startServer();

const input = { loyaltyProgramId: 7, integrationId: 'shopper-1' };

describe('baseUrl', () => {
  it('may be a path on the page’s own origin, as a storefront mounts its proxy', async () => {
    server.use(
      http.get(`${location.origin}/api/talon/v1/loyalty_programs/7/profile/shopper-1/balances`, () =>
        HttpResponse.json(loyaltyBalances),
      ),
    );
    await expect(createTalonClient({ baseUrl: '/api/talon' }).getLoyaltyBalances(input)).resolves.toEqual(
      loyaltyBalances,
    );
  });

  it('may end with a slash', async () => {
    server.use(
      http.get('http://talon.test/api/talon/v1/loyalty_programs/7/profile/shopper-1/balances', () =>
        HttpResponse.json(loyaltyBalances),
      ),
    );
    await createTalonClient({ baseUrl: 'http://talon.test/api/talon/' }).getLoyaltyBalances(input);
    expect(requests.map((r) => r.url)).toEqual([
      'http://talon.test/api/talon/v1/loyalty_programs/7/profile/shopper-1/balances',
    ]);
  });
});
