import { AppError, DATABASE_UNAVAILABLE_MESSAGE, GENERIC_ERROR_MESSAGE, isAppError, isDatabaseUnavailable } from './errors';
import { logError } from './log';

/** What every server action returns to its form. */
export type ActionResult = { ok: true; message?: string; redirectTo?: string } | { ok: false; message: string; fields?: Record<string, string> };

export const INITIAL_ACTION_STATE: ActionResult | null = null;

/** Expected errors become a precise message; unexpected ones are logged and answered generically. */
export function toActionError(error: unknown, context: Record<string, unknown> = {}): ActionResult {
  if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields };
  // redirect()/notFound() signals must propagate.
  if (error && typeof error === 'object' && 'digest' in error) throw error;
  logError('server action failed', error, context);
  return { ok: false, message: isDatabaseUnavailable(error) ? DATABASE_UNAVAILABLE_MESSAGE : GENERIC_ERROR_MESSAGE };
}

export { AppError };
