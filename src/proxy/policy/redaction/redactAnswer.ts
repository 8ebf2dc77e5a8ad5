import type { OperationId } from '../../../client/routes.js';
import type { PolicySettings } from '../PolicySettings.js';
import { redactCardSessions } from './redactCardSessions.js';
import { redactCustomers } from './redactCustomers.js';

const cardLedgers: ReadonlySet<OperationId> = new Set(['getLoyaltyCardPoints', 'getLoyaltyCardTransactions']);
// Answers that are an audience: their `integrationId` is the audience's.
const audiences: ReadonlySet<OperationId> = new Set(['createAudienceV2', 'updateAudienceV2']);

/** What the browser gets of an answer: other customers' identifiers redacted, unless `policy.revealCustomers` names it. */
export async function redactAnswer<T>(
  operationId: OperationId,
  answer: T,
  shopperId: string | null,
  settings: PolicySettings,
): Promise<T> {
  if (answer === undefined || settings.revealCustomers.has(operationId)) return answer;
  const ledger = cardLedgers.has(operationId) ? await redactCardSessions(answer, shopperId, settings.sessions) : answer;
  return redactCustomers(ledger, shopperId, audiences.has(operationId) ? 'audience' : '');
}
