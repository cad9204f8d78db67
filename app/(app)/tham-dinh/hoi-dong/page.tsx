import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { canAppraiseAtMinistry } from "@/lib/appraisals/policy";
import { councilChoices, listCouncils } from "@/lib/appraisals/council-queries";
import { defaultQueueYear } from "@/lib/appraisals/queries";
import { requireActor } from "@/lib/auth/session";
import { CouncilForm } from "../_components/council-form";

// Hội đồng thẩm định cấp Bộ of a plan year (TT 36/2013 Điều 8.2).
export default async function CouncilsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActor();
  if (!canAppraiseAtMinistry(actor)) notFound();
  const requested = Number((await searchParams).year);
  const year = Number.isInteger(requested) && requested >= 2019 && requested <= 2100 ? requested : await defaultQueueYear();
  const [councils, choices] = await Promise.all([listCouncils(actor, year), councilChoices(actor, year)]);
  const t = await getTranslations("appraisal");
  const interests = [
    ...new Map(choices.projects.map((p) => [p.implementerId, { id: p.implementerId, name: `${t("implementer")}: ${p.implementerName}` }])).values(),
    ...new Map(choices.projects.flatMap((p) => p.facilities.map((f) => [f.id, { id: f.id, name: f.name }] as const))).values(),
  ];
  return (
    <div className="space-y-4">
      <Link href={`/tham-dinh?year=${year}`} className="text-sm text-blue-700 hover:underline">← {t("back")}</Link>
      <PageHeader title={t("councilsTitle", { year })} />
      {councils.length === 0 ? <p className="text-sm text-slate-500">{t("noCouncils")}</p> : (
        <ul className="space-y-1">
          {councils.map((c) => (
            <li key={c.id} className="text-sm"><Link href={`/tham-dinh/hoi-dong/${c.id}`} className="text-blue-700 hover:underline">{c.name}</Link> · {t("memberCount", { count: c._count.members })} · {t("projectCount", { count: c._count.appraisals })}</li>
          ))}
        </ul>
      )}
      <h2 className="text-lg font-semibold">{t("newCouncil")}</h2>
      <CouncilForm year={year} staff={choices.staff} organisations={choices.organisations} interests={interests} />
    </div>
  );
}
