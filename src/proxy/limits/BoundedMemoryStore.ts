import { MemoryStore } from 'hono-rate-limiter';
import type { ProxyEnv } from '../ProxyEnv.js';

/**
 * hono-rate-limiter's MemoryStore that counts at most `maxKeys` clients: a new one beyond that makes the store forget
 * the client it has not seen for longest (those of the previous window first). Without a cap, a flood of new keys
 * (guest IDs, addresses) would grow the process's memory until the window ends; forgetting a client only gives it a
 * fresh window, which is no more than a new key would get.
 */
export class BoundedMemoryStore extends MemoryStore<ProxyEnv> {
  readonly maxKeys: number;

  constructor(maxKeys: number) {
    super();
    this.maxKeys = maxKeys;
  }

  override increment(key: string) {
    if (!this.current.has(key) && !this.previous.has(key)) {
      while (this.current.size + this.previous.size >= this.maxKeys) {
        const table = this.previous.size > 0 ? this.previous : this.current;
        const oldest = table.keys().next();
        if (oldest.done) break;
        table.delete(oldest.value);
      }
    }
    return super.increment(key);
  }
}
