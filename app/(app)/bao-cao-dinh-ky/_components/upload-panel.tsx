"use client";
// Upload → check → save. The file stays in the browser and is sent again with each step, so the
// server keeps nothing between requests and judges the bytes again when saving.
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionRunner } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/action";
import type { SubmitMode } from "@/lib/periodic-reports/schemas";
import type { SubmitReport } from "@/lib/periodic-reports/types";

/** Same limit as the server (lib/xlsx/file-check.ts); checked here only to answer sooner. */
const MAX_BYTES = 5 * 1024 * 1024;
type Upload = { file: Blob; fileName: string };
type RejectedFile = { fileName: string; count: number; base64: string };

function saveFile(base64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function UploadPanel(props: {
  preview: (input: Upload) => Promise<ActionResult<SubmitReport>>;
  commit: (input: Upload & { mode: SubmitMode }) => Promise<ActionResult<SubmitReport>>;
  rejected: (input: Upload) => Promise<ActionResult<RejectedFile>>;
}) {
  const t = useTranslations("periodicReports");
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<SubmitReport | null>(null);
  const [saved, setSaved] = useState<SubmitReport | null>(null);
  const runner = useActionRunner();
  const { pending, message } = runner;
  const fail = (text: string) => runner.setMessage({ ok: false, text });

  function send<T>(call: (f: File) => Promise<ActionResult<T>>, done: (r: T) => void) {
    if (!file) return fail(t("uploadPage.chooseFirst"));
    if (file.size > MAX_BYTES) return fail(t("uploadPage.tooLarge"));
    const guarded = async (): Promise<ActionResult<T>> => {
      try {
        return await call(file);
      } catch {
        return { ok: false, code: "UNEXPECTED", message: t("uploadPage.sendFailed") };
      }
    };
    runner.run(guarded, { refresh: false, onSuccess: done });
  }
  const check = () => send((f) => props.preview({ file: f, fileName: f.name }), (r) => (setSaved(null), setReport(r)));
  const commit = (mode: SubmitMode) => send((f) => props.commit({ file: f, fileName: f.name, mode }), (r) => (setSaved(r), setReport(r)));
  const rejected = () => send((f) => props.rejected({ file: f, fileName: f.name }), (r) => saveFile(r.base64, r.fileName));
  const button = "rounded px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50";
  const ok = report ? report.rows.filter((r) => r.status !== "REFUSED").length : 0;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium">{t("uploadPage.file")}</span>
          <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => (setFile(e.target.files?.[0] ?? null), setReport(null), setSaved(null), runner.setMessage(null))} className="rounded border border-slate-300 bg-white px-2 py-1.5" />
        </label>
        <ActionButton type="button" onClick={check} disabled={!file || pending} className={`${button} bg-blue-700 text-white hover:bg-blue-800`}>{pending ? t("uploadPage.working") : t("uploadPage.check")}</ActionButton>
      </div>
      {message && !message.ok ? <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">{message.text}</p> : null}
      {saved ? (
        <div role="status" className={`rounded border p-3 text-sm ${saved.committed ? "border-green-200 bg-green-50 text-green-900" : "border-red-200 bg-red-50 text-red-800"}`}>
          {saved.committed ? t("uploadPage.done", { saved: saved.saved, refused: saved.refused }) : t("uploadPage.refusedAll", { refused: saved.refused })}{" "}
          {saved.committed ? <Link href="/bao-cao-dinh-ky" className="font-medium underline">{t("uploadPage.toList")}</Link> : null}
        </div>
      ) : null}
      {report ? (
        <>
          <p className="text-sm">{t("uploadPage.summary", { total: report.rows.length, ok, refused: report.refused, flagged: report.flagged })}</p>
          <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="periodic-upload-report">
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th className="py-1 pr-2">{t("uploadPage.row")}</th>
                <th className="px-2 py-1">{t("columns.province")}</th>
                <th className="px-2 py-1">{t("columns.period")}</th>
                <th className="px-2 py-1">{t("columns.source")}</th>
                <th className="px-2 py-1">{t("uploadPage.status")}</th>
                <th className="px-2 py-1">{t("uploadPage.messages")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.line} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-2 tabular-nums">{r.line}</td>
                  <td className="px-2 py-1">{r.province ?? "–"}</td>
                  <td className="px-2 py-1">{r.period ? t(`period.${r.period}`) : "–"}</td>
                  <td className="px-2 py-1">{r.source ?? "–"}</td>
                  <td className={`px-2 py-1 ${r.status === "REFUSED" ? "text-red-700" : ""}`}>{t(`uploadPage.status${r.status}`)}</td>
                  <td className="px-2 py-1">
                    {r.errors.map((m) => <p key={m} className="text-red-700">{m}</p>)}
                    {r.warnings.map((m) => <p key={m} className="text-amber-800">{m}</p>)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          {!saved?.committed ? (
            <div className="flex flex-wrap gap-3">
              <ActionButton type="button" onClick={() => commit("ALL_OR_NOTHING")} disabled={pending || report.refused > 0} className={`${button} bg-blue-700 text-white hover:bg-blue-800`}>{t("uploadPage.allOrNothing")}</ActionButton>
              <ActionButton type="button" onClick={() => commit("VALID_ONLY")} disabled={pending || ok === 0} className={`${button} border border-blue-700 text-blue-800 hover:bg-blue-50`}>{t("uploadPage.validOnly")}</ActionButton>
              {report.refused > 0 ? <ActionButton type="button" onClick={rejected} disabled={pending} className={`${button} border border-slate-300 hover:bg-slate-100`}>{t("uploadPage.rejected")}</ActionButton> : null}
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
