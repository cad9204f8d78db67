"use client";
// Thành lập hội đồng thẩm định cấp Bộ (TT 36/2013 Điều 8.2): chair, secretary and members — Cục
// staff or named outsiders with their organisation — each with declared relationships.
import { ActionButton } from "@/components/ui/action-button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { InterestPicker } from "@/components/appraisals/interest-picker";
import { useAction } from "@/components/forms/use-action";
import { createCouncilAction } from "../actions";

type Option = { id: string; name: string };
type Member = { kind: "user" | "outsider"; userId: string; name: string; role: "CHAIR" | "SECRETARY" | "MEMBER"; organisationId: string; declaredInterests: string[] };
const blank = (role: Member["role"]): Member => ({ kind: "outsider", userId: "", name: "", role, organisationId: "", declaredInterests: [] });

export function CouncilForm({ year, staff, organisations, interests }: { year: number; staff: Option[]; organisations: Option[]; interests: Option[] }) {
  const t = useTranslations("appraisal");
  const router = useRouter();
  const [name, setName] = useState(`Hội đồng thẩm định đề án khuyến công quốc gia năm ${year}`);
  const [decisionRef, setDecisionRef] = useState("");
  const [members, setMembers] = useState<Member[]>([blank("CHAIR"), blank("SECRETARY"), blank("MEMBER")]);
  const { pending, message, run } = useAction(createCouncilAction, { refresh: false, onSuccess: (council) => router.push(`/tham-dinh/hoi-dong/${council.id}`) });
  const set = (i: number, patch: Partial<Member>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const submit = () => {
    const payload = members.map((m) => ({ userId: m.kind === "user" ? m.userId || null : null, name: m.name, role: m.role, organisationId: m.kind === "outsider" ? m.organisationId || null : null, declaredInterests: m.declaredInterests }));
    run({ planYear: year, name, decisionRef, members: payload });
  };
  const field = "rounded border border-slate-300 px-2 py-1 text-sm";
  return (
    <form className="space-y-3 rounded border border-slate-200 bg-white p-4" onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
      {message ? <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">{message.text}</p> : null}
      <input aria-label={t("councilName")} className={`${field} w-full`} value={name} onChange={(e) => setName(e.target.value)} />
      <input aria-label={t("decisionRef")} placeholder={t("decisionRef")} className={`${field} w-96 max-w-full`} value={decisionRef} onChange={(e) => setDecisionRef(e.target.value)} />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("members")}</legend>
        {members.map((m, i) => {
          const n = i + 1;
          return (
            <div key={i} className="flex flex-wrap items-start gap-2 border-t pt-2">
              <select aria-label={t("memberRole", { n })} className={field} value={m.role} onChange={(e) => set(i, { role: e.target.value as Member["role"] })}>
                {(["CHAIR", "SECRETARY", "MEMBER"] as const).map((r) => <option key={r} value={r}>{t(r)}</option>)}
              </select>
              <select aria-label={t("memberKind", { n })} className={field} value={m.kind} onChange={(e) => set(i, { kind: e.target.value as Member["kind"] })}>
                <option value="outsider">{t("memberOutsider")}</option>
                <option value="user">{t("memberUser")}</option>
              </select>
              {m.kind === "user" ? (
                <select aria-label={t("memberStaff", { n })} className={field} value={m.userId} onChange={(e) => set(i, { userId: e.target.value })}>
                  <option value="">{t("chooseStaff")}</option>
                  {staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                </select>
              ) : (
                <>
                  <input aria-label={t("memberName", { n })} placeholder={t("memberName", { n })} className={`${field} w-56`} value={m.name} onChange={(e) => set(i, { name: e.target.value })} />
                  <select aria-label={t("memberOrg", { n })} className={`${field} max-w-72`} value={m.organisationId} onChange={(e) => set(i, { organisationId: e.target.value })}>
                    <option value="">{t("chooseOrg")}</option>
                    {organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                  </select>
                </>
              )}
              <InterestPicker label={t("memberInterests", { n })} options={interests} value={m.declaredInterests} onChange={(v) => set(i, { declaredInterests: v })} />
            </div>
          );
        })}
        <ActionButton type="button" className="rounded border px-2 py-1 text-sm" onClick={() => setMembers([...members, blank("MEMBER")])}>+ {t("addMember")}</ActionButton>
      </fieldset>
      <ActionButton type="submit" className="rounded bg-blue-700 px-4 py-2 text-white disabled:opacity-60" disabled={pending}>{t("createCouncil")}</ActionButton>
    </form>
  );
}
