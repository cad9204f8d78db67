// Session cookies through next-auth's own credentials flow, as the sign-in form posts it: the CSRF
// token and its cookie from /api/auth/csrf, then /api/auth/callback/credentials.

/** "name=value" pairs of the Set-Cookie headers of a response. */
function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${origin}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf trả ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrfRes);
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; "), origin },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/`, json: "true" }),
  });
  const session = cookiesOf(res).filter((c) => c.startsWith("next-auth.session-token=") || c.startsWith("__Secure-next-auth.session-token="));
  if (!session.length) throw new Error(`Đăng nhập ${email} không thành công (HTTP ${res.status}, ${(await res.text()).slice(0, 200)}).`);
  return [...csrfCookies, ...session].join("; ");
}
