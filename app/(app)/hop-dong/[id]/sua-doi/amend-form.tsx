"use client";
// Amending a contract: the new terms and a required reason. The form carries the version it was
// filled from; if someone amended in between, the server answers with a conflict and nothing is
// overwritten (the typed values stay, so they can be entered again after a reload).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Feedback } from "@/components/forms/feedback";
import { ActionButton } from "@/components/ui/action-button";
import type { ScheduleRuleView } from "@/lib/contracts/queries";
import { amendContractAction } from "@/app/(app)/hop-dong/actions";
import { ContractFields, type ContractFieldValues } from "@/app/(app)/hop-dong/_components/contract-fields";
import { SchedulePreview } from "@/app/(app)/hop-dong/_components/schedule-preview";

export function AmendForm({ contractId, version, rule, defaults }: { contractId: string; version: number; rule: ScheduleRuleView | null; defaults: ContractFieldValues }) {
  const t = useTranslations("contracts");
  const router = useRouter();
  const [values, setValues] = useState<ContractFieldValues>(defaults);
  const [reason, setReason] = useState("");
  const { pending, message, fieldErrors: errors, run } = useAction(amendContractAction, { refresh: false });
  const submit = () => run({ contractId, version, reason, ...values }, { failurePrefix: t("notSaved"), onSuccess: () => router.push(`/hop-dong/${contractId}`) });
  return (
    <section className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-label={t("amendTitle")}>
      <ContractFields values={values} errors={errors} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      <label className="flex flex-col text-sm">
        <span>{t("reason")}</span>
        <textarea name="reason" rows={2} className={`rounded border px-2 py-1 ${errors.reason ? "border-red-500" : "border-slate-300"}`} value={reason} onChange={(e) => setReason(e.target.value)} />
        {errors.reason ? <span role="alert" className="text-xs text-red-700">{errors.reason}</span> : null}
      </label>
      <SchedulePreview rule={rule} value={values.value} />
      <ActionButton className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60" disabled={pending} onClick={submit}>{t("saveAmendment")}</ActionButton>
      <Feedback message={message} />
    </section>
  );
}
