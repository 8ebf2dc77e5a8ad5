import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TalonProvider } from 'talon-react';
import 'talon-react/styles.css';
import { App } from './App';
import './shop.css';
import { shop } from './shop';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <TalonProvider baseUrl="/api/talon" queryClient={queryClient} locale={shop.locale} currency={shop.currency}>
      <App />
    </TalonProvider>
  </StrictMode>,
);
