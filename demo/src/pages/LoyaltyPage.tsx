import { useState } from 'react';
import { LinkLoyaltyCard, LoyaltyBalance, LoyaltyCardBalance, LoyaltyHistory } from 'talon-react/components';
import type { Shopper } from '../../shared/types.js';
import { useStore } from '../StoreContext.js';

/**
 * The shopper's points in the store's loyalty program (balance and tier, then the history), and a form that links
 * a loyalty card of the card-based program, whose balance shows once it is linked.
 */
export function LoyaltyPage({ shopper }: { shopper: Shopper }) {
  const { loyaltyProgramId, cardProgramId, hints } = useStore();
  const [card, setCard] = useState<string>();
  return (
    <div className="demo-stack">
      <LoyaltyBalance loyaltyProgramId={loyaltyProgramId} integrationId={shopper.id} />
      <LoyaltyHistory loyaltyProgramId={loyaltyProgramId} integrationId={shopper.id} pageSize={10} />
      <LinkLoyaltyCard
        loyaltyProgramId={cardProgramId}
        integrationId={shopper.id}
        onLinked={(linked) => setCard(linked.identifier)}
        messages={{ hint: `The number printed on your card. Try ${hints.unlinkedCard}.` }}
      />
      {card && <LoyaltyCardBalance loyaltyProgramId={cardProgramId} loyaltyCardId={card} integrationId={shopper.id} />}
    </div>
  );
}
