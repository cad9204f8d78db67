// The 2027 registration season (extended to 31/12/2026, see docs/demo-data.md): đề án of the new
// provinces still being drafted, sent to the SCT, returned, approved or registered — the work
// queues of the Thanh Hóa and Lào Cai demo users.
import { Rng } from "../../factories";
import { newP } from "../context";
import { kcdpYear, kcqgYear, type Status } from "./years";
import type { DemoData } from "./types";

export function registration2027(d: DemoData): void {
  const rng = new Rng("registration-2027");
  const th = newP("38");
  const lc = newP("15");
  const returned = { returnedBySct: true };
  const statuses: [Status, ReturnType<typeof newP>][] = [
    [{ status: "DRAFT" }, th],
    [{ status: "DRAFT" }, th],
    [{ status: "SUBMITTED_TO_SCT" }, th],
    [{ status: "RETURNED_BY_SCT", opts: returned }, th],
    [{ status: "APPROVED_BY_SCT", opts: returned }, th],
    [{ status: "SUBMITTED_TO_SCT" }, lc],
    [{ status: "SUBMITTED_TO_SCT", opts: returned }, lc],
    [{ status: "DRAFT" }, lc],
    [{ status: "REGISTERED" }, lc],
    [{ status: "REGISTERED" }, newP("01")],
    [{ status: "UNDER_CUC_APPRAISAL" }, newP("24")],
    [{ status: "APPROVED_BY_SCT" }, newP("92")],
    [{ status: "SUBMITTED_TO_SCT" }, newP("66")],
    [{ status: "REGISTERED" }, newP("48")],
  ];
  kcqgYear(d, rng, 2027, statuses.map(([s]) => s), { set: "new", fixed: statuses.map(([, p]) => p) });
  kcdpYear(d, rng, 2027, th, [{ status: "DRAFT" }], ["MODEL"]);
  kcdpYear(d, rng, 2027, lc, [{ status: "SUBMITTED_TO_SCT" }], ["MACHINERY"]);
}
