/** One request to Talon.One, ready to go: the proxy built and checked everything in it. */
export interface UpstreamRequest {
  readonly method: string;
  /** Absolute URL, path parameters already percent-encoded. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, or none. */
  readonly body: string | undefined;
  /** Aborted when the browser goes away. */
  readonly signal: AbortSignal | undefined;
  /** Milliseconds for the whole exchange, body included. */
  readonly timeout: number;
}

/** Talon.One's answer, whatever its status. */
export interface UpstreamAnswer {
  readonly status: number;
  readonly text: string;
}

/** Why no answer came: Talon.One unreachable, too slow, or the browser gone. */
export class UpstreamFailure extends Error {
  override readonly name = 'UpstreamFailure';
  readonly reason: 'network' | 'timeout' | 'aborted';

  constructor(reason: UpstreamFailure['reason'], cause?: unknown) {
    super(`upstream ${reason}`, { cause });
    this.reason = reason;
  }
}

/** Sends one request and resolves to the answer, or rejects with an {@link UpstreamFailure}. */
export type UpstreamSend = (request: UpstreamRequest) => Promise<UpstreamAnswer>;
