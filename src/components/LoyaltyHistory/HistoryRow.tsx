'use client';
import type { ReactNode } from 'react';
import type { classNames } from '../core/useClassNames.js';
import type { TalonFormat } from '../../react/format/useFormat.js';
import type { LoyaltyHistoryMessages } from '../../messages/loyaltyHistory.js';
import type { LoyaltyHistoryTransaction } from './useHistoryQuery.js';

/** A transaction's cells in words, as {@link HistoryRow} shows them and `renderRow` gets them. */
export interface LoyaltyHistoryRowParts {
  /** The creation date in the shopper's locale. */
  date: string;
  /** The signed amount: `+250`, `−50`. */
  amount: string;
  /** The transaction's name (its reason), such as `Order #1001`. */
  description: string;
  /** Added or deducted, in words. */
  type: string;
  /** The subledger's ID, or the main ledger's name. */
  subledger: string;
  /** When pending points become active and when points expire, in words; empty when neither applies. */
  validity: string[];
}

/** The words of one transaction. */
export function rowParts(
  transaction: LoyaltyHistoryTransaction,
  m: LoyaltyHistoryMessages,
  f: TalonFormat,
): LoyaltyHistoryRowParts {
  const validity: string[] = [];
  if (transaction.type === 'addition') {
    const { startDate, expiryDate } = transaction;
    if (startDate && startDate !== 'immediate' && f.date(startDate)) validity.push(m.activeFrom(f.date(startDate)));
    if (expiryDate && expiryDate !== 'unlimited' && f.date(expiryDate)) validity.push(m.validUntil(f.date(expiryDate)));
  }
  return {
    date: f.date(transaction.created),
    amount: m.amount(f.points(Math.abs(transaction.amount)), transaction.type),
    description: transaction.name,
    type: m.transactionType(transaction.type),
    subledger: transaction.subledgerId || m.mainLedger,
    validity,
  };
}

/** One transaction as a table row: date, description (with its validity), type, subledger and signed points. */
export function HistoryRow({
  transaction,
  parts,
  cls,
}: {
  transaction: LoyaltyHistoryTransaction;
  parts: LoyaltyHistoryRowParts;
  cls: ReturnType<typeof classNames>;
}): ReactNode {
  return (
    <tr className={cls('row')} data-type={transaction.type}>
      <td className={cls('date')}>
        <time dateTime={transaction.created}>{parts.date}</time>
      </td>
      <td className={cls('description')}>
        {parts.description}
        {parts.validity.length > 0 && ' '}
        {parts.validity.length > 0 && <span className={cls('validity')}>{parts.validity.join(' · ')}</span>}
      </td>
      <td className={cls('type')}>{parts.type}</td>
      <td className={cls('subledger')}>{parts.subledger}</td>
      <td className={cls('amount')} data-type={transaction.type}>
        {parts.amount}
      </td>
    </tr>
  );
}
