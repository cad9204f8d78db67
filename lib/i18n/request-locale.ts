import "server-only";
// The locale of the current request, as next-intl resolved it (lib/i18n/request.ts), narrowed to ours.
import { getLocale } from "next-intl/server";
import { resolveLocale, type Locale } from "./locales";

export async function requestLocale(): Promise<Locale> {
  return resolveLocale(await getLocale());
}
