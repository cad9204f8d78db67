// Rural industrial facilities (cơ sở CNNT), created where a đề án needs a beneficiary: mostly new
// ones, sometimes one the province supported before (repeat support is common in the programme).
import { toSearchText } from "../../lib/search-text";
import { FIRM_KIND, INDUSTRIES, facilityName, personName, type Industry } from "./catalogue";
import { stamp, type DayNo } from "./days";
import type { Random } from "./random";
import { Ids, type Tables } from "./tables";
import type { Province } from "./world";

export type FacilityRef = { id: string; name: string; industry: Industry; province: Province; commune: string };

const SIZES = ["MICRO", "MICRO", "SMALL", "SMALL", "SMALL", "MEDIUM"] as const;

export class Facilities {
  private readonly ids = new Ids(0xfac1);
  private readonly byProvince = new Map<string, FacilityRef[]>();
  private n = 0;
  created = 0;

  constructor(private readonly t: Tables, private readonly rng: Random) {}

  /** A beneficiary in `p` (in force when the đề án is registered), not one of `taken`. */
  take(p: Province, industry: Industry, on: DayNo, taken: Set<string>): FacilityRef {
    const known = this.byProvince.get(p.id);
    if (known && known.length > 20 && this.rng.chance(0.06)) {
      const f = known[this.rng.int(0, known.length - 1)]!;
      if (!taken.has(f.id)) return f;
    }
    return this.create(p, this.rng.chance(0.8) ? industry : this.rng.pick(INDUSTRIES), on);
  }

  private create(p: Province, industry: Industry, on: DayNo): FacilityRef {
    const rng = this.rng;
    const id = this.ids.next();
    const owner = personName(rng);
    const { name, form } = facilityName(rng, industry, owner);
    const commune = p.communes.length ? rng.pick(p.communes) : null;
    const communeName = commune?.name ?? "Tân Lập";
    const taxCode = `${p.code}${String(++this.n).padStart(8, "0")}`;
    const address = `Thôn ${rng.int(1, 12)}, xã ${communeName}, ${p.label}`;
    const at = stamp(on - rng.int(30, 900), rng.int(0, 539));
    this.t.facility.add([id, taxCode, name, toSearchText(name, taxCode), FIRM_KIND[form]!, rng.pick(SIZES), industry.name, p.id, commune?.id ?? null, address, rng.chance(0.3), rng.chance(0.25), rng.int(3, 120), at, at]);
    this.t.ownerContact.add([id, owner, `09${rng.int(10000000, 99999999)}`]);
    const ref = { id, name, industry, province: p, commune: communeName };
    const list = this.byProvince.get(p.id) ?? [];
    list.push(ref);
    this.byProvince.set(p.id, list);
    this.created++;
    return ref;
  }
}
