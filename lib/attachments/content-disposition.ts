// Content-Disposition for downloads. The stored name is Vietnamese UTF-8; browsers read it from
// filename* (RFC 6266 + RFC 5987), while the plain filename is an ASCII fallback for old clients.
// Quotes, backslashes and line breaks can never reach the header, so it cannot be split or spoofed.

/** RFC 5987 attr-char leaves only ALPHA / DIGIT / "!#$&+-.^_`|~" unencoded. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** "Công văn đề nghị.pdf" → "Cong van de nghi.pdf". */
export function asciiFallback(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\%;]/g, "_")
    .trim();
  return ascii || "tai-lieu";
}

export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
