type Props = {
  site: {
    name: string;
    governingBody: string | null;
    responsiblePerson: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
    licence: string | null;
  };
};

/** The footer lines Vietnamese state sites carry (T5): governing body, person responsible, contacts, licence. */
export function SiteFooter({ site }: Props) {
  return (
    <footer className="site-footer">
      <div className="container">
        <h2>{site.name}</h2>
        {site.governingBody ? <p>Cơ quan chủ quản: {site.governingBody}</p> : null}
        {site.responsiblePerson ? <p>Người chịu trách nhiệm chính: {site.responsiblePerson}</p> : null}
        {site.address ? <p>Địa chỉ: {site.address}</p> : null}
        {site.phone ? (
          <p>
            Điện thoại: <a href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>
          </p>
        ) : null}
        {site.email ? (
          <p>
            Thư điện tử: <a href={`mailto:${site.email}`}>{site.email}</a>
          </p>
        ) : null}
        {site.licence ? <p>{site.licence}</p> : null}
        <ul className="footer-links">
          <li>
            <a href="/hoi-dap">Hỏi đáp</a>
          </li>
          <li>
            <a href="/gop-y-du-thao">Góp ý dự thảo</a>
          </li>
          <li>
            <a href="/danh-gia">Đánh giá trang</a>
          </li>
        </ul>
        <p>Ghi rõ nguồn &quot;{site.name}&quot; khi phát hành lại thông tin từ trang này.</p>
      </div>
    </footer>
  );
}
