// The security headers every response carries (docs/decisions/046). The static ones come from
// next.config headers(), so static files, route handlers and pages all get them; the CSP with its
// per-request nonce and HSTS are set by proxy.ts, which runs for everything but /_next/static.

/** Headers that do not change per request. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" }, // frame-ancestors for browsers without CSP 2
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
] as const;

/**
 * A fresh base64 nonce for one response's scripts: 128 random bits (ASVS 11.5.1; a UUID has only
 * 122). Web Crypto and btoa are globals in both the Node and the edge runtime the proxy may use.
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts only from this origin with this response's nonce ('strict-dynamic' lets Next's nonced
 * loader pull its chunks). Styles keep 'unsafe-inline': React style attributes (recharts, widths
 * of progress bars) are inline styles and a nonce cannot cover attributes.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging tools.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'", // no page uses <base>; nothing may retarget relative URLs
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS only where it means something: a production server whose public address is https. */
export function strictTransportSecurity(production: boolean, publicUrl: string): string | null {
  return production && publicUrl.startsWith("https:") ? "max-age=31536000; includeSubDomains" : null;
}
