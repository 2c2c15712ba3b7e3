/**
 * Platform pages answered at the request boundary, before any tenant rendering: they carry
 * no tenant content by construction (T2 unknown host, T3 suspended/archived sites).
 */
function escapeHtml(v: string): string {
  return v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1b1b1b;background:#f5f5f2;line-height:1.6}
header{background:#a1141b;color:#fff;padding:1rem 1.25rem;border-bottom:4px solid #f2c94c}
header p{margin:0;font-weight:600}
main{max-width:40rem;margin:2rem auto;padding:0 1.25rem}
h1{font-size:1.75rem;line-height:1.3;margin:0 0 1rem}
a{color:#0b4f8a}
</style></head>
<body><header><p>Hệ thống Cổng thông tin điện tử</p></header><main>${body}</main></body></html>`;
}

export function unknownHostPage(host: string): string {
  return page(
    'Không tìm thấy trang thông tin điện tử',
    `<h1>Không tìm thấy trang thông tin điện tử</h1>
<p>Địa chỉ <strong>${escapeHtml(host || '(trống)')}</strong> không thuộc hệ thống cổng thông tin điện tử của tỉnh.</p>
<p>Hãy kiểm tra lại địa chỉ đã nhập.</p>`,
  );
}

export function suspendedSitePage(siteName: string): string {
  return page(
    `${siteName}: tạm ngừng hoạt động`,
    `<h1>Trang thông tin điện tử tạm ngừng hoạt động</h1>
<p><strong>${escapeHtml(siteName)}</strong> đang tạm ngừng cung cấp thông tin trên môi trường mạng.</p>
<p>Xin vui lòng quay lại sau.</p>`,
  );
}

export function archivedSitePage(siteName: string): string {
  return page(
    `${siteName}: đã ngừng hoạt động`,
    `<h1>Trang thông tin điện tử đã ngừng hoạt động</h1>
<p><strong>${escapeHtml(siteName)}</strong> đã ngừng hoạt động (đơn vị đã sáp nhập hoặc giải thể). Thông tin được lưu trữ theo quy định.</p>`,
  );
}
