import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import type { StepOffer } from "@/lib/projects/steps";
import { StepButton } from "../../_components/workflow/step-button";

export async function WorkflowPanel({ projectId, offer }: { projectId: string; offer: StepOffer }) {
  const t = await getTranslations("workflow");
  return (
    <section className="rounded border border-blue-200 bg-blue-50 p-4" data-testid="workflow-panel">
      <h2 className="mb-2 font-semibold">{t("title")}</h2>
      {offer.registrationDeadline ? <p className="mb-2 text-sm text-slate-600">{t("deadline", { date: formatDate(offer.registrationDeadline, true) })}</p> : null}
      {offer.steps.length === 0 ? <p className="text-sm text-slate-600">{offer.implementation ? t("seeImplementation") : t("none")}</p> : null}
      <div className="flex flex-wrap items-start gap-3">
        {offer.steps.includes("EDIT") ? <Link href={`/de-an/${projectId}/sua`} className="rounded border border-blue-700 px-3 py-1.5 text-sm text-blue-700 hover:bg-white">{t("edit")}</Link> : null}
        {offer.steps.includes("SUBMIT") ? <StepButton step="SUBMIT" projectId={projectId} version={offer.version} label={offer.registersDirectly ? t("submitDirect") : t("submit")} /> : null}
        {offer.steps.includes("WITHDRAW") ? <StepButton step="WITHDRAW" projectId={projectId} version={offer.version} label={t("withdraw")} /> : null}
        {offer.steps.includes("APPRAISE") ? <Link href={`/de-an/${projectId}/tham-dinh`} className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white">{t("appraise")}</Link> : null}
        {offer.steps.includes("APPRAISE_MINISTRY") ? <Link href={`/tham-dinh/${projectId}`} className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white">{t("appraiseMinistry")}</Link> : null}
        {offer.steps.includes("REGISTER") ? <StepButton step="REGISTER" projectId={projectId} version={offer.version} label={t("register")} /> : null}
      </div>
    </section>
  );
}
