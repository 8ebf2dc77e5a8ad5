import type { DeclaredKey } from './DeclaredKey.js';
import type { PickDeclared } from './PickDeclared.js';

/** Copies the listed keys that hold a value, so an absent optional prop stays absent rather than `undefined`. */
export function pickDefined<T extends object, K extends DeclaredKey<T>>(
  source: T,
  keys: readonly K[],
): PickDeclared<T, NoInfer<K>> {
  // `NoInfer`: the keys alone say what is picked, not the type the caller wants back.
  const picked = {} as PickDeclared<T, K>;
  for (const key of keys as readonly (K & keyof T)[]) {
    if (source[key] !== undefined) picked[key] = source[key];
  }
  return picked;
}
