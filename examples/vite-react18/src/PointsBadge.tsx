import { useLoyaltyBalances } from 'talon-react';
import { shop } from './shop';

/** The shopper's active points, from the kit's hook: the same query as `LoyaltyBalance`, so one request for both. */
export function PointsBadge({ integrationId }: { integrationId: string }) {
  const { data } = useLoyaltyBalances({ loyaltyProgramId: shop.loyaltyProgramId, integrationId, includeTiers: true });
  const points = data?.balance?.activePoints;
  return (
    <p className="points-badge">
      {points === undefined ? 'Your points are on their way…' : `You have ${points.toLocaleString(shop.locale)} points`}
    </p>
  );
}
