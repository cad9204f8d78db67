"use client";
// The đề án editor (TT 36/2013 Điều 5). Everything typed stays on the page whatever the server
// answers; saving returns field errors in Vietnamese, and checks come back on the next render.
import { ActionButton } from "@/components/ui/action-button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { saveDraftAction } from "../../actions";
import { BeneficiaryPicker } from "./beneficiary-picker";
import { BudgetLines } from "./budget-lines";
import { ChecksPanel } from "./checks-panel";
import { GeneralSection } from "./general-section";
import { WorkItems } from "./work-items";
import type { CheckView, Draft, EditorOptions, NewFacility, Picked } from "./types";

export function ProjectEditor({ initial, initialFacilities, options, checks, readOnly }: { initial: Draft; initialFacilities: Picked[]; options: EditorOptions; checks: CheckView | null; readOnly: boolean }) {
  const t = useTranslations("editor");
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(initial);
  const [facilities, setFacilities] = useState<Picked[]>(initialFacilities);
  const [status, setStatus] = useState<{ kind: "ok" | "error" | "dirty"; text: string } | null>(null);
  const { pending, fieldErrors: errors, run } = useAction(saveDraftAction, { refresh: false, failurePrefix: t("saveFailed"), onFailure: (text) => setStatus({ kind: "error", text }) });
  const year = options.years.find((y) => y.year === draft.planYear);
  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus({ kind: "dirty", text: t("unsaved") });
  };
  // Beneficiaries are the picked facilities and the new ones (by key); a budget line loses a facility that left.
  const setBeneficiaries = (picked: Picked[], fresh: NewFacility[]) => {
    const ids = new Set([...picked.map((p) => p.id), ...fresh.map((f) => f.key)]);
    update({ newFacilities: fresh, beneficiaries: [...ids].map((facilityId) => ({ facilityId })), budgetLines: draft.budgetLines.map((l) => (l.facilityId && !ids.has(l.facilityId) ? { ...l, facilityId: null } : l)) });
  };
  const pickFacilities = (picked: Picked[]) => {
    setFacilities(picked);
    setBeneficiaries(picked, draft.newFacilities);
  };
  const lineFacilities = [...facilities, ...draft.newFacilities.map((f) => ({ id: f.key, name: f.name || t("unnamedFacility"), taxCode: f.taxCode }))];

  // One status line: saved, failed (the hook's message) or "unsaved" after an edit.
  const save = () =>
    run(draft, {
      onSuccess: (saved) => {
        // The new facilities now exist: they become picked facilities under their real ids.
        const real = new Map(saved.createdFacilities.map((c) => [c.key, c.id]));
        const id = (key: string) => real.get(key) ?? key;
        setFacilities((picked) => [...picked, ...draft.newFacilities.flatMap((f) => (real.has(f.key) ? [{ id: id(f.key), name: f.name, taxCode: f.taxCode }] : []))]);
        setDraft((d) => ({
          ...d, id: saved.id, version: saved.version, newFacilities: d.newFacilities.filter((f) => !real.has(f.key)),
          beneficiaries: d.beneficiaries.map((b) => ({ facilityId: id(b.facilityId) })),
          budgetLines: d.budgetLines.map((l) => (l.facilityId ? { ...l, facilityId: id(l.facilityId) } : l)),
        }));
        setStatus({ kind: "ok", text: t("saved", { time: new Date().toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" }) }) });
        if (!draft.id) router.replace(`/de-an/${saved.id}/sua`);
        else router.refresh();
      },
    });

  return (
    <form className="space-y-4" onSubmit={(e) => { e.preventDefault(); save(); }} noValidate>
      <GeneralSection draft={draft} update={update} options={options} errors={errors} disabled={readOnly} />
      <WorkItems draft={draft} update={update} errors={errors} disabled={readOnly} />
      <BeneficiaryPicker picked={facilities} onChange={pickFacilities} fresh={draft.newFacilities} onFreshChange={(fresh) => setBeneficiaries(facilities, fresh)} provinces={options.provinces} group={draft.kind === "GROUP"} disabled={readOnly} errors={errors} eligibility={checks?.beneficiaries ?? []} />
      <BudgetLines lines={draft.budgetLines} onChange={(budgetLines) => update({ budgetLines })} year={year} source={draft.fundingSource} facilities={lineFacilities} errors={errors} findings={checks?.norms ?? []} disabled={readOnly} />
      {checks ? <ChecksPanel checks={checks} /> : null}
      {readOnly ? null : (
        <div className="sticky bottom-0 flex items-center gap-3 border-t bg-white/95 p-3">
          <ActionButton type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60" disabled={pending}>{pending ? t("saving") : t("save")}</ActionButton>
          {status ? <span role="status" className={`text-sm ${status.kind === "error" ? "text-red-700" : status.kind === "ok" ? "text-emerald-700" : "text-amber-700"}`}>{status.text}</span> : null}
        </div>
      )}
    </form>
  );
}
