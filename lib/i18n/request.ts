// next-intl without locale routing: Vietnamese by default, English when the user picked it
// (cookie set by the language switch). Messages live in messages/<locale>.json.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { VIETNAM_TIME_ZONE } from "../calendar/day";
import { LOCALE_COOKIE, resolveLocale } from "./locales";

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: VIETNAM_TIME_ZONE };
});
