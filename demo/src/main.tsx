import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'talon-react/styles.css';
import { App } from './App.js';
import './demo.css';

// The app's own QueryClient: TalonProvider uses it, so the demo's reads and the kit's share one cache (checkout
// invalidates the shopper's Talon.One reads in it).
const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
