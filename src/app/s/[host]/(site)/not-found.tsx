export default function SiteNotFound() {
  return (
    <>
      <h1>Không tìm thấy trang</h1>
      <p>Địa chỉ bạn truy cập không tồn tại hoặc đã được gỡ bỏ.</p>
      <p>
        <a href="/">Về trang chủ</a>
      </p>
    </>
  );
}
