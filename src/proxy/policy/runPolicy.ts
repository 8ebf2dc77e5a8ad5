import * as z from 'zod/mini';
import type { TalonTransport } from '../../client/createTalonTransport.js';
import { TalonValidationError } from '../../client/errors/TalonValidationError.js';
import { formatIssues } from '../../client/formatIssues.js';
import * as operations from '../../client/operations/index.js';
import type { OperationId } from '../../client/routes.js';
import type { ProxyInput, ProxyOutput } from '../operationTypes.js';
import { TalonProxyRefusal } from '../TalonProxyRefusal.js';
import { bindings } from './bindings/bindings.js';
import type { Binding } from './bindings/Binding.js';
import type { PolicySettings } from './PolicySettings.js';
import { redactAnswer } from './redaction/redactAnswer.js';
import type { BindableOperationId, PolicyContext, PolicyFunction, PolicyRule } from './TalonProxyPolicy.js';

/** One request, checked and identified, on its way through the policy. */
export interface PolicyRun<K extends OperationId = OperationId> {
  readonly operationId: K;
  readonly input: ProxyInput<K>;
  readonly shopperId: string | null;
  readonly request: Request;
  readonly signal: AbortSignal;
  readonly talon: TalonTransport;
  readonly settings: PolicySettings;
}

const isBindable = (id: OperationId): id is BindableOperationId => id in bindings;

/** Why an operation is denied: the browser's developer reads this. */
const denyMessage = (operationId: OperationId) =>
  `${operationId} is done by your server, not the browser: call Talon.One directly`;

// Input from the app's own policy function is checked like the browser's: a path parameter of ".." or a misspelt
// field must not reach Talon.One just because the app built it.
function check<K extends OperationId>(operationId: K, input: ProxyInput<K>): ProxyInput<K> {
  const result = z.safeParse(operations[operationId].input, input);
  if (!result.success) throw new TalonValidationError(operationId, 'request', formatIssues(result.error.issues));
  return result.data as ProxyInput<K>;
}

/** Applies the operation's rule and resolves to what the browser gets: the answer, other customers redacted. */
export async function runPolicy<K extends OperationId>(
  rule: PolicyRule<K>,
  run: PolicyRun<K>,
): Promise<ProxyOutput<K>> {
  return redactAnswer(run.operationId, await decide(rule, run), run.shopperId, run.settings);
}

async function decide<K extends OperationId>(rule: PolicyRule<K>, run: PolicyRun<K>): Promise<ProxyOutput<K>> {
  const { operationId, shopperId, request, signal, talon, settings } = run;
  const operation = operations[operationId];
  const send = (input: ProxyInput<K>) =>
    talon.request(operation, input as never, { signal }) as Promise<ProxyOutput<K>>;

  const bind = async (input: ProxyInput<K> = run.input): Promise<ProxyOutput<K>> => {
    if (!isBindable(operationId)) {
      throw new TalonProxyRefusal(403, `${operationId} has no built-in binding to the shopper`);
    }
    if (shopperId === null) throw new TalonProxyRefusal(401, 'sign in first: this request needs a shopper');
    // The binding's K is the same operation as ours; TypeScript cannot follow it through the lookup.
    const binding = bindings[operationId] as unknown as Binding<BindableOperationId>;
    return binding({
      input: input as never,
      shopperId,
      request,
      signal,
      send: send as never,
      talon,
      settings,
    }) as Promise<ProxyOutput<K>>;
  };

  if (rule === 'deny') throw new TalonProxyRefusal(403, denyMessage(operationId));
  if (rule === 'allow') return send(run.input);
  if (rule === 'bind') return bind();
  const context: PolicyContext<K> = {
    operationId,
    input: run.input,
    shopperId,
    request,
    signal,
    talon,
    forward: (input) => send(check(operationId, input)),
    bind: (input) => bind(input === undefined ? undefined : check(operationId, input)),
  };
  return (rule as PolicyFunction<K>)(context);
}
