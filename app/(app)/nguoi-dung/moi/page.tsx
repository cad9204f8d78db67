// /nguoi-dung/moi: a new account. The form offers current organisations, zones and provinces.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/users/policy";
import { userFormChoices } from "@/lib/users/queries";
import { CreateUserForm } from "./create-user-form";

export default async function NewUserPage() {
  const actor = await requireActor();
  if (!canManageUsers(actor)) notFound();
  const t = await getTranslations("users");
  const choices = await userFormChoices(actor);
  return (
    <div className="space-y-4">
      <Link href="/nguoi-dung" className="text-sm text-blue-700 hover:underline">{t("backToList")}</Link>
      <PageHeader title={t("newUser")}>{t("intro")}</PageHeader>
      <CreateUserForm choices={choices} />
    </div>
  );
}
