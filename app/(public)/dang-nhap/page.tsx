import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { demoMode } from "@/lib/env";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = sameOriginPath(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-xs uppercase tracking-wide text-slate-500">{t("app.ministry")}</p>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">{t("app.name")}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">{t("auth.subtitle")}</p>
        <SignInForm callbackUrl={callbackUrl} />
        {/* The demo accounts work only in demo mode (docs/decisions/049), so they are named only then. */}
        {demoMode() ? <p className="mt-6 rounded border border-slate-200 bg-slate-50 p-3 text-xs text-slate-600" data-testid="demo-hint">{t("auth.demoHint")}</p> : null}
      </div>
    </main>
  );
}
