"use client";
// Upload → preview → commit. The chosen file stays in the browser and is sent again with each
// step, so the server keeps nothing between requests and re-validates on commit.
import { ActionButton } from "@/components/ui/action-button";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionRunner } from "@/components/forms/use-action";
import type { ActionResult } from "@/lib/action";
import type { ImportMode, ImportReport, ImportResult } from "@/lib/mau-2/types";
import { commitExcelImport, downloadRejectedRows, previewExcelImport } from "../actions";
import { ImportPreview } from "./import-preview";

/** Same limit as the server (lib/xlsx/file-check.ts); checked here only to answer sooner. */
const MAX_BYTES = 5 * 1024 * 1024;

function saveFile(base64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportPanel() {
  const t = useTranslations("excel");
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const runner = useActionRunner();
  const { pending, message } = runner;
  const error = message && !message.ok ? message.text : null;
  const setError = (text: string | null) => runner.setMessage(text === null ? null : { ok: false, text });

  function run<T>(call: (f: File) => Promise<ActionResult<T>>, done: (data: T) => void) {
    if (!file) return setError(t("import.chooseFirst"));
    if (file.size > MAX_BYTES) return setError(t("import.tooLarge"));
    setError(null);
    const send = async (f: File): Promise<ActionResult<T>> => {
      try {
        return await call(f);
      } catch {
        // The request itself failed: body over the server's limit, or the connection dropped.
        return { ok: false, code: "UNEXPECTED", message: t("import.sendFailed") };
      }
    };
    runner.run(() => send(file), { refresh: false, onSuccess: done });
  }

  const check = () => run((f) => previewExcelImport({ file: f, fileName: f.name }), (data) => (setResult(null), setReport(data)));
  const commit = (mode: ImportMode) => run((f) => commitExcelImport({ file: f, fileName: f.name, mode }), (data) => (setResult(data), setReport(data.report)));
  const rejected = () => run((f) => downloadRejectedRows({ file: f, fileName: f.name }), (data) => saveFile(data.base64, data.fileName));
  const button = "rounded px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium">{t("import.file")}</span>
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => (setFile(e.target.files?.[0] ?? null), setReport(null), setResult(null), setError(null))}
            className="rounded border border-slate-300 bg-white px-2 py-1.5"
          />
        </label>
        <ActionButton type="button" onClick={check} disabled={!file || pending} className={`${button} bg-blue-700 text-white hover:bg-blue-800`}>
          {pending ? t("import.working") : t("import.check")}
        </ActionButton>
      </div>
      {error ? <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">{error}</p> : null}
      {result ? (
        <div role="status" className={`rounded border p-3 text-sm ${result.committed ? "border-green-200 bg-green-50 text-green-900" : "border-red-200 bg-red-50 text-red-800"}`}>
          {result.committed ? t("result.done", { created: result.created, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected }) : t("result.refused", { rejected: result.rejected })}{" "}
          {result.committed ? <Link href="/de-an" className="font-medium underline">{t("result.toList")}</Link> : null}
        </div>
      ) : null}
      {report ? <ImportPreview report={report} /> : null}
      {report && report.rows.length > 0 && !result?.committed ? (
        <div className="flex flex-wrap items-center gap-3">
          <ActionButton type="button" onClick={() => commit("ALL_OR_NOTHING")} disabled={pending || report.counts.error > 0} className={`${button} bg-blue-700 text-white hover:bg-blue-800`}>
            {t("preview.allOrNothing")}
          </ActionButton>
          <ActionButton type="button" onClick={() => commit("VALID_ONLY")} disabled={pending || report.counts.error === report.counts.total} className={`${button} border border-blue-700 text-blue-800 hover:bg-blue-50`}>
            {t("preview.validOnly")}
          </ActionButton>
          {report.counts.error > 0 ? (
            <>
              <ActionButton type="button" onClick={rejected} disabled={pending} className={`${button} border border-slate-300 hover:bg-slate-100`}>{t("preview.rejected")}</ActionButton>
              <span className="text-sm text-slate-600">{t("preview.allOrNothingBlocked")}</span>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
