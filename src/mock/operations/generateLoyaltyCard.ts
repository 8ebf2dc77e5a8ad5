import { programOf } from '../domain/loyalty.js';
import { cardView } from '../domain/loyaltyViews.js';
import { ensureProfile } from '../domain/profiles.js';
import { keys } from '../keys.js';
import { badParameter, badRequest } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

/** Identifiers of generated cards when the program has no code format. */
const defaultCardCode = '####-####-####';

/**
 * A new card in a card-based program: `cardIdentifier` if given, else a unique code in the program's code format;
 * linked to `customerProfileIds` (created on first use), at most `usersPerCardLimit` of them.
 */
export const generateLoyaltyCard: OperationHandler<'generateLoyaltyCard'> = (context, input) => {
  const { loyaltyProgramId: programId, body } = input;
  const { loyaltyCards } = context.state;
  // The spec lists no 404 here: an unknown program is a bad parameter.
  if (!context.state.loyaltyPrograms.has(programId)) {
    throw badParameter('loyaltyProgramId', `loyalty program ${programId} does not exist`);
  }
  const program = programOf(context, programId);
  if (!program.cardBased) {
    throw badParameter('loyaltyProgramId', `loyalty program ${programId} is profile-based: it has no loyalty cards`);
  }

  const integrationIds = [...new Set(body.customerProfileIds ?? [])];
  const emptyAt = (body.customerProfileIds ?? []).indexOf('');
  if (emptyAt >= 0) throw badRequest('a customer profile ID must not be empty', `/customerProfileIds/${emptyAt}`);
  const limit = program.usersPerCardLimit ?? 1;
  if (limit > 0 && integrationIds.length > limit) {
    throw badRequest(
      `customerProfileIds lists ${integrationIds.length} profiles, but a card of loyalty program ${programId} can be ` +
        `linked to at most ${limit} (its usersPerCardLimit)`,
      '/customerProfileIds',
    );
  }

  let identifier = body.cardIdentifier;
  if (identifier !== undefined) {
    if (identifier === '') throw badRequest('cardIdentifier must not be empty', '/cardIdentifier');
    if (loyaltyCards.has(keys.card(programId, identifier))) {
      throw badRequest(
        `a loyalty card with the identifier "${identifier}" already exists in loyalty program ${programId}`,
        '/cardIdentifier',
      );
    }
  } else {
    const format = program.cardCodeFormat;
    for (let attempt = 0; attempt < 100 && identifier === undefined; attempt++) {
      const code = format ? context.code(format.pattern, format.validCharacters) : context.code(defaultCardCode);
      if (!loyaltyCards.has(keys.card(programId, code))) identifier = code;
    }
    if (identifier === undefined) {
      throw badParameter(
        'loyaltyProgramId',
        `the code format of loyalty program ${programId} has no unused codes left`,
      );
    }
  }

  for (const integrationId of integrationIds) ensureProfile(context, integrationId);
  const card = loyaltyCards.set(keys.card(programId, identifier), {
    id: context.nextId('loyaltyCard'),
    created: context.now,
    programId,
    identifier,
    status: body.status ?? 'active',
    profiles: integrationIds.map((integrationId) => ({ integrationId, timestamp: context.now })),
  });
  return cardView(context, program, card);
};
