'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  value: number;
  max: number;
  /** The value in words, for screen readers: "2 of 3 orders". */
  valueText: string;
  /** The visible or hidden label's id, or an `aria-label`. */
  label?: string;
  indicatorClassName?: string | undefined;
}

/** A determinate progress bar with complete ARIA (`role="progressbar"`), `data-state` `inprogress` or `complete`. */
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
