import { routes, type OperationId } from '../../client/routes.js';
import { bindings } from './bindings/bindings.js';
import { defaultPolicy } from './defaultPolicy.js';
import type { PolicyRule, PriceCart, TalonProxyPolicy } from './TalonProxyPolicy.js';

/** Every operation's rule, the app's overrides over {@link defaultPolicy}. */
export type ResolvedRules = { readonly [K in OperationId]: PolicyRule<K> };

/**
 * The app's policy on top of the default one. A misspelt operationId or `'bind'` where there is no binding throws
 * when the proxy is created: a rule that silently applies to nothing would leave the default in place unnoticed.
 */
export function resolvePolicy(policy: TalonProxyPolicy = {}): {
  rules: ResolvedRules;
  priceCart: PriceCart | undefined;
} {
  const { priceCart, ...overrides } = policy;
  for (const [name, rule] of Object.entries(overrides)) {
    if (!(name in routes)) throw new TypeError(`createTalonProxy: policy names no operation "${name}"`);
    const valid =
      rule === 'allow' || rule === 'deny' || typeof rule === 'function' || (rule === 'bind' && name in bindings);
    if (!valid) throw new TypeError(`createTalonProxy: policy.${name} cannot be ${JSON.stringify(rule)}`);
  }
  if (priceCart !== undefined && typeof priceCart !== 'function') {
    throw new TypeError('createTalonProxy: policy.priceCart must be a function');
  }
  return { rules: { ...defaultPolicy, ...overrides } as ResolvedRules, priceCart };
}
