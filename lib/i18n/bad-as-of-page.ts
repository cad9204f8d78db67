// The 400 answer for a bad `?asOf=` on any page or route (docs/decisions/019), decided by the
// proxy before anything renders: a small page in the request's locale with the catalogue text and
// a link to the same address without asOf. Pure, so the decision is unit-tested.
import { readAsOfParam } from "../calendar/as-of-param";
import type { Locale } from "./locales";
import { renderMessage } from "./messages";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** null when asOf is absent, empty or one real day; otherwise the HTML of the refusal (HTTP 400). */
export function badAsOfPage(url: URL, locale: Locale): string | null {
  const param = readAsOfParam(url.searchParams.getAll("asOf"));
  if (param.ok) return null;
  const text = param.reason === "invalid"
    ? renderMessage(locale, "errors.calendar.invalidDate", { value: param.value })
    : renderMessage(locale, "errors.calendar.repeatedAsOf", { values: param.values.join(", ") });
  const back = new URL(url.pathname, url.origin);
  url.searchParams.forEach((value, name) => { if (name !== "asOf") back.searchParams.append(name, value); });
  const title = renderMessage(locale, "errors.calendar.badRequestTitle");
  const link = renderMessage(locale, "errors.calendar.backWithoutDate");
  const href = back.pathname + back.search;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`
    + `<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1>`
    + `<p role="alert">${escapeHtml(text)}</p><p><a href="${escapeHtml(href).replace(/"/g, "&quot;")}">${escapeHtml(link)}</a></p></body></html>`;
}
