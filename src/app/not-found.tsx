/** Platform 404: shows no tenant's data. */
export default function NotFound() {
  return (
    <main id="noi-dung" className="container">
      <h1>Không tìm thấy trang</h1>
      <p>Địa chỉ bạn truy cập không thuộc hệ thống cổng thông tin điện tử hoặc không còn tồn tại.</p>
    </main>
  );
}
