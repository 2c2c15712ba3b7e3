'use client';

import { useState } from 'react';

/** Without JavaScript this is a link to the page itself (copy it from the browser); with it, one click copies. */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <a
        href={url}
        onClick={(e) => {
          if (!navigator.clipboard) return;
          e.preventDefault();
          void navigator.clipboard.writeText(url).then(() => setCopied(true));
        }}
      >
        Sao chép liên kết
      </a>
      <span role="status" className={copied ? undefined : 'visually-hidden'}>
        {copied ? ' Đã sao chép liên kết.' : ''}
      </span>
    </>
  );
}
