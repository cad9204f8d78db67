"use client";
// Choosing which approved đề án go into the draft, with the running total against the envelope
// (mức trần). Amounts travel as whole-đồng strings (BigInt is exact; no floats) and are summed here.
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { formatAmount } from "@/lib/format";
import { includeProjectsAction } from "../actions";
import { Feedback } from "@/components/forms/feedback";
import { useActionRunner } from "@/components/forms/use-action";
import { buttonClass } from "./form-styles";

export type Candidate = { id: string; code: string; title: string; amount: string };

export function ChooseProjects({ planId, candidates, currentTotal, envelope }: { planId: string; candidates: Candidate[]; currentTotal: string; envelope: string }) {
  const t = useTranslations("plans");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const { pending, message, run } = useActionRunner();
  if (candidates.length === 0) return null;
  const picked = candidates.filter((c) => chosen.has(c.id));
  const total = picked.reduce((sum, c) => sum + BigInt(c.amount), BigInt(currentTotal));
  const over = total > BigInt(envelope);
  const toggle = (id: string) => setChosen((s) => { const next = new Set(s); if (next.has(id)) next.delete(id); else next.add(id); return next; });
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 bg-white p-3 text-sm" data-testid="choose-projects">
      <legend className="font-semibold">{t("chooseTitle")}</legend>
      <ul className="max-h-72 space-y-1 overflow-y-auto">
        {candidates.map((c) => (
          <li key={c.id}>
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} />
              <span className="flex-1">{c.code} {c.title}</span>
              <span className="tabular-nums">{formatAmount(BigInt(c.amount), "trieu")}</span>
            </label>
          </li>
        ))}
      </ul>
      <p className={over ? "font-medium text-amber-800" : "text-slate-700"} data-testid="choose-total">
        {t("chooseTotal", { total: formatAmount(total, "trieu"), envelope: formatAmount(BigInt(envelope), "trieu") })}{over ? ` · ${t("chooseOver")}` : ""}
      </p>
      <ActionButton type="button" className={buttonClass} disabled={pending || picked.length === 0} onClick={() => run(() => includeProjectsAction({ planId, projectIds: picked.map((c) => c.id) }), { success: t("included"), onSuccess: () => setChosen(new Set()) })}>
        {t("chooseInclude", { count: picked.length })}
      </ActionButton>
      <Feedback message={message} />
    </fieldset>
  );
}
