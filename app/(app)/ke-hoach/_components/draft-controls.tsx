"use client";
// Assembling the draft: include the đề án that passed appraisal, add the Cục's own nhiệm vụ.
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { addTaskAction, includeProjectsAction, removeItemAction } from "../actions";
import { Feedback } from "@/components/forms/feedback";
import { useActionRunner } from "@/components/forms/use-action";
import { buttonClass, inputClass } from "./form-styles";

export function IncludeAllButton({ planId, count }: { planId: string; count: number }) {
  const t = useTranslations("plans");
  const { pending, message, run } = useActionRunner();
  return (
    <div className="space-y-1">
      <ActionButton type="button" className={buttonClass} disabled={pending || count === 0} onClick={() => run(() => includeProjectsAction({ planId }), { success: t("included") })}>{t("includeAll", { count })}</ActionButton>
      <Feedback message={message} />
    </div>
  );
}

export function RemoveItemButton({ planId, itemId }: { planId: string; itemId: string }) {
  const t = useTranslations("plans");
  const { pending, message, run } = useActionRunner();
  return (
    <span>
      <ActionButton type="button" className="text-xs text-red-700 underline disabled:opacity-60" disabled={pending} onClick={() => run(() => removeItemAction({ planId, itemId }), { success: t("removed") })}>{t("remove")}</ActionButton>
      <Feedback message={message} />
    </span>
  );
}

export function AddTaskForm({ planId, implementers }: { planId: string; implementers: { id: string; name: string }[] }) {
  const t = useTranslations("plans");
  const [taskTitle, setTitle] = useState("");
  const [implementerId, setImplementer] = useState(implementers[0]?.id ?? "");
  const [amount, setAmount] = useState("");
  const { pending, message, run } = useActionRunner();
  return (
    <form className="grid gap-2 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-end" onSubmit={(e) => { e.preventDefault(); run(() => addTaskAction({ planId, taskTitle, implementerId, amount }), { success: t("taskAdded"), onSuccess: () => { setTitle(""); setAmount(""); } }); }}>
      <label className="text-sm"><span className="mb-1 block">{t("taskTitle")}</span><input className={inputClass} value={taskTitle} onChange={(e) => setTitle(e.target.value)} /></label>
      <label className="text-sm"><span className="mb-1 block">{t("implementer")}</span>
        <select className={inputClass} value={implementerId} onChange={(e) => setImplementer(e.target.value)}>{implementers.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}</select>
      </label>
      <label className="text-sm"><span className="mb-1 block">{t("amountTrieu")}</span><input className={inputClass} value={amount} onChange={(e) => setAmount(e.target.value)} /></label>
      <ActionButton type="submit" className={buttonClass} disabled={pending}>{t("addTask")}</ActionButton>
      <div className="sm:col-span-4"><Feedback message={message} /></div>
    </form>
  );
}
