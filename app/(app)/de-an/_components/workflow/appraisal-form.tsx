"use client";
// Phiếu thẩm định cấp cơ sở (Mẫu 4a/4b, TT 36/2013 Điều 10.2.a): five criteria, a conclusion,
// and either a council (members recorded) or the department's staff.
import { ActionButton } from "@/components/ui/action-button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { appraiseProjectAction } from "../../actions";
import { CriteriaTable, initialCriteria, type CriterionRow } from "@/components/appraisals/criteria-table";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { useSheetChecks } from "@/components/appraisals/use-sheet-checks";
import type { DossierKind } from "@/lib/appraisals/sheet-rules";

type Member = { name: string; role: "CHAIR" | "SECRETARY" | "MEMBER" };

const STATUS = { APPROVE: "APPROVED_BY_SCT", RETURN: "RETURNED_BY_SCT", REJECT: "REJECTED_BY_SCT" } as const;

export function AppraisalForm({ projectId, version, missingDossier }: { projectId: string; version: number; missingDossier: DossierKind[] }) {
  const t = useTranslations("workflow");
  const ts = useTranslations("appraisalSheet");
  const tStatus = useTranslations("status");
  const router = useRouter();
  const [outcome, setOutcome] = useState<"APPROVE" | "RETURN" | "REJECT" | "">("");
  const [method, setMethod] = useState<"COUNCIL" | "STAFF">("STAFF");
  const [form, setForm] = useState<"4a" | "4b">("4a");
  const [criteria, setCriteria] = useState<CriterionRow[]>(initialCriteria);
  const [members, setMembers] = useState<Member[]>([{ name: "", role: "CHAIR" }, { name: "", role: "SECRETARY" }, { name: "", role: "MEMBER" }]);
  const [approvedAmount, setApprovedAmount] = useState("");
  const [conclusion, setConclusion] = useState("");
  const [failedCriterionReason, setFailedReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const { pending, message, fieldErrors: serverErrors, run } = useAction(appraiseProjectAction, { onSuccess: () => router.push(`/de-an/${projectId}`) });
  const checks = useSheetChecks({ outcome, criteria, conclusion, failedCriterionReason, missingDossier });
  const errors = { ...serverErrors, ...checks.shown };

  const record = () => { setConfirming(false); run({ projectId, version, outcome, method, form, criteria, members: method === "COUNCIL" ? members : [], approvedAmount, conclusion, failedCriterionReason }); };
  // Every broken rule is shown at once before anything is asked; only a complete sheet is confirmed.
  const submit = () => { if (checks.check()) setConfirming(true); };
  const radio = <T extends string>(name: string, value: T, current: T, set: (v: T) => void, label: string) => (
    <label className="flex items-center gap-2 text-sm"><input type="radio" name={name} checked={current === value} onChange={() => set(value)} />{label}</label>
  );
  return (
    <form className="space-y-4 rounded border border-slate-200 bg-white p-4" onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
      {message ? <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">{message.text}</p> : null}
      <fieldset><legend className="font-medium">{t("method")}</legend><div className="flex gap-4">{radio("method", "STAFF", method, setMethod, t("STAFF"))}{radio("method", "COUNCIL", method, setMethod, t("COUNCIL"))}</div></fieldset>
      <fieldset><legend className="font-medium">{t("form")}</legend><div className="flex gap-4">{radio("form", "4a", form, setForm, t("form4a"))}{radio("form", "4b", form, setForm, t("form4b"))}</div></fieldset>
      {method === "COUNCIL" ? (
        <fieldset>
          <legend className="font-medium">{t("members")}</legend>
          {errors.members ? <p role="alert" className="text-xs text-red-700">{errors.members}</p> : null}
          {members.map((m, i) => (
            <div key={i} className="mt-1 flex gap-2">
              <input aria-label={`${t("memberName")} ${i + 1}`} placeholder={t("memberName")} className="w-64 rounded border border-slate-300 px-2 py-1" value={m.name} onChange={(e) => setMembers(members.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />
              <select aria-label={`${t("memberRole")} ${i + 1}`} className="rounded border border-slate-300 px-2 py-1" value={m.role} onChange={(e) => setMembers(members.map((x, j) => (j === i ? { ...x, role: e.target.value as Member["role"] } : x)))}>
                {(["CHAIR", "SECRETARY", "MEMBER"] as const).map((r) => <option key={r} value={r}>{t(r)}</option>)}
              </select>
            </div>
          ))}
          <ActionButton type="button" className="mt-1 rounded border px-2 py-1 text-sm" onClick={() => setMembers([...members, { name: "", role: "MEMBER" }])}>+ {t("addMember")}</ActionButton>
        </fieldset>
      ) : null}
      <fieldset>
        <legend className="font-medium">{t("criteria")}</legend>
        {errors.criteria ? <p role="alert" className="text-xs text-red-700">{errors.criteria}</p> : null}
        <CriteriaTable value={criteria} onChange={setCriteria} errors={errors} />
      </fieldset>
      <fieldset><legend className="font-medium">{t("outcome")}</legend><div className="flex flex-wrap gap-4">{radio<typeof outcome>("outcome", "APPROVE", outcome, setOutcome, t("APPROVE"))}{radio<typeof outcome>("outcome", "RETURN", outcome, setOutcome, t("RETURN"))}{radio<typeof outcome>("outcome", "REJECT", outcome, setOutcome, t("REJECT"))}</div>{errors.outcome ? <p role="alert" className="text-xs text-red-700">{errors.outcome}</p> : null}</fieldset>
      {outcome === "APPROVE" && criteria.some((c) => c.assessment === "NOT_MET") ? (
        <label className="block text-sm"><span className="mb-1 block">{ts("failedReason")}</span><textarea rows={2} className={`w-full rounded border px-2 py-1 ${errors.failedCriterionReason ? "border-red-500" : "border-slate-300"}`} value={failedCriterionReason} onChange={(e) => setFailedReason(e.target.value)} />{errors.failedCriterionReason ? <span role="alert" className="block text-xs text-red-700">{errors.failedCriterionReason}</span> : null}</label>
      ) : null}
      {outcome === "APPROVE" ? (
        <label className="block text-sm"><span className="mb-1 block">{t("approvedAmount")}</span><input inputMode="decimal" className="w-48 rounded border border-slate-300 px-2 py-1" value={approvedAmount} onChange={(e) => setApprovedAmount(e.target.value)} />{errors.approvedAmount ? <span role="alert" className="block text-xs text-red-700">{errors.approvedAmount}</span> : null}</label>
      ) : null}
      <label className="block text-sm"><span className="mb-1 block">{t("conclusion")}</span><textarea rows={3} className={`w-full rounded border px-2 py-1 ${errors.conclusion ? "border-red-500" : "border-slate-300"}`} value={conclusion} onChange={(e) => setConclusion(e.target.value)} />{errors.conclusion ? <span role="alert" className="block text-xs text-red-700">{errors.conclusion}</span> : null}</label>
      <ActionButton type="submit" className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60" disabled={pending}>{t("saveAppraisal")}</ActionButton>
      <ConfirmDialog open={confirming} title={ts("confirmTitle")} onConfirm={record} onCancel={() => setConfirming(false)} pending={pending}>
        {outcome ? <p>{ts("confirmStatus", { status: tStatus(STATUS[outcome]) })}</p> : null}
        {outcome === "APPROVE" ? <p>{approvedAmount ? ts("confirmAmount", { amount: `${approvedAmount} triệu đồng` }) : ts("confirmAmountAsRequested")}</p> : null}
        <p>{ts("confirmNotify")}</p>
      </ConfirmDialog>
    </form>
  );
}
