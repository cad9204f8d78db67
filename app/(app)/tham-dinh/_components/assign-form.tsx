"use client";
// Giao đề án cho hội đồng: opens its appraisal; conflicted members are recused automatically.
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { assignToCouncilAction } from "../actions";

export function AssignForm({ councilId, projects }: { councilId: string; projects: { id: string; code: string; title: string; version: number }[] }) {
  const t = useTranslations("appraisal");
  const [projectId, setProjectId] = useState("");
  const { pending, message, run } = useAction(assignToCouncilAction, { onSuccess: () => setProjectId("") });
  if (projects.length === 0) return <p className="text-sm text-slate-500">{t("noCandidates")}</p>;
  const submit = () => {
    const project = projects.find((p) => p.id === projectId);
    if (project) run({ councilId, projectId, version: project.version });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <select aria-label={t("assignProject")} value={projectId} onChange={(e) => setProjectId(e.target.value)} className="max-w-xl rounded border border-slate-300 px-2 py-2 text-sm">
        <option value="">{t("chooseProject")}</option>
        {projects.map((p) => <option key={p.id} value={p.id}>{p.code} – {p.title}</option>)}
      </select>
      <ActionButton type="button" onClick={submit} disabled={pending || !projectId} className="rounded bg-blue-700 px-3 py-2 text-sm text-white disabled:opacity-60">{t("assignButton")}</ActionButton>
      {message ? <p role="alert" className="text-sm text-red-700">{message.text}</p> : null}
    </div>
  );
}
