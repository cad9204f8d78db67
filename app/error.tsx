"use client";
// Never shows internals: a Vietnamese message and the digest the server logged.
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto max-w-xl p-10 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("unexpectedTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("unexpected", { digest: error.digest ?? "—" })}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-blue-700 px-4 py-2 text-white">{t("retry")}</button>
    </div>
  );
}
