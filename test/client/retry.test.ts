import { http, HttpResponse } from 'msw';
import { TalonApiError, TalonNetworkError } from '../../src/client/index.js';
import { integrationState } from '../fixtures/integrationState.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { referral } from '../fixtures/management.js';
import { BASE_URL, server, startServer } from '../msw.js';
import { capture, createClient, rejectionOf, type CapturedRequest } from './server.js';

startServer();

const balancesUrl = `${BASE_URL}/v1/loyalty_programs/7/profile/shopper-1/balances`;
const getBalances = (client = createClient(), options?: { retry: number }) =>
  client.getLoyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-1' }, options);
const newReferral = {
  campaignId: 110,
  advocateProfileIntegrationId: 'shopper-1',
  friendProfileIntegrationId: 'shopper-9',
};
const createReferral = (client = createClient(), options?: { retry: number }) =>
  client.createReferral({ body: newReferral }, options);
const sessionUpdate = { customerSession: { cartItems: [{ sku: 'SW-MERINO-M-NAVY', quantity: 1 }] } };
const updateSession = (client = createClient()) =>
  client.updateCustomerSessionV2({ customerSessionId: 'session-1', body: sessionUpdate });

/**
 * Answers the requests to `url` in turn with `answers` (the last one repeats) and records each request.
 * `'network-error'` fails the connection.
 */
function answerInTurn(method: 'get' | 'post' | 'put' | 'delete', url: string, answers: (Response | 'network-error')[]) {
  const requests: CapturedRequest[] = [];
  server.use(
    http[method](url, async ({ request }) => {
      requests.push(await capture(request));
      const answer = answers[Math.min(requests.length, answers.length) - 1];
      if (answer === undefined || answer === 'network-error') return HttpResponse.error();
      return answer.clone();
    }),
  );
  return requests;
}

const status = (code: number, headers?: Record<string, string>) =>
  HttpResponse.json({ message: `HTTP ${code}` }, { status: code, ...(headers ? { headers } : {}) });

describe('reads (GET) are retried on transient failures', () => {
  it('retries a 503 and resolves to the answer that follows', async () => {
    const requests = answerInTurn('get', balancesUrl, [status(503), HttpResponse.json(loyaltyBalances)]);
    await expect(getBalances()).resolves.toStrictEqual(loyaltyBalances);
    expect(requests).toHaveLength(2);
  });

  it('honours Retry-After on a 429 instead of backing off', async () => {
    const backoff = vi.fn(() => 0);
    const requests = answerInTurn('get', balancesUrl, [
      status(429, { 'Retry-After': '0' }),
      HttpResponse.json(loyaltyBalances),
    ]);
    await expect(getBalances(createClient({ retry: { limit: 2, delay: backoff } }))).resolves.toStrictEqual(
      loyaltyBalances,
    );
    expect(requests).toHaveLength(2);
    expect(backoff).not.toHaveBeenCalled();
  });

  it('honours Retry-After on a 503 too', async () => {
    const backoff = vi.fn(() => 0);
    const requests = answerInTurn('get', balancesUrl, [
      status(503, { 'Retry-After': '0' }),
      HttpResponse.json(loyaltyBalances),
    ]);
    await expect(getBalances(createClient({ retry: { limit: 2, delay: backoff } }))).resolves.toStrictEqual(
      loyaltyBalances,
    );
    expect(requests).toHaveLength(2);
    expect(backoff).not.toHaveBeenCalled();
  });

  it('backs off with `delay` when there is no Retry-After', async () => {
    const backoff = vi.fn(() => 0);
    answerInTurn('get', balancesUrl, [status(503), status(502), HttpResponse.json(loyaltyBalances)]);
    await expect(getBalances(createClient({ retry: { limit: 2, delay: backoff } }))).resolves.toStrictEqual(
      loyaltyBalances,
    );
    expect(backoff.mock.calls).toStrictEqual([[1], [2]]);
  });

  it.each([408, 429, 500, 502, 504, 599])('retries a %i', async (code) => {
    const requests = answerInTurn('get', balancesUrl, [status(code), HttpResponse.json(loyaltyBalances)]);
    await expect(getBalances()).resolves.toStrictEqual(loyaltyBalances);
    expect(requests).toHaveLength(2);
  });

  it.each([400, 401, 404, 409, 413])('does not retry a %i', async (code) => {
    const requests = answerInTurn('get', balancesUrl, [status(code), HttpResponse.json(loyaltyBalances)]);
    const error = await rejectionOf(getBalances());
    expect(error).toBeInstanceOf(TalonApiError);
    expect((error as TalonApiError).status).toBe(code);
    expect(requests).toHaveLength(1);
  });

  it('retries a network error', async () => {
    const requests = answerInTurn('get', balancesUrl, ['network-error', HttpResponse.json(loyaltyBalances)]);
    await expect(getBalances()).resolves.toStrictEqual(loyaltyBalances);
    expect(requests).toHaveLength(2);
  });

  it('gives up after `limit` retries with the last error', async () => {
    const requests = answerInTurn('get', balancesUrl, [status(503), status(504)]);
    const error = await rejectionOf(getBalances());
    expect(error).toBeInstanceOf(TalonApiError);
    expect((error as TalonApiError).status).toBe(504);
    expect(requests).toHaveLength(3);
  });

  it('gives up on repeated network errors with a TalonNetworkError', async () => {
    const requests = answerInTurn('get', balancesUrl, ['network-error']);
    const error = await rejectionOf(getBalances());
    expect(error).toBeInstanceOf(TalonNetworkError);
    expect((error as TalonNetworkError).reason).toBe('network');
    expect(requests).toHaveLength(3);
  });

  it('retries twice by default', async () => {
    const requests = answerInTurn('get', balancesUrl, [status(429, { 'Retry-After': '0' })]);
    const client = createClient({ retry: { delay: () => 0 } });
    await expect(getBalances(client)).rejects.toBeInstanceOf(TalonApiError);
    expect(requests).toHaveLength(3);
  });

  it('does not retry when the client says `retry: 0`', async () => {
    const requests = answerInTurn('get', balancesUrl, [status(503), HttpResponse.json(loyaltyBalances)]);
    await expect(getBalances(createClient({ retry: 0 }))).rejects.toBeInstanceOf(TalonApiError);
    expect(requests).toHaveLength(1);
  });

  it('does not retry when the call says `retry: 0`', async () => {
    const requests = answerInTurn('get', balancesUrl, [status(503), HttpResponse.json(loyaltyBalances)]);
    await expect(getBalances(createClient(), { retry: 0 })).rejects.toBeInstanceOf(TalonApiError);
    expect(requests).toHaveLength(1);
  });
});

describe('writes are not retried unless the call asks', () => {
  it('does not retry a POST (createReferral) on a 503', async () => {
    const requests = answerInTurn('post', `${BASE_URL}/v1/referrals`, [
      status(503),
      HttpResponse.json(referral, { status: 201 }),
    ]);
    const error = await rejectionOf(createReferral());
    expect(error).toBeInstanceOf(TalonApiError);
    expect((error as TalonApiError).status).toBe(503);
    expect(requests).toHaveLength(1);
  });

  it('does not retry a PUT (updateCustomerSessionV2) on a 503', async () => {
    const requests = answerInTurn('put', `${BASE_URL}/v2/customer_sessions/session-1`, [
      status(503),
      HttpResponse.json(integrationState),
    ]);
    await expect(updateSession()).rejects.toBeInstanceOf(TalonApiError);
    expect(requests).toHaveLength(1);
  });

  it('does not retry a DELETE (deleteAudienceV2) on a 503', async () => {
    const requests = answerInTurn('delete', `${BASE_URL}/v2/audiences/42`, [
      status(503),
      new HttpResponse(null, { status: 204 }),
    ]);
    await expect(createClient().deleteAudienceV2({ audienceId: 42 })).rejects.toBeInstanceOf(TalonApiError);
    expect(requests).toHaveLength(1);
  });

  it('does not retry a write on a 429 with Retry-After', async () => {
    const requests = answerInTurn('post', `${BASE_URL}/v1/referrals`, [
      status(429, { 'Retry-After': '0' }),
      HttpResponse.json(referral, { status: 201 }),
    ]);
    await expect(createReferral()).rejects.toBeInstanceOf(TalonApiError);
    expect(requests).toHaveLength(1);
  });

  it('does not retry a write on a network error', async () => {
    const requests = answerInTurn('post', `${BASE_URL}/v1/referrals`, [
      'network-error',
      HttpResponse.json(referral, { status: 201 }),
    ]);
    const error = await rejectionOf(createReferral());
    expect(error).toBeInstanceOf(TalonNetworkError);
    expect(requests).toHaveLength(1);
  });

  it('retries a write once when the call passes `retry: 1`, sending the same body again', async () => {
    const requests = answerInTurn('post', `${BASE_URL}/v1/referrals`, [
      status(503),
      HttpResponse.json(referral, { status: 201 }),
    ]);
    await expect(createReferral(createClient(), { retry: 1 })).resolves.toStrictEqual(referral);
    expect(requests).toHaveLength(2);
    expect(requests.map((r) => r.body)).toStrictEqual([newReferral, newReferral]);
    expect(requests.map((r) => r.contentType)).toStrictEqual(['application/json', 'application/json']);
  });

  it('retries a write only once with `retry: 1`', async () => {
    const requests = answerInTurn('post', `${BASE_URL}/v1/referrals`, [status(503)]);
    await expect(createReferral(createClient(), { retry: 1 })).rejects.toBeInstanceOf(TalonApiError);
    expect(requests).toHaveLength(2);
  });

  it('retries a PUT with `retry: 1` too', async () => {
    const requests = answerInTurn('put', `${BASE_URL}/v2/customer_sessions/session-1`, [
      'network-error',
      HttpResponse.json(integrationState),
    ]);
    await expect(
      createClient().updateCustomerSessionV2({ customerSessionId: 'session-1', body: sessionUpdate }, { retry: 1 }),
    ).resolves.toStrictEqual(integrationState);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.body).toStrictEqual(sessionUpdate);
  });
});
