import { AchievementProgress } from 'talon-react/components';
import type { Shopper } from '../../shared/types.js';

/** The shopper's achievements and their progress, which orders move when they are placed. */
export function AchievementsPage({ shopper }: { shopper: Shopper }) {
  return <AchievementProgress integrationId={shopper.id} headingLevel={false} />;
}
