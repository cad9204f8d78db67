"use client";
// The đề án list with checkboxes for the rows the SCT may register with the Cục, a "Đăng ký với
// Cục (n)" button, a confirmation with the count and the requested KCQG support, then each đề án's
// outcome. Like the plan's "choose which đề án to include" (ke-hoach/_components/choose-projects),
// amounts travel as whole-đồng strings and are summed exactly as BigInt. The server registers each
// đề án on its own (lib/projects/bulk-register) with the version this list showed.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { RegisterCandidate } from "@/lib/projects/policy";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Feedback } from "@/components/forms/feedback";
import { useActionRunner } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { DataTable, type DataColumn, type DataRow } from "@/components/ui/data-table";
import { formatMoneyAuto } from "@/lib/format";
import { registerProjectsAction } from "../actions";

type Result = { id: string; code: string; title: string; ok: boolean; reason: string };

const sumOf = (list: readonly RegisterCandidate[], fund: RegisterCandidate["fund"]) => list.filter((c) => c.fund === fund).reduce((s, c) => s + BigInt(c.amount), 0n);

export function BulkRegisterTable({ columns, rows, emptyText, candidates }: { columns: DataColumn[]; rows: DataRow[]; emptyText: string; candidates: RegisterCandidate[] }) {
  const t = useTranslations("projectList");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<Result[] | null>(null);
  const { pending, message, run } = useActionRunner();
  const byId = new Map(candidates.map((c) => [c.id, c]));
  // Rows registered meanwhile leave the candidates on refresh; a stale choice is simply dropped.
  const picked = candidates.filter((c) => chosen.has(c.id));
  const toggle = (id: string) => setChosen((s) => { const next = new Set(s); if (next.has(id)) next.delete(id); else next.add(id); return next; });
  const kcqg = sumOf(picked, "KCQG");
  const kcdp = sumOf(picked, "KCDP");
  const confirm = () =>
    run(() => registerProjectsAction({ items: picked.map((c) => ({ projectId: c.id, version: c.version })) }), {
      onSuccess: (rowsBack) => {
        setResults(rowsBack.map((r) => { const c = byId.get(r.projectId); return { id: r.projectId, code: c?.code ?? "", title: c?.title ?? "", ok: r.ok, reason: r.ok ? "" : r.reason }; }));
        setChosen((s) => new Set([...s].filter((id) => rowsBack.some((r) => r.projectId === id && !r.ok))));
        setOpen(false);
      },
      onFailure: () => setOpen(false),
    });
  const done = results?.filter((r) => r.ok).length ?? 0;
  // After a registration the refreshed list may offer nothing more: the results stay, the bar goes.
  const offering = candidates.length > 0;
  return (
    <div className="space-y-2">
      {offering ? <div className="flex flex-wrap items-center gap-2" data-testid="bulk-register">
        <ActionButton type="button" className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60" disabled={pending || picked.length === 0} onClick={() => setOpen(true)}>
          {t("bulkRegister", { count: picked.length })}
        </ActionButton>
        <span className="text-sm text-slate-600">{t("bulkHint")}</span>
      </div> : null}
      <ConfirmDialog open={open} title={t("bulkConfirmTitle", { count: picked.length })} onConfirm={confirm} onCancel={() => setOpen(false)} pending={pending} confirmLabel={t("bulkConfirm")}>
        <p data-testid="bulk-summary">{t("bulkConfirmSummary", { count: picked.length, total: formatMoneyAuto(kcqg) })}</p>
        {kcdp > 0n ? <p>{t("bulkConfirmLocal", { total: formatMoneyAuto(kcdp) })}</p> : null}
        <ul className="max-h-48 list-disc overflow-y-auto pl-5">{picked.map((c) => <li key={c.id}>{c.code} {c.title}</li>)}</ul>
        <p className="text-slate-600">{t("bulkConfirmNote")}</p>
      </ConfirmDialog>
      <Feedback message={message} />
      {results ? (
        <section aria-label={t("bulkResultLabel")} className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="bulk-results">
          <p role="status" className="font-medium">{t("bulkResultTitle", { done, count: results.length })}</p>
          <ul className="mt-1 space-y-1">
            {results.map((r) => (
              <li key={r.id} className={r.ok ? "text-emerald-700" : "text-red-700"}>
                <strong>{r.code}</strong> {r.title}: {r.ok ? t("bulkRegistered") : t("bulkFailed", { reason: r.reason })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <DataTable columns={columns} rows={rows} emptyText={emptyText} selection={offering ? { header: t("bulkSelectHeader"), selectable: new Set(byId.keys()), chosen, onToggle: toggle, label: (id) => t("bulkSelect", { code: byId.get(id)?.code ?? "" }) } : undefined} />
    </div>
  );
}
