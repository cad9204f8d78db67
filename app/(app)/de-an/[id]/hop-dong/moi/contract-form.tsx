"use client";
// Signing a contract of the đề án: the kinds the actor may sign now (lib/contracts/policy), the
// beneficiary for a support contract, the terms, and the schedule preview. On success the
// contract's page shows what was saved, with the schedule the server computed.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Feedback } from "@/components/forms/feedback";
import { ActionButton } from "@/components/ui/action-button";
import type { ScheduleRuleView } from "@/lib/contracts/queries";
import { signContractAction } from "@/app/(app)/hop-dong/actions";
import { ContractFields, type ContractFieldValues } from "@/app/(app)/hop-dong/_components/contract-fields";
import { SchedulePreview } from "@/app/(app)/hop-dong/_components/schedule-preview";

type Beneficiary = { id: string; label: string };
type Role = "MAIN" | "SUPPORT";

export function ContractForm({ projectId, roles, mainLabel, beneficiaries, rule, defaults }: { projectId: string; roles: Role[]; mainLabel: string; beneficiaries: Beneficiary[]; rule: ScheduleRuleView | null; defaults: ContractFieldValues }) {
  const t = useTranslations("contracts");
  const router = useRouter();
  const [role, setRole] = useState<Role>(roles[0] ?? "MAIN");
  const [number, setNumber] = useState("");
  const [beneficiaryId, setBeneficiaryId] = useState("");
  const [values, setValues] = useState<ContractFieldValues>(defaults);
  const { pending, message, fieldErrors: errors, run } = useAction(signContractAction, { refresh: false });
  const submit = () => run({ projectId, role, beneficiaryId: role === "SUPPORT" ? beneficiaryId : "", number, ...values }, { failurePrefix: t("notSaved"), onSuccess: (data) => router.push(`/hop-dong/${data.id}`) });
  return (
    <section className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-label={t("newTitle")}>
      {roles.length > 1 ? (
        <fieldset className="flex gap-4 text-sm">
          <legend className="mb-1">{t("chooseKind")}</legend>
          {roles.map((r) => (
            <label key={r} className="flex items-center gap-1">
              <input type="radio" name="role" checked={role === r} onChange={() => setRole(r)} />
              {r === "MAIN" ? mainLabel : t("kind.SUPPORT_CONTRACT")}
            </label>
          ))}
        </fieldset>
      ) : <p className="text-sm font-medium">{role === "MAIN" ? mainLabel : t("kind.SUPPORT_CONTRACT")}</p>}
      <div className="grid grid-cols-1 gap-2 md:grid-cols-3">
        <label className="flex flex-col text-sm">
          <span>{t("number")}</span>
          <input name="number" className={`rounded border px-2 py-1 ${errors.number ? "border-red-500" : "border-slate-300"}`} value={number} onChange={(e) => setNumber(e.target.value)} />
          {errors.number ? <span role="alert" className="text-xs text-red-700">{errors.number}</span> : null}
        </label>
        {role === "SUPPORT" ? (
          <label className="flex flex-col text-sm md:col-span-2">
            <span>{t("beneficiary")}</span>
            <select name="beneficiaryId" className={`rounded border px-2 py-1 ${errors.beneficiaryId ? "border-red-500" : "border-slate-300"}`} value={beneficiaryId} onChange={(e) => setBeneficiaryId(e.target.value)}>
              <option value="">{t("chooseBeneficiary")}</option>
              {beneficiaries.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
            </select>
            {errors.beneficiaryId ? <span role="alert" className="text-xs text-red-700">{errors.beneficiaryId}</span> : null}
          </label>
        ) : null}
      </div>
      <ContractFields values={values} errors={errors} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      <SchedulePreview rule={rule} value={values.value} />
      <ActionButton className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={submit}>{t("sign")}</ActionButton>
      <Feedback message={message} />
    </section>
  );
}
