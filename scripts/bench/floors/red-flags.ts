// Red flags (/bao-cao/canh-bao, lib/red-flags listRedFlags), timed without a floor: the seven
// rules are judgements in code over their facts (order of vouchers against signature, caps of the
// advance rule in force at signature, a national unit-cost median and its outliers, falling
// periodic cumulatives, …). A query returning the same flags would be a second implementation of
// the rules, not a floor; a floor of the facts alone would not give the same figures. "–" says so.
import type { Actor } from "../../../lib/auth/actor";
import type { RedFlagList } from "../../../lib/red-flags/queries";
import type { RedFlagQuery } from "../../../lib/red-flags/query";
import { REPORT_BUDGET_MS, type BenchRow, type Median } from "../../bench-reports";

export async function redFlagRow(actor: Actor, median: Median, listRedFlags: (actor: Actor, query: RedFlagQuery) => Promise<RedFlagList | null>, acceptanceDays: number, year: number): Promise<BenchRow> {
  const name = `Cảnh báo (7 quy tắc), toàn quốc, ${year}`;
  const query: RedFlagQuery = { year, acceptanceDays, showDismissed: false };
  const list = await listRedFlags(actor, query);
  if (!list) throw new Error(`"${name}": Cục không đọc được cảnh báo`);
  console.log(`${name}: ${list.open} cảnh báo mở (${list.groups.map((g) => `${g.rule} ${g.open}`).join(", ")}); không có sàn SQL`);
  return { name, p50: await median(5, () => listRedFlags(actor, query)), floor: null, budgetMs: REPORT_BUDGET_MS.national };
}
