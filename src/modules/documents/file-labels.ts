/** How an attached file is described to readers: its format and size ("PDF, 12,3 KB"). Pure. */

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/zip': 'ZIP',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

export function fileFormatLabel(mimeType: string, fileName: string): string {
  const known = FORMATS[mimeType.toLowerCase()];
  if (known) return known;
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1];
  return ext ? ext.toUpperCase() : 'Tệp';
}

/** 12 345 bytes → "12,1 KB" (vi) or "12.1 KB" (en); 1 KB = 1024 bytes. */
export function fileSizeLabel(bytes: number, lang: 'vi' | 'en' = 'vi'): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${nf.format(bytes)} ${lang === 'en' ? 'bytes' : 'byte'}`;
  if (bytes < 1024 * 1024) return `${nf.format(bytes / 1024)} KB`;
  return `${nf.format(bytes / (1024 * 1024))} MB`;
}
