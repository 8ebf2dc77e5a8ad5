import { TalonError } from './TalonError.js';

/** No HTTP answer: the network failed, the request timed out, or it was aborted. */
export class TalonNetworkError extends TalonError {
  readonly reason: 'network' | 'timeout' | 'aborted';

  constructor(operation: string, reason: 'network' | 'timeout' | 'aborted', cause: unknown) {
    const what = { network: 'could not reach the server', timeout: 'timed out', aborted: 'was aborted' }[reason];
    super(operation, `${operation} ${what}`, { cause });
    this.reason = reason;
  }
}
