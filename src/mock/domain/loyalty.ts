import type { Loyalty } from '../../schemas/Loyalty.js';
import type { LoyaltyProgramLedgers } from '../../schemas/LoyaltyProgramLedgers.js';
import { addDuration } from '../duration.js';
import { keys } from '../keys.js';
import type { SandboxContext } from '../SandboxContext.js';
import { badParameter, badRequest, notFound } from '../SandboxError.js';
import type { SandboxLoyaltyProgram } from '../SandboxSeed.js';
import type { LedgerEntryRecord, LoyaltyCardRecord } from '../SandboxState.js';
import { ensureProfile } from './profiles.js';
import { roundPoints, timeOf } from './loyaltyLedger.js';
import { cardView, ledgerBalances, ledgerInfo, subledgerInfos } from './loyaltyViews.js';

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

/** The program, or 404. */
export function programOf(context: SandboxContext, programId: number): SandboxLoyaltyProgram {
  const program = context.state.loyaltyPrograms.get(programId);
  if (!program) throw notFound(`loyalty program ${programId}`);
  return program;
}

/** The program for an endpoint of one kind: 404 when unknown, 400 (naming `loyaltyProgramId`) for the other kind. */
function programOfKind(context: SandboxContext, programId: number, kind: 'profile' | 'card'): SandboxLoyaltyProgram {
  const program = programOf(context, programId);
  if (kind === 'card' && !program.cardBased) {
    throw badParameter(
      'loyaltyProgramId',
      `loyalty program ${programId} is profile-based: it has no loyalty cards (use the profile endpoints)`,
    );
  }
  if (kind === 'profile' && program.cardBased) {
    throw badParameter(
      'loyaltyProgramId',
      `loyalty program ${programId} is card-based: points belong to loyalty cards, not to profiles (use the card endpoints)`,
    );
  }
  return program;
}

/** The card, or 404. */
function cardOf(context: SandboxContext, programId: number, identifier: string): LoyaltyCardRecord {
  const card = context.state.loyaltyCards.get(keys.card(programId, identifier));
  if (!card) throw notFound(`loyalty card "${identifier}" in loyalty program ${programId}`);
  return card;
}

/** The ledger an owner's points are kept in. 404 for an unknown program or card, 400 for the wrong owner kind. */
export function ledgerKey(context: SandboxContext, programId: number, owner: PointsOwner): string {
  const program = programOf(context, programId);
  if ('cardIdentifier' in owner) {
    if (!program.cardBased) {
      throw badRequest(`loyalty program ${programId} is profile-based: its points belong to profiles, not to cards`);
    }
    cardOf(context, programId, owner.cardIdentifier);
    return keys.cardLedger(programId, owner.cardIdentifier);
  }
  if (program.cardBased) {
    throw badRequest(`loyalty program ${programId} is card-based: its points belong to loyalty cards, not to profiles`);
  }
  return keys.profileLedger(programId, owner.integrationId);
}

function append(context: SandboxContext, key: string, entry: LedgerEntryRecord): LedgerEntryRecord {
  const { ledgers } = context.state;
  ledgers.set(key, [...(ledgers.get(key) ?? []), entry]);
  return entry;
}

/** Makes the profile a member of the program (from now) if it is not one yet. */
function join(context: SandboxContext, programId: number, integrationId: string): void {
  const profile = ensureProfile(context, integrationId);
  if (programId in profile.loyaltyPrograms) return;
  context.state.profiles.set(integrationId, {
    ...profile,
    loyaltyPrograms: { ...profile.loyaltyPrograms, [programId]: context.now },
  });
}

function checkAmount(amount: number): void {
  if (!Number.isFinite(amount) || amount <= 0) {
    throw badRequest(`the amount of loyalty points must be a positive number, not ${amount}`);
  }
}

function record(
  context: SandboxContext,
  change: Omit<PointsChange, 'startDate' | 'expiryDate'>,
  fields: { amount: number; startDate: string; expiryDate: string },
): { ledgerKey: string; entry: LedgerEntryRecord } {
  const key = ledgerKey(context, change.programId, change.owner);
  if ('integrationId' in change.owner) join(context, change.programId, change.owner.integrationId);
  const entry = append(context, key, {
    id: context.nextId('ledgerEntry'),
    created: context.now,
    programId: change.programId,
    subledgerId: change.subledgerId ?? '',
    amount: fields.amount,
    name: change.name,
    transactionType: change.transactionType,
    startDate: fields.startDate,
    expiryDate: fields.expiryDate,
    ...(change.customerSessionId === undefined ? {} : { customerSessionId: change.customerSessionId }),
    transactionUUID: change.transactionUUID ?? context.uuid(),
    ...(change.rulesetId === undefined ? {} : { rulesetId: change.rulesetId }),
    ...(change.ruleName === undefined ? {} : { ruleName: change.ruleName }),
  });
  return { ledgerKey: key, entry };
}

/** Adds points (a ledger addition); joins the profile to the program. */
export function addPoints(
  context: SandboxContext,
  change: PointsChange,
): { ledgerKey: string; entry: LedgerEntryRecord } {
  checkAmount(change.amount);
  const program = programOf(context, change.programId);
  const startDate =
    change.startDate ??
    (program.defaultPending ? addDuration(new Date(context.now), program.defaultPending).toISOString() : context.now);
  // Validity counts from when the points become active, not from when they were awarded.
  const expiryDate =
    change.expiryDate ??
    (program.defaultValidity
      ? addDuration(new Date(Math.max(timeOf(startDate), timeOf(context.now))), program.defaultValidity).toISOString()
      : 'unlimited');
  return record(context, change, { amount: roundPoints(change.amount), startDate, expiryDate });
}

/** Deducts points (a ledger subtraction, spending active points that expire first). */
export function deductPoints(
  context: SandboxContext,
  change: Omit<PointsChange, 'startDate' | 'expiryDate'>,
): { ledgerKey: string; entry: LedgerEntryRecord } {
  checkAmount(change.amount);
  return record(context, change, {
    amount: -roundPoints(change.amount),
    startDate: context.now,
    expiryDate: 'unlimited',
  });
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
  fraction = 1,
): LedgerEntryRecord {
  const entry = context.state.ledgers.get(ledgerKey)?.find((candidate) => candidate.id === entryId);
  if (!entry) throw new Error(`reverseEntry: no ledger entry ${entryId} in ledger "${ledgerKey}"`);
  const reversal: LedgerEntryRecord = {
    id: context.nextId('ledgerEntry'),
    created: context.now,
    programId: entry.programId,
    subledgerId: entry.subledgerId,
    // The rollback of an addition takes back those very points (pending ones too); of a subtraction, gives the
    // points back as new active ones.
    amount: roundPoints(-entry.amount * fraction) || 0,
    name,
    transactionType: entry.transactionType,
    startDate: context.now,
    expiryDate: 'unlimited',
    ...(entry.customerSessionId === undefined ? {} : { customerSessionId: entry.customerSessionId }),
    transactionUUID: context.uuid(),
    ...(entry.rulesetId === undefined ? {} : { rulesetId: entry.rulesetId }),
    ...(entry.ruleName === undefined ? {} : { ruleName: entry.ruleName }),
    referenceId: entry.id,
  };
  return append(context, ledgerKey, reversal);
}

/** True while the entry's points are pending (start date still ahead). */
export function isPending(context: SandboxContext, entry: LedgerEntryRecord): boolean {
  return entry.amount > 0 && entry.startDate !== 'immediate' && timeOf(entry.startDate) > timeOf(context.now);
}

/** Whether the profile has anything in a profile-based program: membership or ledger entries. */
function hasLoyaltyData(context: SandboxContext, programId: number, integrationId: string): boolean {
  const profile = context.state.profiles.get(integrationId);
  if (profile && programId in profile.loyaltyPrograms) return true;
  return (context.state.ledgers.get(keys.profileLedger(programId, integrationId))?.length ?? 0) > 0;
}

/**
 * For the profile endpoints: the program (404 unknown, 400 card-based) and the profile's ledger in it (404 when the
 * profile has no loyalty data there).
 */
export function profileLedgerOf(
  context: SandboxContext,
  programId: number,
  integrationId: string,
): { program: SandboxLoyaltyProgram; key: string } {
  const program = programOfKind(context, programId, 'profile');
  if (!hasLoyaltyData(context, programId, integrationId)) {
    throw notFound(`loyalty data of customer profile "${integrationId}" in loyalty program ${programId}`);
  }
  return { program, key: keys.profileLedger(programId, integrationId) };
}

/** For the card endpoints: the program (404 unknown, 400 profile-based), the card (404 unknown) and its ledger. */
export function cardLedgerOf(
  context: SandboxContext,
  programId: number,
  identifier: string,
): { program: SandboxLoyaltyProgram; card: LoyaltyCardRecord; key: string } {
  const program = programOfKind(context, programId, 'card');
  const card = cardOf(context, programId, identifier);
  return { program, card, key: keys.cardLedger(programId, identifier) };
}

/** The profile's loyalty as the API shows it in sessions and the inventory: its programs' ledgers and its cards. */
export function loyaltyView(context: SandboxContext, integrationId: string): Loyalty {
  const { state } = context;
  const joined = state.profiles.get(integrationId)?.loyaltyPrograms ?? {};
  const programs: Record<string, LoyaltyProgramLedgers> = {};
  const profilePrograms = [...state.loyaltyPrograms.values()]
    .filter((program) => !program.cardBased && hasLoyaltyData(context, program.id, integrationId))
    .sort((a, b) => a.id - b.id);
  for (const program of profilePrograms) {
    const { main, subledgers } = ledgerBalances(context, program, keys.profileLedger(program.id, integrationId));
    const joinDate = joined[program.id];
    programs[program.id] = {
      id: program.id,
      title: program.title,
      name: program.name,
      ...(joinDate === undefined ? {} : { joinDate }),
      ledger: ledgerInfo(main, program),
      subLedgers: subledgerInfos(subledgers),
    };
  }
  const cards = [...state.loyaltyCards.values()]
    .filter((card) => card.profiles.some((profile) => profile.integrationId === integrationId))
    .sort(
      (a, b) => a.programId - b.programId || (a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0),
    )
    .flatMap((card) => {
      const program = state.loyaltyPrograms.get(card.programId);
      return program ? [cardView(context, program, card)] : [];
    });
  return { programs, cards };
}
