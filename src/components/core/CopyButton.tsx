'use client';
import { forwardRef } from 'react';
import type { CommonMessages } from '../../messages/common.js';
import { useCopy } from './useCopy.js';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  text: string;
  /** The button's accessible name, such as "Copy code WELCOME10". */
  label: string;
  messages: CommonMessages;
  className?: string | undefined;
  statusClassName?: string | undefined;
}

/**
 * A button that copies `text`, with the result shown and announced in a polite live region next to it. `data-state` is
 * `idle`, `copied` or `failed`. The button's text stays "Copy", so that its accessible name (`label`) always contains
 * its visible text (WCAG 2.5.3, axe's `label-content-name-mismatch`) and does not change under a screen reader's focus.
 * The `ref` is the button's (to move focus to it).
 */
export const CopyButton = forwardRef<HTMLButtonElement, CopyButtonProps>(function CopyButton(
  { text, label, messages, className, statusClassName },
  ref,
) {
  const { state, copy } = useCopy();
  return (
    <>
      <button
        ref={ref}
        type="button"
        className={className}
        aria-label={label}
        data-state={state}
        onClick={() => void copy(text)}
      >
        {messages.copy}
      </button>
      <span className={statusClassName} role="status" data-state={state}>
        {state === 'copied' ? messages.copied : state === 'failed' ? messages.copyFailed : ''}
      </span>
    </>
  );
});
