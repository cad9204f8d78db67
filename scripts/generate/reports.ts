// Periodic reports (Q1, H1, M9, M11, YEAR) of every province in force on each cut-off, for KCQG
// and KCĐP: the plan and the money executed from 1 January to the cut-off, from the generated
// ledger, with the counts the forms ask for.
import { formatIsoDay } from "../../lib/calendar";
import { periodCutOff, SUBMITTABLE_PERIODS } from "../../lib/periodic-reports/periods";
import { dayNo, iso, stamp } from "./days";
import { executedKey, type Executed } from "./contracts";
import { TODAY } from "./lifecycle";
import type { People } from "./people";
import type { Gen } from "./projects";
import type { Random } from "./random";
import { Ids, type Tables } from "./tables";
import { inForce, type World } from "./world";

type Tally = { plan: bigint; projects: number; facilities: number; trainees: number };

export class ReportFactory {
  private readonly ids = new Ids(0x4e90);
  constructor(private readonly t: Tables, private readonly world: World, private readonly people: People) {}

  write(rng: Random, year: number, projects: readonly Gen[], executed: Executed): void {
    const w = this.world;
    const tallies = new Map<string, Tally>();
    const provincesOf = new Map<string, string[]>();
    for (const p of projects) {
      if (p.approved === null || p.life.on.IN_PLAN === undefined) continue;
      const key = `${p.province.id}|${p.fund}`;
      const x = tallies.get(key) ?? { plan: 0n, projects: 0, facilities: 0, trainees: 0 };
      x.plan += p.approved;
      x.projects++;
      x.facilities += p.beneficiaries.length;
      if (p.theme.code === "01") x.trainees += 35;
      tallies.set(key, x);
    }
    for (const period of SUBMITTABLE_PERIODS) {
      const cut = formatIsoDay(periodCutOff(year, period));
      const cutDay = dayNo(year, Number(cut.slice(5, 7)), Number(cut.slice(8, 10)));
      const submitted = cutDay + rng.int(3, 12);
      if (submitted > TODAY) continue;
      const month = year * 12 + Number(cut.slice(5, 7)) - 1;
      const set = cutDay >= dayNo(2025, 7, 1) ? w.fresh : w.old;
      for (const province of set) {
        // A new province reports for the old ones it absorbed.
        let parts = provincesOf.get(province.id);
        if (!parts) provincesOf.set(province.id, (parts = [province.id, ...w.old.filter((o) => province.set === "new" && o.successor === province.id).map((o) => o.id)]));
        for (const fund of ["KCQG", "KCDP"] as const) {
          let plan = 0n;
          let executedAmount = 0n;
          let count = 0;
          let facilities = 0;
          let trainees = 0;
          for (const id of parts) {
            const x = tallies.get(`${id}|${fund}`);
            if (x) (plan += x.plan, (count += x.projects), (facilities += x.facilities), (trainees += x.trainees));
            for (let m = year * 12; m <= month; m++) executedAmount += executed.get(executedKey(id, year, fund, m)) ?? 0n;
          }
          const org = inForce(w, province, cutDay).sctOrg;
          this.t.periodic.add([this.ids.next(), province.id, org, year, period, iso(cutDay), w.funding[fund], plan, executedAmount < 0n ? 0n : executedAmount, count, facilities, trainees, this.people.userOf(org), stamp(submitted, rng.int(0, 539))]);
        }
      }
    }
  }
}
