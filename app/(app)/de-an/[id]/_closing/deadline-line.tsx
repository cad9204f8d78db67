// One deadline: its day, whether it is overdue, and the legal basis of the rule in force.
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";

export async function DeadlineLine({ label, due }: { label: string; due: { dueOn: Date; overdue: boolean; legalBasis: string } | null }) {
  const t = await getTranslations("settlement");
  return (
    <li className="text-sm">
      <span className="font-medium">{label}: </span>
      {due ? (
        <>
          {t("dueBy", { date: formatDate(due.dueOn, true) })} <span className="text-xs text-slate-500">({due.legalBasis})</span>
          {due.overdue ? <span className="ml-2 rounded bg-red-100 px-1.5 text-xs font-semibold text-red-800">{t("overdue")}</span> : null}
        </>
      ) : (
        <span className="text-slate-500">{t("noDeadline")}</span>
      )}
    </li>
  );
}
