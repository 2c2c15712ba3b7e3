'use client';

import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import Image from '@tiptap/extension-image';
import { useState } from 'react';
import './rich-text-editor.css';

type Props = { name: string; label: string; initial: unknown; describedBy?: string; images?: { id: string; label: string; src: string; alt: string }[] };

function Tool({ editor, label, onClick, active }: { editor: Editor; label: string; onClick: (e: Editor) => void; active?: boolean }) {
  return (
    // preventDefault on mousedown keeps the selection (and pending marks) in the editor.
    <button type="button" className="rte__tool" aria-pressed={active ?? undefined} onMouseDown={(e) => e.preventDefault()} onClick={() => onClick(editor)}>
      {label}
    </button>
  );
}

/**
 * tiptap 3 editor for article bodies. The document travels as JSON in a hidden input and is
 * validated again on the server against the allow-list (rich-text.ts); pasted Word markup is
 * reduced to the schema's nodes by tiptap's parser.
 */
/**
 * Word and LibreOffice put conditional comments, Office namespaces, classes and inline styles on the clipboard;
 * they go before tiptap parses the rest into the allowed nodes.
 */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(o|w|v|m|st1):[^>]*>/gi, '')
    .replace(/<(style|script|meta|link|xml)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<(meta|link)[^>]*>/gi, '')
    .replace(/\s(class|style|lang|align)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

export function RichTextEditor({ name, label, initial, describedBy, images = [] }: Props) {
  const [imageId, setImageId] = useState('');
  const [json, setJson] = useState(() => JSON.stringify(initial ?? { type: 'doc', content: [] }));
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [StarterKit.configure({ link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] }, heading: { levels: [2, 3, 4] } }), Table, TableRow, TableHeader, TableCell, Image],
    content: (initial as object) ?? '',
    editorProps: { transformPastedHTML: cleanPastedHtml, attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'rte__content', ...(describedBy ? { 'aria-describedby': describedBy } : {}) } },
    onUpdate: ({ editor: e }) => setJson(JSON.stringify(e.getJSON())),
  });
  return (
    <div className="rte">
      <input type="hidden" name={name} value={json} />
      {editor ? (
        <div className="rte__toolbar" role="toolbar" aria-label="Định dạng nội dung">
          <Tool editor={editor} label="Tiêu đề 2" active={editor.isActive('heading', { level: 2 })} onClick={(e) => e.chain().focus().toggleHeading({ level: 2 }).run()} />
          <Tool editor={editor} label="Tiêu đề 3" active={editor.isActive('heading', { level: 3 })} onClick={(e) => e.chain().focus().toggleHeading({ level: 3 }).run()} />
          <Tool editor={editor} label="Đậm" active={editor.isActive('bold')} onClick={(e) => e.chain().focus().toggleBold().run()} />
          <Tool editor={editor} label="Nghiêng" active={editor.isActive('italic')} onClick={(e) => e.chain().focus().toggleItalic().run()} />
          <Tool editor={editor} label="Danh sách" active={editor.isActive('bulletList')} onClick={(e) => e.chain().focus().toggleBulletList().run()} />
          <Tool editor={editor} label="Danh sách số" active={editor.isActive('orderedList')} onClick={(e) => e.chain().focus().toggleOrderedList().run()} />
          <Tool editor={editor} label="Trích dẫn" active={editor.isActive('blockquote')} onClick={(e) => e.chain().focus().toggleBlockquote().run()} />
          <Tool
            editor={editor}
            label="Liên kết"
            active={editor.isActive('link')}
            onClick={(e) => {
              const href = window.prompt('Địa chỉ liên kết (https://…):', e.getAttributes('link').href ?? 'https://');
              if (href === null) return;
              if (href === '') e.chain().focus().unsetLink().run();
              else e.chain().focus().extendMarkRange('link').setLink({ href }).run();
            }}
          />
          <Tool editor={editor} label="Bảng" onClick={(e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()} />
          <Tool editor={editor} label="Hoàn tác" onClick={(e) => e.chain().focus().undo().run()} />
          {images.length > 0 ? (
            <span className="rte__image">
              <label htmlFor={`${name}-image`}>Ảnh từ thư viện</label>{' '}
              <select id={`${name}-image`} value={imageId} onChange={(ev) => setImageId(ev.target.value)}>
                <option value="">Chọn ảnh…</option>
                {images.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </select>{' '}
              <Tool
                editor={editor}
                label="Chèn ảnh"
                onClick={(e) => {
                  const m = images.find((x) => x.id === imageId);
                  if (!m) return;
                  const alt = window.prompt('Mô tả ảnh cho người không nhìn thấy (bắt buộc):', m.alt) ?? '';
                  if (!alt.trim()) return;
                  e.chain().focus().setImage({ src: m.src, alt: alt.trim() }).run();
                }}
              />
            </span>
          ) : null}
        </div>
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
