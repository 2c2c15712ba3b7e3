import { db, type Db } from './db';

/**
 * Runs use-case steps atomically: nothing half-created is left behind when one step fails.
 * Services call this instead of touching the client; repositories receive `tx`.
 */
export function withTransaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
  return db().$transaction((tx) => fn(tx), { timeout: 20_000, maxWait: 10_000 });
}
