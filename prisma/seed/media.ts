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
  return `${sky}<rect x="80" y="420" width="220" height="480" fill="#9e9e9e"/><rect x="330" y="360" width="260" height="540" fill="#b0a38c"/><rect x="620" y="300" width="360" height="600" fill="#e8d9b5"/><rect x="760" y="240" width="80" height="60" fill="#c62828"/><rect x="1010" y="400" width="240" height="500" fill="#8d9aa6"/><rect x="1280" y="460" width="260" height="440" fill="#a1887f"/><g fill="#fff8e1">${Array.from({ length: 5 }, (_, r) => Array.from({ length: 4 }, (_, c) => `<rect x="${660 + c * 80}" y="${340 + r * 100}" width="40" height="50"/>`).join('')).join('')}</g><rect y="860" width="1600" height="40" fill="#616161"/>`;
}

export async function demoImage(actor: Actor, siteId: string, scene: (typeof DEMO_SCENES)[number], hue: number): Promise<MediaDto> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">${sceneSvg(scene.key, hue)}</svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
  const file = new File([new Uint8Array(jpeg)], `${scene.key}-${hue}.jpg`, { type: 'image/jpeg' });
  return uploadMedia(actor, siteId, file, { alt: scene.alt, caption: scene.caption }, 'IMAGE');
}
