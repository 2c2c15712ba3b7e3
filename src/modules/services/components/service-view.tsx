import type { ReactNode } from 'react';
import { formatDateVi } from '@/lib/dates';
import { LEVEL_DESCRIPTIONS, LEVEL_LABELS } from '../service-levels';
import type { ServiceDetail } from '../services.service';
import { LevelTag } from './service-catalogue';
import { ServiceText } from './service-text';
import './services.css';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="service-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const nf = new Intl.NumberFormat('vi-VN');

/** One procedure as a citizen reads it before applying: every part of P1, the forms, the figures of P2. */
export function ServiceView({ service: s, originFor }: { service: ServiceDetail; originFor: (host: string) => string }) {
  return (
    <article className="service">
      <h1>{s.name}</h1>
      <p>
        <LevelTag level={s.level} />
      </p>
      {s.onlineUrl ? (
        <div className="service-online">
          <p>{LEVEL_DESCRIPTIONS[s.level]}</p>
          <a className="button" href={s.onlineUrl} rel="noopener noreferrer external">
            Nộp hồ sơ trực tuyến<span className="visually-hidden"> (mở Cổng dịch vụ công)</span>
          </a>
        </div>
      ) : (
        <p className="muted">{LEVEL_DESCRIPTIONS[s.level]}</p>
      )}
      <h2 className="visually-hidden">Thông tin chung</h2>
      <dl className="service-facts">
        <Fact label="Mã thủ tục">{s.code}</Fact>
        <Fact label="Lĩnh vực">{s.field}</Fact>
        <Fact label="Mức độ dịch vụ công">{LEVEL_LABELS[s.level]}</Fact>
        <Fact label="Cơ quan thực hiện">{s.implementingBody}</Fact>
        {s.applicants ? <Fact label="Đối tượng thực hiện"><ServiceText text={s.applicants} /></Fact> : null}
        {s.timeLimit ? <Fact label="Thời hạn giải quyết"><ServiceText text={s.timeLimit} /></Fact> : null}
        {s.fees ? <Fact label="Phí, lệ phí"><ServiceText text={s.fees} /></Fact> : null}
        {s.result ? <Fact label="Kết quả thực hiện"><ServiceText text={s.result} /></Fact> : null}
        <Fact label="Ngày cập nhật">
          <time dateTime={s.updatedAt}>{formatDateVi(s.updatedAt)}</time>
        </Fact>
      </dl>
      {s.steps ? <Section id="trinh-tu" title="Trình tự thực hiện"><ServiceText text={s.steps} ordered /></Section> : null}
      {s.channels ? <Section id="cach-thuc" title="Cách thức thực hiện"><ServiceText text={s.channels} /></Section> : null}
      {s.dossier ? <Section id="thanh-phan-ho-so" title="Thành phần hồ sơ"><ServiceText text={s.dossier} /></Section> : null}
      {s.conditions ? <Section id="yeu-cau" title="Yêu cầu, điều kiện"><ServiceText text={s.conditions} /></Section> : null}
      {s.legalBasis.length > 0 ? (
        <Section id="can-cu" title="Căn cứ pháp lý">
          <ul>
            {s.legalBasis.map((l, i) => (
              <li key={i}>
                {l.document ? (
                  <a href={`${originFor(l.document.host)}/van-ban/${l.document.slug}`} title={l.document.summary}>
                    {l.text}
                  </a>
                ) : (
                  l.text
                )}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {s.forms.length > 0 ? (
        <Section id="bieu-mau" title="Biểu mẫu, tờ khai">
          <ul className="service-files">
            {s.forms.map((f) => (
              <li key={f.id}>
                <a href={f.url} download>
                  {f.title}
                </a>{' '}
                <span className="muted">
                  ({f.format}, {f.size})
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="tinh-hinh" title="Tình hình giải quyết hồ sơ">
        {s.stats.length === 0 ? (
          <p>Chưa có số liệu giải quyết hồ sơ của thủ tục này.</p>
        ) : (
          <div className="table-wrap" role="region" aria-labelledby="tinh-hinh" tabIndex={0}>
            <table className="service-stats">
              <caption className="visually-hidden">Số liệu giải quyết hồ sơ theo kỳ, kỳ gần nhất trước</caption>
              <thead>
                <tr>
                  <th scope="col">Kỳ</th>
                  <th scope="col">Lượt sử dụng</th>
                  <th scope="col">Hồ sơ tiếp nhận</th>
                  <th scope="col">Giải quyết đúng hạn</th>
                  <th scope="col">Giải quyết trễ hạn</th>
                  <th scope="col">Tỷ lệ đúng hạn</th>
                </tr>
              </thead>
              <tbody>
                {s.stats.map((st) => (
                  <tr key={`${st.start}-${st.end}`}>
                    <th scope="row">{st.label}</th>
                    <td>{nf.format(st.timesUsed)}</td>
                    <td>{nf.format(st.received)}</td>
                    <td>{nf.format(st.onTime)}</td>
                    <td>{nf.format(st.late)}</td>
                    <td>{st.onTimeRate === null ? '–' : `${nf.format(st.onTimeRate)}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="muted">Nguồn: Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.</p>
      </Section>
      <p className="service-back">
        <a href="/dich-vu-cong">← Danh mục thủ tục hành chính</a>
      </p>
    </article>
  );
}
