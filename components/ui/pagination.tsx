import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Server-side pagination links that keep the other query parameters. */
export async function Pagination({ page, pageCount, total, params, basePath }: { page: number; pageCount: number; total: number; params: Record<string, string | undefined>; basePath: string }) {
  const t = await getTranslations("common");
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${query.toString()}`;
  };
  return (
    <nav className="mt-3 flex items-center justify-between text-sm text-slate-600" aria-label="pagination">
      <span>{t("pageOf", { page, pageCount, total })}</span>
      <span className="flex gap-2">
        {page > 1 ? <Link className="rounded border px-3 py-1 hover:bg-slate-100" href={href(page - 1)}>{t("previous")}</Link> : null}
        {page < pageCount ? <Link className="rounded border px-3 py-1 hover:bg-slate-100" href={href(page + 1)}>{t("next")}</Link> : null}
      </span>
    </nav>
  );
}
