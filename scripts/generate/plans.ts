// Annual plans of a plan year: the national KCQG plan (Minister's decision) and each province's
// KCĐP plan (the provincial chairman's, issued here by the SCT), version 1 with its decision and
// one item per đề án that reached the plan; and the budget allocations that fund them.
import { dayNo, iso, stamp } from "./days";
import type { Gen } from "./projects";
import type { Random } from "./random";
import { Ids, type Tables } from "./tables";
import type { World } from "./world";

export class PlanFactory {
  private readonly ids = new Ids(0x91a0);
  private readonly versionIds = new Ids(0x91a1);
  private readonly itemIds = new Ids(0x91a2);
  private readonly decisionIds = new Ids(0xdec1);
  private readonly allocationIds = new Ids(0xa110);
  private decisionNo = 0;

  constructor(private readonly t: Tables, private readonly world: World) {}

  write(rng: Random, year: number, projects: readonly Gen[]): void {
    const inPlan = projects.filter((p) => p.life.on.IN_PLAN !== undefined && p.approved !== null);
    const national = inPlan.filter((p) => p.fund === "KCQG");
    if (national.length) this.plan(rng, year, "KCQG", null, this.world.cuc, national);
    const byProvince = new Map<string, Gen[]>();
    for (const p of inPlan.filter((x) => x.fund === "KCDP")) byProvince.set(p.province.id, [...(byProvince.get(p.province.id) ?? []), p]);
    for (const [provinceId, list] of byProvince) this.plan(rng, year, "KCDP", provinceId, list[0]!.province.sctOrg, list);
  }

  private plan(rng: Random, year: number, fund: "KCQG" | "KCDP", provinceId: string | null, issuer: string, items: readonly Gen[]): void {
    const t = this.t;
    const total = items.reduce((a, p) => a + p.approved!, 0n);
    const envelope = ((total * 105n) / 100n / 1_000_000n) * 1_000_000n;
    const issued = dayNo(year - 1, 12, 10);
    const id = this.ids.next();
    const decision = this.decisionIds.next();
    const n = ++this.decisionNo;
    const national = provinceId === null;
    t.decision.add([decision, String(1000 + (n % 8000)), national ? "QĐ-BCT" : "QĐ-UBND", iso(issued), iso(issued),
      national ? "Bộ trưởng Bộ Công Thương" : "Chủ tịch Ủy ban nhân dân tỉnh", issuer, `Quyết định giao kế hoạch kinh phí khuyến công ${national ? "quốc gia" : "địa phương"} năm ${year}`]);
    t.plan.add([id, year, this.world.funding[fund], national ? "NATIONAL" : "PROVINCIAL", provinceId, envelope, "ISSUED", stamp(issued - 20, rng.int(0, 539))]);
    const version = this.versionIds.next();
    t.planVersion.add([version, id, 1, decision, iso(issued), "Kế hoạch giao đầu năm", stamp(issued, rng.int(0, 539))]);
    for (const p of items) t.planItem.add([this.itemIds.next(), version, p.id, p.implementer, p.province.id, p.approved!]);
    // Allocations: the national envelope to the Cục and each regional centre's tasks to it; a province's to its SCT.
    const on = iso(dayNo(year, 1, 15));
    if (national) {
      const centres = new Map<string, bigint>();
      for (const p of items.filter((x) => x.regional)) centres.set(p.implementer, (centres.get(p.implementer) ?? 0n) + p.approved!);
      t.allocation.add([this.allocationIds.next(), year, this.world.funding.KCQG, this.world.cuc, envelope - [...centres.values()].reduce((a, b) => a + b, 0n), on, `Dự toán ${year}`, "Giao dự toán chi khuyến công quốc gia"]);
      for (const [org, amount] of centres) t.allocation.add([this.allocationIds.next(), year, this.world.funding.KCQG, org, amount, on, `Dự toán ${year}`, "Giao dự toán cho đơn vị dự toán trực thuộc Bộ"]);
    } else t.allocation.add([this.allocationIds.next(), year, this.world.funding.KCDP, issuer, envelope, on, `Dự toán ${year}`, "Giao dự toán chi khuyến công địa phương"]);
  }
}
