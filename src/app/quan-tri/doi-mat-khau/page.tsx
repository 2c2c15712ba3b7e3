import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/modules/users/components/change-password-form';
import { requireAdmin } from '@/server/admin-context';

export const metadata: Metadata = { title: 'Đổi mật khẩu' };

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<{ 'het-han'?: string }> }) {
  await requireAdmin({ allowExpiredPassword: true });
  const expired = (await searchParams)['het-han'] === '1';
  return (
    <div style={{ maxWidth: '36rem' }}>
      <h1>Đổi mật khẩu</h1>
      {expired ? (
        <div className="error-summary" role="alert">
          <h2>Mật khẩu đã quá 6 tháng</h2>
          <p>Theo quy định, mật khẩu phải được thay đổi ít nhất 6 tháng một lần. Hãy đặt mật khẩu mới để tiếp tục.</p>
        </div>
      ) : null}
      <ChangePasswordForm />
    </div>
  );
}
