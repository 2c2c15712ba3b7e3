import { AppError } from '@/server/errors';
import type { Snapshot, WorkflowAdapter } from '@/modules/workflow/workflow-adapter';
import { clearSiteContact, findImageInSite, findPersonFacts, findPersonForConsole, syncPersonTranslations, updatePersonRow } from './people.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a revision of a leader or contact person stores. An English version carries only its words (name,
 * position, unit, duties); photo, phone, e-mail, role and order belong to the Vietnamese original.
 */
export type PersonSnapshot = {
  name: string;
  jobTitle: string;
  unit: string | null;
  duties: string | null;
  phone: string | null;
  email: string | null;
  photoId: string | null;
  isLeader: boolean;
  isSiteContact: boolean;
  position: number;
};

const asPerson = (data: Snapshot) => data as unknown as PersonSnapshot;

/** Leadership profiles and contact persons (C2, C7) through the editorial workflow (E2). */
export const personWorkflow: WorkflowAdapter = {
  entity: 'person',
  noun: 'thông tin lãnh đạo, người liên hệ',
  async loadFacts(tx, siteId, id) {
    if (!UUID.test(id)) return null;
    const row = await findPersonFacts({ siteId, id }, tx);
    return row ? { publicStatus: row.status, publishedAt: row.publishedAt, createdById: null } : null;
  },
  async snapshot(tx, siteId, id) {
    const row = await findPersonForConsole({ siteId, id }, tx);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy người này.');
    const snap: PersonSnapshot = {
      name: row.name,
      jobTitle: row.jobTitle,
      unit: row.unit,
      duties: row.duties,
      phone: row.phone,
      email: row.email,
      photoId: row.photoId,
      isLeader: row.isLeader,
      isSiteContact: row.isSiteContact,
      position: row.position,
    };
    return snap as unknown as Snapshot;
  },
  async apply(tx, siteId, id, data) {
    const p = asPerson(data);
    const row = await findPersonFacts({ siteId, id }, tx);
    if (!row) return;
    const words = { name: p.name, jobTitle: p.jobTitle, unit: p.unit, duties: p.duties };
    if (row.lang !== 'vi') {
      await updatePersonRow(tx, { siteId, id, data: words });
      return;
    }
    // The portrait was checked when the version was saved; one deleted since is dropped, not an error.
    const photo = p.photoId ? await findImageInSite({ siteId, id: p.photoId }, tx) : null;
    await updatePersonRow(tx, {
      siteId,
      id,
      data: { ...words, phone: p.phone, email: p.email, photoId: photo ? p.photoId : null, isLeader: p.isLeader, isSiteContact: p.isSiteContact, position: p.position },
    });
    await syncPersonTranslations(tx, { siteId, originalId: id, data: { isLeader: p.isLeader, isSiteContact: p.isSiteContact, position: p.position } });
  },
  async setPublic(tx, siteId, id, state) {
    await updatePersonRow(tx, { siteId, id, data: { status: state.status, ...(state.publishedAt ? { publishedAt: state.publishedAt } : {}) } });
    if (state.status !== 'PUBLISHED') return;
    // C7: one person in charge of the site; the one approved now replaces the previous one.
    const row = await findPersonFacts({ siteId, id }, tx);
    if (row && row.lang === 'vi' && row.isSiteContact) await clearSiteContact(tx, { siteId, exceptIds: [id, ...row.translations.map((t) => t.id)] });
  },
  // C2/C7 set no condition beyond what every save validates (name, position, e-mail, phone, a portrait of the site).
  checkPublishable() {},
  title: (data) => asPerson(data).name,
  categoryIds: () => [],
  view(data) {
    const p = asPerson(data);
    const yes = (b: boolean) => (b ? 'Có' : 'Không');
    return {
      fields: [
        { label: 'Họ và tên', value: p.name },
        { label: 'Chức vụ', value: p.jobTitle },
        { label: 'Đơn vị công tác', value: p.unit ?? '' },
        { label: 'Điện thoại', value: p.phone ?? '' },
        { label: 'Thư điện tử', value: p.email ?? '' },
        { label: 'Ảnh chân dung', value: p.photoId ? 'Có ảnh' : 'Không có ảnh' },
        { label: 'Lãnh đạo', value: yes(p.isLeader) },
        { label: 'Người phụ trách trang', value: yes(p.isSiteContact) },
        { label: 'Thứ tự', value: String(p.position) },
      ],
      body: (p.duties ?? '').split(/\n+/).map((l) => l.trim()).filter(Boolean),
    };
  },
  consolePath: (siteId, id) => `/quan-tri/trang/${siteId}/nhan-su/${id}`,
  async publicPath(tx, siteId, id) {
    const row = await findPersonFacts({ siteId, id }, tx);
    if (!row) return null;
    const en = row.lang === 'en' ? '/en' : '';
    return row.isLeader ? `${en}/gioi-thieu/lanh-dao/${row.slug}` : `${en}/lien-he`;
  },
};
