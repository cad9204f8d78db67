import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { canAppraiseAtMinistry } from "@/lib/appraisals/policy";
import { councilChoices, getCouncil } from "@/lib/appraisals/council-queries";
import { requireActor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/format";
import { AssignForm } from "../../_components/assign-form";
import { DecisionForm } from "../../_components/decision-form";
import { MemberAssessmentForm } from "../../_components/member-assessment-form";
import { orNotFound } from "@/app/(app)/or-not-found";

// One hội đồng thẩm định cấp Bộ: assign đề án, members' assessments with recusals shown, the
// council's conclusion per đề án, and the biên bản (TT 36/2013 Điều 8.2, 9).
export default async function CouncilPage({ params }: { params: Promise<{ councilId: string }> }) {
  const actor = await requireActor();
  if (!canAppraiseAtMinistry(actor)) notFound();
  const { councilId } = await params;
  const council = await orNotFound(getCouncil(actor, councilId));
  const choices = await councilChoices(actor, council.planYear);
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <Link href={`/tham-dinh/hoi-dong?year=${council.planYear}`} className="text-sm text-blue-700 hover:underline">← {t("appraisal.councils")}</Link>
      <PageHeader title={council.name}>{council.decisionRef}</PageHeader>
      <a href={`/tham-dinh/hoi-dong/${council.id}/bien-ban`} download className="inline-block rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">{t("appraisal.minutes")}</a>
      <section>
        <h2 className="font-semibold">{t("appraisal.members")}</h2>
        <ul className="text-sm">{council.members.map((m) => <li key={m.id}>{m.name}{m.organisationName ? ` – ${m.organisationName}` : ""} ({t(`appraisal.${m.role}`)})</li>)}</ul>
      </section>
      <section className="space-y-2">
        <h2 className="font-semibold">{t("appraisal.assign")}</h2>
        <AssignForm councilId={council.id} projects={choices.projects.map((p) => ({ id: p.id, code: p.code, title: p.title, version: p.version }))} />
      </section>
      {council.projects.map((p) => (
        <section key={p.id} aria-label={p.code} data-testid={`council-project-${p.code}`} className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3">
          <h2 className="font-semibold">{p.code} – {p.title}</h2>
          <p className="text-sm">{p.implementerName} · {t("appraisal.requested")}: {formatMoney(p.supportAmount)}{p.approvedAmount !== null ? ` · ${t("appraisal.approved")}: ${formatMoney(p.approvedAmount)}` : ""} · {t(`status.${p.status}`)}</p>
          <ul className="space-y-1">
            {council.members.map((m) => {
              const recusal = p.recusals.find((r) => r.memberId === m.id);
              const assessed = p.memberScores.some((s) => s.memberId === m.id);
              return (
                <li key={m.id} className="text-sm">
                  {recusal ? (
                    <p role="note" className="rounded border border-amber-300 bg-amber-50 p-2">{m.name}: {t("appraisal.recused", { reason: recusal.reason })}</p>
                  ) : p.outcome ? (
                    <span>{m.name}: {assessed ? t("appraisal.assessed") : t("appraisal.notAssessed")}</span>
                  ) : (
                    <>
                      <span className="mr-2">{m.name}: {assessed ? t("appraisal.assessed") : t("appraisal.notAssessed")}</span>
                      <MemberAssessmentForm councilId={council.id} projectId={p.id} memberId={m.id} name={m.name} code={p.code} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {p.outcome ? (
            <p role="status" className="font-medium">{t("appraisal.decided", { outcome: t(`appraisal.${p.outcome}`) })}{p.conclusion ? ` – ${p.conclusion}` : ""}{p.failedCriterionReason ? ` (${t("appraisalSheet.failedReasonShown")}: ${p.failedCriterionReason})` : ""}</p>
          ) : (
            <>
              <h3 className="font-medium">{t("appraisal.councilConclusion", { code: p.code })}</h3>
              <DecisionForm projectId={p.id} version={p.version} councilId={council.id} code={p.code} requested={formatMoney(p.supportAmount)} quorum={{
                met: p.quorum.status?.met ?? false,
                text: p.quorum.rule && p.quorum.status
                  ? t("appraisalSheet.quorum", { present: p.quorum.status.present, total: p.quorum.status.total, required: p.quorum.status.required, basis: p.quorum.rule.basis, met: p.quorum.status.met ? "yes" : "no" })
                  : t("appraisalSheet.quorumNoRule"),
                secretaryRecused: p.quorum.secretaryRecused,
                eligibleSecretaries: p.quorum.eligibleSecretaries,
              }} />
            </>
          )}
        </section>
      ))}
    </div>
  );
}
