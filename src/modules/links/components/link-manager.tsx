'use client';

import { useEffect, useRef } from 'react';
import { useFormAction } from '@/components/forms/use-form-action';
import { linkAction, linkGroupAction } from '../links.actions';
import type { ConsoleLinkGroup } from '../links.service';
import { InlineField, InlineFormStatus } from './inline-field';
import './links.css';

type Link = ConsoleLinkGroup['links'][number];

/** Clears an "add" form once the server accepted it (refused forms keep what was typed). */
function useResetOnSuccess(state: { ok: boolean } | null) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  return ref;
}

function GroupForm({ siteId, group }: { siteId: string; group?: ConsoleLinkGroup }) {
  const { state, onSubmit, pending } = useFormAction(linkGroupAction.bind(null, siteId, group?.id ?? null));
  const ref = useResetOnSuccess(group ? null : state);
  const prefix = group ? `g-${group.id}` : 'g-moi';
  return (
    <form ref={ref} onSubmit={onSubmit} noValidate>
      <InlineFormStatus prefix={prefix} state={state} />
      <div className="inline-form inline-form--group">
        <InlineField prefix={prefix} name="name" label="Tên nhóm" state={state} defaultValue={group?.name} />
        <InlineField prefix={prefix} name="nameEn" label="Tên tiếng Anh" state={state} defaultValue={group?.nameEn} />
        <InlineField prefix={prefix} name="position" label="Thứ tự" inputMode="numeric" state={state} defaultValue={group?.position ?? 0} />
        <div className="button-row">
          <button type="submit" className="button button--secondary" name="intent" value="save" disabled={pending}>
            {group ? 'Lưu nhóm' : 'Thêm nhóm'}
            {group ? <span className="visually-hidden"> {group.name}</span> : null}
          </button>
          {group ? (
            <button type="submit" className="button button--warning" name="intent" value="delete" disabled={pending}>
              Xóa nhóm và các liên kết<span className="visually-hidden"> {group.name}</span>
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}

function LinkForm({ siteId, groupId, link, groups }: { siteId: string; groupId: string; link?: Link; groups: ConsoleLinkGroup[] }) {
  const { state, onSubmit, pending } = useFormAction(linkAction.bind(null, siteId, link?.id ?? null));
  const ref = useResetOnSuccess(link ? null : state);
  const prefix = link ? `l-${link.id}` : `l-moi-${groupId}`;
  return (
    <form ref={ref} onSubmit={onSubmit} noValidate>
      <InlineFormStatus prefix={prefix} state={state} />
      <div className="inline-form inline-form--link">
        <InlineField prefix={prefix} name="label" label="Tên liên kết" state={state} defaultValue={link?.label} />
        <InlineField prefix={prefix} name="labelEn" label="Tên tiếng Anh" state={state} defaultValue={link?.labelEn} />
        <InlineField prefix={prefix} name="url" label="Địa chỉ (https://…)" type="url" state={state} defaultValue={link?.url} />
        <InlineField prefix={prefix} name="position" label="Thứ tự" inputMode="numeric" state={state} defaultValue={link?.position ?? 0} />
        {link ? (
          <InlineField prefix={prefix} name="groupId" label="Thuộc nhóm" state={state} defaultValue={groupId}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </InlineField>
        ) : (
          <input type="hidden" name="groupId" value={groupId} />
        )}
        <div className="button-row">
          <button type="submit" className="button button--secondary" name="intent" value="save" disabled={pending}>
            {link ? 'Lưu' : 'Thêm liên kết'}
            <span className="visually-hidden"> {link?.label ?? ''}</span>
          </button>
          {link ? (
            <button type="submit" className="button button--warning" name="intent" value="delete" disabled={pending}>
              Xóa<span className="visually-hidden"> {link.label}</span>
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}

/**
 * The console's "Liên kết" section (C8): groups of links to other state portals with their order.
 * Members see the list; only the site's super-admin and board head change it (the service checks too).
 */
export function LinkManager({ siteId, groups, canManage }: { siteId: string; groups: ConsoleLinkGroup[]; canManage: boolean }) {
  return (
    <>
      {groups.length === 0 ? <p>Trang chưa có nhóm liên kết nào.</p> : null}
      {groups.map((g) => (
        <section key={g.id} className="link-admin" aria-labelledby={`nhom-${g.id}`}>
          <h2 id={`nhom-${g.id}`}>{g.name}</h2>
          <p className="muted">
            Thứ tự {g.position}
            {g.nameEn ? ` · Tiếng Anh: ${g.nameEn}` : ''}
          </p>
          {canManage ? (
            <details className="link-admin__edit">
              <summary>
                Sửa hoặc xóa nhóm<span className="visually-hidden"> {g.name}</span>
              </summary>
              <GroupForm siteId={siteId} group={g} />
            </details>
          ) : null}
          <h3>Liên kết trong nhóm ({g.links.length})</h3>
          <ul className="link-admin__list">
            {g.links.map((l) => (
              <li key={l.id}>
                <span className="link-admin__row">
                  <span className="link-admin__position" title="Thứ tự">
                    {l.position}
                  </span>
                  <a href={l.url}>{l.label}</a>
                  <span className="muted link-admin__url">{l.url}</span>
                </span>
                {canManage ? (
                  <details className="link-admin__edit">
                    <summary>
                      Sửa<span className="visually-hidden"> liên kết {l.label}</span>
                    </summary>
                    <LinkForm siteId={siteId} groupId={g.id} link={l} groups={groups} />
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
          {canManage ? (
            <details>
              <summary>Thêm liên kết vào nhóm “{g.name}”</summary>
              <LinkForm siteId={siteId} groupId={g.id} groups={groups} />
            </details>
          ) : null}
        </section>
      ))}
      {canManage ? (
        <section aria-labelledby="them-nhom">
          <h2 id="them-nhom">Thêm nhóm liên kết</h2>
          <GroupForm siteId={siteId} />
        </section>
      ) : (
        <p className="hint">Chỉ quản trị trang hoặc trưởng ban biên tập được sửa liên kết website.</p>
      )}
    </>
  );
}
