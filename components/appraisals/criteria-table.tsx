"use client";
// The five criteria of TT 36/2013 Điều 9, each with an assessment and a comment.
import { useTranslations } from "next-intl";
import { ASSESSMENTS, CRITERIA } from "@/lib/appraisals/criteria";

export type CriterionRow = { criterion: (typeof CRITERIA)[number]; assessment: (typeof ASSESSMENTS)[number]; comment: string };
export const initialCriteria = (): CriterionRow[] => CRITERIA.map((criterion) => ({ criterion, assessment: "MET", comment: "" }));

export function CriteriaTable({ value, onChange, label = "" }: { value: CriterionRow[]; onChange: (v: CriterionRow[]) => void; label?: string }) {
  const t = useTranslations("appraisal");
  const set = (i: number, patch: Partial<CriterionRow>) => onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <div className="overflow-x-auto">
    <table className="mt-1 w-full text-sm">
      <tbody>
        {value.map((c, i) => (
          <tr key={c.criterion} className="border-t align-top">
            <td className="py-1 pr-2">{i + 1}. {t(c.criterion)}</td>
            <td className="py-1 pr-2">
              <select aria-label={`${t("assessment")} ${label}${i + 1}`} className="rounded border border-slate-300 px-2 py-1" value={c.assessment} onChange={(e) => set(i, { assessment: e.target.value as CriterionRow["assessment"] })}>
                {ASSESSMENTS.map((a) => <option key={a} value={a}>{t(a)}</option>)}
              </select>
            </td>
            <td className="py-1"><input aria-label={`${t("criterionComment")} ${label}${i + 1}`} placeholder={t("criterionComment")} className="w-full rounded border border-slate-300 px-2 py-1" value={c.comment} onChange={(e) => set(i, { comment: e.target.value })} /></td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
