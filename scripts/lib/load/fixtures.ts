// What the load test needs from the seeded database before the server starts: the actors of the
// demo accounts, API tokens made through the app's own mutation, and the contracts the writes go
// to. A contract is a target only if the app's own ledger invariants accept an advance of
// HEADROOM on it now: every rule is monotone in the total, so each of the run's far smaller
// entries (ENTRY_AMOUNT) then passes too, and no write can be refused by a cap during the run.
import type { Actor } from "../../../lib/auth/actor";
import { loadActor } from "../../../lib/auth/load-actor";
import { createApiToken } from "../../../lib/api-tokens/mutations";
import { vietnamToday } from "../../../lib/calendar";
import type { Db } from "../../../lib/db/client";
import { ledgerViolations } from "../../../lib/disbursements/invariants";
import { ledgerContractWhere } from "../../../lib/disbursements/policy";
import { unsafeLockContract, unsafeLockedFacts } from "../../../lib/disbursements/state";
import { freePeriodicSlots, type PeriodicSlot } from "./periodic-slots";

/** Each write advances 0,001 triệu (1 000 đồng): far below any cap over a run. */
export const ENTRY_AMOUNT_TRIEU = "0,001";
export const ENTRY_AMOUNT_DONG = 1_000n;
/** What a target must still accept: 10 triệu, i.e. 10 000 entries. */
const HEADROOM = 10_000_000n;
const TARGETS_PER_WRITER = 6;

export type LedgerTarget = { contractId: string; number: string; source: "KCQG" | "KCDP"; writer: string };
export type LoadFixtures = { actors: Map<string, Actor>; readToken: string; reportToken: string; slots: PeriodicSlot[]; targets: LedgerTarget[] };

async function actorOf(client: Db, email: string): Promise<Actor> {
  const user = await client.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(client, user.id);
  if (!actor) throw new Error(`Không nạp được người dùng ${email} (DEMO_MODE=1?).`);
  return actor;
}

async function acceptsHeadroom(client: Db, contractId: string, source: string): Promise<boolean> {
  const today = vietnamToday();
  const facts = await unsafeLockContract(client, contractId, source, today, false);
  if (!facts) return false;
  const locked = await unsafeLockedFacts(client, facts.contract, facts.funding, facts.pre, { voucherRef: "load-probe", idempotencyKey: "load-probe-key" });
  // A first advance follows its own share rule; later ones the progress rule the run will meet.
  if ((locked.state.sums.ADVANCE ?? 0n) <= 0n) return false;
  return ledgerViolations(locked.state, { kind: "ADVANCE", amount: HEADROOM, reversal: false, occurredOn: today }).length === 0;
}

async function targetsOf(client: Db, actor: Actor, email: string, source: "KCQG" | "KCDP"): Promise<LedgerTarget[]> {
  const candidates = await client.contract.findMany({
    where: { AND: [ledgerContractWhere(actor), { status: "SIGNED", kind: { not: "SUPPORT_CONTRACT" }, project: { fundingSource: { code: source } } }] },
    select: { id: true, number: true },
    orderBy: { number: "asc" },
  });
  const found: LedgerTarget[] = [];
  for (const c of candidates) {
    if (found.length >= TARGETS_PER_WRITER) break;
    if (await acceptsHeadroom(client, c.id, source)) found.push({ contractId: c.id, number: c.number, source, writer: email });
  }
  return found;
}

export const WRITERS = [
  { email: "cuc@khuyencong.local", source: "KCQG" as const },
  { email: "sct.thanhhoa@khuyencong.local", source: "KCDP" as const },
];

export async function prepareFixtures(client: Db, emails: readonly string[]): Promise<LoadFixtures> {
  const actors = new Map<string, Actor>();
  for (const email of emails) actors.set(email, await actorOf(client, email));
  const readToken = (await createApiToken(actors.get("lanhdao@khuyencong.local")!, { name: "Kiểm thử tải" })).token;
  // The Cục enters periodic reports for any province (one sent on paper).
  const reportToken = (await createApiToken(actors.get("cuc@khuyencong.local")!, { name: "Kiểm thử tải: báo cáo định kỳ" })).token;
  const targets: LedgerTarget[] = [];
  for (const w of WRITERS) targets.push(...(await targetsOf(client, actors.get(w.email)!, w.email, w.source)));
  if (!targets.length) throw new Error("Không tìm thấy hợp đồng nào nhận thêm tạm ứng trong dữ liệu mẫu.");
  return { actors, readToken, reportToken, slots: await freePeriodicSlots(client), targets };
}
