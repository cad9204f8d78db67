// The request mix (docs/decisions/054): what each kind of request is, and how many of the
// connections it gets. Reads spread over the signed-in users in turn; each ledger write goes to the
// next target contract, as its writer, through the real server action (POST to the page with the
// action's id, as the browser's fetch does).
import { randomUUID } from "node:crypto";
import { formatIsoDay, vietnamToday } from "../../../lib/calendar";
import { ENTRY_AMOUNT_TRIEU, type LedgerTarget } from "./fixtures";
import { LOAD_REPORT_NOTE, type PeriodicSlot } from "./periodic-slots";

export type LoadRequest = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string; target?: LedgerTarget; voucher?: string };
export type RequestKind = {
  name: string;
  /** Share of the connections. */
  weight: number;
  next(): LoadRequest;
  /** For writes: whether a 2xx response body is the action's success (an { ok:false } is an error). */
  accepted?: (body: string) => boolean;
};

export type MixInput = {
  origin: string;
  /** Session cookies of the signed-in users, by email. */
  cookies: Map<string, string>;
  readToken: string;
  reportToken: string;
  slots: PeriodicSlot[];
  targets: LedgerTarget[];
  recordActionId: string;
  summaryYear: number;
};

/** Every entry the run writes carries a voucher with this prefix, so the check finds exactly them. */
export const LOAD_VOUCHER_PREFIX = "KTT-";

function roundRobin<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

/** The action's result line in the RSC answer: `1:{"ok":true,"data":{…,"replayed":false}}`. */
export function actionSucceeded(body: string): boolean {
  return /"ok":true,"data":\{"id":"[0-9a-f-]{36}"/.test(body) && body.includes('"replayed":false');
}

export function requestKinds(input: MixInput): RequestKind[] {
  const reader = roundRobin([...input.cookies.values()]);
  const target = roundRobin(input.targets);
  // Each report takes a free slot; past the last one the API's 409 is an error the run reports.
  let slot = 0;
  const nextSlot = () => input.slots[Math.min(slot++, input.slots.length - 1)]!;
  const page = (path: string) => () => ({ method: "GET" as const, path, headers: { cookie: reader(), accept: "text/html" } });
  return [
    { name: "trang chủ (bảng điều khiển)", weight: 10, next: page("/") },
    { name: "báo cáo tổng hợp", weight: 8, next: page(`/bao-cao?year=${input.summaryYear}`) },
    { name: "danh sách đề án", weight: 12, next: page("/de-an") },
    {
      name: "API /api/v1/reports/summary",
      weight: 8,
      next: () => ({ method: "GET", path: `/api/v1/reports/summary?year=${input.summaryYear}&preset=YEAR&by=source`, headers: { authorization: `Bearer ${input.readToken}`, accept: "application/json" } }),
    },
    {
      name: "ghi sổ cái (recordEntryAction)",
      weight: 8,
      next: () => {
        const t = target();
        const voucher = `${LOAD_VOUCHER_PREFIX}${randomUUID()}`;
        const args = [{ contractId: t.contractId, kind: "ADVANCE", fundingSource: t.source, amount: ENTRY_AMOUNT_TRIEU, occurredOn: formatIsoDay(vietnamToday()), voucherRef: voucher, treasuryRef: "", note: "Kiểm thử tải", idempotencyKey: randomUUID() }];
        return {
          method: "POST",
          path: `/hop-dong/${t.contractId}/so-cai`,
          headers: { cookie: input.cookies.get(t.writer)!, "next-action": input.recordActionId, origin: input.origin, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
          body: JSON.stringify(args),
          target: t,
          voucher,
        };
      },
      accepted: actionSucceeded,
    },
    {
      name: "API báo cáo định kỳ (ghi)",
      weight: 4,
      next: () => {
        const s = nextSlot();
        const row = { provinceId: s.provinceId, year: s.year, period: s.period, source: s.source, unit: "dong", planAmount: "5000000000", executedAmount: "1000000000", projectCount: 1, note: LOAD_REPORT_NOTE };
        return { method: "POST", path: "/api/v1/periodic-reports", headers: { authorization: `Bearer ${input.reportToken}`, "content-type": "application/json", accept: "application/json" }, body: JSON.stringify({ rows: [row] }) };
      },
    },
  ];
}

/** Splits `connections` by weight, at least one each (largest remainders get the rest, the largest shares give up the excess). */
export function connectionsByKind(kinds: readonly Pick<RequestKind, "weight">[], connections: number): number[] {
  if (connections < kinds.length) throw new Error(`--connections phải ít nhất ${kinds.length} (một cho mỗi loại yêu cầu).`);
  const total = kinds.reduce((s, k) => s + k.weight, 0);
  const exact = kinds.map((k) => (connections * k.weight) / total);
  const counts = exact.map((e) => Math.max(1, Math.floor(e)));
  let left = connections - counts.reduce((s, n) => s + n, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r);
  for (let j = 0; left > 0; j++, left--) counts[order[j % order.length]!.i]!++;
  for (; left < 0; left++) counts[counts.indexOf(Math.max(...counts))]!--;
  return counts;
}
