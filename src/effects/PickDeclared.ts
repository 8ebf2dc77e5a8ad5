import type { DeclaredKey } from './DeclaredKey.js';

/** `Pick` that only takes keys `T` declares, so a summary field cannot name a prop the spec does not have. */
export type PickDeclared<T, K extends DeclaredKey<T>> = Pick<T, K & keyof T>;
