import { cardLedgerOf } from '../domain/loyalty.js';
import { pointsPage } from '../domain/loyaltyPages.js';
import type { OperationHandler } from './OperationHandler.js';

/** The card's unused points (what is left of each addition) with the given status, default `active`. */
export const getLoyaltyCardPoints: OperationHandler<'getLoyaltyCardPoints'> = (context, input) => {
  const { key } = cardLedgerOf(context, input.loyaltyProgramId, input.loyaltyCardId);
  const { hasMore, data } = pointsPage(context, key, { ...input, subledgerIds: input.subledgerId });
  return {
    hasMore,
    data: data.map((points) => {
      // The profile the points were earned by: the one of the session that added them.
      const session =
        points.customerSessionId === undefined ? undefined : context.state.sessions.get(points.customerSessionId);
      return session?.profileId ? { ...points, customerProfileID: session.profileId } : points;
    }),
  };
};
