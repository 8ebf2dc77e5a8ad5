import { profileLedgerOf } from '../domain/loyalty.js';
import { pointsPage } from '../domain/loyaltyPages.js';
import type { OperationHandler } from './OperationHandler.js';

/** The profile's unused points (what is left of each addition) with the given status, default `active`. */
export const getLoyaltyProgramProfilePoints: OperationHandler<'getLoyaltyProgramProfilePoints'> = (context, input) => {
  const { key } = profileLedgerOf(context, input.loyaltyProgramId, input.integrationId);
  return pointsPage(context, key, {
    ...(input.subledgerId === undefined ? {} : { subledgerIds: [input.subledgerId] }),
    ...input,
  });
};
