import { HONEYPOT_FIELD } from '@/modules/public-forms/public-form';

/**
 * "Thông tin này có hữu ích không?" (I3). A plain POST form to /phan-hoi-trang that answers 303 back to this page at
 * #da-ghi-nhan, so it works without JavaScript and the page stays one cacheable URL: the thank-you (and the
 * too-many-requests notice) are shown by CSS `:target`.
 */
export function PageFeedback({ path }: { path: string }) {
  return (
    <section className="page-feedback" aria-labelledby="huu-ich">
      <h2 id="huu-ich" className="visually-hidden">
        Ý kiến về trang này
      </h2>
      <p id="da-ghi-nhan" className="feedback-note notice" role="status">
        Cảm ơn ông/bà đã cho biết ý kiến.
      </p>
      <p id="qua-nhieu-lan" className="feedback-note error-summary" role="alert">
        Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau.
      </p>
      <form method="post" action="/phan-hoi-trang">
        <input type="hidden" name="path" value={path} />
        <div className="form-trap">
          <label htmlFor="pf-trap">Để trống ô này</label>
          <input type="text" id="pf-trap" name={HONEYPOT_FIELD} autoComplete="off" tabIndex={-1} defaultValue="" />
        </div>
        <fieldset>
          <legend>Thông tin này có hữu ích không?</legend>
          <div className="button-row">
            <button className="button button--secondary" type="submit" name="helpful" value="co">
              Có
            </button>
            <button className="button button--secondary" type="submit" name="helpful" value="khong">
              Không
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
