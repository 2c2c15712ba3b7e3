import { notFound } from 'next/navigation';

/** Any other path on a site: the site's own 404 page, inside its banner and footer. */
export default function UnknownSitePath() {
  notFound();
}
