/** Unicode NFC normalisation of everything people type (C12, TCVN 6909:2001). */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Trims and NFC-normalises; empty strings become undefined (optional form fields). */
export function cleanText(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const v = nfc(value).trim();
  return v === '' ? undefined : v;
}

/** Deeply NFC-normalises every string in a plain value (used before storing JSON). */
export function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepNfc(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepNfc(v)])) as T;
  }
  return value;
}
