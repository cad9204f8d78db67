// How the locale cookie is set (ASVS 3.3.1): Secure when the public address is https, the same rule
// next-auth uses for its __Secure- session cookie and proxy.ts for HSTS; httpOnly because only the
// server reads it (lib/i18n/request.ts, proxy.ts).
export function localeCookieOptions(publicUrl: string) {
  return { path: "/", sameSite: "lax", httpOnly: true, secure: publicUrl.startsWith("https:"), maxAge: 60 * 60 * 24 * 365 } as const;
}
