import type { TalonTransport } from '../../../client/createTalonTransport.js';
import type { ProxyInput, ProxyOutput } from '../../operationTypes.js';
import type { PolicySettings } from '../PolicySettings.js';
import type { BindableOperationId } from '../TalonProxyPolicy.js';

/** What a built-in binding works with: a known shopper, and a way to send the bound input upstream. */
export interface BindingContext<K extends BindableOperationId> {
  readonly input: ProxyInput<K>;
  readonly shopperId: string;
  readonly request: Request;
  readonly signal: AbortSignal;
  /** Sends the input to Talon.One as it is: the binding built it from checked input. */
  send(input: ProxyInput<K>): Promise<ProxyOutput<K>>;
  readonly talon: TalonTransport;
  readonly settings: PolicySettings;
}

/** Checks and rewrites one operation's request so that it only ever concerns the shopper, then sends it. */
export type Binding<K extends BindableOperationId> = (context: BindingContext<K>) => Promise<ProxyOutput<K>>;
