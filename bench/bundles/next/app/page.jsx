import { RewardsPage } from '../../RewardsPage.jsx';

export default function Page() {
  return <RewardsPage />;
}
