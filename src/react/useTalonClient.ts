'use client';
import { createTalonClient, type TalonClient } from '../client/createTalonClient.js';
import { useTalonContext } from './useTalonContext.js';

/** The provider's client, with one method per operation: for calls no hook covers. */
export function useTalonClient(): TalonClient {
  return createTalonClient(useTalonContext().transport);
}
