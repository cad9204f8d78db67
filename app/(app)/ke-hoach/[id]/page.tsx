import { DateInput } from "@/components/forms/date-input";
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
import { asOfDay, readAsOfParam } from "@/lib/calendar";

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

// asOf is read by readAsOfParam (a repeated asOf is refused, never read as today); the rest here.
const Query = z.object({ from: z.coerce.number().int().min(1).optional().catch(undefined), to: z.coerce.number().int().min(1).optional().catch(undefined) });

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations("plans");
  const { id } = await params;
  const raw = await searchParams;
  const query = Query.parse(raw);
  if (!z.uuid().safeParse(id).success) notFound();
  // The proxy answers a malformed or repeated ?asOf= with 400 (docs/decisions/019); this page
  // still refuses one itself, with a notice, should it ever be reached another way.
  const asked = readAsOfParam(raw.asOf);
  if (!asked.ok) return <BadAsOf planId={id} value={asked.reason === "invalid" ? asked.value : asked.values.join(", ")} />;
  const asOfText = typeof raw.asOf === "string" && raw.asOf ? raw.asOf : undefined;
  const asOf = asOfDay(asked.day);
  const plan = await orNotFound(getPlan(actor, id, asOf));
  const notYetInForce = plan.status === "ISSUED" && plan.shownVersionNo === null;
  const shown = plan.versions.find((v) => v.versionNo === plan.shownVersionNo);
  const title = t(plan.level === "NATIONAL" ? "titleNational" : "titleProvincial", { year: plan.planYear, province: plan.province?.name ?? "" });
  const share = formatShare(ratioBp(plan.total, plan.envelope), t("ofEnvelope"));
  return (
    <div className="space-y-6">
      <PageHeader title={title}>
        {t(`status.${plan.status}`)}
        {shown ? ` · ${t("showingVersion", { no: shown.versionNo, effective: formatDate(shown.effectiveOn, true), date: formatDate(asOf, true) })}` : plan.status === "DRAFT" ? null : ` · ${t("noneInForce", { date: formatDate(asOf, true) })}`}
      </PageHeader>
      <div className="grid gap-3 sm:grid-cols-3">
        <StatCard label={t("envelope")} value={formatMoney(plan.envelope, "trieu")} />
        <StatCard label={t("total")} value={notYetInForce ? "–" : formatMoney(plan.total, "trieu")} testId="plan-total" />
        <StatCard label={t("shareOfEnvelope")} value={notYetInForce ? "–" : share} hint={plan.total > plan.envelope ? t("overEnvelope") : undefined} />
      </div>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <form className="flex items-end gap-2">
          <label><span className="mb-1 block">{t("asOf")}</span><DateInput name="asOf" defaultValue={asOfText} className="rounded border border-slate-300 px-2 py-1.5" /></label>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5">{t("show")}</button>
        </form>
        {notYetInForce ? null : (
          <>
            <Link className="underline" href={`/ke-hoach/${plan.id}/phu-luc/xlsx${asOfText ? `?asOf=${asOfText}` : ""}`}>{t("annexXlsx")}</Link>
            <Link className="underline" href={`/ke-hoach/${plan.id}/phu-luc/pdf${asOfText ? `?asOf=${asOfText}` : ""}`}>{t("annexPdf")}</Link>
          </>
        )}
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
