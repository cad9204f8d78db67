// Implementation of a contracted đề án: its main contract (a task assignment for a regional
// centre) with the payment schedule of its advance rule, support contracts with the beneficiaries
// of group and centre đề án, monthly progress reports, acceptance, and the ledger: the first
// advance soon after signing, further advances against SCT-confirmed progress, the balance in
// several vouchers after acceptance, the settlement clearing the advances at the turn of the
// year, a refund when a đề án stops. Every entry keeps the rules lib/disbursements enforces.
import type { ContractKind, LedgerKind } from "../../lib/db/generated/enums";
import { addMonths, dayNo, iso, monthStart, stamp, yearOfDay, type DayNo } from "./days";
import { TODAY } from "./lifecycle";
import type { People } from "./people";
import { implementerAt, type Gen } from "./projects";
import { splitAmount, type Random } from "./random";
import { Ids, type Tables } from "./tables";
import { inForce, type World } from "./world";

const CAP_BP = 7000;
const TAG: Record<ContractKind, string> = { CONTRACT: "HĐ-KC", TASK_ASSIGNMENT: "QĐ-GNV", SUPPORT_CONTRACT: "HĐHT" };
const thousand = (x: bigint) => (x / 1000n) * 1000n;
const bp = (v: bigint, share: number) => thousand((v * BigInt(Math.round(share))) / 10_000n);

/** Money per province, plan year, funding source and month, for the periodic reports. */
export type Executed = Map<string, bigint>;
export const executedKey = (provinceId: string, year: number, fund: string, month: number) => `${provinceId}|${year}|${fund}|${month}`;

export class ContractFactory {
  private readonly ids = new Ids(0xc0c0);
  private readonly scheduleIds = new Ids(0xc05c);
  private readonly ledgerIds = new Ids(0x1ed9);
  private readonly progressIds = new Ids(0x9a09);
  private readonly acceptanceIds = new Ids(0xacce);
  private readonly closeIds = new Ids(0xc105);
  private readonly numbers = new Map<string, number>();
  private treasury = 0;
  readonly executed: Executed = new Map();

  constructor(private readonly t: Tables, readonly world: World, private readonly people: People) {}

  private number(partyA: string, year: number, tag: string): string {
    const key = `${partyA}|${year}|${tag}`;
    const n = (this.numbers.get(key) ?? 0) + 1;
    this.numbers.set(key, n);
    return `${String(n).padStart(2, "0")}/${year}/${tag}`;
  }

  make(rng: Random, g: Gen): void {
    const on = g.life.on;
    const signed = on.CONTRACTED;
    if (signed === undefined) return;
    const w = this.world;
    const t = this.t;
    const value = g.approved ?? g.support;
    const partyA = g.fund === "KCQG" ? w.cuc : inForce(w, g.province, signed).sctOrg;
    const partyB = implementerAt(w, g, signed);
    const kind: ContractKind = g.regional ? "TASK_ASSIGNMENT" : "CONTRACT";
    const status = g.life.status === "LIQUIDATED" ? "LIQUIDATED" : g.life.status === "STOPPED" ? "TERMINATED" : "SIGNED";
    const tag = kind === "CONTRACT" ? (g.fund === "KCQG" ? "HĐ-KCQG" : "HĐ-KCĐP") : TAG[kind];
    const id = this.ids.next();
    const endsOn = dayNo(g.life.endYear, 12, 20);
    const created = stamp(signed, rng.int(0, 539));
    t.contract.add([id, g.id, kind, this.number(partyA, yearOfDay(signed), tag), iso(signed), partyA, partyB, null, value, g.counterpart, iso(signed), iso(endsOn),
      "Thực hiện đề án theo nội dung, dự toán được duyệt; tạm ứng, thanh toán theo lịch thanh toán kèm theo (TT 36/2013/TT-BCT Điều 12–14).", status, null, created, created]);
    const rule = w.advanceRule.get(g.theme.code) ?? w.advanceRule.get("*")!;
    const firstBp = Math.min(rule.firstBp, CAP_BP);
    if (rule.afterAcceptance) t.schedule.add([this.scheduleIds.next(), id, 1, "PAYMENT", 10_000, value, "Sau nghiệm thu cơ sở", true, rule.id]);
    else {
      t.schedule.add([this.scheduleIds.next(), id, 1, "ADVANCE", firstBp, bp(value, firstBp), "Tạm ứng đợt 1 sau khi ký hợp đồng", false, rule.id]);
      let seq = 2;
      if (firstBp < CAP_BP) t.schedule.add([this.scheduleIds.next(), id, seq++, "ADVANCE", CAP_BP - firstBp, bp(value, CAP_BP) - bp(value, firstBp), "Tạm ứng đợt 2 theo khối lượng được xác nhận", false, rule.id]);
      t.schedule.add([this.scheduleIds.next(), id, seq, "PAYMENT", 10_000 - CAP_BP, value - bp(value, CAP_BP), "Thanh toán phần còn lại sau nghiệm thu cơ sở", true, rule.id]);
    }

    const recorder = g.regional ? this.people.userOf(g.implementer) : g.fund === "KCQG" ? this.people.cuc : this.people.userOf(partyA);
    const sctUser = (d: DayNo) => this.people.userOf(inForce(w, g.province, d).sctOrg);
    const ledger = new Ledger(this, t, g, id, recorder, rng);

    // Progress reports (Mẫu 3b): monthly from the month of signing to acceptance, a stop, or today.
    const started = on.IN_PROGRESS;
    const accepted = on.ACCEPTED;
    const stopped = on.STOPPED;
    const end = accepted ?? stopped ?? TODAY;
    const reports: { confirmedOn: DayNo | null; completed: bigint }[] = [];
    if (started !== undefined) {
      const first = monthStart(signed);
      const last = monthStart(end);
      const months: DayNo[] = [];
      for (let m = first; m <= last && addMonths(m, 1) + 4 <= TODAY; m = addMonths(m, 1)) months.push(m);
      const expected = Math.max(months.length, accepted !== undefined ? months.length : 8);
      months.forEach((m, i) => {
        const share = accepted !== undefined && i === months.length - 1 ? 10_000 : Math.min(9_500, Math.round(10_000 * Math.pow((i + 1) / (expected + 1), 0.85)));
        const completed = bp(value, share);
        const reportedOn = addMonths(m, 1) + rng.int(1, 4);
        const confirmedOn = reportedOn + rng.int(2, 9) <= TODAY ? reportedOn + rng.int(2, 9) : null;
        this.t.progress.add([this.progressIds.next(), g.id, id, iso(m), iso(reportedOn), share, completed, "Đơn vị thực hiện báo cáo khối lượng đã thực hiện trong tháng", this.people.userOf(implementerAt(w, g, reportedOn)),
          stamp(reportedOn, rng.int(0, 539)), confirmedOn !== null ? sctUser(confirmedOn) : null, confirmedOn !== null ? stamp(confirmedOn, rng.int(0, 539)) : null]);
        reports.push({ confirmedOn, completed });
      });
    }

    // Advances: the first within the rule's first share, then against confirmed progress, up to the cap.
    const before = Math.min(end, TODAY) - 1;
    if (!rule.afterAcceptance) {
      const firstOn = signed + rng.int(7, 25);
      if (firstOn <= before) {
        ledger.add("ADVANCE", thousand((bp(value, firstBp) * BigInt(rng.int(70, 100))) / 100n), firstOn, "Tạm ứng đợt 1 theo hợp đồng");
        for (const r of reports) {
          if (r.confirmedOn === null || ledger.advanced >= bp(value, CAP_BP) || ledger.advances >= 5) continue;
          const target = r.completed < bp(value, CAP_BP) ? r.completed : bp(value, CAP_BP);
          const day = r.confirmedOn + rng.int(2, 8);
          if (target - ledger.advanced >= bp(value, 500) && day > ledger.lastOn && day <= before) ledger.add("ADVANCE", target - ledger.advanced, day, "Tạm ứng theo khối lượng được Sở Công Thương xác nhận");
        }
      }
    }

    if (stopped !== undefined) {
      const refundOn = stopped + rng.int(20, 60);
      const paidOut = ledger.advanced;
      const refund = thousand((ledger.advanced * BigInt(rng.int(30, 100))) / 100n);
      if (refund > 0n && refundOn <= TODAY) ledger.add("REFUND", refund, refundOn, "Hoàn trả kinh phí tạm ứng do ngừng triển khai đề án");
      t.stop.add([this.closeIds.next(), g.id, iso(stopped), `QĐ ${rng.int(100, 2999)}/QĐ-BCT`, "Cơ sở thụ hưởng không bố trí đủ vốn đối ứng", paidOut, 0n, refund > 0n && refundOn <= TODAY ? refund : 0n]);
      return;
    }
    if (accepted === undefined) {
      this.supportContracts(rng, g, id, partyB, signed, null);
      return;
    }

    // Acceptance, then the balance in several vouchers, the counterpart funds, the settlement.
    const used = rng.chance(0.2) ? thousand((value * BigInt(rng.int(94, 99))) / 100n) : value;
    const form = g.regional ? "MAU_5C" : "MAU_5B";
    const organiser = g.regional ? w.cuc : inForce(w, g.province, accepted).sctOrg;
    t.acceptance.add([this.acceptanceIds.next(), g.id, id, form, organiser, iso(accepted), used, g.counterpart, "Đề án hoàn thành đúng nội dung, khối lượng theo hợp đồng", this.people.userOf(organiser)]);
    const settled = on.SETTLED;
    const payUntil = Math.min(settled !== undefined ? settled - 1 : TODAY, TODAY);
    const balance = used - ledger.advanced;
    if (balance > 0n && (settled !== undefined || rng.chance(0.7))) {
      const vouchers = Math.min(14, 2 + g.beneficiaries.length * 2 + rng.int(0, 4));
      let day = accepted + rng.int(3, 12);
      for (const part of splitAmount(rng, balance, vouchers)) {
        if (day > payUntil) break;
        ledger.add("PAYMENT", part, day, "Thanh toán theo biên bản nghiệm thu cơ sở");
        day += rng.int(1, 6);
      }
    }
    for (const b of g.beneficiaries) {
      const day = accepted + rng.int(1, 10);
      if (b.counterpart > 0n && day <= payUntil) ledger.add("PAYMENT", b.counterpart, day, `Vốn đối ứng của ${b.facility.name}`, true);
    }
    this.supportContracts(rng, g, id, partyB, signed, { accepted, until: payUntil, settled });
    if (settled === undefined) return;
    if (ledger.advanced > 0n) ledger.add("SETTLEMENT", ledger.advanced, settled, "Quyết toán kinh phí theo biên bản nghiệm thu và chứng từ chi");
    t.settlement.add([this.closeIds.next(), id, iso(accepted + 30), iso(Math.max(accepted + 1, settled - rng.int(5, 20))), used, g.counterpart, "APPROVED", iso(settled), "Quyết toán kinh phí theo biên bản nghiệm thu cơ sở và chứng từ chi"]);
    const liquidated = on.LIQUIDATED;
    if (liquidated === undefined) return;
    t.liquidation.add([this.closeIds.next(), id, iso(liquidated), used, 0n, `Biên bản thanh lý hợp đồng số ${iso(liquidated)}`]);
    if (yearOfDay(liquidated) < 2026) t.yearClosing.add([this.closeIds.next(), id, yearOfDay(liquidated), iso(dayNo(yearOfDay(liquidated) + 1, 1, 20)), "Mẫu 10: đối chiếu số liệu cuối năm"]);
  }

  /**
   * Support contracts with each beneficiary once work has started, for group đề án and a centre's
   * task assignments. Under a main contract they pass on money already counted there, with their
   * own advance, payment and settlement; under a task assignment the assignment holds the ledger.
   */
  private supportContracts(rng: Random, g: Gen, parent: string, partyA: string, signed: DayNo, after: { accepted: DayNo; until: DayNo; settled: DayNo | undefined } | null): void {
    if (!(g.regional || g.kind === "GROUP") || g.life.on.IN_PROGRESS === undefined) return;
    for (const b of g.beneficiaries) {
      const id = this.ids.next();
      const on = signed + rng.int(3, 6);
      const status = g.life.status === "LIQUIDATED" ? "LIQUIDATED" : "SIGNED";
      const created = stamp(on, rng.int(0, 539));
      this.t.contract.add([id, g.id, "SUPPORT_CONTRACT", this.number(partyA, yearOfDay(on), "HĐHT"), iso(on), partyA, null, b.id, b.support, b.counterpart, iso(on), iso(dayNo(g.life.endYear, 12, 20)),
        "Hỗ trợ cơ sở thụ hưởng theo đề án được duyệt.", status, parent, created, created]);
      if (g.regional) continue;
      const ledger = new Ledger(this, this.t, g, id, this.people.userOf(partyA), rng, false);
      const advOn = on + rng.int(10, 30);
      const stop = after?.accepted ?? TODAY;
      if (advOn < stop) ledger.add("ADVANCE", thousand((b.support * BigInt(rng.int(50, 70))) / 100n), advOn, "Tạm ứng cho cơ sở thụ hưởng");
      if (!after) continue;
      const payOn = after.accepted + rng.int(5, 20);
      if (payOn <= after.until) ledger.add("PAYMENT", b.support - ledger.advanced, payOn, "Thanh toán cho cơ sở thụ hưởng sau nghiệm thu");
      if (after.settled !== undefined && ledger.advanced > 0n) ledger.add("SETTLEMENT", ledger.advanced, after.settled, "Quyết toán hợp đồng hỗ trợ");
    }
  }

  nextLedgerId(): string {
    return this.ledgerIds.next();
  }

  nextTreasury(): number {
    return ++this.treasury;
  }
}

/** One contract's entries in date order, with its running sums (the invariants' inputs). */
class Ledger {
  advanced = 0n;
  advances = 0;
  lastOn = 0;
  private seq = 0;

  constructor(
    private readonly f: ContractFactory,
    private readonly t: Tables,
    private readonly g: Gen,
    private readonly contractId: string,
    private readonly recorder: string | null,
    private readonly rng: Random,
    private readonly programme = true,
  ) {}

  add(kind: LedgerKind, amount: bigint, on: DayNo, note: string, counterpart = false): void {
    if (amount <= 0n || on > TODAY) return;
    const year = yearOfDay(on);
    const prefix = kind === "SETTLEMENT" ? "QT" : kind === "REFUND" ? "GNT" : "UNC";
    const voucher = `${prefix} ${String(++this.seq).padStart(3, "0")}/${year}`;
    const viaTreasury = kind !== "SETTLEMENT";
    const recordedOn = Math.min(on + this.rng.int(0, 3), TODAY);
    const w = this.f;
    this.t.ledger.add([
      w.nextLedgerId(), this.g.id, this.contractId, w.world.funding[counterpart ? "COUNTERPART" : this.g.fund], kind, amount, iso(on), voucher, note, this.recorder,
      stamp(recordedOn, this.rng.int(0, 539)), voucher, viaTreasury ? `KBNN-${year}-${String(w.nextTreasury()).padStart(7, "0")}` : null, null, null,
    ]);
    if (counterpart) return;
    if (kind === "ADVANCE") {
      this.advanced += amount;
      this.advances++;
    }
    if (kind === "REFUND") this.advanced -= amount;
    this.lastOn = Math.max(this.lastOn, on);
    if (this.programme && (kind === "ADVANCE" || kind === "PAYMENT" || kind === "REFUND")) {
      const key = executedKey(this.g.province.id, this.g.year, this.g.fund, year * 12 + (Number(iso(on).slice(5, 7)) - 1));
      const m = this.f.executed;
      m.set(key, (m.get(key) ?? 0n) + (kind === "REFUND" ? -amount : amount));
    }
  }
}

