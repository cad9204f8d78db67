"use client";
// Mẫu 3b form: cumulative volume and cost per budget line, completion % and narrative. A new
// report picks a month without a report; an edit carries the report id and the version seen.
// What the user typed stays on any answer; the server's per-line message shows on its field.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { submitProgressAction } from "./actions";

export type ProgressLineField = { budgetLineId: string; item: string; unit: string; planned: string; limit: string; done: string; cost: string };
type Props = {
  projectId: string;
  months: { value: string; label: string }[];
  report?: { id: string; version: number };
  completion: string;
  narrative: string;
  lines: ProgressLineField[];
};

export function ProgressForm({ projectId, months, report, completion: initialCompletion, narrative: initialNarrative, lines: initialLines }: Props) {
  const t = useTranslations("progress");
  const [periodMonth, setMonth] = useState(months[0]?.value ?? "");
  const [completion, setCompletion] = useState(initialCompletion);
  const [narrative, setNarrative] = useState(initialNarrative);
  const [lines, setLines] = useState(initialLines);
  const { pending, message, fieldErrors: errors, run } = useAction(submitProgressAction);
  const setLine = (i: number, patch: Partial<ProgressLineField>) => setLines((all) => all.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const submit = () =>
    run(
      { projectId, periodMonth, completion, narrative, lines: lines.map((l) => ({ budgetLineId: l.budgetLineId, doneQuantity: l.done, costExecuted: l.cost })), ...(report ? { reportId: report.id, version: report.version } : {}) },
      { success: (data) => (data.projectStatus === "IN_PROGRESS" && data.created ? t("savedStarted") : t("saved")) },
    );
  const input = (invalid: boolean) => `w-28 rounded border px-2 py-1 text-right ${invalid ? "border-red-500" : "border-slate-300"}`;
  return (
    <div className="space-y-3 rounded border border-slate-200 bg-white p-4" data-testid={report ? "progress-edit" : "progress-new"}>
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col text-sm">
          <span>{t("month")}</span>
          <select className="rounded border border-slate-300 px-2 py-1" value={periodMonth} onChange={(e) => setMonth(e.target.value)} disabled={months.length < 2}>
            {months.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
          {errors.periodMonth ? <span role="alert" className="text-xs text-red-700">{errors.periodMonth}</span> : null}
        </label>
        <label className="flex flex-col text-sm">
          <span>{t("completion")}</span>
          <input className={input(Boolean(errors.completion))} value={completion} onChange={(e) => setCompletion(e.target.value)} inputMode="decimal" />
          {errors.completion ? <span role="alert" className="text-xs text-red-700">{errors.completion}</span> : null}
        </label>
      </div>
      <div className="overflow-x-auto">
      <table className="w-full text-sm [&_td]:px-2 [&_th]:px-2 [&_th]:font-medium">
        <caption className="text-left text-xs text-slate-500">{t("linesCaption")}</caption>
        <thead>
          <tr className="border-b text-left"><th>{t("item")}</th><th>{t("unit")}</th><th className="text-right">{t("planned")}</th><th className="text-right">{t("limit")}</th><th className="text-right">{t("done")}</th><th className="text-right">{t("cost")}</th></tr>
        </thead>
        <tbody>
          {lines.map((l, i) => {
            const doneError = errors[`lines.${i}.doneQuantity`];
            const costError = errors[`lines.${i}.costExecuted`];
            return (
              <tr key={l.budgetLineId} className="border-b align-top">
                <td className="py-1">{l.item}</td>
                <td>{l.unit}</td>
                <td className="text-right">{l.planned}</td>
                <td className="text-right">{l.limit}</td>
                <td className="text-right">
                  <input aria-label={t("doneFor", { item: l.item })} className={input(Boolean(doneError))} value={l.done} onChange={(e) => setLine(i, { done: e.target.value })} inputMode="decimal" />
                  {doneError ? <span role="alert" className="block text-xs text-red-700">{doneError}</span> : null}
                </td>
                <td className="text-right">
                  <input aria-label={t("costFor", { item: l.item })} className={input(Boolean(costError))} value={l.cost} onChange={(e) => setLine(i, { cost: e.target.value })} inputMode="decimal" />
                  {costError ? <span role="alert" className="block text-xs text-red-700">{costError}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      <label className="flex flex-col text-sm">
        <span>{t("narrative")}</span>
        <textarea className="rounded border border-slate-300 px-2 py-1" rows={3} value={narrative} onChange={(e) => setNarrative(e.target.value)} />
      </label>
      <ActionButton className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending || !periodMonth} onClick={submit}>
        {report ? t("saveEdit") : t("submit")}
      </ActionButton>
      <Feedback message={message} />
    </div>
  );
}
