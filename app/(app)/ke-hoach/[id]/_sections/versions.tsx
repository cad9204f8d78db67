import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { formatAmount, formatDate } from "@/lib/format";
import { diffPlanVersions, type getPlan } from "@/lib/plans/plan-view";

type Plan = Awaited<ReturnType<typeof getPlan>>;

/** Which decision changed what: the version list, and the diff between two versions. */
export async function Versions({ plan, actor, from, to }: { plan: Plan; actor: Actor; from?: number; to?: number }) {
  const t = await getTranslations("plans");
  const issued = plan.versions.filter((v) => v.versionNo >= 1);
  if (!issued.length) return null;
  const last = issued.at(-1)!.versionNo;
  const a = from ?? Math.max(1, last - 1);
  const b = to ?? last;
  const diff = a !== b ? await diffPlanVersions(actor, plan.id, a, b).catch(() => null) : null;
  const money = (v: bigint) => formatAmount(v, "trieu");
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">{t("versions")}</h2>
      <div className="overflow-x-auto">
      <table className="min-w-full rounded border border-slate-200 bg-white text-sm" data-testid="plan-versions">
        <thead className="bg-slate-50 text-left"><tr><th className="px-2 py-1">{t("versionLabel")}</th><th className="px-2 py-1">{t("decisionLabel")}</th><th className="px-2 py-1">{t("effectiveOn")}</th><th className="px-2 py-1">{t("kindLabel")}</th><th className="px-2 py-1">{t("reason")}</th></tr></thead>
        <tbody>
          {issued.map((v) => (
            <tr key={v.id} className="border-t border-slate-100">
              <td className="px-2 py-1">{v.versionNo}</td>
              <td className="px-2 py-1">{v.decision ? `${v.decision.number}/${v.decision.symbol} (${formatDate(v.decision.issuedOn, true)}, ${v.decision.signer})` : "—"}</td>
              <td className="px-2 py-1">{formatDate(v.effectiveOn, true)}{v.decision?.retroactiveReason ? <div className="text-xs text-amber-800" data-testid="retroactive-reason">{t("retroactiveShown", { reason: v.decision.retroactiveReason })}</div> : null}</td>
              <td className="px-2 py-1">{v.adjustment ? t(`kind.${v.adjustment.kind}`) : t("initialIssue")}</td>
              <td className="px-2 py-1">{v.adjustment?.reason ?? v.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {issued.length > 1 ? (
        <form className="flex items-end gap-2 text-sm">
          <label><span className="mb-1 block">{t("diffFrom")}</span><select name="from" defaultValue={a} className="rounded border border-slate-300 px-2 py-1.5">{issued.map((v) => <option key={v.versionNo}>{v.versionNo}</option>)}</select></label>
          <label><span className="mb-1 block">{t("diffTo")}</span><select name="to" defaultValue={b} className="rounded border border-slate-300 px-2 py-1.5">{issued.map((v) => <option key={v.versionNo}>{v.versionNo}</option>)}</select></label>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5">{t("compare")}</button>
        </form>
      ) : null}
      {diff ? (
        <div className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="plan-diff">
          <h3 className="font-semibold">{t("diffTitle", { from: a, to: b })}</h3>
          <ul className="mt-2 space-y-1">
            {diff.added.map((i) => <li key={`a${i.id}`} className="text-emerald-700">+ {t("added")}: {i.code ?? ""} {i.title} — {money(i.amount)}</li>)}
            {diff.removed.map((i) => <li key={`r${i.id}`} className="text-red-700">− {t("removedItem")}: {i.code ?? ""} {i.title} — {money(i.amount)}</li>)}
            {diff.changed.map((c) => <li key={`c${c.after.id}`}>~ {t("changed")}: {c.after.code ?? ""} {c.after.title}: {money(c.before.amount)} → {money(c.after.amount)}</li>)}
            {!diff.added.length && !diff.removed.length && !diff.changed.length ? <li>{t("noItemChange")}</li> : null}
          </ul>
          <p className="mt-2 font-semibold">{t("totalChange", { before: money(diff.totalBefore), after: money(diff.totalAfter) })}</p>
          <p className="text-xs text-slate-500">{t("unit")}</p>
        </div>
      ) : null}
      <p className="text-sm"><Link className="underline" href={`/ke-hoach/${plan.id}`}>{t("today")}</Link></p>
    </section>
  );
}
