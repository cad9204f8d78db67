"use client";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { unlockAccountAction } from "../actions";

export function UnlockButton({ email }: { email: string }) {
  const t = useTranslations("accountLocks");
  const { pending, message, run } = useAction(unlockAccountAction, { success: t("unlocked", { email }) });
  return (
    <>
      <ActionButton className="rounded border border-blue-300 px-2 py-0.5 text-xs text-blue-800 hover:bg-blue-50 disabled:opacity-60" disabled={pending} onClick={() => run({ email })} aria-label={`${t("unlock")} ${email}`}>
        {t("unlock")}
      </ActionButton>
      <Feedback message={message} className="text-xs" />
    </>
  );
}
