// Who acts for a đề án on a given day: the province's SCT (an old province's own until the merger
// of 1/7/2025, its successor's after), and the demo users of the SCTs and centres, who act from 2026
// (historical steps have no actor).
import { MERGER_DATE, type Ref } from "../context";
import { day } from "../../factories";
import type { ProjectSpec } from "./types";

const SCT_USERS: Record<string, string> = { "38": "sct.thanhhoa@khuyencong.local", "15": "sct.laocai@khuyencong.local", "66": "sct.daklak@khuyencong.local" };
const IMPLEMENTER_USERS: Record<string, string> = { TTKC1: "ttkc1@khuyencong.local", TTKC2: "ttkc2@khuyencong.local", TTKC3: "ttkc3@khuyencong.local", "TTKC-38": "ttkc.thanhhoa@khuyencong.local", "TTKC-15": "ttkc.laocai@khuyencong.local" };
const DEMO_USERS_FROM = day("2026-01-01");

export type Parties = {
  /** Organisation code of the SCT responsible for the đề án's province on `on`. */
  sct(p: ProjectSpec, on: Date): string;
  sctUser(p: ProjectSpec, on: Date): string | undefined;
  implementerUser(p: ProjectSpec, on: Date): string | undefined;
};

export function parties(ref: Pick<Ref, "old">): Parties {
  /** The new province's code once the old one has merged into it. */
  const current = (p: ProjectSpec, on: Date): string | null => {
    if (p.province.set === "new") return p.province.code;
    return on.getTime() >= MERGER_DATE.getTime() ? ref.old.find((x) => x.code === p.province.code)!.newCode : null;
  };
  return {
    sct: (p, on) => {
      const code = current(p, on);
      return code ? `SCT-${code}` : `SCT-${p.province.code}-2008`;
    },
    sctUser: (p, on) => {
      const code = current(p, on);
      return code && on.getTime() >= DEMO_USERS_FROM.getTime() ? SCT_USERS[code] : undefined;
    },
    implementerUser: (p, on) => (on.getTime() >= DEMO_USERS_FROM.getTime() ? IMPLEMENTER_USERS[p.implementer] : undefined),
  };
}
