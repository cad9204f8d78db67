import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader, StatCard } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatMoney, formatShare } from "@/lib/format";
import { ratioBp } from "@/lib/money";
import { getPlan } from "@/lib/plans/plan-view";
import { Adjustments } from "./_sections/adjustments";
import { Breakdowns } from "./_sections/breakdowns";
import { Items } from "./_sections/items";
import { Versions } from "./_sections/versions";
import { orNotFound } from "@/app/(app)/or-not-found";

const Query = z.object({ asOf: z.iso.date().optional().catch(undefined), from: z.coerce.number().int().min(1).optional().catch(undefined), to: z.coerce.number().int().min(1).optional().catch(undefined) });

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations("plans");
  const { id } = await params;
  const query = Query.parse(await searchParams);
  if (!z.uuid().safeParse(id).success) notFound();
  const asOf = query.asOf ? new Date(`${query.asOf}T23:59:59+07:00`) : new Date();
  const plan = await orNotFound(getPlan(actor, id, asOf));
  const title = t(plan.level === "NATIONAL" ? "titleNational" : "titleProvincial", { year: plan.planYear, province: plan.province?.name ?? "" });
  const share = formatShare(ratioBp(plan.total, plan.envelope), t("ofEnvelope"));
  return (
    <div className="space-y-6">
      <PageHeader title={title}>
        {t(`status.${plan.status}`)} · {plan.shownVersionNo ? t("showingVersion", { no: plan.shownVersionNo, date: formatDate(asOf) }) : plan.status === "DRAFT" ? t("draft") : t("noneInForce", { date: formatDate(asOf) })}
      </PageHeader>
      <div className="grid gap-3 sm:grid-cols-3">
        <StatCard label={t("envelope")} value={formatMoney(plan.envelope, "trieu", 0)} />
        <StatCard label={t("total")} value={formatMoney(plan.total, "trieu", 0)} testId="plan-total" />
        <StatCard label={t("shareOfEnvelope")} value={share} hint={plan.total > plan.envelope ? t("overEnvelope") : undefined} />
      </div>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <form className="flex items-end gap-2">
          <label><span className="mb-1 block">{t("asOf")}</span><input type="date" name="asOf" defaultValue={query.asOf} className="rounded border border-slate-300 px-2 py-1.5" /></label>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5">{t("show")}</button>
        </form>
        <Link className="underline" href={`/ke-hoach/${plan.id}/phu-luc/xlsx${query.asOf ? `?asOf=${query.asOf}` : ""}`}>{t("annexXlsx")}</Link>
        <Link className="underline" href={`/ke-hoach/${plan.id}/phu-luc/pdf${query.asOf ? `?asOf=${query.asOf}` : ""}`}>{t("annexPdf")}</Link>
      </div>
      <Items plan={plan} />
      <Breakdowns plan={plan} />
      <Versions plan={plan} actor={actor} from={query.from} to={query.to} />
      <Adjustments plan={plan} />
    </div>
  );
}
