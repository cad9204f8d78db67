// Demo rural industrial facilities (cơ sở CNNT), created on demand by the đề án that need them so
// every facility is someone's beneficiary. Facilities of ≤2025 đề án sit in old provinces, those
// of ≥2026 đề án in new ones. Cumulative machinery support stays within 300 triệu per facility
// (TT 28/2018/TT-BTC Điều 8 khoản 4).
import { Rng, taxCode, trieu } from "../../factories";
import { CENTRAL_NEW, CENTRAL_OLD, provinceLabel, provinceName, type CommuneInfo, type ProvRef, type Ref } from "../context";
import { BRANDS, DEFAULT_INDUSTRIES, FEMALE, INDUSTRIES, MALE, PLACES, PROVINCE_CRAFTS, SURNAMES, type Industry } from "./names";

type Kind = "SME" | "COOPERATIVE" | "COOPERATIVE_UNION" | "COOPERATIVE_GROUP" | "HOUSEHOLD_BUSINESS" | "OTHER_ENTERPRISE";
type Size = "MICRO" | "SMALL" | "MEDIUM" | "LARGE" | "NOT_APPLICABLE";

export type FacilitySpec = {
  taxCode: string;
  name: string;
  kind: Kind;
  size: Size;
  industry: Industry;
  province: ProvRef;
  commune: CommuneInfo | null;
  addressLine: string;
  craftVillageName: string | null;
  womenOwned: boolean;
  employees: number;
  ownerName: string;
  phone: string;
};

export const MACHINERY_CAP = trieu(300);
const COMMUNE_WORD = { XA: "xã", PHUONG: "phường", THI_TRAN: "thị trấn", DAC_KHU: "đặc khu" } as const;

export class FacilityPool {
  readonly all: FacilitySpec[] = [];
  private readonly byProvince = new Map<string, FacilitySpec[]>();
  private readonly machinery = new Map<string, bigint>();
  private readonly names = new Set<string>();
  private readonly codes = new Set<string>();
  private serial = 0;
  private readonly rng = new Rng("facilities");

  constructor(private readonly ref: Ref) {}

  /**
   * A facility in `province`: an earlier beneficiary now and then (a facility often comes back for
   * another content), otherwise a new one. `machinery` is the machinery support it is about to get.
   */
  take(province: ProvRef, opts: { industry?: string; machinery?: bigint; exclude?: ReadonlySet<string>; cleaner?: boolean } = {}): FacilitySpec {
    const key = `${province.set}:${province.code}`;
    const extra = opts.machinery ?? 0n;
    // Other enterprises qualify only for cleaner production (NĐ 45/2012 Điều 1.2.b).
    const eligible = (this.byProvince.get(key) ?? []).filter(
      (f) => !opts.exclude?.has(f.taxCode) && (this.machinery.get(f.taxCode) ?? 0n) + extra <= MACHINERY_CAP && (opts.cleaner || f.kind !== "OTHER_ENTERPRISE"),
    );
    // Same trade first; a facility of another trade is fine (the line then names its own trade).
    const sameTrade = eligible.filter((f) => !opts.industry || f.industry.key === opts.industry);
    const candidates = sameTrade.length > 0 ? sameTrade : eligible;
    const facility = candidates.length > 0 && this.rng.chance(0.85) ? this.rng.pick(candidates) : this.create(province, opts.industry, opts.cleaner ?? false);
    if (extra > 0n) this.machinery.set(facility.taxCode, (this.machinery.get(facility.taxCode) ?? 0n) + extra);
    return facility;
  }

  /** An industry typical of the province (its craft villages first). */
  industryFor(province: ProvRef): Industry {
    const crafts = this.crafts(province);
    const keys = Object.keys(crafts);
    const key = keys.length > 0 && this.rng.chance(0.85) ? this.rng.pick(keys) : this.rng.pick(DEFAULT_INDUSTRIES);
    return INDUSTRIES.find((i) => i.key === key)!;
  }

  private crafts(province: ProvRef): Record<string, string | null> {
    if (province.set === "old") return PROVINCE_CRAFTS[province.code] ?? {};
    const absorbed = this.ref.new.find((p) => p.code === province.code)?.absorbed ?? [];
    return Object.assign({}, ...absorbed.map((c) => PROVINCE_CRAFTS[c] ?? {}));
  }

  private person(female: boolean): string {
    const r = this.rng;
    const set = female ? FEMALE : MALE;
    return `${r.pick(SURNAMES)} ${r.pick(set.middle)} ${r.pick(set.given)}`;
  }

  private create(province: ProvRef, industryKey: string | undefined, cleaner: boolean): FacilitySpec {
    const r = this.rng;
    const industry = industryKey ? INDUSTRIES.find((i) => i.key === industryKey)! : this.industryFor(province);
    const roll = r.next();
    const kind: Kind =
      cleaner && roll < 0.4 ? "OTHER_ENTERPRISE" : roll < 0.35 ? "SME" : roll < 0.6 ? "COOPERATIVE" : roll < 0.9 ? "HOUSEHOLD_BUSINESS" : province.set === "new" && roll < 0.94 ? "COOPERATIVE_UNION" : "COOPERATIVE_GROUP";
    const womenOwned = r.chance(0.3);
    let ownerName = this.person(womenOwned);
    const craftVillageName = this.crafts(province)[industry.key] ?? null;
    // Wards of centrally-run cities are not rural: excluded before 2025 (TT 46/2012 Điều 3.1), and
    // from 2025 unless in a recognised craft village (NĐ 235/2025).
    const central = (province.set === "old" ? CENTRAL_OLD : CENTRAL_NEW).has(province.code);
    const communes = this.ref.communes(province).filter((c) => !(central && c.kind === "PHUONG" && (province.set === "old" || !craftVillageName)));
    // A craft-village facility sits in the commune named by its village when one is seeded, else the address names the village.
    const commune = craftVillageName ? (communes.find((c) => craftVillageName.endsWith(c.name)) ?? null) : communes.length > 0 ? r.pick(communes) : null;
    const place = commune?.name ?? r.pick(PLACES);
    const south = this.ref.old.find((p) => p.code === province.code && province.set === "old")?.zone === "NAM";
    const village = craftVillageName && !commune ? craftVillageName : south ? `Ấp ${r.pick(PLACES)}` : commune?.kind === "PHUONG" ? `Tổ dân phố ${r.int(1, 12)}` : `Thôn ${r.pick(["Đông", "Trung", "Thượng", "Hạ", "Mới", "Tân Hòa", "Đồng Xuân"])}`;
    const name = this.uniqueName(() => {
      switch (kind) {
        case "SME":
          return `Công ty ${r.chance(0.6) ? "TNHH" : "Cổ phần"} ${industry.stem} ${r.pick(BRANDS)}`;
        case "OTHER_ENTERPRISE":
          return `Công ty TNHH MTV ${industry.stem} ${r.pick(BRANDS)}`;
        case "COOPERATIVE":
          return `HTX ${industry.stem} ${r.chance(0.5) ? place : r.pick(BRANDS)}`;
        case "COOPERATIVE_UNION":
          return `Liên hiệp HTX ${industry.stem} ${provinceName(province, this.ref)}`;
        case "COOPERATIVE_GROUP":
          return `Tổ hợp tác ${industry.craft} ${r.chance(0.5) ? place : r.pick(PLACES)}`;
        default:
          // A household business bears its owner's name: on a clash, another owner.
          ownerName = this.person(womenOwned);
          return `Hộ kinh doanh ${ownerName} (${industry.craft})`;
      }
    });
    const label = provinceLabel(provinceName(province, this.ref), central);
    const communeText = commune ? `${COMMUNE_WORD[commune.kind]} ${commune.name}${commune.district ? `, ${commune.district}` : ""}` : craftVillageName ? "" : `xã ${place}`;
    const size: Size =
      kind === "HOUSEHOLD_BUSINESS" ? "MICRO" : kind === "COOPERATIVE_GROUP" ? "NOT_APPLICABLE" : kind === "SME" ? r.pick(["MICRO", "SMALL", "SMALL", "MEDIUM"] as const) : kind === "OTHER_ENTERPRISE" ? "MEDIUM" : r.pick(["MICRO", "SMALL"] as const);
    const employees = size === "MICRO" ? r.int(3, 10) : size === "SMALL" ? r.int(11, 80) : size === "MEDIUM" ? r.int(81, 200) : r.int(8, 30);
    const facility: FacilitySpec = {
      taxCode: this.nextTaxCode(province.code),
      name,
      kind,
      size,
      industry,
      province,
      commune,
      addressLine: [village, communeText, label].filter(Boolean).join(", "),
      craftVillageName,
      womenOwned,
      employees,
      ownerName,
      phone: `09${String(r.int(10_000_000, 99_999_999))}`,
    };
    this.all.push(facility);
    const key = `${province.set}:${province.code}`;
    this.byProvince.set(key, [...(this.byProvince.get(key) ?? []), facility]);
    return facility;
  }

  private uniqueName(make: () => string): string {
    for (let i = 0; i < 20; i++) {
      const name = make();
      if (!this.names.has(name)) {
        this.names.add(name);
        return name;
      }
    }
    const name = `${make()} ${this.names.size + 1}`;
    this.names.add(name);
    return name;
  }

  private nextTaxCode(prefix: string): string {
    for (;;) {
      const code = taxCode(prefix, 1000 + this.serial++);
      if (!this.codes.has(code)) {
        this.codes.add(code);
        return code;
      }
    }
  }
}
