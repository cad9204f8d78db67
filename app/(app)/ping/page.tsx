// /ping: the lightest signed-in page, the denominator of the bench's framework ratio (issue #12:
// "TTFB of a page / TTFB of a trivial page of the same app"). A page of its own rather than an
// existing light one (every existing page reads at least one more row or renders a form): it
// goes through the same proxy, session check and app shell (layout) as every other page and adds
// nothing, so a page's ratio measures that page's own work. Harmless to users: it only says the
// session is live.
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";

export default async function PingPage() {
  await requireActor(); // cached: the layout already resolved it
  const t = await getTranslations("app");
  return <p>{t("ping")}</p>;
}
