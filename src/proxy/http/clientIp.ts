/** Node's socket address, as `@hono/node-server` hands it over in the handler's second argument. */
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's IP by default: the socket's address under `@hono/node-server` (and Express through its adapter).
 * Elsewhere, or behind a load balancer, pass `clientIp` to read it where your platform puts it; a forwarded header is
 * never trusted unless you say so, since any client can send one.
 */
export function socketAddress(_request: Request, env: unknown): string | null {
  return (env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? null;
}
