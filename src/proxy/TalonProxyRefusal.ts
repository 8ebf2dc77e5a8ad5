import type { ErrorSource } from '../schemas/ErrorSource.js';

/** What kind of refusal, for the log: the browser sent something wrong, or the shopper may not do it. */
export type RefusalKind = 'invalid' | 'refused';

/**
 * The proxy's answer "no", with the status and message the browser gets in Talon.One's error shape. Throw it from a
 * custom policy function to refuse a request: `throw new TalonProxyRefusal(403, 'Only product views can be tracked')`.
 * The message goes to the browser and into the log: say what is wrong, never echo personal data.
 */
export class TalonProxyRefusal extends Error {
  override readonly name = 'TalonProxyRefusal';
  /** The HTTP status: 400, 401, 403, 404, 408, 413, 415 or 429. */
  readonly status: 400 | 401 | 403 | 404 | 408 | 413 | 415 | 429;
  /** Where the problem is: `{ parameter: 'integrationId' }` or `{ pointer: '/customerSession/cartItems/0/price' }`. */
  readonly source: ErrorSource;
  readonly kind: RefusalKind;

  constructor(
    status: TalonProxyRefusal['status'],
    message: string,
    source: ErrorSource = {},
    kind: RefusalKind = status === 400 || status === 408 || status === 413 || status === 415 ? 'invalid' : 'refused',
  ) {
    super(message);
    this.status = status;
    this.source = source;
    this.kind = kind;
  }
}
