"use client";
// Deactivate/reactivate and reset, each after a confirmation that says what happens to the user.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import { resetPasswordAction, setUserActiveAction } from "../actions";
import { OneTimeLink, type IssuedLink } from "../one-time-link";

export function AccountActions({ userId, email, active }: { userId: string; email: string; active: boolean }) {
  const t = useTranslations("users");
  const [asking, setAsking] = useState<"deactivate" | "reset" | null>(null);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const activity = useAction(setUserActiveAction, { success: (d) => t(d.active ? "reactivated" : "deactivated"), onSuccess: () => setAsking(null) });
  const reset = useAction(resetPasswordAction, { onSuccess: (d) => (setIssued(d), setAsking(null)) });
  const button = "rounded border px-3 py-1.5 text-sm disabled:opacity-60";
  return (
    <section className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {active ? (
          <>
            <ActionButton className={`${button} border-slate-300 hover:bg-slate-100`} disabled={reset.pending} onClick={() => setAsking("reset")}>{t("reset")}</ActionButton>
            <ActionButton className={`${button} border-red-300 text-red-700 hover:bg-red-50`} disabled={activity.pending} onClick={() => setAsking("deactivate")}>{t("deactivate")}</ActionButton>
          </>
        ) : (
          <ActionButton className={`${button} border-slate-300 hover:bg-slate-100`} disabled={activity.pending} onClick={() => activity.run({ userId, active: true })}>{t("reactivate")}</ActionButton>
        )}
      </div>
      <Feedback message={activity.message} />
      <Feedback message={reset.message} />
      {issued ? <OneTimeLink link={issued} /> : null}
      <ConfirmDialog open={asking === "deactivate"} title={t("deactivateTitle", { email })} summary={t("deactivateSummary")} confirmLabel={t("deactivate")} pending={activity.pending} onCancel={() => setAsking(null)} onConfirm={() => activity.run({ userId, active: false })} />
      <ConfirmDialog open={asking === "reset"} title={t("resetTitle", { email })} summary={t("resetSummary")} confirmLabel={t("reset")} pending={reset.pending} onCancel={() => setAsking(null)} onConfirm={() => reset.run({ userId })} />
    </section>
  );
}
