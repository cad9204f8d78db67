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
import { asOfDay, InvalidDateError, parseOptionalCalendarDate, type CalendarDay } from "@/lib/calendar";

async function BadAsOf({ planId, value }: { planId: string; value: string }) {
  const t = await getTranslations("plans");
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")}>{t("badAsOfTitle")}</PageHeader>
      <p role="alert" data-testid="plan-bad-as-of" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{t("badAsOf", { value })}</p>
      {z.uuid().safeParse(planId).success ? <Link className="underline" href={`/ke-hoach/${planId}`}>{t("today")}</Link> : null}
    </div>
  );
}

const Query = z.object({ asOf: z.string().optional().catch(undefined), from: z.coerce.number().int().min(1).optional().catch(undefined), to: z.coerce.number().int().min(1).optional().catch(undefined) });

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations("plans");
  const { id } = await params;
  const query = Query.parse(await searchParams);
  if (!z.uuid().safeParse(id).success) notFound();
  // A malformed ?asOf= is said plainly (docs/decisions/019): never read as "today", never a crash.
  let asked: CalendarDay | undefined;
  try {
    asked = parseOptionalCalendarDate(query.asOf);
  } catch (error) {
    if (!(error instanceof InvalidDateError)) throw error;
    return <BadAsOf planId={id} value={error.value} />;
  }
  const asOf = asOfDay(asked);
  const plan = await orNotFound(getPlan(actor, id, asOf));
  const notYetInForce = plan.status === "ISSUED" && plan.shownVersionNo === null;
  const title = t(plan.level === "NATIONAL" ? "titleNational" : "titleProvincial", { year: plan.planYear, province: plan.province?.name ?? "" });
  const share = formatShare(ratioBp(plan.total, plan.envelope), t("ofEnvelope"));
  return (
    <div className="space-y-6">
      <PageHeader title={title}>
        {t(`status.${plan.status}`)} · {plan.shownVersionNo ? t("showingVersion", { no: plan.shownVersionNo, date: formatDate(asOf, true) }) : plan.status === "DRAFT" ? t("draft") : t("noneInForce", { date: formatDate(asOf, true) })}
      </PageHeader>
      <div className="grid gap-3 sm:grid-cols-3">
        <StatCard label={t("envelope")} value={formatMoney(plan.envelope, "trieu")} />
        <StatCard label={t("total")} value={notYetInForce ? "–" : formatMoney(plan.total, "trieu")} testId="plan-total" />
        <StatCard label={t("shareOfEnvelope")} value={notYetInForce ? "–" : share} hint={plan.total > plan.envelope ? t("overEnvelope") : undefined} />
      </div>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <form className="flex items-end gap-2">
          <label><span className="mb-1 block">{t("asOf")}</span><input type="date" name="asOf" defaultValue={query.asOf} className="rounded border border-slate-300 px-2 py-1.5" /></label>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5">{t("show")}</button>
        </form>
        <Link className="underline" href={`/ke-hoach/${plan.id}/phu-luc/xlsx${query.asOf ? `?asOf=${query.asOf}` : ""}`}>{t("annexXlsx")}</Link>
        <Link className="underline" href={`/ke-hoach/${plan.id}/phu-luc/pdf${query.asOf ? `?asOf=${query.asOf}` : ""}`}>{t("annexPdf")}</Link>
      </div>
      {notYetInForce ? (
        <p role="status" data-testid="plan-not-in-force" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {plan.firstEffectiveOn ? t("beforeFirstVersion", { date: formatDate(asOf, true), first: formatDate(plan.firstEffectiveOn, true) }) : t("noneInForce", { date: formatDate(asOf, true) })}
        </p>
      ) : (
        <>
          <Items plan={plan} />
          <Breakdowns plan={plan} />
        </>
      )}
      <Versions plan={plan} actor={actor} from={query.from} to={query.to} />
      <Adjustments plan={plan} />
    </div>
  );
}
