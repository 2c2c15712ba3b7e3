import { describe, expect, it } from 'vitest';
import { detectFileType, formatFileSize } from '@/modules/media/file-type';
import { safeFileName } from '@/modules/media/media.service';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('upload type from content (C10)', () => {
  it('refuses SVG, HTML and scripts whatever their name says', () => {
    expect(detectFileType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.png')).toBeNull();
    expect(detectFileType(bytes('<!doctype html><script>alert(1)</script>'), 'bao-cao.pdf')).toBeNull();
    expect(detectFileType(bytes('#!/bin/sh\nrm -rf /'), 'anh.jpg')).toBeNull();
  });

  it('recognises PDF, images and Office files by their bytes', () => {
    expect(detectFileType(bytes('%PDF-1.7\n'), 'x.bin')).toMatchObject({ kind: 'DOCUMENT', mimeType: 'application/pdf' });
    expect(detectFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'a.txt')).toMatchObject({ kind: 'IMAGE', mimeType: 'image/jpeg' });
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('....word/document.xml')]);
    expect(detectFileType(docx, 'to-trinh')).toMatchObject({ ext: 'docx' });
    expect(detectFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'tep.zip')).toBeNull();
  });

  it('gives a safe ASCII name and a readable size', () => {
    expect(safeFileName('Quyết định số 12/2024 (bản ký).PDF'.normalize('NFD'), 'pdf')).toBe('quyet-dinh-so-12-2024-ban-ky.pdf');
    expect(safeFileName('....', 'pdf')).toBe('tep.pdf');
    expect(formatFileSize(1536 * 1024)).toBe('1,5 MB');
  });
});
