import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/** A GET form: filters live in the URL, so results can be bookmarked and the back button works. */
export async function SearchForm({ q, children }: { q?: string; children?: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <label className="flex flex-col text-sm">
        <span className="sr-only">{t("search")}</span>
        <input name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} className="w-72 rounded border border-slate-300 px-3 py-2" />
      </label>
      {children}
      <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
        {t("search")}
      </button>
    </form>
  );
}
