'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

/** `idle`, then `shared`, `copied` (no Web Share API, or it failed: the text was copied instead) or `failed`. */
export type ShareState = 'idle' | 'shared' | 'copied' | 'failed';

/**
 * The Web Share API with a copy fallback. `supported` is false on the server and on the first render, and true after
 * mount where `navigator.share` exists; `share` checks again when it is called, so a browser that lost the API (or
 * refuses the data) copies the text instead.
 */
export function useShare(resetAfter = 4000): {
  supported: boolean;
  state: ShareState;
  share: (data: ShareData) => Promise<void>;
} {
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<ShareState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    // After mount only: the server (and the hydrating first render) cannot know, and must render the same markup.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a browser capability, known only after mount
    setSupported(typeof navigator.share === 'function');
    return () => clearTimeout(timer.current);
  }, []);
  const share = useCallback(
    async (data: ShareData) => {
      clearTimeout(timer.current);
      const settle = (next: ShareState) => {
        setState(next);
        timer.current = setTimeout(() => setState('idle'), resetAfter);
      };
      if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
        try {
          await navigator.share(data);
          return settle('shared');
        } catch (error) {
          // The shopper closed the share sheet: nothing to say. Anything else: copy instead.
          if ((error as { name?: unknown } | null)?.name === 'AbortError') return setState('idle');
        }
      }
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText([data.text, data.url].filter(Boolean).join(' '));
        settle('copied');
      } catch {
        settle('failed');
      }
    },
    [resetAfter],
  );
  return { supported, state, share };
}
