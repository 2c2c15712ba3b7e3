import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/modules/users/components/sign-in-form';
import { assertConsoleHost, getAdminContext, safeReturnPath } from '@/server/admin-context';

export const metadata: Metadata = { title: 'Đăng nhập' };

type Props = { searchParams: Promise<{ tiep?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  await assertConsoleHost();
  const sp = await searchParams;
  const next = safeReturnPath(sp.tiep);
  if (await getAdminContext()) redirect(next);
  return (
    <div style={{ maxWidth: '32rem' }}>
      <h1>Đăng nhập quản trị</h1>
      <p>Dành cho quản trị viên, ban biên tập, biên tập viên và cộng tác viên của các trang thông tin điện tử.</p>
      <SignInForm next={next} />
    </div>
  );
}
