import { describe, expect, it } from 'vitest';
import { displayHost, parseExternalUrl } from '@/lib/external-url';
import { parseVnMoment, toVnLocalInput, vnLocalToDate } from '@/lib/vn-time';
import { bannerState } from '@/modules/banners/banner-schedule';
import { BannerInputSchema } from '@/modules/banners/banners.schemas';
import { describeVideoLink } from '@/modules/galleries/video-embed';
import { galleryPath } from '@/modules/galleries/gallery-paths';
import { LinkInputSchema } from '@/modules/links/links.schemas';

describe('external addresses (C8, C9, C10)', () => {
  it('accepts complete http(s) addresses of public hosts only', () => {
    expect(parseExternalUrl('https://chinhphu.vn')?.href).toBe('https://chinhphu.vn/');
    expect(parseExternalUrl(' http://dichvucong.gov.vn/p/home ')?.href).toBe('http://dichvucong.gov.vn/p/home');
    expect(parseExternalUrl('https://bộ-ngoại-giao.vn')?.hostname).toMatch(/^xn--b-ngoi-giao-[a-z0-9]+\.vn$/);
    for (const bad of ['javascript:alert(1)', 'chinhphu.vn', '//chinhphu.vn', 'ftp://chinhphu.vn', 'https://localhost', 'https://a b.vn', 'https://x:y@chinhphu.vn', 'mailto:a@b.vn', '']) {
      expect(parseExternalUrl(bad), bad).toBeNull();
    }
    expect(parseExternalUrl('http://chinhphu.vn', { httpsOnly: true })).toBeNull();
    expect(displayHost('https://www.chinhphu.vn/abc')).toBe('chinhphu.vn');
  });

  it('the link schema normalises the label to NFC and explains a bad address in Vietnamese', () => {
    const ok = LinkInputSchema.parse({ groupId: '01a20584-337e-753c-9218-d38d5ee46d65', label: 'Bộ Nội vụ'.normalize('NFD'), url: 'https://moha.gov.vn' });
    expect(ok.label).toBe('Bộ Nội vụ'.normalize('NFC'));
    const bad = LinkInputSchema.safeParse({ groupId: '01a20584-337e-753c-9218-d38d5ee46d65', label: 'x', url: 'moha.gov.vn' });
    expect(bad.success ? null : bad.error.issues[0]!.message).toBe('Địa chỉ liên kết phải là địa chỉ web đầy đủ bắt đầu bằng https:// hoặc http:// (ví dụ https://chinhphu.vn).');
  });
});

describe('video addresses (C10)', () => {
  it('embeds YouTube through youtube-nocookie and Vimeo without tracking; other hosts stay links', () => {
    for (const url of ['https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=10', 'https://youtu.be/aqz-KE-bpKQ', 'https://m.youtube.com/shorts/aqz-KE-bpKQ', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ']) {
      expect(describeVideoLink(url).embedUrl, url).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
    }
    expect(describeVideoLink('https://vimeo.com/1084537')).toMatchObject({ provider: 'Vimeo', embedUrl: 'https://player.vimeo.com/video/1084537?dnt=1' });
    expect(describeVideoLink('https://www.youtube.com/@VTV24')).toMatchObject({ provider: 'YouTube', embedUrl: null });
    expect(describeVideoLink('https://vtv.vn/')).toEqual({ url: 'https://vtv.vn/', provider: null, embedUrl: null, host: 'vtv.vn' });
    // A look-alike host is not YouTube.
    expect(describeVideoLink('https://youtube.com.evil.example/watch?v=aqz-KE-bpKQ').embedUrl).toBeNull();
    expect(describeVideoLink('https://notyoutube.com/watch?v=aqz-KE-bpKQ').embedUrl).toBeNull();
  });

  it('gallery paths follow the kind and the language', () => {
    expect(galleryPath({ kind: 'PHOTO', lang: 'vi', slug: 'bien-dao' })).toBe('/thu-vien-anh/bien-dao');
    expect(galleryPath({ kind: 'VIDEO', lang: 'en', slug: 'videos' })).toBe('/en/video/videos');
  });
});

describe('banner schedule in Vietnam time (C9)', () => {
  it('reads datetime-local values as UTC+7 and writes them back', () => {
    expect(vnLocalToDate('2027-01-01T00:00')?.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(vnLocalToDate('2026-02-29T08:00')).toBeNull();
    expect(vnLocalToDate('2026-13-01T08:00')).toBeNull();
    expect(vnLocalToDate('01/12/2026 08:00')).toBeNull();
    expect(toVnLocalInput('2026-12-31T17:00:00.000Z')).toBe('2027-01-01T00:00');
    expect(toVnLocalInput(null)).toBe('');
    expect(parseVnMoment('')).toBeUndefined();
    expect(parseVnMoment('2026-12-01T08:00:00+07:00')?.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(parseVnMoment('ngày mai')).toBeNull();
  });

  it('a banner shows from its start (inclusive) until its end (exclusive)', () => {
    const now = new Date('2026-11-20T03:00:00Z');
    expect(bannerState({ startsAt: null, endsAt: null }, now)).toBe('ACTIVE');
    expect(bannerState({ startsAt: now, endsAt: null }, now)).toBe('ACTIVE');
    expect(bannerState({ startsAt: null, endsAt: now }, now)).toBe('EXPIRED');
    expect(bannerState({ startsAt: '2026-11-21T00:00:00Z', endsAt: null }, now)).toBe('SCHEDULED');
  });

  it('requires the picture’s description and an end after the start', () => {
    const r = BannerInputSchema.safeParse({ slot: 'HOME_TOP', title: 'Tết', imageId: null, alt: '  ', startsAt: '2026-12-10T08:00', endsAt: '2026-12-10T08:00' });
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'alt: Mô tả ảnh (alt) là bắt buộc.',
      'endsAt: Thời điểm kết thúc phải sau thời điểm bắt đầu.',
    ]);
    expect(BannerInputSchema.safeParse({ slot: 'HOME_TOP', title: 'Tết', alt: 'Tết', startsAt: '2026-12-10T08:00', endsAt: '2026-12-10T08:01' }).success).toBe(true);
  });
});
