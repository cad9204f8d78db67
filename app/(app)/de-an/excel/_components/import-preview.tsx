"use client";
// The preview of an import: one line per sheet row with its status, what committing would do,
// and every message with the cell it concerns. Nothing here is computed; the server decided.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportReport, RowStatus } from "@/lib/mau-2/types";

const BADGE: Record<RowStatus, string> = {
  VALID: "bg-green-100 text-green-800",
  WARNING: "bg-amber-100 text-amber-900",
  ERROR: "bg-red-100 text-red-800",
};

export function ImportPreview({ report }: { report: ImportReport }) {
  const t = useTranslations("excel.preview");
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? report.rows.filter((r) => r.status !== "VALID") : report.rows;
  const c = report.counts;
  return (
    <section aria-labelledby="excel-preview-heading" className="space-y-3">
      <h3 id="excel-preview-heading" className="text-lg font-semibold">{t("heading")}</h3>
      <p data-testid="excel-summary" className="text-sm">
        {t("summary", { total: c.total, valid: c.valid, warning: c.warning, error: c.error })} {t("plan", { create: c.create, update: c.update, unchanged: c.unchanged })}
      </p>
      {report.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-center text-slate-500">{t("empty")}</p>
      ) : (
        <>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
            {t("onlyProblems")}
          </label>
          <div className="max-h-[32rem] overflow-auto rounded border border-slate-200 bg-white">
            <table className="min-w-full text-sm">
              <thead className="sticky top-0 bg-slate-50">
                <tr>
                  {(["row", "code", "name", "status", "action", "messages"] as const).map((k) => (
                    <th key={k} scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">{t(`columns.${k}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.row} className="border-t border-slate-100 align-top" data-testid="excel-preview-row">
                    <td className="px-3 py-2 tabular-nums">{r.row}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{r.code || "—"}</td>
                    <td className="px-3 py-2">{r.title || "—"}</td>
                    <td className="px-3 py-2 whitespace-nowrap"><span className={`rounded px-2 py-0.5 text-xs font-medium ${BADGE[r.status]}`}>{t(`status.${r.status}`)}</span></td>
                    <td className="px-3 py-2 whitespace-nowrap">{r.action ? t(`action.${r.action}`) : "—"}</td>
                    <td className="px-3 py-2">
                      <ul className="space-y-1">
                        {r.issues.map((i, n) => (
                          <li key={n} className={i.severity === "ERROR" ? "text-red-800" : "text-amber-900"}>
                            {i.column ? <span className="font-medium">{t("cell", { column: i.column, field: i.field ?? "" })}: </span> : null}
                            {i.message}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
