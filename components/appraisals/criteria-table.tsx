"use client";
// The five criteria of TT 36/2013 Điều 9, each with an assessment and a comment. Every criterion
// starts "chưa đánh giá": an appraiser must choose, one click cannot approve (issue #10).
import { useTranslations } from "next-intl";
import { ASSESSMENTS, CRITERIA } from "@/lib/appraisals/criteria";

export type CriterionRow = { criterion: (typeof CRITERIA)[number]; assessment: (typeof ASSESSMENTS)[number] | ""; comment: string };
export const initialCriteria = (): CriterionRow[] => CRITERIA.map((criterion) => ({ criterion, assessment: "", comment: "" }));

export function CriteriaTable({ value, onChange, label = "", errors = {} }: { value: CriterionRow[]; onChange: (v: CriterionRow[]) => void; label?: string; errors?: Record<string, string> }) {
  const t = useTranslations("appraisal");
  const ts = useTranslations("appraisalSheet");
  const set = (i: number, patch: Partial<CriterionRow>) => onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <div className="overflow-x-auto">
    <table className="mt-1 w-full text-sm">
      <tbody>
        {value.map((c, i) => {
          const error = errors[`criteria.${i}.assessment`];
          return (
            <tr key={c.criterion} className="border-t align-top">
              <td className="py-1 pr-2">{i + 1}. {t(c.criterion)}</td>
              <td className="py-1 pr-2">
                <select aria-label={`${t("assessment")} ${label}${i + 1}`} aria-invalid={error ? true : undefined} className={`rounded border px-2 py-1 ${error ? "border-red-500" : "border-slate-300"}`} value={c.assessment} onChange={(e) => set(i, { assessment: e.target.value as CriterionRow["assessment"] })}>
                  <option value="">{ts("unassessed")}</option>
                  {ASSESSMENTS.map((a) => <option key={a} value={a}>{t(a)}</option>)}
                </select>
                {error ? <span role="alert" className="block text-xs text-red-700">{error}</span> : null}
              </td>
              <td className="py-1"><input aria-label={`${t("criterionComment")} ${label}${i + 1}`} placeholder={t("criterionComment")} className="w-full rounded border border-slate-300 px-2 py-1" value={c.comment} onChange={(e) => set(i, { comment: e.target.value })} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
