// /tai-khoan/doi-mat-khau: the signed-in user changes their own password; also where a user whose
// password an admin reset is sent (mustChangePassword).
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/forms/password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { findOwnAccount } from "@/lib/users/queries";
import { changeOwnPasswordAction } from "./actions";

export default async function ChangePasswordPage() {
  const actor = await requireActor();
  const t = await getTranslations("account");
  const account = await findOwnAccount(actor);
  return (
    <div className="space-y-4">
      <PageHeader title={t("changeTitle")}>{t("changeIntro")}</PageHeader>
      {account?.mustChangePassword ? <p role="status" className="max-w-2xl rounded border border-amber-300 bg-amber-50 p-3 text-sm">{t("mustChange")}</p> : null}
      <PasswordForm action={changeOwnPasswordAction} submitLabel={t("submit")} doneText={t("changed")} />
    </div>
  );
}
