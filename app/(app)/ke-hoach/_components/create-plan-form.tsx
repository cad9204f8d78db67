"use client";
import { ActionButton } from "@/components/ui/action-button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { createPlanAction } from "../actions";
import { Feedback } from "@/components/forms/feedback";
import { useActionRunner } from "@/components/forms/use-action";
import { buttonClass, inputClass } from "./form-styles";

export function CreatePlanForm({ level, defaultYear }: { level: "NATIONAL" | "PROVINCIAL"; defaultYear: number }) {
  const t = useTranslations("plans");
  const router = useRouter();
  const [year, setYear] = useState(String(defaultYear));
  const [envelope, setEnvelope] = useState("");
  const { pending, message, run } = useActionRunner();
  return (
    <form className="flex flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-3" onSubmit={(e) => { e.preventDefault(); run(() => createPlanAction({ year, level, envelope }), { success: t("created"), onSuccess: (p) => router.push(`/ke-hoach/${p.id}`) }); }}>
      <label className="text-sm"><span className="mb-1 block">{t("year")}</span><input className={inputClass} type="number" value={year} onChange={(e) => setYear(e.target.value)} /></label>
      <label className="text-sm"><span className="mb-1 block">{t("envelopeInput")}</span><input className={inputClass} value={envelope} onChange={(e) => setEnvelope(e.target.value)} /></label>
      <ActionButton type="submit" className={buttonClass} disabled={pending}>{t(level === "NATIONAL" ? "createNational" : "createProvincial")}</ActionButton>
      <Feedback message={message} />
    </form>
  );
}
