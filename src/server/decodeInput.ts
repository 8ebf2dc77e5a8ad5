import type * as z from 'zod/mini';
import * as operations from '../client/operations/index.js';
import { routes, type OperationId } from '../client/routes.js';
import { ParameterError } from './ParameterError.js';

/** How a parameter travels as text: the schema says which JavaScript value to turn it back into. */
type Kind = 'boolean' | 'number' | 'string' | { readonly array: Kind };

// Wrappers whose inner type says what the value is.
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

function kindOf(schema: z.core.$ZodType): Kind {
  const def = schema._zod.def;
  if (wrappers.has(def.type)) return kindOf((def as z.core.$ZodOptionalDef).innerType);
  switch (def.type) {
    case 'pipe':
      return kindOf((def as z.core.$ZodPipeDef).in);
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'array':
      return { array: kindOf((def as z.core.$ZodArrayDef).element) };
    default:
      return 'string';
  }
}

interface Parameters {
  readonly path: ReadonlySet<string>;
  readonly kinds: ReadonlyMap<string, Kind>;
  readonly hasBody: boolean;
}

const cache = new Map<OperationId, Parameters>();

/** The operation's parameters, read from its input schema once. */
export function parametersOf(operationId: OperationId): Parameters {
  let parameters = cache.get(operationId);
  if (!parameters) {
    const shape = (operations[operationId].input as unknown as z.ZodMiniObject)._zod.def.shape;
    const path = new Set([...routes[operationId].path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''));
    const kinds = new Map(
      Object.entries(shape)
        .filter(([name]) => name !== 'body')
        .map(([name, schema]) => [name, kindOf(schema)] as const),
    );
    parameters = { path, kinds, hasBody: 'body' in shape };
    cache.set(operationId, parameters);
  }
  return parameters;
}

const numeric = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

// A value that does not decode stays text, so that validation names the parameter and says what it expected.
function decodeScalar(kind: Kind, text: string): unknown {
  if (kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (kind === 'number') return numeric.test(text) ? Number(text) : text;
  return text;
}

// Query strings are form-encoded: `+` is a space, as for Talon.One's own server.
function decodeComponent(name: string, text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new ParameterError(name, `${name} is not correctly percent-encoded`);
  }
}

function decodeQuery(operationId: OperationId, search: string, { path, kinds }: Parameters) {
  const texts = new Map<string, string[]>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = decodeComponent('query', equals === -1 ? pair : pair.slice(0, equals));
    if (name === 'body' || path.has(name)) throw new ParameterError(name, `${name} is not a query parameter`);
    const text = decodeComponent(name, equals === -1 ? '' : pair.slice(equals + 1));
    texts.set(name, [...(texts.get(name) ?? []), text]);
  }
  // Decoded, then split: Talon.One's own SDKs send a csv array's commas percent-encoded (`achievementIds=1%2C2`), the
  // kit's client literally; IDs and enum values never hold a comma.
  const csv = 'arrays' in routes[operationId];
  const values = [...texts].map(([name, decoded]): [string, unknown] => {
    const kind = kinds.get(name) ?? 'string';
    if (typeof kind === 'object') {
      const items = csv ? decoded.flatMap((text) => (text === '' ? [] : text.split(','))) : decoded;
      return [name, items.map((item) => decodeScalar(kind.array, item))];
    }
    // Repeated where one value is expected: handed on as a list, for validation to refuse by name.
    const scalars = decoded.map((text) => decodeScalar(kind, text));
    return [name, scalars.length === 1 ? scalars[0] : scalars];
  });
  // Defined, not assigned: `__proto__` becomes a key like `foo`, which the schema refuses as unknown, instead of
  // setting the object's prototype and vanishing.
  return Object.fromEntries(values);
}

/**
 * Turns an HTTP request back into the operation's input (for the sandbox's server and the proxy), as the kit's client
 * or one of Talon.One's SDKs built it: decoded path parameters, the query string decoded by the input schema
 * (booleans, numbers, arrays repeated or comma-separated per the route, their commas literal or percent-encoded) and
 * the JSON body. Throws a {@link ParameterError} for a parameter that cannot be decoded; the input schema checks the
 * rest.
 */
export function decodeInput(
  operationId: OperationId,
  pathParams: Readonly<Record<string, string>>,
  search: string,
  body: unknown,
): Record<string, unknown> {
  const parameters = parametersOf(operationId);
  const input = decodeQuery(operationId, search, parameters);
  for (const name of parameters.path) {
    const text = pathParams[name] ?? '';
    input[name] = decodeScalar(parameters.kinds.get(name) ?? 'string', text);
  }
  if (parameters.hasBody && body !== undefined) input.body = body;
  return input;
}
