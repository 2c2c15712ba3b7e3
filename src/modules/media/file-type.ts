/**
 * What an uploaded file really is, read from its first bytes (never from the browser's claim or the
 * name). Only these types are accepted (C10, C3 attachments).
 */
export type DetectedType = { kind: 'IMAGE' | 'DOCUMENT' | 'VIDEO'; mimeType: string; ext: string; label: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, bytes: number[], offset = 0): boolean {
  return bytes.every((b, i) => buf[offset + i] === b);
}

function ascii(buf: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...buf.subarray(start, end));
}

/** Office Open XML packages are zip files whose first entry names tell the application. */
function officeKind(buf: Uint8Array): 'docx' | 'xlsx' | null {
  const head = Buffer.from(buf.subarray(0, Math.min(buf.length, 64 * 1024))).toString('latin1');
  if (head.includes('word/')) return 'docx';
  if (head.includes('xl/')) return 'xlsx';
  return null;
}

export function detectFileType(buf: Uint8Array, originalName: string): DetectedType | null {
  const name = originalName.toLowerCase();
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { kind: 'IMAGE', mimeType: 'image/jpeg', ext: 'jpg', label: 'Ảnh JPEG' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'IMAGE', mimeType: 'image/png', ext: 'png', label: 'Ảnh PNG' };
  if (ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP') return { kind: 'IMAGE', mimeType: 'image/webp', ext: 'webp', label: 'Ảnh WebP' };
  if (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a') return { kind: 'IMAGE', mimeType: 'image/gif', ext: 'gif', label: 'Ảnh GIF' };
  if (ascii(buf, 4, 8) === 'ftyp') {
    const brand = ascii(buf, 8, 12);
    if (brand === 'avif' || brand === 'avis') return { kind: 'IMAGE', mimeType: 'image/avif', ext: 'avif', label: 'Ảnh AVIF' };
    if (['isom', 'iso2', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash'].includes(brand)) return { kind: 'VIDEO', mimeType: 'video/mp4', ext: 'mp4', label: 'Video MP4' };
  }
  if (ascii(buf, 0, 5) === '%PDF-') return { kind: 'DOCUMENT', mimeType: 'application/pdf', ext: 'pdf', label: 'PDF' };
  if (startsWith(buf, ZIP)) {
    const office = officeKind(buf);
    if (office === 'docx' || (office === null && name.endsWith('.docx')))
      return { kind: 'DOCUMENT', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx', label: 'Word (DOCX)' };
    if (office === 'xlsx' || (office === null && name.endsWith('.xlsx')))
      return { kind: 'DOCUMENT', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', label: 'Excel (XLSX)' };
    return null;
  }
  if (startsWith(buf, OLE)) {
    if (name.endsWith('.xls')) return { kind: 'DOCUMENT', mimeType: 'application/vnd.ms-excel', ext: 'xls', label: 'Excel (XLS)' };
    return { kind: 'DOCUMENT', mimeType: 'application/msword', ext: 'doc', label: 'Word (DOC)' };
  }
  return null;
}

const FORMAT_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'video/mp4': 'MP4',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'image/avif': 'AVIF',
};

/** The short format name readers know ("PDF", "DOCX"); from the file name's extension when the type is unusual. */
export function fileFormatLabel(mimeType: string, fileName = ''): string {
  const known = FORMAT_NAMES[mimeType.toLowerCase()];
  if (known) return known;
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1];
  return ext ? ext.toUpperCase() : 'Tệp';
}

/** A Vietnamese label of a stored MIME type for the media library ("Word (DOCX)", "Ảnh PNG"). */
export function fileTypeLabel(mimeType: string): string {
  const name = fileFormatLabel(mimeType);
  if (mimeType.startsWith('image/')) return `Ảnh ${name}`;
  if (mimeType.startsWith('video/')) return `Video ${name}`;
  if (name === 'DOC' || name === 'DOCX') return `Word (${name})`;
  if (name === 'XLS' || name === 'XLSX') return `Excel (${name})`;
  return name;
}

/** 12 345 bytes → "12,1 KB" (vi) or "12.1 KB" (en); 1 KB = 1024 bytes. */
export function formatFileSize(bytes: number, lang: 'vi' | 'en' = 'vi'): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${nf.format(bytes)} ${lang === 'en' ? 'bytes' : 'byte'}`;
  if (bytes < 1024 * 1024) return `${nf.format(bytes / 1024)} KB`;
  return `${nf.format(bytes / (1024 * 1024))} MB`;
}
