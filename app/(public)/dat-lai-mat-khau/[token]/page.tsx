// /dat-lai-mat-khau/[token]: the one-time link an admin handed over. A used, expired, superseded or
// unknown link gets one answer; a valid one shows whose account it is and the password form.
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PasswordForm } from "@/components/forms/password-form";
import { findResetLink } from "@/lib/users/queries";
import { redeemPasswordResetAction } from "../actions";

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations();
  const account = await findResetLink(token);
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-xs uppercase tracking-wide text-slate-500">{t("app.ministry")}</p>
        <h1 className="text-xl font-semibold text-slate-900">{t("account.setTitle")}</h1>
        {account ? (
          <>
            <p className="text-sm text-slate-600">{t("account.setIntro", { email: account.email, name: account.name })}</p>
            <PasswordForm action={redeemPasswordResetAction} token={token} submitLabel={t("account.setSubmit")} doneText={t("account.setDone")} />
          </>
        ) : (
          <>
            <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">{t("account.linkInvalid")}</p>
            <Link href="/dang-nhap" className="text-sm text-blue-700 hover:underline">{t("account.goSignIn")}</Link>
          </>
        )}
      </div>
    </main>
  );
}
