// For admins on the organisations page: accounts locked by failed sign-ins, each with "Mở khóa".
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { listLockedAccounts } from "@/lib/auth/account-lock-queries";
import { ACCOUNT_MAX_FAILURES, LOCKOUT_MS } from "@/lib/auth/throttle-rules";
import { formatDateTime } from "@/lib/format";
import { UnlockButton } from "./unlock-button";

export async function LockedAccounts({ actor }: { actor: Actor }) {
  const t = await getTranslations("accountLocks");
  const locked = await listLockedAccounts(actor);
  const cell = "px-3 py-2";
  return (
    <section className="mb-6 rounded border border-slate-200 bg-white p-4" aria-labelledby="locked-accounts">
      <h2 id="locked-accounts" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("intro", { failures: ACCOUNT_MAX_FAILURES, minutes: LOCKOUT_MS / 60_000 })}</p>
      {locked.length === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="locked-accounts">
            <thead className="bg-slate-50 text-left">
              <tr><th className={cell}>{t("email")}</th><th className={cell}>{t("name")}</th><th className={cell}>{t("failures")}</th><th className={cell}>{t("until")}</th><th className={cell} /></tr>
            </thead>
            <tbody>
              {locked.map((a) => (
                <tr key={a.email} className="border-t">
                  <td className={cell}>{a.email}</td>
                  <td className={cell}>{a.name ?? <span className="text-slate-500">{t("noUser")}</span>}</td>
                  <td className={cell}>{a.failures}</td>
                  <td className={cell}>{formatDateTime(a.lockedUntil)}</td>
                  <td className={cell}><UnlockButton email={a.email} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
