'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** How far: clamped to 0 … `max`; a missing figure (`NaN`) is 0. `aria-valuenow`. */
  value: number;
  /** The target. `aria-valuemax` (`aria-valuemin` is 0). */
  max: number;
  /** The value in words, for screen readers: "2 of 3 orders". `aria-valuetext`. */
  valueText: string;
  /**
   * The bar's accessible name, as its `aria-label` ("Place 3 orders"). A bar named by visible text takes
   * `aria-labelledby` with that text's `id` instead: every progress bar needs one or the other.
   */
  label?: string;
  /** The class of the inner element whose width is the progress (inside `.talon`, `styles.css` draws it already). */
  indicatorClassName?: string | undefined;
}

/**
 * A determinate progress bar with complete ARIA: `role="progressbar"`, `aria-valuemin`, `aria-valuemax`,
 * `aria-valuenow`, `aria-valuetext` and a name (`label`, or your `aria-labelledby`). `data-state` is `inprogress` or
 * `complete` on the bar and its indicator; `data-value` and `data-max` carry the figures for styling. Other props and
 * `ref` go to the bar's element.
 *
 * @example
 * <ProgressBar value={2} max={3} valueText="2 of 3 orders" label="Place 3 orders" />
 */
export const ProgressBar = forwardRef<HTMLDivElement, ProgressBarProps>(function ProgressBar(
  { value, max, valueText, label, indicatorClassName, ...rest },
  ref,
) {
  // A missing figure (NaN) shows as no progress rather than as `aria-valuenow="NaN"`.
  const clamped = Math.min(Math.max(Number.isFinite(value) ? value : 0, 0), max);
  const percent = max > 0 ? (clamped / max) * 100 : 0;
  return (
    <div
      ref={ref}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
      aria-label={label}
      data-state={clamped >= max ? 'complete' : 'inprogress'}
      data-value={clamped}
      data-max={max}
      {...rest}
    >
      <div
        className={indicatorClassName}
        style={{ width: `${percent}%` }}
        data-state={clamped >= max ? 'complete' : 'inprogress'}
      />
    </div>
  );
});
