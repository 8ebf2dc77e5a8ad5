import { delay, http, HttpResponse } from 'msw';
import { TalonApiError, TalonError, TalonNetworkError, TalonValidationError } from '../../src/client/index.js';
import { errorResponse, errorResponseWithStatus } from '../fixtures/errors.js';
import { loyaltyBalances } from '../fixtures/loyalty.js';
import { BASE_URL, requests, server, startServer } from '../msw.js';
import { createClient, rejectionOf } from './server.js';

startServer();

const balancesUrl = `${BASE_URL}/v1/loyalty_programs/7/profile/shopper-1/balances`;
const getBalances = (client = createClient(), signal?: AbortSignal) =>
  client.getLoyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-1' }, signal ? { signal } : undefined);
const newReferral = { campaignId: 110, advocateProfileIntegrationId: 'shopper-1' };

async function apiError(promise: Promise<unknown>): Promise<TalonApiError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TalonApiError);
  expect(error).toBeInstanceOf(TalonError);
  expect(error).toBeInstanceOf(Error);
  return error as TalonApiError;
}

async function networkError(promise: Promise<unknown>): Promise<TalonNetworkError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TalonNetworkError);
  expect(error).toBeInstanceOf(TalonError);
  return error as TalonNetworkError;
}

describe('TalonApiError', () => {
  it('carries an ErrorResponse body: status, errors[] and the message', async () => {
    server.use(
      http.put(`${BASE_URL}/v2/customer_sessions/:id`, () => HttpResponse.json(errorResponse, { status: 400 })),
    );
    const error = await apiError(
      createClient().updateCustomerSessionV2({ customerSessionId: 's-1', body: { customerSession: {} } }),
    );
    expect(error.name).toBe('TalonApiError');
    expect(error.operation).toBe('updateCustomerSessionV2');
    expect(error.status).toBe(400);
    expect(error.errors).toStrictEqual(errorResponse.errors);
    expect(error.body).toStrictEqual(errorResponse);
    expect(error.message).toBe('updateCustomerSessionV2 failed with HTTP 400: Request failed validation');
  });

  it('carries an ErrorResponseWithStatus body: message, errors and StatusCode', async () => {
    server.use(http.get(balancesUrl, () => HttpResponse.json(errorResponseWithStatus, { status: 401 })));
    const error = await apiError(getBalances());
    expect(error.operation).toBe('getLoyaltyBalances');
    expect(error.status).toBe(401);
    expect(error.errors).toStrictEqual([
      { title: 'API key expired', details: 'Create a new key in the Campaign Manager', source: {} },
    ]);
    expect(error.body).toStrictEqual({ ...errorResponseWithStatus, StatusCode: 401 });
    expect(error.message).toBe('getLoyaltyBalances failed with HTTP 401: unauthorized');
    // 401 is not transient: a read is not retried.
    expect(requests).toHaveLength(1);
  });

  it('takes the message from the error titles when the body has no message', async () => {
    const body = {
      errors: [
        { title: 'Audience not found', source: { resource: 'audience' } },
        { title: 'Try again', source: {} },
      ],
    };
    server.use(http.delete(`${BASE_URL}/v2/audiences/:audienceId`, () => HttpResponse.json(body, { status: 404 })));
    const error = await apiError(createClient().deleteAudienceV2({ audienceId: 42 }));
    expect(error.status).toBe(404);
    expect(error.errors).toStrictEqual(body.errors);
    expect(error.message).toBe('deleteAudienceV2 failed with HTTP 404: Audience not found; Try again');
  });

  it('keeps a non-JSON body as text (502 on a write: not retried)', async () => {
    server.use(
      http.post(`${BASE_URL}/v1/referrals`, () =>
        HttpResponse.text('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
      ),
    );
    const error = await apiError(createClient().createReferral({ body: newReferral }));
    expect(error.operation).toBe('createReferral');
    expect(error.status).toBe(502);
    expect(error.errors).toStrictEqual([]);
    expect(error.body).toBe('<html>Bad gateway</html>');
    expect(error.message).toBe('createReferral failed with HTTP 502: <html>Bad gateway</html>');
    expect(requests).toHaveLength(1);
  });

  it('says "no details" for an empty error body', async () => {
    server.use(http.post(`${BASE_URL}/v1/referrals`, () => new HttpResponse(null, { status: 500 })));
    const error = await apiError(createClient().createReferral({ body: newReferral }));
    expect(error.status).toBe(500);
    expect(error.errors).toStrictEqual([]);
    expect(error.body).toBe('');
    expect(error.message).toBe('createReferral failed with HTTP 500: no details');
  });

  it('ignores entries of errors[] that are not objects', async () => {
    const body = { message: 'conflict', errors: ['oops', null, { title: 'Session is closed', source: {} }] };
    server.use(http.put(`${BASE_URL}/v2/customer_sessions/:id`, () => HttpResponse.json(body, { status: 409 })));
    const error = await apiError(
      createClient().updateCustomerSessionV2({ customerSessionId: 's-1', body: { customerSession: {} } }),
    );
    expect(error.status).toBe(409);
    expect(error.errors).toStrictEqual([{ title: 'Session is closed', source: {} }]);
    expect(error.body).toStrictEqual(body);
  });
});

describe('TalonNetworkError', () => {
  it('has reason "network" when the connection fails', async () => {
    server.use(http.post(`${BASE_URL}/v1/referrals`, () => HttpResponse.error()));
    const error = await networkError(createClient().createReferral({ body: newReferral }));
    expect(error.reason).toBe('network');
    expect(error.operation).toBe('createReferral');
    expect(error.message).toBe('createReferral could not reach the server');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('has reason "timeout" when no answer comes in time', async () => {
    server.use(
      http.get(balancesUrl, async () => {
        await delay(500);
        return HttpResponse.json(loyaltyBalances);
      }),
    );
    const error = await networkError(getBalances(createClient({ timeout: 50 })));
    expect(error.reason).toBe('timeout');
    expect(error.message).toBe('getLoyaltyBalances timed out');
  });

  describe('when the caller aborts', () => {
    /** A handler that tells when the request arrived, then hangs until the test is over. */
    function hangingHandler() {
      let arrived!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      server.use(
        http.get(balancesUrl, async () => {
          arrived();
          await delay(1_000);
          return HttpResponse.json(loyaltyBalances);
        }),
      );
      return arrival;
    }

    it('has reason "aborted" when aborted in flight', async () => {
      const arrival = hangingHandler();
      const controller = new AbortController();
      const promise = getBalances(createClient(), controller.signal);
      await arrival;
      controller.abort();
      const error = await networkError(promise);
      expect(error.reason).toBe('aborted');
      expect(error.message).toBe('getLoyaltyBalances was aborted');
      // An abort is the caller's wish: the read is not retried.
      expect(requests).toHaveLength(1);
    });

    it('has reason "aborted" when the signal was aborted before the call, and sends nothing', async () => {
      hangingHandler();
      const controller = new AbortController();
      controller.abort();
      const error = await networkError(getBalances(createClient(), controller.signal));
      expect(error.reason).toBe('aborted');
      expect(requests).toHaveLength(0);
    });

    it('has reason "aborted", with the reason as cause, when aborted with a reason', async () => {
      const arrival = hangingHandler();
      const controller = new AbortController();
      const reason = new Error('the shopper left the page');
      const promise = getBalances(createClient(), controller.signal);
      await arrival;
      controller.abort(reason);
      const error = await networkError(promise);
      expect(error.reason).toBe('aborted');
      expect(error.cause).toBe(reason);
    });
  });
});

describe('every error is a TalonError', () => {
  it('covers validation errors too', async () => {
    const error = await rejectionOf(createClient().getLoyaltyBalances({ loyaltyProgramId: 7, integrationId: '' }));
    expect(error).toBeInstanceOf(TalonValidationError);
    expect(error).toBeInstanceOf(TalonError);
    expect((error as TalonError).name).toBe('TalonValidationError');
  });
});
