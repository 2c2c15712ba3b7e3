/**
 * Hostname rules (T2). Pure functions: no I/O.
 * A label is a DNS label in lower-case ASCII (Vietnamese written without diacritics).
 */

const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Lower-cases, strips a port, a trailing dot and a leading "www.". Returns '' for junk. */
export function normalizeHost(raw: string | null | undefined): string {
  if (!raw) return '';
  let host = raw.trim().toLowerCase();
  // A Host header may carry several values when proxies misbehave: take the first.
  host = host.split(',')[0]!.trim();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end > 0 ? host.slice(0, end + 1) : '';
  }
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  return host;
}

export function isValidLabel(label: string): boolean {
  return LABEL_RE.test(label);
}

/** A full hostname made of valid labels, at least two of them, at most 253 characters. */
export function isValidHostname(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  return labels.every(isValidLabel);
}

/** The primary host of a child site: its label under the parent's primary host (T2). */
export function childHost(label: string, parentHost: string): string {
  return `${label}.${parentHost}`;
}

/** Why a label is invalid, in Vietnamese, or null when it is valid. */
export function labelProblem(label: string): string | null {
  if (label.length === 0) return 'Nhãn tên miền không được để trống.';
  if (label.length > 63) return 'Nhãn tên miền dài tối đa 63 ký tự.';
  if (/[^\x00-\x7f]/.test(label)) return 'Nhãn tên miền viết tiếng Việt không dấu (chỉ chữ a–z, số và dấu gạch ngang).';
  if (/[A-Z]/.test(label)) return 'Nhãn tên miền chỉ dùng chữ thường.';
  if (!/^[a-z0-9-]+$/.test(label)) return 'Nhãn tên miền chỉ gồm chữ a–z, số 0–9 và dấu gạch ngang.';
  if (label.startsWith('-') || label.endsWith('-')) return 'Nhãn tên miền không được bắt đầu hoặc kết thúc bằng dấu gạch ngang.';
  return null;
}

/** Why a full hostname is invalid, in Vietnamese, or null. */
export function hostnameProblem(host: string): string | null {
  if (host.length === 0) return 'Tên miền không được để trống.';
  if (host.length > 253) return 'Tên miền dài tối đa 253 ký tự.';
  const labels = host.split('.');
  if (labels.length < 2) return `Tên miền "${host}" phải có ít nhất hai phần, ví dụ tencoquan.vn.`;
  for (const label of labels) {
    const problem = labelProblem(label);
    if (problem) return `Tên miền "${host}" không hợp lệ: ${problem}`;
  }
  return null;
}
