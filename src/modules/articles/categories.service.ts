import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { contentChanged } from '@/modules/content/content-events';
import { canEditContent, canManageSiteStructure } from '@/modules/content/content.policy';
import { uniqueSlug } from '@/modules/content/slug';
import { categorySlugExists, deleteCategoryRow, findCategories, insertCategory, updateCategoryRow } from './articles.repository';
import { CategoryInputSchema, type CategoryInput } from './articles.schemas';

export type CategoryDto = { id: string; slug: string; name: string; nameEn: string | null; parentId: string | null; position: number };

/** Chuyên mục of a site (C1): a tree; also offered in the site's menu. */
export async function listCategories(siteId: string): Promise<CategoryDto[]> {
  return (await findCategories(siteId)).map((c) => ({ id: c.id, slug: c.slug, name: c.name, nameEn: c.nameEn, parentId: c.parentId, position: c.position }));
}

export async function listCategoriesForConsole(actor: Actor, siteId: string) {
  if (!canEditContent(actor, siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền với trang này.');
  return listCategories(siteId);
}

function requireStructure(actor: Actor, siteId: string) {
  if (!canManageSiteStructure(actor, siteId)) throw new AppError('FORBIDDEN', 'Chỉ quản trị trang hoặc trưởng ban biên tập được sửa chuyên mục.');
}

async function checkParent(siteId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  const all = await findCategories(siteId);
  const byId = new Map(all.map((c) => [c.id, c]));
  if (!byId.has(parentId)) throw new AppError('VALIDATION', 'Chuyên mục cha không thuộc trang này.', { parentId: 'Chuyên mục cha không hợp lệ.' });
  for (let cur = byId.get(parentId); cur; cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
    if (cur.id === selfId) throw new AppError('RULE_VIOLATION', 'Không thể đặt chuyên mục dưới chính nó.', { parentId: 'Chọn chuyên mục khác.' });
  }
}

export async function createCategory(actor: Actor, siteId: string, input: CategoryInput) {
  requireStructure(actor, siteId);
  const data = parseInput(CategoryInputSchema, input);
  await checkParent(siteId, data.parentId);
  return withTransaction(async (tx) => {
    const slug = await uniqueSlug(data.name, (s) => categorySlugExists({ siteId, slug: s }, tx), 'chuyen-muc');
    const row = await insertCategory(tx, { siteId, slug, name: data.name, nameEn: data.nameEn, parentId: data.parentId ?? null, position: data.position });
    await recordAudit(tx, actor, { siteId, action: 'category.create', entity: 'category', entityId: row.id, after: { name: row.name, slug } });
    await contentChanged(tx, { siteId, type: 'category', id: row.id, change: 'saved' });
    return { id: row.id, slug };
  });
}

export async function updateCategory(actor: Actor, siteId: string, categoryId: string, input: CategoryInput) {
  requireStructure(actor, siteId);
  const data = parseInput(CategoryInputSchema, input);
  await checkParent(siteId, data.parentId, categoryId);
  await withTransaction(async (tx) => {
    const n = await updateCategoryRow(tx, { siteId, id: categoryId, data: { name: data.name, nameEn: data.nameEn ?? null, parentId: data.parentId ?? null, position: data.position } });
    if (n === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy chuyên mục.');
    await recordAudit(tx, actor, { siteId, action: 'category.update', entity: 'category', entityId: categoryId, after: { name: data.name } });
    await contentChanged(tx, { siteId, type: 'category', id: categoryId, change: 'saved' });
  });
}

export async function deleteCategory(actor: Actor, siteId: string, categoryId: string) {
  requireStructure(actor, siteId);
  await withTransaction(async (tx) => {
    const n = await deleteCategoryRow(tx, { siteId, id: categoryId });
    if (n === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy chuyên mục.');
    await recordAudit(tx, actor, { siteId, action: 'category.delete', entity: 'category', entityId: categoryId });
    await contentChanged(tx, { siteId, type: 'category', id: categoryId, change: 'deleted' });
  });
}
