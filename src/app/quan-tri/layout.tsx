import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/modules/users/components/sign-out-button';
import { getAdminContext } from '@/server/admin-context';

export const metadata: Metadata = { title: { default: 'Quản trị – Cổng Số', template: '%s – Quản trị Cổng Số' }, robots: { index: false } };

/** Chrome only: each page authorises itself (never only a layout). */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const ctx = await getAdminContext();
  return (
    <>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="console-header">
        <div className="container">
          <a className="console-header__title" href="/quan-tri">
            Quản trị hệ thống cổng thông tin
          </a>
          {ctx ? (
            <nav className="console-nav" aria-label="Quản trị">
              <ul>
                <li>
                  <a href="/quan-tri/don-vi">Đơn vị</a>
                </li>
                <li>
                  <a href="/quan-tri/nhat-ky">Nhật ký</a>
                </li>
                <li>
                  <a href="/quan-tri/doi-mat-khau">Đổi mật khẩu</a>
                </li>
                <li>
                  <span className="visually-hidden">Đang đăng nhập: </span>
                  {ctx.account.email} · <SignOutButton />
                </li>
              </ul>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="noi-dung" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
    </>
  );
}
