// /nguoi-dung/[id]: one account, with deactivate/reactivate and reset for admins.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { canManageUsers } from "@/lib/users/policy";
import { getUserForAdmin } from "@/lib/users/queries";
import { orNotFound } from "../../or-not-found";
import { scopeLabel } from "../scope-label";
import { AccountActions } from "./account-actions";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!canManageUsers(actor)) notFound();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const t = await getTranslations();
  const tu = await getTranslations("users");
  const user = await orNotFound(getUserForAdmin(actor, id));
  const own = user.id === actor.userId;
  const facts: [string, string][] = [
    [tu("colEmail"), user.email],
    [tu("colOrganisation"), user.organisation],
    [tu("colRoles"), user.roles.map((r) => t(`roles.${r}`)).join(", ")],
    [tu("colScope"), scopeLabel(user.scopes, tu)],
    [tu("colState"), !user.active ? tu("inactive") : user.mustChangePassword ? tu("mustChange") : tu("active")],
    [tu("createdAt"), formatDate(user.createdAt)],
    [tu("passwordChangedAt"), user.passwordChangedAt ? formatDateTime(user.passwordChangedAt) : tu("never")],
  ];
  return (
    <div className="space-y-4">
      <Link href="/nguoi-dung" className="text-sm text-blue-700 hover:underline">{tu("backToList")}</Link>
      <PageHeader title={user.name} />
      <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {own ? <p className="text-sm text-slate-600">{tu("selfNote")}</p> : <AccountActions userId={user.id} email={user.email} active={user.active} />}
    </div>
  );
}
