/**
 * Server log lines. Messages and context only: never passwords, tokens, secrets or citizens'
 * personal data (callers pass ids, not bodies).
 */
export function logError(message: string, error: unknown, context: Record<string, unknown> = {}): void {
  const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { value: String(error) };
  console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), message, ...context, error: err }));
}

export function logInfo(message: string, context: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ level: 'info', time: new Date().toISOString(), message, ...context }));
}
