import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { normaliseEmcCode, parseEmcCode } from '@/modules/sites/emc';
import { EmcScript } from '@/modules/sites/components/emc-script';
import { UpdateSiteSchema } from '@/modules/sites/sites.schemas';

describe('EMC tracking code (X3)', () => {
  it('accepts the embed code of a state host and keeps only its address and data attributes', () => {
    expect(parseEmcCode('<script async src="https://emc.gov.vn/tracking/emc.js" data-site-id="KH-0001"></script>')).toEqual({
      src: 'https://emc.gov.vn/tracking/emc.js',
      data: { 'data-site-id': 'KH-0001' },
    });
    expect(normaliseEmcCode(' https://emc.gov.vn/t.js?id=12 ')).toBe('<script src="https://emc.gov.vn/t.js?id=12"></script>');
  });

  it('refuses inline code, event handlers, plain http and hosts outside .gov.vn', () => {
    expect(parseEmcCode('<script>alert(1)</script>')).toBeNull();
    expect(parseEmcCode('<script src="https://emc.gov.vn/a.js" onload="alert(1)"></script>')).toBeNull();
    expect(parseEmcCode('<script src="http://emc.gov.vn/a.js"></script>')).toBeNull();
    expect(parseEmcCode('<script src="https://emc.gov.vn.evil.example/a.js"></script>')).toBeNull();
    expect(parseEmcCode('<script src="https://emc.gov.vn/a.js"></script><script src="https://x.example/b.js"></script>')).toBeNull();
    expect(parseEmcCode('<img src=x onerror=alert(1)>')).toBeNull();
  });

  it('the site form explains the expected form in Vietnamese; the page renders the script only where set', () => {
    const base = { name: 'Sở Tài chính', code: 'STC', primaryColor: '#a51c30', accentColor: '#f2c94c' };
    const bad = UpdateSiteSchema.safeParse({ ...base, emcCode: '<script>alert(1)</script>' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('Mã theo dõi EMC phải là thẻ <script>');
    const good = UpdateSiteSchema.safeParse({ ...base, emcCode: '<script src="https://emc.gov.vn/e.js" data-id="7"></script>' });
    expect(good.success && good.data.emcCode).toBe('<script src="https://emc.gov.vn/e.js" data-id="7"></script>');
    expect(renderToStaticMarkup(EmcScript({ code: good.success ? good.data.emcCode! : null }))).toBe('<script async="" src="https://emc.gov.vn/e.js" data-id="7"></script>');
    expect(EmcScript({ code: null })).toBeNull();
  });
});
