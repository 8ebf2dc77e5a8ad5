// Setup file of `npm run test:react18` only (vitest.react18.config.ts): fails every test file unless React 18 is what
// runs, for our code and for the libraries that import React themselves, so the job cannot pass on React 19.
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { useState, version, type ReactNode } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString, version as serverVersion } from 'react-dom/server';
import { vi } from 'vitest';

for (const [name, actual] of Object.entries({
  react: version,
  'react-dom': domVersion,
  'react-dom/server': serverVersion,
})) {
  if (!actual.startsWith('18.')) throw new Error(`test:react18 runs ${name} ${actual}, not React 18`);
}

// A hook of @tanstack/react-query rendered by react-dom/server, and (with a DOM) by @testing-library/react: with two
// copies of React, hooks throw "Invalid hook call"; an element from React 19's jsx-runtime is no valid child in 18.
const queryClient = new QueryClient();
const wrapper = ({ children }: { children?: ReactNode }) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
);
function Probe() {
  const [text] = useState('React 18');
  return <p>{useQueryClient() === queryClient ? text : 'another QueryClient'}</p>;
}
const html = renderToString(wrapper({ children: <Probe /> }));
if (!html.includes('React 18')) throw new Error(`test:react18 server render gave ${html}`);
if (typeof document !== 'undefined') {
  const { result, unmount } = renderHook(() => useQueryClient(), { wrapper });
  if (result.current !== queryClient) throw new Error('test:react18: @testing-library/react rendered another React');
  unmount();
}

// React 18's development build rethrows an error thrown while rendering through a DOM event, which jsdom then reports on
// its own console, past a test's `vi.spyOn(console, 'error')`; React 19 reports it on console.error alone. A test that
// silences console.error expects those errors, so jsdom's report of them is silenced too. The errors still throw.
if (typeof window !== 'undefined') {
  window.addEventListener('error', (event) => {
    if (vi.isMockFunction(console.error)) event.preventDefault();
  });
}
