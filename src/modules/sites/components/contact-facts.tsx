type Props = {
  site: {
    name: string;
    governingBody: string | null;
    responsiblePerson: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
  };
};

/** The unit's official contact data (C7). */
export function ContactFacts({ site }: Props) {
  const rows: [string, React.ReactNode][] = [['Đơn vị', site.name]];
  if (site.governingBody) rows.push(['Cơ quan chủ quản', site.governingBody]);
  if (site.responsiblePerson) rows.push(['Người chịu trách nhiệm chính', site.responsiblePerson]);
  if (site.address) rows.push(['Địa chỉ', site.address]);
  if (site.phone) rows.push(['Điện thoại', <a key="p" href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>]);
  if (site.email) rows.push(['Thư điện tử', <a key="e" href={`mailto:${site.email}`}>{site.email}</a>]);
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
