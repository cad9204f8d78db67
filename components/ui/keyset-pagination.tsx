import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AFTER_PARAM, BEFORE_PARAM } from "@/lib/keyset";

/** Trước / Sau links of a keyset page (lib/keyset) that keep the other query parameters (filters, search, order). */
export async function KeysetPagination({ total, over, prev, next, params, basePath }: { total: number; over: boolean; prev: string | null; next: string | null; params: Record<string, string | undefined>; basePath: string }) {
  const t = await getTranslations("common");
  const href = (name: string, cursor: string) => {
    const query = new URLSearchParams(Object.entries({ ...params, [name]: cursor }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${query.toString()}`;
  };
  const link = "rounded border px-3 py-1 hover:bg-slate-100";
  return (
    <nav className="mt-3 flex items-center justify-between text-sm text-slate-600" aria-label="pagination">
      <span data-testid="list-total">{over ? t("recordsOver", { total }) : t("records", { total })}</span>
      <span className="flex gap-2">
        {prev ? <Link className={link} href={href(BEFORE_PARAM, prev)} rel="prev">{t("previous")}</Link> : null}
        {next ? <Link className={link} href={href(AFTER_PARAM, next)} rel="next">{t("next")}</Link> : null}
      </span>
    </nav>
  );
}
