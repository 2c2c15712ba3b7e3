/** Expected failures of use cases; each becomes a precise Vietnamese message and a 4xx. */
export type AppErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'RULE_VIOLATION'
  | 'RATE_LIMITED'
  /** A part the request needs (the search engine) is down for now: 503, the rest of the site keeps working. */
  | 'UNAVAILABLE';

const STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Field-level messages for forms: field name → Vietnamese message. */
  readonly fields?: Record<string, string>;

  constructor(code: AppErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export const GENERIC_ERROR_MESSAGE = 'Đã có lỗi ngoài dự kiến. Vui lòng thử lại sau hoặc liên hệ quản trị hệ thống.';

/** Prisma unique-constraint violation (P2002), without importing Prisma here. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'P2002';
}

/** The database cannot be reached (server down, wrong URL): worth a specific message, not a stack trace. */
export function isDatabaseUnavailable(e: unknown): boolean {
  const seen = new Set<unknown>();
  for (let cur = e as { code?: string; message?: string; cause?: unknown } | undefined; cur && !seen.has(cur); cur = cur.cause as typeof cur) {
    seen.add(cur);
    if (['P1000', 'P1001', 'P1002', 'P1003', 'P1017', 'ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'DatabaseNotReachable'].includes(String(cur.code))) return true;
    if (/Can't reach database server|ECONNREFUSED|Connection terminated|database .* does not exist/i.test(String(cur.message ?? ''))) return true;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.';
