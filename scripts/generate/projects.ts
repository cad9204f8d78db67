// Đề án with their contents, budget lines, beneficiaries and transitions. Sizes are log-normal
// around a median per funding source (~300 triệu KCQG, ~150 triệu KCĐP) scaled by content,
// capped; contents and provinces are drawn by weight; the life comes from lifecycle.ts.
import type { ProjectKind, ProjectStatus } from "../../lib/db/generated/enums";
import { codePrefix } from "../../lib/projects/codes";
import { toSearchText } from "../../lib/search-text";
import { INDUSTRIES, THEMES, type Theme } from "./catalogue";
import { stamp, type DayNo } from "./days";
import type { Facilities, FacilityRef } from "./facilities";
import { lifeOf, type Life } from "./lifecycle";
import type { People } from "./people";
import { splitAmount, Weighted, wholeTrieu, type Random } from "./random";
import { Ids, type Tables } from "./tables";
import { inForce, type Province, type World } from "./world";

export type Fund = "KCQG" | "KCDP";
export type Line = { id: string; code: string; support: bigint; counterpart: bigint; facility: FacilityRef | null };
export type Beneficiary = { id: string; facility: FacilityRef; support: bigint; counterpart: bigint };
export type Gen = {
  id: string;
  code: string;
  year: number;
  fund: Fund;
  province: Province;
  implementer: string;
  /** Regional centres are ministry budget units: a task assignment instead of a contract. */
  regional: boolean;
  kind: ProjectKind;
  theme: Theme;
  life: Life;
  support: bigint;
  counterpart: bigint;
  approved: bigint | null;
  lines: Line[];
  beneficiaries: Beneficiary[];
};

const TRIEU = 1_000_000;
const MEDIAN: Record<Fund, number> = { KCQG: 300 * TRIEU, KCDP: 150 * TRIEU };
const CAP: Record<Fund, [number, number, number]> = { KCQG: [50 * TRIEU, 2_500 * TRIEU, 6_000 * TRIEU], KCDP: [20 * TRIEU, 1_000 * TRIEU, 3_000 * TRIEU] };

function themePicker(fund: Fund, year: number) {
  const themes = THEMES.filter((t) => !t.from || year >= t.from);
  const pairs = themes.map((t) => [t, fund === "KCQG" ? t.weightKcqg : t.weightKcdp] as const);
  // The weighted geometric mean of the size factors: dividing by it keeps the overall median where it is set.
  const total = pairs.reduce((a, [, w]) => a + w, 0);
  const norm = Math.exp(pairs.reduce((a, [t, w]) => a + w * Math.log(t.size), 0) / total);
  return { picker: new Weighted(pairs), norm };
}

export class ProjectFactory {
  private readonly ids = new Ids(0x9e0e);
  private readonly lineIds = new Ids(0x9e11);
  private readonly benIds = new Ids(0x9eb0);
  private readonly trIds = new Ids(0x9e7a);
  private readonly codes = new Map<string, number>();
  private readonly themes = new Map<string, ReturnType<typeof themePicker>>();

  constructor(private readonly t: Tables, private readonly world: World, private readonly people: People, private readonly facilities: Facilities) {}

  make(rng: Random, year: number, fund: Fund): Gen {
    const w = this.world;
    const key = `${fund}:${year}`;
    let th = this.themes.get(key);
    if (!th) this.themes.set(key, (th = themePicker(fund, year)));
    const theme = th.picker.pick(rng);
    const province = w.pickProvince(Math.min(year, 2026)).pick(rng);
    const roll = rng.next();
    const regional = fund === "KCQG" && roll < 0.12;
    const other = fund === "KCQG" && !regional && roll < 0.18;
    const implementer = regional ? w.regional[province.zone]! : other ? rng.pick(w.others) : province.centreOrg;
    const [min, cap, capCcn] = CAP[fund];
    const support = wholeTrieu(rng.logNormal((MEDIAN[fund] * theme.size) / th.norm, 0.6, min, theme.code === "07.2" ? capCcn : cap));
    const industry = rng.pick(INDUSTRIES);
    const nFacilities = theme.facilities[1] === 0 ? 0 : rng.int(theme.facilities[0], theme.facilities[1]);
    const group = theme.code === "03.2" && nFacilities >= 3;
    const kind: ProjectKind = group ? "GROUP" : fund === "KCQG" && support >= 2_000_000_000n && theme.code === "03.1" ? "FLAGSHIP" : "STANDARD";
    const life = lifeOf(rng, year, { direct: regional || other, group });
    const registeredOn = life.steps[0]!.on;
    const id = this.ids.next();

    // Budget lines: one per beneficiary for contents that have them, then the đề án's own activities.
    const lines: Line[] = [];
    const beneficiaries: Beneficiary[] = [];
    const taken = new Set<string>();
    const facilityShare = nFacilities ? (theme.code === "03.1" ? (support * 85n) / 100n : support) : 0n;
    const shares = nFacilities ? splitAmount(rng, facilityShare, nFacilities) : [];
    for (const share of shares) {
      const f = this.facilities.take(province, industry, registeredOn, taken);
      taken.add(f.id);
      const rate = BigInt(rng.int(theme.rateBp[0] / 100, theme.rateBp[1] / 100) * 100);
      const cost = (share * 10_000n) / rate;
      const counterpart = ((cost - share) / 1000n) * 1000n;
      lines.push({ id: this.lineIds.next(), code: theme.code, support: share, counterpart, facility: f });
      beneficiaries.push({ id: this.benIds.next(), facility: f, support: share, counterpart });
    }
    const own = support - facilityShare;
    if (own > 0n) for (const part of splitAmount(rng, own, rng.int(1, 3))) lines.push({ id: this.lineIds.next(), code: theme.code, support: part, counterpart: 0n, facility: null });

    const first = beneficiaries[0]?.facility;
    const commune = first?.commune ?? (province.communes.length ? rng.pick(province.communes).name : "Tân Lập");
    const title = theme.title({ industry, facility: first?.name ?? `các cơ sở ${industry.name}`, commune, province: province.label, year, zone: province.zoneName });
    const prefix = codePrefix(fund, year, province.code);
    const n = (this.codes.get(prefix) ?? 0) + 1;
    this.codes.set(prefix, n);
    const code = `${prefix}${String(n).padStart(3, "0")}`;
    const counterpart = lines.reduce((a, l) => a + l.counterpart, 0n);
    const approved = life.on.APPROVED_BY_CUC !== undefined ? (rng.chance(0.08) ? wholeTrieu(Number(support) * 0.9) : support) : null;
    const gen: Gen = { id, code, year, fund, province, implementer, regional, kind, theme, life, support, counterpart, approved, lines, beneficiaries };
    this.write(rng, gen, title, registeredOn);
    return gen;
  }

  private write(rng: Random, g: Gen, title: string, createdOn: DayNo): void {
    const t = this.t;
    const w = this.world;
    const lastOn = g.life.steps[g.life.steps.length - 1]!.on;
    const creator = this.people.userOf(g.implementer);
    t.project.add([
      g.id, g.code, title, toSearchText(g.code, title), g.year, g.life.endYear, w.funding[g.fund], g.kind, g.life.status, g.implementer, g.province.id,
      g.province.label, `Nâng cao năng lực sản xuất, chất lượng sản phẩm của các cơ sở công nghiệp nông thôn ${g.province.label}`,
      g.beneficiaries.length ? `${g.beneficiaries.length} cơ sở thụ hưởng` : "Theo kế hoạch được duyệt",
      g.support + g.counterpart, g.support, g.counterpart, g.approved, creator, stamp(createdOn, rng.int(0, 539)), stamp(lastOn, rng.int(0, 539)),
    ]);
    t.content.add([g.id, w.category(g.year, g.theme.code)]);
    g.lines.forEach((l, i) => {
      const item = l.facility ? `Hỗ trợ ${l.facility.industry.machine} cho ${l.facility.name}` : i === g.lines.length - 1 ? "Hội thảo, tài liệu và quản lý đề án" : "Tổ chức thực hiện nội dung đề án";
      t.budgetLine.add([l.id, g.id, i + 1, item, w.category(g.year, l.code), l.facility?.id ?? null, l.facility ? "cơ sở" : "đề án", 1, l.support + l.counterpart, l.support, l.counterpart]);
    });
    for (const b of g.beneficiaries) t.beneficiary.add([b.id, g.id, b.facility.id, b.support, b.counterpart]);
    for (const s of g.life.steps) t.transition.add([this.trIds.next(), g.id, s.from, s.to, this.actorOf(g, s.to, s.on), "", stamp(s.on, rng.int(0, 539))]);
  }

  /** Who takes a step: the implementer drafts and submits, the SCT appraises, the Cục (or the SCT for KCĐP) decides. */
  private actorOf(g: Gen, to: ProjectStatus, on: DayNo): string | null {
    const sct = this.people.userOf(inForce(this.world, g.province, on).sctOrg);
    switch (to) {
      case "DRAFT": case "SUBMITTED_TO_SCT": case "IN_PROGRESS":
        return this.people.userOf(implementerAt(this.world, g, on));
      case "APPROVED_BY_SCT": case "RETURNED_BY_SCT": case "REJECTED_BY_SCT": case "GROUP_PLAN_APPROVED":
        return sct;
      case "REGISTERED":
        return g.regional ? this.people.userOf(g.implementer) : sct;
      default:
        return g.fund === "KCDP" ? sct : this.people.cuc;
    }
  }
}

/** The implementing organisation on a day: a provincial centre of an old province hands over to its successor's on 1/7/2025. */
export function implementerAt(world: World, g: Pick<Gen, "implementer" | "province">, on: DayNo): string {
  return g.implementer === g.province.centreOrg ? inForce(world, g.province, on).centreOrg : g.implementer;
}
