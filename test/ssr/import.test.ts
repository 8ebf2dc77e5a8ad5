// @vitest-environment node
// Server-rendering apps import the package on the server, where there is no DOM: the import itself must not touch
// `window` or `document`.

it('runs without a DOM', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
});

it('imports the public API without window or document', async () => {
  // Imported here, after the check above, so that the import provably happens in the DOM-less environment.
  const talon = await import('../../src/index.js');

  expect(typeof window).toBe('undefined');
  expect(typeof talon.TalonProvider).toBe('function');
  expect(typeof talon.useLoyaltyBalances).toBe('function');
  expect(typeof talon.createTalonClient).toBe('function');
  expect(typeof talon.loyaltyBalancesQueryOptions).toBe('function');
  expect(talon.talonKeys.all).toEqual(['talon']);
  // Building a client needs no DOM either: a server prefetch does exactly this.
  expect(talon.createTalonClient({ baseUrl: 'http://talon.test/api/talon' }).baseUrl).toBe(
    'http://talon.test/api/talon',
  );
});
