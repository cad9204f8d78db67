// Where a visitor may be sent after sign-in. Browsers read "/\evil.com", "//evil.com", "/\t/evil"
// and the like as another host, so a prefix check is not enough: the value is parsed the way a
// browser would, against the app's own origin, and kept only if it stays on that origin.
const PLACEHOLDER_ORIGIN = "http://app.invalid";

/** A path on `origin` (default: any fixed origin, for relative values) or "/" for anything else. */
export function sameOriginPath(value: string | string[] | null | undefined, origin: string = PLACEHOLDER_ORIGIN): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return "/";
  try {
    const base = new URL(origin);
    const url = new URL(raw, base);
    if (url.origin !== base.origin) return "/";
    // The normalised form, so the browser follows exactly what was checked.
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
