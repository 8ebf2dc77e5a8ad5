// One API for the nine components (issue 12 part 3): other props and `ref` reach the root element, and every ID is an
// optional prop that waits with `skipToken` (no request) until it is known.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CouponWallet } from '../../src/components/index.js';
import { cases } from './allComponents.js';
import { renderWithSandbox, server } from './render.js';

/** The paths of the requests the components send to the proxy, from now on. */
function countRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => seen.push(new URL(request.url).pathname));
  return seen;
}

afterEach(() => server.events.removeAllListeners());

describe('rest props and ref', () => {
  it('covers all nine components', () => {
    expect(cases.map((c) => c.name)).toHaveLength(9);
  });

  it.each(cases)('$name passes data-*, aria-*, id, style, onClick and ref to its root', ({ Component, root, ids }) => {
    const ref = createRef<HTMLElement>();
    const onClick = vi.fn();
    renderWithSandbox(
      <Component
        {...ids}
        ref={ref}
        data-testid="root"
        aria-describedby="help"
        id="my-root"
        style={{ marginTop: '7px' }}
        onClick={onClick}
        className="mine"
      />,
    );
    const element = screen.getByTestId('root');
    expect(element.tagName).toBe(root);
    expect(ref.current).toBe(element);
    expect(element).toHaveAttribute('aria-describedby', 'help');
    expect(element).toHaveAttribute('id', 'my-root');
    expect(element.style.marginTop).toBe('7px');
    // The app's class joins the kit's, and the component keeps its own state attribute.
    expect(element).toHaveClass('talon', 'mine');
    expect(element).toHaveAttribute('data-state');
    fireEvent.click(element);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('lets an aria-label name a region that has no heading', () => {
    renderWithSandbox(<CouponWallet headingLevel={false} aria-label="My coupons" />);
    expect(screen.getByRole('region', { name: 'My coupons' })).toBeInTheDocument();
  });
});

describe('IDs wait until they are known', () => {
  it.each(cases)(
    '$name sends nothing without IDs, then reads once they arrive',
    async ({ Component, ids, trigger }) => {
      const seen = countRequests();
      const { rerender } = renderWithSandbox(<Component data-testid="root" />);
      expect(screen.getByTestId('root')).toHaveAttribute('data-state', expect.stringMatching(/^(loading|idle)$/));
      trigger?.();
      // Give a request that should not be sent the time to be sent.
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(seen).toEqual([]);
      rerender(<Component data-testid="root" {...ids} />);
      trigger?.();
      await waitFor(() => expect(seen.length).toBeGreaterThan(0));
      expect(seen.every((path) => path.startsWith('/api/talon/'))).toBe(true);
    },
  );
});
