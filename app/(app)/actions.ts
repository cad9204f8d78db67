"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { definePublicAction } from "@/lib/action";
import { env } from "@/lib/env";
import { localeCookieOptions } from "@/lib/i18n/locale-cookie";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

export const setLocale = definePublicAction(
  z.object({ locale: z.enum(LOCALES) }),
  async ({ locale }) => {
    const { NEXTAUTH_URL, APP_URL } = env();
    (await cookies()).set(LOCALE_COOKIE, locale, localeCookieOptions(NEXTAUTH_URL ?? APP_URL));
    return { locale };
  },
);
