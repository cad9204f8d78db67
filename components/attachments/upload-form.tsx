"use client";
// Uploads one document to the đề án's POST route and shows the JSON answer. On failure nothing
// is reset: the chosen file and kind stay, and the rest of the page is untouched, so the user
// fixes the file and tries again without re-entering anything.
import { ActionButton } from "@/components/ui/action-button";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";

export type KindOption = { value: string; label: string };
type Notice = { tone: "error" | "success"; text: string };
type UploadAnswer = { ok: true; data: { fileName: string } } | { ok: false; message: string };

async function readAnswer(response: Response): Promise<UploadAnswer | null> {
  if (!(response.headers.get("content-type") ?? "").includes("application/json")) return null;
  return (await response.json().catch(() => null)) as UploadAnswer | null;
}

export function AttachmentUploadForm({ uploadUrl, kinds, accept, maxBytes, maxLabel }: { uploadUrl: string; kinds: KindOption[]; accept: string; maxBytes: number; maxLabel: string }) {
  const t = useTranslations("attachments");
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.name === "") return setNotice({ tone: "error", text: t("chooseFile") });
    // Saves sending 20 MB only to be refused; the server checks again regardless.
    if (file.size > maxBytes) return setNotice({ tone: "error", text: t("tooLarge", { name: file.name, max: maxLabel }) });
    setPending(true);
    setNotice(null);
    try {
      const response = await fetch(uploadUrl, { method: "POST", body: data, headers: { Accept: "application/json" } });
      const answer = await readAnswer(response);
      if (answer?.ok) {
        if (fileInput.current) fileInput.current.value = "";
        setNotice({ tone: "success", text: t("uploaded", { name: answer.data.fileName }) });
        router.refresh();
      } else {
        // A non-JSON answer means the request never reached the handler (e.g. redirected to sign-in).
        setNotice({ tone: "error", text: answer?.message ?? t(response.redirected || response.status === 401 ? "sessionExpired" : "networkError") });
      }
    } catch {
      setNotice({ tone: "error", text: t("networkError") });
    } finally {
      setPending(false);
    }
  }

  const field = "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form onSubmit={submit} className="mt-3 space-y-2 rounded border border-slate-200 bg-white p-4" aria-labelledby={`${id}-title`} data-testid="attachment-upload">
      <h3 id={`${id}-title`} className="font-semibold">{t("uploadTitle")}</h3>
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
        <p role={notice.tone === "error" ? "alert" : "status"} className={`text-sm ${notice.tone === "error" ? "text-red-700" : "text-green-700"}`}>{notice.text}</p>
      ) : null}
    </form>
  );
}
