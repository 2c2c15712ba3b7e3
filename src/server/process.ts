import { disconnectDb } from './db';

/** Closes pools so command-line processes exit promptly. */
export async function closeResources(): Promise<void> {
  await disconnectDb();
}
