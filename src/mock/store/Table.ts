import type { Journal } from './Journal.js';

/**
 * A map whose changes are journaled. Rows are immutable: change a row by setting a new one (`{ ...row, field }`), never
 * by mutating it, or a rollback cannot restore it. Iteration order is not meaningful; sort what you list.
 */
export class Table<K, V> {
  readonly #rows = new Map<K, V>();
  readonly #journal: Journal;

  constructor(journal: Journal) {
    this.#journal = journal;
  }

  get size(): number {
    return this.#rows.size;
  }

  get(key: K): V | undefined {
    return this.#rows.get(key);
  }

  has(key: K): boolean {
    return this.#rows.has(key);
  }

  values(): IterableIterator<V> {
    return this.#rows.values();
  }

  entries(): IterableIterator<[K, V]> {
    return this.#rows.entries();
  }

  set(key: K, value: V): V {
    const rows = this.#rows;
    if (rows.has(key)) {
      const previous = rows.get(key) as V;
      this.#journal.record(() => rows.set(key, previous));
    } else {
      this.#journal.record(() => rows.delete(key));
    }
    rows.set(key, value);
    return value;
  }

  delete(key: K): boolean {
    const rows = this.#rows;
    if (!rows.has(key)) return false;
    const previous = rows.get(key) as V;
    this.#journal.record(() => rows.set(key, previous));
    return rows.delete(key);
  }

  /** A plain copy of the rows, for snapshots. */
  toObject(): Record<string, V> {
    return Object.fromEntries([...this.#rows].map(([key, value]) => [String(key), value]));
  }
}
