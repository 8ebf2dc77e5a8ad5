import { routes, type OperationId } from '../../client/routes.js';
import { createSessionIds } from '../sessions/SessionIds.js';
import { bindings } from './bindings/bindings.js';
import { defaultPolicy } from './defaultPolicy.js';
import type { PolicySettings } from './PolicySettings.js';
import type { PolicyRule, TalonProxyPolicy } from './TalonProxyPolicy.js';

/** Every operation's rule, the app's overrides over {@link defaultPolicy}. */
export type ResolvedRules = { readonly [K in OperationId]: PolicyRule<K> };

const hooks = ['priceCart', 'verifyCardLink', 'allowCouponReservation', 'previewCampaigns'] as const;

function names(policy: TalonProxyPolicy, key: 'sessionAttributes' | 'revealCustomers'): Set<string> {
  const list: unknown = policy[key];
  if (list === undefined) return new Set();
  if (!Array.isArray(list) || !list.every((name) => typeof name === 'string')) {
    throw new TypeError(`createTalonProxy: policy.${key} must be an array of names`);
  }
  return new Set(list);
}

/**
 * The app's policy on top of the default one. A misspelt operationId, `'bind'` where there is no binding or a hook
 * that is no function throws when the proxy is created: a rule that silently applies to nothing would leave the
 * default in place unnoticed. `sessionSecret` is read on first use (see {@link createSessionIds}).
 */
export function resolvePolicy(
  policy: TalonProxyPolicy = {},
  sessionSecret: () => string | undefined,
): { rules: ResolvedRules; settings: PolicySettings } {
  const {
    priceCart,
    verifyCardLink,
    allowCouponReservation,
    sessionAttributes: _attributes,
    sessionIdentifiers = false,
    previewCampaigns,
    revealCustomers: _reveal,
    ...overrides
  } = policy;
  for (const [name, rule] of Object.entries(overrides)) {
    if (!(name in routes)) throw new TypeError(`createTalonProxy: policy names no operation "${name}"`);
    const valid =
      rule === 'allow' || rule === 'deny' || typeof rule === 'function' || (rule === 'bind' && name in bindings);
    if (!valid) throw new TypeError(`createTalonProxy: policy.${name} cannot be ${JSON.stringify(rule)}`);
  }
  for (const hook of hooks) {
    if (policy[hook] !== undefined && typeof policy[hook] !== 'function') {
      throw new TypeError(`createTalonProxy: policy.${hook} must be a function`);
    }
  }
  if (typeof sessionIdentifiers !== 'boolean') {
    throw new TypeError('createTalonProxy: policy.sessionIdentifiers must be true or false');
  }
  const revealCustomers = names(policy, 'revealCustomers');
  for (const name of revealCustomers) {
    if (!(name in routes)) throw new TypeError(`createTalonProxy: policy.revealCustomers names no operation "${name}"`);
  }
  return {
    rules: { ...defaultPolicy, ...overrides } as ResolvedRules,
    settings: {
      priceCart,
      verifyCardLink,
      allowCouponReservation,
      sessionAttributes: names(policy, 'sessionAttributes'),
      sessionIdentifiers,
      previewCampaigns,
      revealCustomers: revealCustomers as Set<OperationId>,
      sessions: createSessionIds(sessionSecret),
    },
  };
}
