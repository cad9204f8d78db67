"use client";
// The one-time password link, shown once after it is issued (create or reset) and never again:
// it lives in this component's state only. It is made absolute on the origin the admin is using.
import { useTranslations } from "next-intl";

export type IssuedLink = { email: string; path: string; expires: string };

export function OneTimeLink({ link }: { link: IssuedLink }) {
  const t = useTranslations("users");
  const url = `${window.location.origin}${link.path}`;
  return (
    <div role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm" data-testid="one-time-link">
      <p className="font-semibold">{t("linkTitle")}</p>
      <p className="mt-1">{t("linkNote", { email: link.email, expires: link.expires })}</p>
      <code className="mt-2 block select-all break-all rounded bg-white px-2 py-1 font-mono">{url}</code>
    </div>
  );
}
