'use client';
import { useId } from 'react';
import type { classNames } from '../core/useClassNames.js';
import { hasFilters, isValidRange, type LoyaltyHistoryFilters } from './filters.js';
import type { LoyaltyHistoryMessages, LoyaltyHistoryTypeFilter } from '../../messages/loyaltyHistory.js';

const typeFilters = [
  ['all', 'typeAll'],
  ['session', 'typeSession'],
  ['manual', 'typeManual'],
  ['import', 'typeImport'],
] as const;

/**
 * The type select and the two date inputs of a history, each labelled. A range that ends before it starts is said
 * in words, linked to the end date with `aria-describedby`.
 */
export function HistoryFilters({
  value,
  onChange,
  m,
  cls,
}: {
  value: LoyaltyHistoryFilters;
  onChange: (filters: LoyaltyHistoryFilters) => void;
  m: LoyaltyHistoryMessages;
  cls: ReturnType<typeof classNames>;
}) {
  const id = useId();
  const invalid = !isValidRange(value);
  const errorId = `${id}-range-error`;
  return (
    <fieldset className={cls('filters')}>
      <legend className={cls('legend')}>{m.filters}</legend>
      <div className={cls('field')}>
        <label htmlFor={`${id}-type`}>{m.typeLabel}</label>
        <select
          id={`${id}-type`}
          value={value.type}
          onChange={(event) => onChange({ ...value, type: event.target.value as LoyaltyHistoryTypeFilter })}
        >
          {typeFilters.map(([type, key]) => (
            <option key={type} value={type}>
              {m[key]}
            </option>
          ))}
        </select>
      </div>
      <div className={cls('field')}>
        <label htmlFor={`${id}-start`}>{m.startDate}</label>
        <input
          id={`${id}-start`}
          type="date"
          value={value.startDate}
          max={value.endDate || undefined}
          onChange={(event) => onChange({ ...value, startDate: event.target.value })}
        />
      </div>
      <div className={cls('field')}>
        <label htmlFor={`${id}-end`}>{m.endDate}</label>
        <input
          id={`${id}-end`}
          type="date"
          value={value.endDate}
          min={value.startDate || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => onChange({ ...value, endDate: event.target.value })}
        />
      </div>
      {hasFilters(value) && (
        <button
          type="button"
          className={cls('clear')}
          onClick={() => onChange({ type: 'all', startDate: '', endDate: '' })}
        >
          {m.clearFilters}
        </button>
      )}
      {invalid && (
        <p id={errorId} className={cls('error')} role="alert" data-status="error">
          {m.invalidDateRange}
        </p>
      )}
    </fieldset>
  );
}
