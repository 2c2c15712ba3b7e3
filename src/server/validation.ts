import type { z } from 'zod';
import { AppError } from './errors';

/** zod issues → field map ("superAdmin.email" → first message). */
export function issuesToFields(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    // Several rules of one field (a password's) are all worth reading: join them.
    fields[key] = fields[key] && !fields[key].includes(issue.message) ? `${fields[key]} ${issue.message}` : (fields[key] ?? issue.message);
  }
  return fields;
}

/** Parses with a zod schema or throws a VALIDATION AppError carrying Vietnamese field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const fields = issuesToFields(r.error.issues);
    throw new AppError('VALIDATION', Object.values(fields)[0] ?? 'Dữ liệu không hợp lệ.', fields);
  }
  return r.data;
}
