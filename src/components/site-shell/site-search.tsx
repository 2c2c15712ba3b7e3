/**
 * The search box of every public page (S1): a plain GET form to /tim-kiem, so it works without JavaScript.
 * Its landmark and field have names of their own ("Tìm kiếm nhanh", "Tìm kiếm trên trang") and its button
 * says "Tìm", so they never clash with a page's own search form (the /van-ban form's "Tìm kiếm" button).
 */
export function SiteSearch() {
  return (
    <form className="site-search" method="get" action="/tim-kiem" role="search" aria-label="Tìm kiếm nhanh">
      <label htmlFor="site-search-q" className="visually-hidden">
        Tìm kiếm trên trang
      </label>
      <input type="search" id="site-search-q" name="q" maxLength={200} autoComplete="off" placeholder="Tìm tin bài, văn bản…" />
      <button type="submit" className="site-search__button">
        Tìm
      </button>
    </form>
  );
}
