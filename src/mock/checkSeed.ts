import { responseConstraints, type SpecConstraints } from '../schemas/specConstraints.js';
import type { SandboxSeed } from './SandboxSeed.js';

// Each kind of seeded entity comes back in these schemas' answers: a field of the seed named like a property of one of
// them is held to that property's constraints, so the sandbox never answers what Talon.One could not.
const answeredAs: { readonly [K in keyof SandboxSeed]?: readonly string[] } = {
  campaigns: ['Campaign'],
  coupons: ['Coupon'],
  referrals: ['Referral'],
  profiles: ['CustomerProfile'],
  audiences: ['Audience'],
  loyaltyCards: ['LoyaltyCard'],
  loyaltyTransactions: ['LedgerTransactionLogEntryIntegrationAPI', 'CardLedgerTransactionLogEntryIntegrationAPI'],
  achievements: ['AchievementStatusEntry'],
};

const patterns = new Map<string, RegExp>();
const regex = (pattern: string) => {
  let compiled = patterns.get(pattern);
  if (!compiled) patterns.set(pattern, (compiled = new RegExp(pattern, 'u')));
  return compiled;
};

function breaks(value: unknown, c: SpecConstraints): string | undefined {
  if (typeof value === 'string') {
    if (c.pattern !== undefined && !regex(c.pattern).test(value)) return `must match ${c.pattern}`;
    if (c.minLength !== undefined && value.length < c.minLength) return `must be at least ${c.minLength} characters`;
    if (c.maxLength !== undefined && value.length > c.maxLength) return `must be at most ${c.maxLength} characters`;
  }
  if (typeof value === 'number') {
    if (c.minimum !== undefined && value < c.minimum) return `must be at least ${c.minimum}`;
    if (c.maximum !== undefined && value > c.maximum) return `must be at most ${c.maximum}`;
  }
  if (Array.isArray(value)) {
    if (c.minItems !== undefined && value.length < c.minItems) return `must have at least ${c.minItems} items`;
    if (c.maxItems !== undefined && value.length > c.maxItems) return `must have at most ${c.maxItems} items`;
  }
  return undefined;
}

/**
 * Refuses a seed that holds data the Talon.One spec forbids in the answers it shows up in (a pattern, a length, a
 * range), with a `TypeError` naming every such field, such as `achievements[0].name`.
 */
export function checkSeed(seed: SandboxSeed): void {
  const problems: string[] = [];
  for (const [kind, schemas] of Object.entries(answeredAs) as Array<[keyof SandboxSeed, readonly string[]]>) {
    const entities: unknown = seed[kind];
    if (!Array.isArray(entities)) continue;
    (entities as Array<Record<string, unknown>>).forEach((entity, index) => {
      for (const schema of schemas) {
        for (const [field, constraints] of Object.entries(responseConstraints[schema] ?? {})) {
          const value = entity[field];
          const at = `${kind}[${index}].${field}`;
          const problem = breaks(value, constraints);
          if (problem) problems.push(`${at} ${JSON.stringify(value)} ${problem} (${schema}.${field})`);
          if (Array.isArray(value) && constraints.items) {
            value.forEach((item, i) => {
              const itemProblem = breaks(item, constraints.items!);
              if (itemProblem)
                problems.push(`${at}[${i}] ${JSON.stringify(item)} ${itemProblem} (${schema}.${field}[])`);
            });
          }
        }
      }
    });
  }
  if (problems.length) {
    throw new TypeError(`The sandbox seed holds what the Talon.One spec forbids: ${[...new Set(problems)].join('; ')}`);
  }
}
