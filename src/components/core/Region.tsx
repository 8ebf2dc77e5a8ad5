'use client';
import { forwardRef, useId, type ReactNode } from 'react';
import type { CommonMessages } from '../../messages/common.js';
import { Heading } from './Heading.js';
import { RefreshNotice } from './RefreshNotice.js';
import { Status } from './Status.js';
import type { HeadingLevel, RootProps } from './StyleProps.js';
import type { ClassNames } from './useClassNames.js';

/** Props of {@link Region}. */
export interface RegionProps {
  /** The component's class names: the root gets `cls()`, the heading `cls('title')`, a status `cls('status')`. */
  cls: ClassNames;
  /** The app's classes for the root. */
  className: string | undefined;
  /** The root's `data-state`. */
  state: string;
  /** The heading's text, or the region's `aria-label` without a heading. */
  title: string;
  headingLevel: HeadingLevel;
  /** `aria-busy`; default: while `state` is `loading`. */
  busy?: boolean;
  /**
   * The shared words: given them, the region shows the `loading`, `error` (with `onRetry`) and `empty` states itself
   * and `children` only when `ready`. Without them, `children` whatever the state.
   */
  common?: CommonMessages;
  /** The empty state's text. Without it an empty region shows `children`: the component's own empty content. */
  empty?: string;
  onRetry?: () => void;
  /** Shown in every state, between the heading and the state's content. */
  before?: ReactNode;
  /** A background refetch failed: the data stays, and a polite notice with a retry says so beside it. */
  refreshFailed?: boolean;
  /** Shown in every state, after the state's content. */
  after?: ReactNode;
  /** The content of the `ready` state. */
  children?: ReactNode;
  /** The app's other attributes for the root (the component's rest props); they win over the region's labelling. */
  rootProps?: RootProps<'section'>;
}

/**
 * The root of a component: a `<section>` with `data-state`, labelled by its heading (`h{headingLevel}`) or, with
 * `headingLevel={false}`, by an `aria-label`; `aria-busy` while loading; and the loading, error and empty states
 * ({@link Status}) in place of the content.
 */
export const Region = forwardRef<HTMLElement, RegionProps>(function Region(
  {
    cls,
    className,
    state,
    title,
    headingLevel,
    busy = state === 'loading',
    common,
    empty,
    onRetry,
    before,
    after,
    refreshFailed,
    children,
    rootProps,
  },
  ref,
) {
  const titleId = useId();
  const status =
    common && (state === 'loading' || state === 'error' || (state === 'empty' && empty !== undefined))
      ? state
      : undefined;
  return (
    <section
      {...(headingLevel ? { 'aria-labelledby': titleId } : { 'aria-label': title })}
      {...rootProps}
      ref={ref}
      className={cls(undefined, className)}
      data-state={state}
      aria-busy={busy || undefined}
    >
      {headingLevel && (
        <Heading level={headingLevel} id={titleId} className={cls('title')}>
          {title}
        </Heading>
      )}
      {before}
      {status && common ? (
        <Status
          state={status}
          messages={common}
          empty={empty}
          onRetry={status === 'error' ? onRetry : undefined}
          className={cls('status')}
        />
      ) : (
        (state === 'ready' || !common || state === 'empty') && children
      )}
      {refreshFailed && common && <RefreshNotice cls={cls} common={common} onRetry={onRetry} />}
      {after}
    </section>
  );
});
