import type { Actor } from '@/server/actor';

/**
 * What a content seeder receives: site ids by demo key ('root', 'stttt', 'stc', 'khanhson', 'sonthai',
 * 'thanhson', 'nhatrang') and an actor acting as that site's super-admin.
 */
export type SeedContext = { siteIds: Map<string, string>; actorFor: (siteKey: string) => Actor };
export type ContentSeeder = (ctx: SeedContext) => Promise<void>;
