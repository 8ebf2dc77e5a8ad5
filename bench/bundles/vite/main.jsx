import { createRoot } from 'react-dom/client';
import { RewardsPage } from '../RewardsPage.jsx';

createRoot(document.getElementById('root')).render(<RewardsPage />);
