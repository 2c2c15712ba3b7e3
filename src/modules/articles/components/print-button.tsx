'use client';

export function PrintButton() {
  return (
    <p className="no-print">
      <button type="button" className="button" onClick={() => window.print()}>
        In trang này
      </button>{' '}
      <a href="./">Quay lại bài viết</a>
    </p>
  );
}
