import { describe, expect, it } from 'vitest';
import { childHost, hostnameProblem, isValidHostname, isValidLabel, labelProblem, normalizeHost } from '@/lib/host';

describe('normalizeHost', () => {
  it('lower-cases, strips the port, a trailing dot and www.', () => {
    expect(normalizeHost('STTTT.KhanhHoa.localhost:3000')).toBe('stttt.khanhhoa.localhost');
    expect(normalizeHost('www.khanhhoa.gov.vn.')).toBe('khanhhoa.gov.vn');
    expect(normalizeHost(' tinh.gov.vn ')).toBe('tinh.gov.vn');
  });
  it('keeps IPv6 literals and rejects empty input', () => {
    expect(normalizeHost('[::1]:3000')).toBe('[::1]');
    expect(normalizeHost(undefined)).toBe('');
    expect(normalizeHost('')).toBe('');
  });
  it('takes the first of several comma-separated values', () => {
    expect(normalizeHost('a.gov.vn, b.gov.vn')).toBe('a.gov.vn');
  });
});

describe('labels and hostnames (national scheme)', () => {
  it('accepts lower-case ASCII DNS labels', () => {
    for (const l of ['stttt', 'sonthai', 'khanh-son', 'x1']) expect(isValidLabel(l)).toBe(true);
  });
  it('rejects diacritics, upper case, spaces and edge hyphens with Vietnamese reasons', () => {
    expect(labelProblem('sơnthái')).toMatch(/không dấu/);
    expect(labelProblem('SonThai')).toMatch(/chữ thường/);
    expect(labelProblem('son thai')).toMatch(/chỉ gồm/);
    expect(labelProblem('-sonthai')).toMatch(/gạch ngang/);
    expect(labelProblem('a'.repeat(64))).toMatch(/63/);
    expect(labelProblem('')).toMatch(/trống/);
  });
  it('validates whole hostnames', () => {
    expect(isValidHostname('sonthai.khanhson.khanhhoa.gov.vn')).toBe(true);
    expect(isValidHostname('localhost')).toBe(false);
    expect(hostnameProblem('tencoquan')).toMatch(/hai phần/);
    expect(hostnameProblem('tên.vn')).toMatch(/không hợp lệ/);
    expect(hostnameProblem('tencoquan.vn')).toBeNull();
  });
  it('builds a child host under its parent host', () => {
    expect(childHost('sonthai', 'khanhson.khanhhoa.gov.vn')).toBe('sonthai.khanhson.khanhhoa.gov.vn');
  });
});
