// Links between the analysis pages (forecast, red flags). The nav's "Báo cáo" entry is someone
// else's; this is the small sub-navigation of these two pages only.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function InsightsLinks({ current }: { current: "forecast" | "redFlags" }) {
  const t = await getTranslations("insights");
  const links = [
    { key: "forecast" as const, href: "/bao-cao/du-bao" },
    { key: "redFlags" as const, href: "/bao-cao/canh-bao" },
  ];
  return (
    <nav aria-label={t("label")} className="mb-4 flex gap-4 border-b border-slate-200 text-sm">
      {links.map((l) => (
        <Link key={l.key} href={l.href} aria-current={l.key === current ? "page" : undefined} className={`-mb-px border-b-2 px-1 py-2 ${l.key === current ? "border-blue-700 font-medium text-blue-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}>
          {t(l.key)}
        </Link>
      ))}
    </nav>
  );
}
