// Who is signed in. A real shop reads its own session here (a signed cookie, a JWT, ...) from the request's headers;
// this example has a single shopper, signed in on every request, so that it runs without a sign-in page. Whatever
// you read, never trust an ID the browser names in a Talon.One request: the proxy binds every request to this one.
const demoShopper = 'demo-shopper-1';

/** The signed-in shopper's Talon.One integrationId, or null for nobody: for the proxy and the Server Components. */
export async function shopperOf(_headers: Pick<Headers, 'get'>): Promise<string | null> {
  return demoShopper;
}
