// /nguoi-dung: the accounts, for admins (docs/decisions/049); anyone else gets not found.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { requireActor } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/users/policy";
import { listUsers } from "@/lib/users/queries";
import { UserListInputSchema } from "@/lib/users/schemas";
import { scopeLabel } from "./scope-label";

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!canManageUsers(actor)) notFound();
  const t = await getTranslations();
  const tu = await getTranslations("users");
  const input = UserListInputSchema.parse(await searchParams);
  const page = await listUsers(actor, input);
  return (
    <div>
      <PageHeader title={tu("title")}>{tu("intro")}</PageHeader>
      <p className="mb-4">
        <Link href="/nguoi-dung/moi" className="inline-block rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800">{tu("newUser")}</Link>
      </p>
      <SearchForm q={input.q}>
        <select name="active" defaultValue={input.active} aria-label={tu("filterState")} className="rounded border border-slate-300 px-2 py-2 text-sm">
          <option value="1">{tu("showActive")}</option>
          <option value="0">{tu("showInactive")}</option>
          <option value="all">{tu("showAll")}</option>
        </select>
      </SearchForm>
      <DataTable
        emptyText={t("common.noResults")}
        columns={[
          { key: "name", header: tu("colName") },
          { key: "email", header: tu("colEmail") },
          { key: "organisation", header: tu("colOrganisation") },
          { key: "roles", header: tu("colRoles") },
          { key: "scope", header: tu("colScope") },
          { key: "state", header: tu("colState") },
        ]}
        rows={page.rows.map((u) => ({
          id: u.id,
          cells: {
            name: { text: u.name, href: `/nguoi-dung/${u.id}` },
            email: { text: u.email },
            organisation: { text: u.organisation },
            roles: { text: u.roles.map((r) => t(`roles.${r}`)).join(", ") },
            scope: { text: scopeLabel(u.scopes, tu) },
            state: { text: !u.active ? tu("inactive") : u.mustChangePassword ? tu("mustChange") : tu("active"), muted: !u.active },
          },
        }))}
      />
      <Pagination page={page.page} pageCount={page.pageCount} total={page.total} basePath="/nguoi-dung" params={{ q: input.q, active: input.active }} />
    </div>
  );
}
