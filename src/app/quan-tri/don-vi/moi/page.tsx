import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteCreateForm } from '@/modules/sites/components/site-create-form';
import { canManageSites } from '@/modules/sites/sites.policy';
import { listSitesForConsole } from '@/modules/sites/sites.service';
import { requireAdmin } from '@/server/admin-context';

export const metadata: Metadata = { title: 'Tạo trang mới' };

export default async function NewSitePage({ searchParams }: { searchParams: Promise<{ cha?: string }> }) {
  const { actor } = await requireAdmin();
  if (!canManageSites(actor)) notFound();
  const parents = (await listSitesForConsole(actor)).filter((s) => s.status !== 'ARCHIVED');
  return (
    <>
      <h1>Tạo trang thông tin điện tử mới</h1>
      <p className="lead">Tạo trang, tên miền và tài khoản quản trị cao nhất trong một bước. Trang hoạt động ngay sau khi tạo.</p>
      <SiteCreateForm parents={parents.map((p) => ({ id: p.id, name: p.name, host: p.host }))} defaultParentId={(await searchParams).cha} />
    </>
  );
}
