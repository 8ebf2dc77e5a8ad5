'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

/** `idle`, then `copied` or `failed` for a few seconds after a copy. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text with the Clipboard API; says whether it worked, and goes back to `idle` after `resetAfter` ms. */
export function useCopy(resetAfter = 2000): { state: CopyState; copy: (text: string) => Promise<void> } {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(
    async (text: string) => {
      clearTimeout(timer.current);
      try {
        // Insecure origins and old browsers have no clipboard: say so rather than pretend.
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        setState('copied');
      } catch {
        setState('failed');
      }
      timer.current = setTimeout(() => setState('idle'), resetAfter);
    },
    [resetAfter],
  );
  return { state, copy };
}
