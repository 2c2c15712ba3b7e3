import type { Actor } from '@/server/actor';

/**
 * The author of an audit entry written by a public form. No account, and deliberately no address: a citizen's
 * network address is personal data and the audit log is read by site administrators.
 */
export const CITIZEN_ACTOR: Actor = { userId: null, label: 'Công dân (biểu mẫu công khai)', isPlatformAdmin: false, memberships: [], ip: null };
