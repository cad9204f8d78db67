"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { definePublicAction } from "@/lib/action";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

export const setLocale = definePublicAction(
  z.object({ locale: z.enum(LOCALES) }),
  async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
    return { locale };
  },
);
