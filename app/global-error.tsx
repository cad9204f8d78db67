"use client";
// Last resort when the root layout itself fails: plain Vietnamese, no internals, no providers.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "sans-serif", padding: 40, textAlign: "center" }}>
        <h1>Đã xảy ra lỗi</h1>
        <p>Hệ thống gặp lỗi khi xử lý yêu cầu. Hãy thử lại; nếu vẫn lỗi, báo cho quản trị hệ thống kèm mã: {error.digest ?? "—"}.</p>
        <button type="button" onClick={reset}>Thử lại</button>
      </body>
    </html>
  );
}
