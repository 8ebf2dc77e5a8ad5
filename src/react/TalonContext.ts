'use client';
import { createContext } from 'react';
import type { TalonTransport } from '../client/createTalonTransport.js';
import type { TalonMessagesOverrides } from '../messages/TalonMessages.js';

/** What `TalonProvider` gives the hooks and components below it. */
export interface TalonContextValue {
  transport: TalonTransport;
  /** BCP 47 locale for numbers, points, money and dates, such as `de-DE`. */
  locale: string | undefined;
  /** ISO 4217 currency of the Talon.One Application, such as `EUR`. */
  currency: string | undefined;
  /** Replacements for the components' words. */
  messages: TalonMessagesOverrides | undefined;
}

export const TalonContext = createContext<TalonContextValue | null>(null);
