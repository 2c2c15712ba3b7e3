import { describe, expect, it } from 'vitest';
import { CreateSiteSchema } from '@/modules/sites/sites.schemas';

const valid = {
  name: 'Xã Sơn Thái',
  kind: 'COMMUNE',
  parentId: '0190b0c2-7d1a-7cc2-9a3b-1b2c3d4e5f60',
  superAdmin: { email: 'QuanTri@SonThai.vn', name: 'Nguyễn Văn A', password: 'CongSo@2026' },
};

describe('CreateSiteSchema', () => {
  it('normalises names to NFC and e-mails to lower case', () => {
    const r = CreateSiteSchema.parse({ ...valid, name: 'Xã Sơn Thái'.normalize('NFD') });
    expect(r.name).toBe('Xã Sơn Thái');
    expect(r.superAdmin.email).toBe('quantri@sonthai.vn');
  });
  it('parses alias lists typed one per line or with commas', () => {
    const r = CreateSiteSchema.parse({ ...valid, aliases: 'SonThai.vn, www.sonthai.gov.vn\nsonthai.vn' });
    expect(r.aliases).toEqual(['sonthai.vn', 'sonthai.gov.vn']);
  });
  it('answers precise Vietnamese messages', () => {
    const r = CreateSiteSchema.safeParse({ ...valid, name: ' ', kind: 'CITY', label: 'Sơn Thái', aliases: 'khong-hop-le' });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('name: Tên đơn vị là bắt buộc.');
    expect(messages).toContain('kind: Loại đơn vị không hợp lệ.');
    expect(messages.some((m) => m.startsWith('label: ') && m.includes('không dấu'))).toBe(true);
    expect(messages.some((m) => m.startsWith('aliases.0: ') && m.includes('hai phần'))).toBe(true);
  });
});
