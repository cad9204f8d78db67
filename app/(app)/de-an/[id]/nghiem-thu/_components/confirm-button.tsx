"use client";
// The SCT confirms a force-majeure acceptance (TT 36/2013 Điều 18.4): from then on it unlocks the balance.
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Feedback } from "@/components/forms/feedback";
import { ActionButton } from "@/components/ui/action-button";
import { confirmForceMajeureAction } from "../actions";

export function ConfirmForceMajeureButton({ projectId, acceptanceId }: { projectId: string; acceptanceId: string }) {
  const t = useTranslations("acceptance");
  const { pending, message, run } = useAction(confirmForceMajeureAction, { success: t("confirmed") });
  return (
    <span className="inline-flex items-center gap-2">
      <ActionButton className="rounded border border-amber-600 px-2 py-0.5 text-xs text-amber-800 disabled:opacity-60" disabled={pending} onClick={() => run({ projectId, acceptanceId })}>{t("confirm")}</ActionButton>
      <Feedback message={message} className="text-xs" />
    </span>
  );
}
