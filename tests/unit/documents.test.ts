import { describe, expect, it } from 'vitest';
import { foldDocumentNumber, looksLikeDocumentNumber, numberInQuery } from '@/modules/documents/document-number';
import { documentSearchQuery, documentTypeLabel, legalStatusLabel, paramToCode, DOCUMENT_TYPE_CODES } from '@/modules/documents/document-types';
import { effectiveLegalStatus, schemaOrgLegalForce, todayInVietnam } from '@/modules/documents/legal-status';
import { fileFormatLabel, formatFileSize as fileSizeLabel } from '@/modules/media/file-type';
import { DocumentInputSchema, parseSearchParams } from '@/modules/documents/documents.schemas';

describe('số ký hiệu folding (C3, S1)', () => {
  it.each([
    ['12/2024/QĐ-UBND', '12/2024/QD-UBND'],
    ['12/2024/qđ-ubnd', '12/2024/QD-UBND'],
    ['12/2024/QD-UBND', '12/2024/QD-UBND'],
    [' 12 / 2024 / QĐ – UBND ', '12/2024/QD-UBND'],
    ['09/2024/NQ-HĐND', '09/2024/NQ-HDND'],
    ['318/QĐ-TTg', '318/QD-TTG'],
    // Decomposed (NFD) input as some editors paste it.
    ['12/2024/QĐ-UBND'.normalize('NFD'), '12/2024/QD-UBND'],
    ['45／KH－UBND', '45/KH-UBND'],
  ])('%j → %s', (input, key) => {
    expect(foldDocumentNumber(input)).toBe(key);
  });

  it('finds the number inside a query, with or without "Số:" and spaces around separators', () => {
    expect(numberInQuery('12/2024/qđ-ubnd')).toBe('12/2024/QD-UBND');
    expect(numberInQuery('Số: 12/2024/QĐ-UBND')).toBe('12/2024/QD-UBND');
    expect(numberInQuery('Quyết định số 12 / 2024 / QĐ-UBND về quy chế')).toBe('12/2024/QD-UBND');
    expect(numberInQuery('45/KH-UBND.')).toBe('45/KH-UBND');
    expect(numberInQuery('quy chế làm việc')).toBeNull();
    expect(numberInQuery('kế hoạch năm 2026')).toBeNull();
    expect(numberInQuery('giai đoạn 2026-2030')).toBeNull();
  });

  it('tells a number from words', () => {
    expect(looksLikeDocumentNumber('12/2024/qđ-ubnd')).toBe(true);
    expect(looksLikeDocumentNumber('số 45/KH-UBND')).toBe(true);
    expect(looksLikeDocumentNumber('Quyết định 12/2024/QĐ-UBND')).toBe(false);
    expect(looksLikeDocumentNumber('quy chế')).toBe(false);
  });
});

describe('legal status shown to readers', () => {
  const today = '2026-11-23';
  it('follows the effective and expiry dates for "in force" documents', () => {
    expect(effectiveLegalStatus({ legalStatus: 'IN_FORCE', effectiveAt: '2026-12-01', expiresAt: null }, today)).toBe('NOT_YET_EFFECTIVE');
    expect(effectiveLegalStatus({ legalStatus: 'NOT_YET_EFFECTIVE', effectiveAt: '2026-11-23', expiresAt: null }, today)).toBe('IN_FORCE');
    expect(effectiveLegalStatus({ legalStatus: 'IN_FORCE', effectiveAt: '2023-06-15', expiresAt: '2025-12-31' }, today)).toBe('EXPIRED');
    expect(effectiveLegalStatus({ legalStatus: 'IN_FORCE', effectiveAt: null, expiresAt: '2026-11-24' }, today)).toBe('IN_FORCE');
  });

  it('keeps what the editor decided for replaced, expired and partly expired documents', () => {
    expect(effectiveLegalStatus({ legalStatus: 'REPLACED', effectiveAt: '2030-01-01', expiresAt: null }, today)).toBe('REPLACED');
    expect(effectiveLegalStatus({ legalStatus: 'PARTLY_EXPIRED', effectiveAt: null, expiresAt: '2020-01-01' }, today)).toBe('PARTLY_EXPIRED');
  });

  it('uses Vietnam’s date and schema.org values', () => {
    expect(todayInVietnam(new Date('2026-11-22T17:30:00Z'))).toBe('2026-11-23');
    expect(todayInVietnam(new Date('2026-11-22T16:59:00Z'))).toBe('2026-11-22');
    expect(schemaOrgLegalForce('IN_FORCE')).toBe('https://schema.org/InForce');
    expect(schemaOrgLegalForce('PARTLY_EXPIRED')).toBe('https://schema.org/PartiallyInForce');
    expect(schemaOrgLegalForce('REPLACED')).toBe('https://schema.org/NotInForce');
  });
});

describe('labels and links', () => {
  it('names types and statuses in both languages', () => {
    expect(documentTypeLabel('QUYET_DINH')).toBe('Quyết định');
    expect(documentTypeLabel('QUYET_DINH', 'en')).toBe('Decision');
    expect(legalStatusLabel('PARTLY_EXPIRED')).toBe('Hết hiệu lực một phần');
    expect(paramToCode('quyet-dinh', DOCUMENT_TYPE_CODES)).toBe('QUYET_DINH');
    expect(paramToCode('khong-co', DOCUMENT_TYPE_CODES)).toBeUndefined();
  });

  it('describes files by format and size', () => {
    expect(fileFormatLabel('application/pdf', 'x.pdf')).toBe('PDF');
    expect(fileFormatLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'x.docx')).toBe('DOCX');
    expect(fileFormatLabel('application/octet-stream', 'bang-gia.xlsx')).toBe('XLSX');
    expect(fileSizeLabel(512)).toBe('512 byte');
    expect(fileSizeLabel(12_697)).toBe('12,4 KB');
    expect(fileSizeLabel(12_697, 'en')).toBe('12.4 KB');
    expect(fileSizeLabel(3 * 1024 * 1024)).toBe('3 MB');
  });

  it('keeps every filter in search links and reads them back leniently', () => {
    const query = documentSearchQuery({ q: '12/2024', type: 'QUYET_DINH', field: 'Tài chính', issuer: 'Hội đồng nhân dân tỉnh', year: 2024, status: 'IN_FORCE', group: 'quy-hoach' }, 3);
    const params = Object.fromEntries(new URLSearchParams(query.slice(1)));
    expect(params).toEqual({ nhom: 'quy-hoach', q: '12/2024', loai: 'quyet-dinh', 'linh-vuc': 'Tài chính', 'co-quan': 'Hội đồng nhân dân tỉnh', nam: '2024', 'hieu-luc': 'in-force', trang: '3' });
    const back = parseSearchParams({ ...params, nhom: undefined }, 'vi');
    expect(back).toEqual({ page: 3, filter: { lang: 'vi', q: '12/2024', type: 'QUYET_DINH', group: undefined, field: 'Tài chính', issuer: 'Hội đồng nhân dân tỉnh', year: 2024, status: 'IN_FORCE' } });
    // Unknown values are ignored, a type outside the chosen group too.
    expect(parseSearchParams({ loai: 'xyz', nam: '99', trang: '-1', 'hieu-luc': 'abc' }, 'vi')).toEqual({ page: 1, filter: { lang: 'vi' } });
    expect(parseSearchParams({ nhom: 'quy-hoach', loai: 'quyet-dinh' }, 'vi').filter).toEqual({ lang: 'vi', group: 'quy-hoach' });
    expect(documentSearchQuery({}, 1)).toBe('');
  });
});

describe('document input (zod, Vietnamese messages, NFC)', () => {
  const base = { number: '12/2024/QĐ-UBND', type: 'QUYET_DINH', issuer: 'Ủy ban nhân dân tỉnh', issuedAt: '2024-03-15', summary: 'Ban hành quy chế.' };
  const errors = (input: object) => {
    const r = DocumentInputSchema.safeParse({ ...base, ...input });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('normalises text to NFC and reads the dates as calendar days', () => {
    const d = DocumentInputSchema.parse({ ...base, summary: '  Ban hành  quy chế  '.normalize('NFD'), number: '12/2024/QĐ-UBND'.normalize('NFD') });
    expect(d.summary).toBe('Ban hành quy chế');
    expect(d.number).toBe('12/2024/QĐ-UBND');
    expect(d.issuedAt!.toISOString()).toBe('2024-03-15T00:00:00.000Z');
    expect(d.body).toBeNull();
    expect(d.legalStatus).toBe('IN_FORCE');
  });

  it('refuses with precise messages', () => {
    expect(errors({ number: '' })).toEqual(['number: Số ký hiệu là bắt buộc.']);
    expect(errors({ number: 'QĐ-UBND' })).toEqual(['number: Số ký hiệu phải có phần số (ví dụ 12/2024/QĐ-UBND).']);
    expect(errors({ number: '12/2024<script>' })).toEqual(['number: Số ký hiệu chỉ gồm chữ, số và các dấu / - . (ví dụ 12/2024/QĐ-UBND).']);
    expect(errors({ type: 'SAC_LENH' })).toEqual(['type: Hãy chọn loại văn bản trong danh sách.']);
    expect(errors({ issuedAt: '' })).toEqual(['issuedAt: Ngày ban hành là bắt buộc.']);
    expect(errors({ issuedAt: '2024-02-30' })).toEqual(['issuedAt: Ngày ban hành không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2024-03-15).']);
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(errors({ issuedAt: inTwoDays })).toEqual(['issuedAt: Ngày ban hành không được sau ngày hôm nay.']);
    expect(errors({ effectiveAt: '2024-03-01' })).toEqual(['effectiveAt: Ngày có hiệu lực không được trước ngày ban hành.']);
    expect(errors({ effectiveAt: '2024-03-25', expiresAt: '2024-03-25' })).toEqual(['expiresAt: Ngày hết hiệu lực phải sau ngày có hiệu lực.']);
    expect(errors({ replacedById: '0195f0a0-0000-7000-8000-000000000000' })).toEqual([
      'replacedById: Chỉ chọn văn bản thay thế khi tình trạng là “Bị thay thế” hoặc “Hết hiệu lực một phần”.',
    ]);
    expect(errors({ summary: 'x'.repeat(2001) })).toEqual(['summary: Trích yếu dài tối đa 2000 ký tự.']);
  });
});
