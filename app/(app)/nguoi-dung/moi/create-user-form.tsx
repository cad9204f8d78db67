"use client";
// The new-account form: email, name, organisation, roles and one scope choice. Typed values stay
// on a refusal; on success the one-time link is shown here, once.
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Feedback } from "@/components/forms/feedback";
import { useAction } from "@/components/forms/use-action";
import { ActionButton } from "@/components/ui/action-button";
import type { Role } from "@/lib/auth/actor";
import type { UserFormChoices } from "@/lib/users/queries";
import { createUserAction } from "../actions";
import { OneTimeLink, type IssuedLink } from "../one-time-link";

const ROLES: readonly Role[] = ["ADMIN", "CUC_STAFF", "LEADERSHIP", "REGIONAL_CENTRE", "SCT", "PROVINCIAL_CENTRE"];
const input = "rounded border border-slate-300 px-2 py-1";

export function CreateUserForm({ choices }: { choices: UserFormChoices }) {
  const t = useTranslations("users");
  const tr = useTranslations("roles");
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [roles, setRoles] = useState<Role[]>([]);
  const [scope, setScope] = useState("");
  const [issued, setIssued] = useState<(IssuedLink & { id: string }) | null>(null);
  const { pending, message, fieldErrors, run } = useAction(createUserAction, {
    success: (data) => t("created", { email: data.email }),
    onSuccess: (data) => (setIssued(data), setEmail(""), setName(""), setRoles([]), setScope("")),
  });
  const toggle = (role: Role) => setRoles((rs) => (rs.includes(role) ? rs.filter((r) => r !== role) : [...rs, role]));
  const error = (field: string) => (fieldErrors[field] ? <span className="text-xs text-red-700">{fieldErrors[field]}</span> : null);
  return (
    <section className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col text-sm">
          {t("email")}
          <input type="email" className={input} value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={Boolean(fieldErrors.email)} />
          {error("email") ?? <span className="text-xs text-slate-500">{t("emailHint")}</span>}
        </label>
        <label className="flex flex-col text-sm">
          {t("name")}
          <input className={input} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(fieldErrors.name)} />
          {error("name")}
        </label>
        <label className="flex flex-col text-sm">
          {t("organisation")}
          <select className={input} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)} aria-invalid={Boolean(fieldErrors.organisationId)}>
            <option value="">{t("chooseOrganisation")}</option>
            {choices.organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
          {error("organisationId")}
        </label>
        <label className="flex flex-col text-sm">
          {t("scope")}
          <select className={input} value={scope} onChange={(e) => setScope(e.target.value)} aria-invalid={Boolean(fieldErrors.scope)}>
            <option value="">{t("chooseScope")}</option>
            <option value="NATIONAL">{t("scopeNational")}</option>
            <optgroup label={t("scopeGroupZones")}>{choices.zones.map((z) => <option key={z.id} value={`ZONE:${z.id}`}>{t("scopeZone", { name: z.name })}</option>)}</optgroup>
            <optgroup label={t("scopeGroupProvinces")}>{choices.provinces.map((p) => <option key={p.id} value={`PROVINCE:${p.id}`}>{t("scopeProvince", { name: p.name })}</option>)}</optgroup>
          </select>
          {error("scope") ?? <span className="text-xs text-slate-500">{t("scopeHint")}</span>}
        </label>
      </div>
      <fieldset className="text-sm" aria-invalid={Boolean(fieldErrors.roles)}>
        <legend className="mb-1">{t("roles")}</legend>
        <div className="flex flex-wrap gap-3">
          {ROLES.map((role) => (
            <label key={role} className="flex items-center gap-1">
              <input type="checkbox" checked={roles.includes(role)} onChange={() => toggle(role)} /> {tr(role)}
            </label>
          ))}
        </div>
        {error("roles")}
      </fieldset>
      <ActionButton className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 disabled:opacity-60" disabled={pending} onClick={() => run({ email, name, organisationId, roles, scope })}>{t("create")}</ActionButton>
      <Feedback message={message} />
      {issued ? (
        <>
          <OneTimeLink link={issued} />
          <Link href={`/nguoi-dung/${issued.id}`} className="text-sm text-blue-700 hover:underline">{t("openAccount")}</Link>
        </>
      ) : null}
    </section>
  );
}
