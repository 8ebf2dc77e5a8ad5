'use client';
import type { ReactNode } from 'react';

// Inline, not a class: hidden labels must stay hidden with `unstyled` and without styles.css.
const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Text for screen readers only. */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span id={id} style={hidden}>
      {children}
    </span>
  );
}
