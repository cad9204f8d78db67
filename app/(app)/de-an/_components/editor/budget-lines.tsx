"use client";
// Mẫu 1 budget lines. Totals are computed here for display only; the server recomputes them.
import { ActionButton } from "@/components/ui/action-button";
import { useTranslations } from "next-intl";
import { formatAmount } from "@/lib/format";
import { MoneyParseError, parseMoney } from "@/lib/money";
import { Section, inputClass } from "./fields";
import { emptyLine, type CheckView, type EditorOptions, type Line, type Picked } from "./types";

function toDong(text: string): bigint | null {
  if (!text.trim()) return 0n;
  try {
    return parseMoney(text, "trieu");
  } catch (e) {
    if (e instanceof MoneyParseError) return null;
    throw e;
  }
}

const show = (v: bigint | null) => (v === null ? "?" : formatAmount(v, "trieu"));

export function BudgetLines({ lines, onChange, year, source, facilities, errors, findings, disabled }: {
  lines: Line[]; onChange: (lines: Line[]) => void; year: EditorOptions["years"][number] | undefined; source: "KCQG" | "KCDP";
  facilities: Picked[]; errors: Record<string, string>; findings: CheckView["norms"]; disabled: boolean;
}) {
  const t = useTranslations("editor");
  const text = useTranslations();
  const set = (i: number, patch: Partial<Line>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const norms = year?.norms[source] ?? [];
  const categories = year?.categories ?? [];
  const normsFor = (categoryId: string | null) => {
    const category = categories.find((c) => c.id === categoryId);
    const ids = [categoryId, category?.continuesId].filter(Boolean);
    return categoryId ? norms.filter((n) => n.contentCategoryId === null || ids.includes(n.contentCategoryId)) : norms;
  };
  // Each norm's rule is shown once under the table, not repeated in every line's picker.
  const usedNorms = norms.filter((n) => lines.some((l) => l.supportNormId === n.id));
  const amounts = lines.map((l) => ({ total: toDong(l.totalCost), support: toDong(l.supportAmount), other: toDong(l.otherAmount) }));
  const sum = (k: "total" | "support" | "other") => (amounts.some((a) => a[k] === null) ? null : amounts.reduce((acc, a) => acc + (a[k] ?? 0n), 0n));
  const counterpart = (a: (typeof amounts)[number]) => (a.total === null || a.support === null || a.other === null ? null : a.total - a.support - a.other);
  const totals = { total: sum("total"), support: sum("support"), other: sum("other") };
  const totalCounterpart = totals.total === null || totals.support === null || totals.other === null ? null : totals.total - totals.support - totals.other;

  return (
    <Section title={t("budget")} hint={t("budgetUnit")}>
      <div className="overflow-x-auto">
        {/* Fixed columns that fit a 1366 px laptop beside the menu (content and norm share one);
            narrower screens scroll inside this box, never the page. */}
        <table className="w-full min-w-[60rem] table-fixed text-sm" data-testid="budget-lines">
          <colgroup>
            <col className="w-7" /><col /><col className="w-40" /><col className="w-28" /><col className="w-14" />
            <col className="w-24" /><col className="w-24" /><col className="w-24" /><col className="w-24" /><col className="w-14" /><col className="w-12" />
          </colgroup>
          <thead className="bg-slate-50 text-left align-bottom">
            <tr>
              <th className="px-1">#</th><th className="px-1">{t("item")}</th><th className="px-1">{t("content")} / {t("norm")}</th><th className="px-1">{t("facility")}</th>
              <th className="px-1">{t("quantity")}</th><th className="px-1 text-right">{t("totalCost")}</th><th className="px-1 text-right">{t("support")}</th><th className="px-1 text-right">{t("other")}</th>
              <th className="px-1 text-right">{t("counterpart")}</th><th className="px-1">{t("priority")}</th><th />
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => {
              const e = (f: string) => errors[`budgetLines.${i}.${f}`];
              const lineFindings = findings.filter((f) => f.lineNo === i + 1);
              return [
                <tr key={`l${i}`} className="border-t align-top">
                  <td className="px-1 py-1">{i + 1}</td>
                  <td className="px-1 py-1"><input aria-label={`${t("item")} ${i + 1}`} className={`${inputClass(e("item"))} w-full`} value={l.item} disabled={disabled} onChange={(ev) => set(i, { item: ev.target.value })} /></td>
                  <td className="space-y-1 px-1 py-1">
                    <select aria-label={`${t("content")} ${i + 1}`} className={`${inputClass()} w-full`} value={l.contentCategoryId ?? ""} disabled={disabled} onChange={(ev) => set(i, { contentCategoryId: ev.target.value || null, supportNormId: null })}>
                      <option value="">—</option>
                      {categories.map((c) => <option key={c.id} value={c.id}>{c.code} {c.name}</option>)}
                    </select>
                    <select aria-label={`${t("norm")} ${i + 1}`} className={`${inputClass(e("supportNormId"))} w-full`} value={l.supportNormId ?? ""} disabled={disabled} onChange={(ev) => set(i, { supportNormId: ev.target.value || null })}>
                      <option value="">{t("noNorm")}</option>
                      {normsFor(l.contentCategoryId).map((n) => <option key={n.id} value={n.id}>{n.costItem}</option>)}
                    </select>
                  </td>
                  <td className="px-1 py-1">
                    <select aria-label={`${t("facility")} ${i + 1}`} className={`${inputClass(e("facilityId"))} w-full`} value={l.facilityId ?? ""} disabled={disabled} onChange={(ev) => set(i, { facilityId: ev.target.value || null })}>
                      <option value="">{t("noFacility")}</option>
                      {facilities.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
                    </select>
                  </td>
                  <td className="px-1 py-1"><input aria-label={`${t("quantity")} ${i + 1}`} type="number" min={1} className={`${inputClass(e("quantity"))} w-full`} value={l.quantity} disabled={disabled} onChange={(ev) => set(i, { quantity: Number(ev.target.value) || 1 })} /></td>
                  {(["totalCost", "supportAmount", "otherAmount"] as const).map((f) => (
                    <td key={f} className="px-1 py-1"><input aria-label={`${t(f === "totalCost" ? "totalCost" : f === "supportAmount" ? "support" : "other")} ${i + 1}`} inputMode="decimal" className={`${inputClass(e(f))} w-full text-right`} value={l[f]} disabled={disabled} onChange={(ev) => set(i, { [f]: ev.target.value })} /></td>
                  ))}
                  <td className="px-1 py-1 text-right tabular-nums">{show(counterpart(amounts[i]!))}</td>
                  <td className="px-1 py-1 text-center"><input type="checkbox" aria-label={`${t("priority")} ${i + 1}`} checked={l.priority} disabled={disabled} onChange={(ev) => set(i, { priority: ev.target.checked })} /></td>
                  <td className="px-1 py-1">{disabled ? null : <ActionButton type="button" className="text-xs text-red-700 hover:underline" onClick={() => onChange(lines.filter((_, j) => j !== i))}>{t("remove")}</ActionButton>}</td>
                </tr>,
                // A line without a norm is appraised on its written basis instead (TT 36/2013 Điều 5).
                ...(l.supportNormId ? [] : [
                  <tr key={`j${i}`}>
                    <td />
                    <td colSpan={10} className="px-1 pb-1">
                      <label className="block text-xs text-slate-600">
                        {t("normJustification")} {i + 1} — {t("normJustificationHint")}
                        <textarea aria-label={`${t("normJustification")} ${i + 1}`} rows={2} className={`${inputClass(e("normJustification"))} mt-1 w-full`} value={l.normJustification} disabled={disabled} onChange={(ev) => set(i, { normJustification: ev.target.value })} />
                      </label>
                    </td>
                  </tr>,
                ]),
                ...["item", "normJustification", "totalCost", "supportAmount", "otherAmount", "supportNormId", "facilityId", "quantity"].filter((f) => e(f)).map((f) => (
                  <tr key={`e${i}${f}`}><td /><td colSpan={10} role="alert" className="px-1 text-xs text-red-700">{e(f)}</td></tr>
                )),
                ...lineFindings.map((f, k) => (
                  <tr key={`f${i}${k}`} data-testid={`finding-${i + 1}`}>
                    <td />
                    <td colSpan={10} className={`px-1 pb-1 text-xs ${f.ok ? "text-emerald-700" : f.severity === "HARD" ? "font-medium text-red-700" : "text-amber-700"}`}>
                      {f.ok ? "✓" : f.severity === "HARD" ? `✗ ${t("error")}` : `! ${t("warning")}`} · {t("rule")}: {f.rule} · {t("limit")}: {f.limit} · {t("requested")}: {f.requested} · {t("basis")}: {f.legalBasis}
                    </td>
                  </tr>
                )),
              ];
            })}
          </tbody>
          <tfoot>
            <tr className="border-t font-semibold" data-testid="budget-totals">
              <td /><td className="px-1">{t("total")}</td><td colSpan={3} />
              <td className="px-1 text-right tabular-nums">{show(totals.total)}</td><td className="px-1 text-right tabular-nums">{show(totals.support)}</td>
              <td className="px-1 text-right tabular-nums">{show(totals.other)}</td><td className="px-1 text-right tabular-nums">{show(totalCounterpart)}</td><td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      {usedNorms.length ? (
        <div className="mt-2 text-xs text-slate-600" data-testid="norm-legend">
          <p className="font-medium">{t("normLegend")}</p>
          <ul className="list-disc pl-5">{usedNorms.map((n) => <li key={n.id}>{n.costItem}: {text(n.rule.key, n.rule.params)}</li>)}</ul>
        </div>
      ) : null}
      {disabled ? null : <ActionButton type="button" className="mt-2 rounded border px-3 py-1 text-sm hover:bg-slate-100" onClick={() => onChange([...lines, emptyLine()])}>+ {t("addLine")}</ActionButton>}
    </Section>
  );
}
