import { listPublicLinkGroups } from '../links.service';
import './links.css';

/**
 * "Liên kết website" above the footer of every page (C8, seed 003 Đ6.1b): the site's groups of links to
 * other state portals, as plain lists that wrap to one column on a phone.
 */
export async function SiteLinks({ siteId }: { siteId: string }) {
  const groups = await listPublicLinkGroups(siteId);
  if (groups.length === 0) return null;
  return (
    <nav className="site-links" aria-label="Liên kết website">
      <div className="container">
        <h2 className="site-links__title">Liên kết website</h2>
        <div className="site-links__groups">
          {groups.map((g) => (
            <div key={g.id} className="site-links__group">
              <h3>{g.name}</h3>
              <ul>
                {g.links.map((l) => (
                  <li key={l.id}>
                    <a href={l.url} rel="noopener noreferrer">
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </div>
    </nav>
  );
}
