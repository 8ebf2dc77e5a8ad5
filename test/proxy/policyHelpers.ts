// Helpers of the policy tests (policy-*.test.ts): what a refusal looks like to the browser, and what reached Talon.One.
import { TalonApiError } from '../../src/client/index.js';
import { rejectionOf, type Upstream } from './harness.js';

/** The browser's view of a refusal: Talon.One's error shape with `status`, and the proxy's own words as `message`. */
export async function refusal(promise: Promise<unknown>, status: number) {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TalonApiError);
  const apiError = error as TalonApiError;
  expect(apiError.status).toBe(status);
  expect(apiError.body).toEqual({ message: expect.any(String), errors: expect.any(Array), StatusCode: status });
  // The proxy's own words, without the client's "<operation> failed with HTTP <status>: " before them.
  return Object.assign(apiError, { message: (apiError.body as { message: string }).message });
}

/** The JSON bodies of what reached Talon.One with this method and path prefix. */
export const sentUpstream = (upstream: Upstream, method: string, pathPrefix: string) =>
  upstream.requests
    .filter((request) => request.method === method && request.url.startsWith(pathPrefix))
    .map((request) => JSON.parse(request.body) as Record<string, unknown>);

/** `METHOD path` of every request that reached Talon.One, without the query. */
export const upstreamCalls = (upstream: Upstream) =>
  upstream.requests.map((request) => `${request.method} ${request.url.split('?')[0] ?? ''}`);
