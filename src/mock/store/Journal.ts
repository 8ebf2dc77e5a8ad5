/**
 * Undo log of the sandbox's state. Every change to a {@link Table} records how to undo it, so a request that fails
 * half-way is rolled back and leaves the sandbox exactly as it was, without copying the state per request.
 */
export class Journal {
  #undo: Array<() => void> = [];

  record(undo: () => void): void {
    this.#undo.push(undo);
  }

  /** Runs `change`; if it throws, undoes everything it did and rethrows. */
  atomically<T>(change: () => T): T {
    const mark = this.#undo.length;
    try {
      const result = change();
      if (mark === 0) this.#undo.length = 0;
      return result;
    } catch (error) {
      while (this.#undo.length > mark) this.#undo.pop()?.();
      throw error;
    }
  }
}
