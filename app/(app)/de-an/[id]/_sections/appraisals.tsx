import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

export async function Appraisals({ appraisals }: { appraisals: ProjectDetail["appraisals"] }) {
  if (appraisals.length === 0) return null;
  // Outcomes and methods are worded per level (workflow.record.PROVINCE|MINISTRY): the Cục's
  // decision reads as the ministry's, not with the Department's phrasing.
  const t = await getTranslations("workflow");
  const ts = await getTranslations("appraisalSheet");
  return (
    <section>
      <h2 className="mb-2 text-lg font-semibold">{t("appraisals")}</h2>
      <div className="space-y-3">
        {appraisals.map((a) => (
          <article key={a.id} className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="appraisal">
            <p className="font-medium">
              {t(`level${a.level}`)} · {t(`record.${a.level}.method.${a.method}`)}{a.form ? ` · Mẫu ${a.form}` : ""} · {a.outcome ? t(`record.${a.level}.outcome.${a.outcome}`) : "—"}
              {a.decidedAt ? <span className="ml-2 font-normal text-slate-500">{formatDateTime(a.decidedAt)}</span> : null}
            </p>
            {a.council ? <p className="text-slate-600">{t("members")}: {a.council.members.map((m) => `${m.name} (${t(m.role)})`).join(", ")}</p> : null}
            <ul className="mt-1 list-disc pl-5">
              {a.scores.map((s) => <li key={s.criterion}>{t(s.criterion)}: <strong>{t(s.assessment)}</strong>{s.comment ? ` — ${s.comment}` : ""}</li>)}
            </ul>
            {a.conclusion ? <p className="mt-1">{a.conclusion}</p> : null}
            {a.failedCriterionReason ? <p className="mt-1"><strong>{ts("failedReasonShown")}:</strong> {a.failedCriterionReason}</p> : null}
          </article>
        ))}
      </div>
    </section>
  );
}
