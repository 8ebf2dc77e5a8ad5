import { cardLedgerOf } from '../domain/loyalty.js';
import { cardView } from '../domain/loyaltyViews.js';
import { ensureProfile } from '../domain/profiles.js';
import { keys } from '../keys.js';
import { badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/**
 * Links a profile (created on first use) to the card, as far as the program's card user limit allows. Linking a
 * profile that is already linked changes nothing.
 */
export const linkLoyaltyCardToProfile: OperationHandler<'linkLoyaltyCardToProfile'> = (context, input) => {
  const { program, card } = cardLedgerOf(context, input.loyaltyProgramId, input.loyaltyCardId);
  const { integrationId } = input.body;
  if (integrationId === '') throw badRequest('integrationId must not be empty', '/integrationId');
  if (card.profiles.some((profile) => profile.integrationId === integrationId)) {
    return cardView(context, program, card);
  }
  const limit = program.usersPerCardLimit ?? 1;
  if (limit > 0 && card.profiles.length >= limit) {
    throw badRequest(
      `loyalty card "${card.identifier}" already has the maximum number of users: ${limit} profile` +
        `${limit === 1 ? ' is' : 's are'} linked to it (the usersPerCardLimit of loyalty program ${program.id})`,
      '/integrationId',
    );
  }
  ensureProfile(context, integrationId);
  const linked = context.state.loyaltyCards.set(keys.card(card.programId, card.identifier), {
    ...card,
    modified: context.now,
    profiles: [...card.profiles, { integrationId, timestamp: context.now }],
  });
  return cardView(context, program, linked);
};
