'use client';
import { useMemo } from 'react';
import { useTalonContext } from '../../react/useTalonContext.js';
import { defaultCommonMessages, type CommonMessages } from '../../messages/common.js';
import type { TalonMessages } from '../../messages/TalonMessages.js';

/**
 * `{ ...base, ...over }` without the keys `over` leaves `undefined` (`{ title: undefined }` from a Storybook control or
 * a spread of optional props): those keep the word they replace, so a message function never becomes `undefined`.
 */
function merge<T extends object>(base: T, ...overrides: Array<Partial<T> | undefined>): T {
  const merged = { ...base };
  for (const override of overrides) {
    if (!override) continue;
    for (const [key, value] of Object.entries(override)) {
      if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}

/**
 * A component's words: its defaults, replaced by the provider's `messages[component]`, replaced by its own
 * `messages` prop. The shared words (`common`) come along: their defaults replaced by the provider's `messages.common`.
 */
export function useMessages<K extends Exclude<keyof TalonMessages, 'common'>>(
  component: K,
  defaults: TalonMessages[K],
  own: Partial<TalonMessages[K]> | undefined,
): TalonMessages[K] & { common: CommonMessages } {
  const provided = useTalonContext().messages;
  const fromProvider = provided?.[component] as Partial<TalonMessages[K]> | undefined;
  const common = provided?.common;
  return useMemo(
    () => ({ ...merge(defaults, fromProvider, own), common: merge(defaultCommonMessages, common) }),
    [defaults, fromProvider, own, common],
  );
}
