import { AppError } from '@/server/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive from forms and URLs: anything that is not a UUID matches nothing and never reaches the database. */
export function knownId(id: string, notFoundMessage: string): string {
  if (!UUID.test(id)) throw new AppError('NOT_FOUND', notFoundMessage);
  return id;
}
