import sharp from 'sharp';
import type { Actor } from '@/server/actor';
import { uploadMedia, type MediaDto } from '@/modules/media/media.service';

/**
 * Demo pictures drawn in code (no binary files in the repository): simple landscapes of the province,
 * uploaded through the media service like an editor's photo, so they get the same variants and rules.
 */
export const DEMO_SCENES = [
  { key: 'bien', alt: 'Ảnh minh họa: bờ biển và núi xa lúc bình minh', caption: 'Vịnh biển Khánh Hòa (ảnh minh họa)' },
  { key: 'dong-lua', alt: 'Ảnh minh họa: cánh đồng lúa xanh dưới chân đồi', caption: 'Cánh đồng vùng trung du (ảnh minh họa)' },
  { key: 'pho', alt: 'Ảnh minh họa: dãy nhà phố và tòa nhà hành chính dưới trời xanh', caption: 'Khu trung tâm hành chính (ảnh minh họa)' },
] as const;

function sceneSvg(key: string, hue: number): string {
  const sky = `<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},70%,72%)"/><stop offset="1" stop-color="hsl(${(hue + 30) % 360},80%,88%)"/></linearGradient></defs><rect width="1600" height="900" fill="url(#s)"/>`;
  if (key === 'bien')
    return `${sky}<circle cx="1180" cy="360" r="90" fill="#ffd27a"/><path d="M0 520 L260 330 L520 520 Z" fill="#5b7f8f"/><path d="M380 520 L700 280 L1020 520 Z" fill="#4a6f80"/><rect y="520" width="1600" height="380" fill="#1f6f9f"/><path d="M0 600 Q200 580 400 600 T800 600 T1200 600 T1600 600" stroke="#e6f4ff" stroke-width="6" fill="none"/><path d="M0 700 Q200 680 400 700 T800 700 T1200 700 T1600 700" stroke="#cfe9fb" stroke-width="5" fill="none"/>`;
  if (key === 'dong-lua')
    return `${sky}<path d="M0 500 Q400 300 800 480 T1600 430 V900 H0 Z" fill="#3d7a3a"/><path d="M0 620 Q400 540 800 620 T1600 600 V900 H0 Z" fill="#7cb342"/><g stroke="#558b2f" stroke-width="4">${Array.from({ length: 14 }, (_, i) => `<line x1="${i * 120}" y1="900" x2="${800 + (i - 7) * 30}" y2="640"/>`).join('')}</g>`;
  if (key === 'hoi-truong')
    return `<rect width="1600" height="900" fill="hsl(${hue},25%,88%)"/><rect x="200" y="80" width="1200" height="360" fill="hsl(${(hue + 350) % 360},70%,38%)"/><rect x="260" y="130" width="1080" height="40" fill="#f2c94c"/><rect x="300" y="210" width="1000" height="24" fill="#fff3"/><rect x="300" y="260" width="820" height="24" fill="#fff3"/><rect x="700" y="470" width="200" height="120" fill="#8d6e63"/><g fill="hsl(${(hue + 200) % 360},35%,35%)">${Array.from({ length: 4 }, (_, r) => Array.from({ length: 12 }, (_, c) => `<circle cx="${140 + c * 120}" cy="${660 + r * 70}" r="26"/>`).join('')).join('')}</g>`;
  if (key === 'dao')
    return `${sky}<rect y="470" width="1600" height="430" fill="hsl(${(hue + 180) % 360},60%,38%)"/><path d="M120 480 Q300 300 480 480 Z" fill="#2e7d32"/><path d="M900 480 Q1120 260 1340 480 Z" fill="#33691e"/><path d="M560 700 L760 700 L720 740 L600 740 Z" fill="#6d4c41"/><path d="M660 700 L660 580 L740 690 Z" fill="#fafafa"/><path d="M0 560 Q200 545 400 560 T800 560 T1200 560 T1600 560" stroke="#e0f7fa" stroke-width="5" fill="none"/>`;
  if (key === 'le-hoi')
    return `${sky}<rect y="640" width="1600" height="260" fill="hsl(${(hue + 40) % 360},30%,45%)"/><path d="M0 140 Q400 260 800 140 T1600 140" stroke="#555" stroke-width="4" fill="none"/>${Array.from({ length: 16 }, (_, i) => `<path d="M${i * 100 + 20} ${150 + Math.round(50 * Math.sin(i / 2.5))} l40 0 l-20 60 Z" fill="${['#c62828', '#f9a825', '#1565c0', '#2e7d32'][i % 4]}"/>`).join('')}<g fill="hsl(${(hue + 300) % 360},40%,30%)">${Array.from({ length: 22 }, (_, i) => `<circle cx="${40 + i * 72}" cy="${600 + (i % 3) * 24}" r="30"/><rect x="${14 + i * 72}" y="${628 + (i % 3) * 24}" width="52" height="120" rx="20"/>`).join('')}</g>`;
  if (key === 'nui-rung')
    return `${sky}<path d="M0 620 L300 260 L600 620 Z" fill="#546e7a"/><path d="M400 620 L800 180 L1200 620 Z" fill="#455a64"/><path d="M1000 620 L1300 300 L1600 620 Z" fill="#607d8b"/><rect y="600" width="1600" height="300" fill="hsl(${(hue + 100) % 360},45%,32%)"/><g fill="hsl(${(hue + 120) % 360},55%,22%)">${Array.from({ length: 20 }, (_, i) => `<path d="M${i * 82} 900 l40 -${180 + (i % 4) * 30} l40 ${180 + (i % 4) * 30} Z"/>`).join('')}</g>`;
  return `${sky}<rect x="80" y="420" width="220" height="480" fill="#9e9e9e"/><rect x="330" y="360" width="260" height="540" fill="#b0a38c"/><rect x="620" y="300" width="360" height="600" fill="#e8d9b5"/><rect x="760" y="240" width="80" height="60" fill="#c62828"/><rect x="1010" y="400" width="240" height="500" fill="#8d9aa6"/><rect x="1280" y="460" width="260" height="440" fill="#a1887f"/><g fill="#fff8e1">${Array.from({ length: 5 }, (_, r) => Array.from({ length: 4 }, (_, c) => `<rect x="${660 + c * 80}" y="${340 + r * 100}" width="40" height="50"/>`).join('')).join('')}</g><rect y="860" width="1600" height="40" fill="#616161"/>`;
}

export type DemoScene = { key: string; alt: string; caption: string };

export async function demoImage(actor: Actor, siteId: string, scene: DemoScene, hue: number): Promise<MediaDto> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">${sceneSvg(scene.key, hue)}</svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
  const file = new File([new Uint8Array(jpeg)], `${scene.key}-${hue}.jpg`, { type: 'image/jpeg' });
  return uploadMedia(actor, siteId, file, { alt: scene.alt, caption: scene.caption }, 'IMAGE');
}

/** Photo-album scenes (galleries seed); drawn like DEMO_SCENES, without touching the articles' pictures. */
export const GALLERY_SCENES = {
  hoiTruong: { key: 'hoi-truong', alt: 'Ảnh minh họa: hội trường với sân khấu màu đỏ và các hàng ghế đại biểu', caption: 'Quang cảnh hội trường (ảnh minh họa)' },
  dao: { key: 'dao', alt: 'Ảnh minh họa: đảo xanh giữa biển và một chiếc thuyền buồm trắng', caption: 'Đảo và thuyền trên vịnh (ảnh minh họa)' },
  leHoi: { key: 'le-hoi', alt: 'Ảnh minh họa: dây cờ nhiều màu trên đầu đông đảo người dự lễ hội', caption: 'Không khí ngày hội (ảnh minh họa)' },
  nuiRung: { key: 'nui-rung', alt: 'Ảnh minh họa: dãy núi xám và rừng thông xanh dưới chân núi', caption: 'Núi rừng miền Tây tỉnh (ảnh minh họa)' },
  bien: DEMO_SCENES[0],
  dongLua: DEMO_SCENES[1],
  pho: DEMO_SCENES[2],
} satisfies Record<string, DemoScene>;

function escapeXml(v: string): string {
  return v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * A banner drawn in code: a coloured band, a gold star and two lines of text — wide (1600×400) for the
 * top and bottom slots, compact (800×450) for the side column, where a wide one would shrink its text
 * to nothing. The seed repeats the text in the banner's alt, as it must for an image of text.
 */
export async function demoBanner(
  actor: Actor,
  siteId: string,
  spec: { key: string; title: string; subtitle: string; hue: number; alt: string; compact?: boolean },
): Promise<MediaDto> {
  const star = 'M0,-70 L20,-22 L70,-22 L30,8 L44,58 L0,28 L-44,58 L-30,8 L-70,-22 L-20,-22 Z';
  const [w, h] = spec.compact ? [800, 450] : [1600, 400];
  const font = 'font-family="DejaVu Sans, Liberation Sans, sans-serif"';
  const body = spec.compact
    ? `<g transform="translate(400 130) scale(0.8)"><circle r="110" fill="#c62828" stroke="#f2c94c" stroke-width="8"/><path d="${star}" fill="#f2c94c"/></g><text x="400" y="300" text-anchor="middle" ${font} font-size="44" font-weight="700" fill="#ffffff">${escapeXml(spec.title)}</text><text x="400" y="365" text-anchor="middle" ${font} font-size="30" fill="#fff8e1">${escapeXml(spec.subtitle)}</text>`
    : `<g transform="translate(170 190)"><circle r="110" fill="#c62828" stroke="#f2c94c" stroke-width="8"/><path d="${star}" fill="#f2c94c"/></g><text x="340" y="180" ${font} font-size="72" font-weight="700" fill="#ffffff">${escapeXml(spec.title)}</text><text x="340" y="270" ${font} font-size="46" fill="#fff8e1">${escapeXml(spec.subtitle)}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs><linearGradient id="b" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="hsl(${spec.hue},75%,30%)"/><stop offset="1" stop-color="hsl(${(spec.hue + 25) % 360},70%,42%)"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#b)"/><rect y="${h - 24}" width="${w}" height="24" fill="#f2c94c"/>${body}</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const file = new File([new Uint8Array(png)], `banner-${spec.key}.png`, { type: 'image/png' });
  return uploadMedia(actor, siteId, file, { alt: spec.alt }, 'IMAGE');
}
