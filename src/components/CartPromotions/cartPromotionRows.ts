import type { CartEffectsSummary } from '../../effects/CartEffectsSummary.js';
import { sumDecimals } from '../../effects/sumDecimals.js';

/** One line of the discounts: the discounts of one campaign under one name, summed (per-item discounts come many). */
export interface DiscountLine {
  key: string;
  campaignId: number;
  /** The campaign's name when the app gave it, else the effect's `name`, else the rule's name; `''` if none. */
  label: string;
  value: number;
}

/** One line of the points earned: the additions of one rule to one program (and start date), summed. */
export interface PointsLine {
  key: string;
  programId: number;
  label: string;
  value: number;
  /** When the points become usable, if later. */
  startDate: string | undefined;
}

/** A code of the cart and what became of it. */
export interface CodeLine {
  key: string;
  code: string;
  kind: 'coupon' | 'referral';
  status: 'accepted' | 'rejected';
  /** Talon.One's rejection reason, for rejected codes. */
  reason: string | undefined;
}

function sumBy<T extends { key: string; value: number }>(entries: readonly T[]): T[] {
  const lines = new Map<string, { line: T; values: number[] }>();
  for (const entry of entries) {
    const found = lines.get(entry.key);
    if (found) found.values.push(entry.value);
    else lines.set(entry.key, { line: entry, values: [entry.value] });
  }
  return [...lines.values()].map(({ line, values }) => ({ ...line, value: sumDecimals(values) }));
}

export function discountLines(
  summary: CartEffectsSummary,
  campaignNames: Readonly<Record<number, string>> | undefined,
): DiscountLine[] {
  return sumBy(
    summary.discounts.map((discount) => {
      const label = campaignNames?.[discount.campaignId] || discount.name || discount.ruleName || '';
      return { key: `${discount.campaignId}|${label}`, campaignId: discount.campaignId, label, value: discount.value };
    }),
  );
}

export function pointsLines(summary: CartEffectsSummary): PointsLine[] {
  return sumBy(
    summary.loyalty.added.map((points) => {
      const label = points.name || points.ruleName || '';
      const startDate = points.startDate;
      return {
        key: `${points.campaignId}|${points.programId}|${label}|${startDate ?? ''}`,
        programId: points.programId,
        label,
        value: points.value,
        startDate,
      };
    }),
  );
}

export function codeLines(summary: CartEffectsSummary): CodeLine[] {
  const lines: CodeLine[] = [];
  const seen = new Set<string>();
  const add = (line: Omit<CodeLine, 'key'>) => {
    const key = `${line.kind}|${line.code}`;
    if (seen.has(key)) return; // a code several campaigns reject is listed once, with the first reason
    seen.add(key);
    lines.push({ ...line, key });
  };
  for (const code of summary.acceptedCoupons) add({ code, kind: 'coupon', status: 'accepted', reason: undefined });
  for (const code of summary.acceptedReferrals) add({ code, kind: 'referral', status: 'accepted', reason: undefined });
  for (const entry of summary.rejectedCoupons) {
    add({ code: entry.value, kind: 'coupon', status: 'rejected', reason: entry.reason });
  }
  for (const entry of summary.rejectedReferrals) {
    add({ code: entry.value, kind: 'referral', status: 'rejected', reason: entry.reason });
  }
  return lines;
}
