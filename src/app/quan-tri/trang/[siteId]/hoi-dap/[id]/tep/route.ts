import { notFound } from 'next/navigation';
import { requireAdmin } from '@/server/admin-context';
import { isAppError } from '@/server/errors';
import { readQuestionAttachment } from '@/modules/questions/questions.service';

/** A question's attachment, for the site's board only; never cached, never rendered inline. */
export async function GET(_request: Request, { params }: { params: Promise<{ siteId: string; id: string }> }) {
  const { actor } = await requireAdmin();
  const { siteId, id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(siteId) || !/^[0-9a-f-]{36}$/.test(id)) notFound();
  try {
    const file = await readQuestionAttachment(actor, siteId, id);
    if (!file) notFound();
    return new Response(new Uint8Array(file.data), {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      },
    });
  } catch (e) {
    if (isAppError(e)) notFound();
    throw e;
  }
}
