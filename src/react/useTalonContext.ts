'use client';
import { useContext } from 'react';
import { TalonContext, type TalonContextValue } from './TalonContext.js';

/** The provider's transport, locale and currency. Throws outside `TalonProvider`. */
export function useTalonContext(): TalonContextValue {
  const value = useContext(TalonContext);
  if (!value) throw new Error('talon-react: this hook must be used inside <TalonProvider>.');
  return value;
}
