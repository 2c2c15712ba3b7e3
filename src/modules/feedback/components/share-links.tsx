import { CopyLinkButton } from './copy-link-button';

/** Sharing (I3): plain links to each network's share address, no third-party script on the page. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return (
    <section className="share" aria-labelledby="chia-se">
      <h2 id="chia-se">Chia sẻ</h2>
      <ul className="share-links">
        <li>
          <a href={`https://www.facebook.com/sharer/sharer.php?u=${u}`} rel="noopener noreferrer" target="_blank">
            Facebook<span className="visually-hidden"> (mở cửa sổ mới)</span>
          </a>
        </li>
        <li>
          <a href={`https://sp.zalo.me/share_to_zalo?url=${u}`} rel="noopener noreferrer" target="_blank">
            Zalo<span className="visually-hidden"> (mở cửa sổ mới)</span>
          </a>
        </li>
        <li>
          <a href={`https://x.com/intent/post?url=${u}&text=${t}`} rel="noopener noreferrer" target="_blank">
            X<span className="visually-hidden"> (mở cửa sổ mới)</span>
          </a>
        </li>
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  );
}
