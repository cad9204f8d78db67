"use client";
// Uploads one document to the đề án's POST route and shows the JSON answer. On failure nothing
// is reset: the chosen file and kind stay, and the rest of the page is untouched, so the user
// fixes the file and tries again without re-entering anything.
import { ActionButton } from "@/components/ui/action-button";
import { useTranslations } from "next-intl";
import { useId, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action";
import { useActionRunner } from "@/components/forms/use-action";

export type KindOption = { value: string; label: string };
type UploadAnswer = ActionResult<{ fileName: string }>;

async function readAnswer(response: Response): Promise<UploadAnswer | null> {
  if (!(response.headers.get("content-type") ?? "").includes("application/json")) return null;
  return (await response.json().catch(() => null)) as UploadAnswer | null;
}

/** `fields` go along as hidden inputs (e.g. the subject a file documents: a report, a finding). */
export function AttachmentUploadForm({ uploadUrl, kinds, accept, maxBytes, maxLabel, fields = {}, title }: { uploadUrl: string; kinds: KindOption[]; accept: string; maxBytes: number; maxLabel: string; fields?: Record<string, string>; title?: string }) {
  const t = useTranslations("attachments");
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { pending, message: notice, run, setMessage } = useActionRunner();

  const send = async (data: FormData): Promise<UploadAnswer> => {
    try {
      const response = await fetch(uploadUrl, { method: "POST", body: data, headers: { Accept: "application/json" } });
      // A non-JSON answer means the request never reached the handler (e.g. redirected to sign-in).
      return (await readAnswer(response)) ?? { ok: false, code: "UNEXPECTED", message: t(response.redirected || response.status === 401 ? "sessionExpired" : "networkError") };
    } catch {
      return { ok: false, code: "UNEXPECTED", message: t("networkError") };
    }
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.name === "") return setMessage({ ok: false, text: t("chooseFile") });
    // Saves sending 20 MB only to be refused; the server checks again regardless.
    if (file.size > maxBytes) return setMessage({ ok: false, text: t("tooLarge", { name: file.name, max: maxLabel }) });
    setMessage(null);
    run(() => send(data), {
      success: (uploaded) => t("uploaded", { name: uploaded.fileName }),
      onSuccess: () => { if (fileInput.current) fileInput.current.value = ""; },
    });
  }

  const field = "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form onSubmit={submit} className="mt-3 space-y-2 rounded border border-slate-200 bg-white p-4" aria-labelledby={`${id}-title`} data-testid="attachment-upload">
      <h3 id={`${id}-title`} className="font-semibold">{title ?? t("uploadTitle")}</h3>
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("kindLabel")}</span>
          <select name="kind" required defaultValue={kinds.length === 1 ? kinds[0]?.value : ""} className={field}>
            <option value="" disabled>{t("chooseKind")}</option>
            {kinds.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("fileLabel")}</span>
          <input ref={fileInput} type="file" name="file" required accept={accept} aria-describedby={`${id}-hint`} className="text-sm" />
        </label>
        <ActionButton type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50">
          {pending ? t("uploading") : t("submit")}
        </ActionButton>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-500">{t("hint", { max: maxLabel })}</p>
      {notice ? (
        <p role={notice.ok ? "status" : "alert"} className={`text-sm ${notice.ok ? "text-green-700" : "text-red-700"}`}>{notice.text}</p>
      ) : null}
    </form>
  );
}
