import type { Loyalty } from '../../schemas/Loyalty.js';
import type { SandboxContext } from '../SandboxContext.js';
import type { LedgerEntryRecord } from '../SandboxState.js';

/** Whose points: a profile in a profile-based program, or a card in a card-based one. */
export type PointsOwner = { integrationId: string } | { cardIdentifier: string };

export interface PointsChange {
  programId: number;
  owner: PointsOwner;
  /** Positive. */
  amount: number;
  /** Default the main ledger (`""`). */
  subledgerId?: string;
  name: string;
  transactionType: 'session' | 'manual' | 'import';
  customerSessionId?: string;
  /** Additions only: when the points become active (RFC 3339). Default now, or the program's `defaultPending`. */
  startDate?: string;
  /** Additions only: RFC 3339 or `unlimited`. Default the program's `defaultValidity`, else `unlimited`. */
  expiryDate?: string;
  transactionUUID?: string;
  rulesetId?: number;
  ruleName?: string;
}

/** The ledger an owner's points are kept in. 404 for an unknown program or card, 400 for the wrong owner kind. */
export function ledgerKey(context: SandboxContext, programId: number, owner: PointsOwner): string {
  void context;
  void programId;
  void owner;
  throw new Error('ledgerKey: to do');
}

/** Adds points (a ledger addition); joins the profile to the program. */
export function addPoints(
  context: SandboxContext,
  change: PointsChange,
): { ledgerKey: string; entry: LedgerEntryRecord } {
  void context;
  void change;
  throw new Error('addPoints: to do');
}

/** Deducts points (a ledger subtraction, spending active points that expire first). */
export function deductPoints(
  context: SandboxContext,
  change: Omit<PointsChange, 'startDate' | 'expiryDate'>,
): { ledgerKey: string; entry: LedgerEntryRecord } {
  void context;
  void change;
  throw new Error('deductPoints: to do');
}

/**
 * Rolls a transaction back by adding the opposite one (Talon.One keeps both in the ledger), for `fraction` of its
 * amount (a partial return). Returns the new entry.
 */
export function reverseEntry(
  context: SandboxContext,
  ledgerKey: string,
  entryId: number,
  name: string,
  fraction?: number,
): LedgerEntryRecord {
  void context;
  void ledgerKey;
  void entryId;
  void name;
  void fraction;
  throw new Error('reverseEntry: to do');
}

/** True while the entry's points are pending (start date still ahead). */
export function isPending(context: SandboxContext, entry: LedgerEntryRecord): boolean {
  return entry.amount > 0 && entry.startDate > context.now;
}

/** The profile's loyalty as the API shows it in sessions and the inventory: its programs' ledgers and its cards. */
export function loyaltyView(context: SandboxContext, integrationId: string): Loyalty {
  void context;
  void integrationId;
  throw new Error('loyaltyView: to do');
}
