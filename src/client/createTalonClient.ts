import type { OperationInput, OperationOutput } from './defineOperation.js';
import {
  createTalonTransport,
  type RequestOptions,
  type TalonClientOptions,
  type TalonTransport,
} from './createTalonTransport.js';
import * as operations from './operations/index.js';

type Operations = typeof operations;

/** One typed method per Integration API operation, named by its operationId, plus `request` for any operation. */
export type TalonClient = TalonTransport & {
  readonly [K in keyof Operations]: (
    input: OperationInput<Operations[K]>,
    options?: RequestOptions,
  ) => Promise<OperationOutput<Operations[K]>>;
};

const clients = new WeakMap<TalonTransport, TalonClient>();

/**
 * Creates the client for the proxy at `baseUrl`, or gives a transport its methods.
 *
 * @example
 * const talon = createTalonClient({ baseUrl: '/api/talon' });
 * const balances = await talon.getLoyaltyBalances({ loyaltyProgramId: 7, integrationId: 'shopper-1' });
 */
export function createTalonClient(options: TalonClientOptions | TalonTransport): TalonClient {
  const transport = 'request' in options ? options : createTalonTransport(options);
  const existing = clients.get(transport);
  if (existing) return existing;
  const methods = Object.values(operations).map((operation) => [
    operation.id,
    (input: never, requestOptions?: RequestOptions) => transport.request(operation, input, requestOptions),
  ]);
  const client = { ...transport, ...Object.fromEntries(methods) } as TalonClient;
  clients.set(transport, client).set(client, client);
  return client;
}
