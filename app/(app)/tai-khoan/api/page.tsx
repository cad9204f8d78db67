// /tai-khoan/api: the signed-in user's personal API tokens (create, see once, list, revoke).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { canHoldApiTokens } from "@/lib/api-tokens/policy";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, defaultTokenExpiryDay } from "@/lib/api-tokens/rules";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { CreateTokenForm, RevokeTokenButton } from "./token-forms";

export default async function ApiTokensPage() {
  const actor = await requireActor();
  if (!canHoldApiTokens(actor)) notFound();
  const t = await getTranslations("apiTokens");
  const tokens = await listOwnApiTokens(actor);
  const cell = "px-3 py-2";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        <p>{t("intro")}</p>
        <p className="mt-1">
          <code className="rounded bg-slate-200 px-1">{t("usage")}</code> · <a className="text-blue-700 underline" href="/api/v1/openapi.json">{t("docs")}</a>
        </p>
      </PageHeader>
      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">{t("newTitle")}</h2>
        <CreateTokenForm maxDays={MAX_TOKEN_DAYS} defaultDays={DEFAULT_TOKEN_DAYS} defaultExpiresOn={defaultTokenExpiryDay(new Date())} />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("listTitle")}</h2>
        {tokens.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
          <table className="min-w-full rounded border border-slate-200 bg-white text-sm" data-testid="api-tokens">
            <thead className="bg-slate-50 text-left">
              <tr><th className={cell}>{t("colName")}</th><th className={cell}>{t("colPrefix")}</th><th className={cell}>{t("colCreated")}</th><th className={cell}>{t("colLastUsed")}</th><th className={cell}>{t("colExpires")}</th><th className={cell}>{t("colState")}</th><th className={cell} /></tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-t align-top">
                  <td className={`${cell} font-medium`}>{token.name}</td>
                  <td className={`${cell} font-mono`}>{token.prefix}…</td>
                  <td className={cell}>{formatDateTime(token.createdAt)}</td>
                  <td className={cell}>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("neverUsed")}</td>
                  <td className={cell}>{token.expiresAt ? formatDate(token.expiresAt) : t("noExpiry")}</td>
                  <td className={`${cell} ${token.state === "ACTIVE" ? "text-emerald-700" : "text-slate-500"}`}>
                    {t(`state.${token.state}`)}
                    {token.revokedAt ? <div className="text-xs">{t("revokedAt", { at: formatDateTime(token.revokedAt) })}</div> : null}
                  </td>
                  <td className={cell}>{token.state === "ACTIVE" ? <RevokeTokenButton id={token.id} prefix={token.prefix} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
      </section>
    </div>
  );
}
