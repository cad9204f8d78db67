// One user per organisation that acts in the data: the Cục, the three regional centres, and the
// SCT and the provincial centre of every province of both maps. All share one argon2 hash,
// computed once (the password is not meant for signing in: the generated accounts are for reads).
import { hashPassword } from "../../lib/auth/password";
import { personName } from "./catalogue";
import type { Random } from "./random";
import { Ids, type Tables } from "./tables";
import type { World } from "./world";

/** Not the demo domain (khuyencong.local), whose accounts only act in demo mode. */
export const GENERATED_DOMAIN = "du-lieu-gia-lap.khuyencong.vn";
export const CUC_EMAIL = `cuc@${GENERATED_DOMAIN}`;

export type People = { userOf(orgId: string): string | null; cuc: string };

export async function writePeople(t: Tables, world: World, rng: Random): Promise<People> {
  const hash = await hashPassword(`gia-lap-${rng.int(100000, 999999)}`);
  const ids = new Ids(0x05e7);
  const scopes = new Ids(0x05c0);
  const byOrg = new Map<string, string>();
  const add = (org: string, email: string, role: string, scope: { kind: string; zone?: string; province?: string }, name: string) => {
    const id = ids.next();
    byOrg.set(org, id);
    t.user.add([id, email, name, hash, org]);
    t.userRole.add([id, role]);
    t.userScope.add([scopes.next(), id, scope.kind, scope.zone ?? null, scope.province ?? null]);
  };
  add(world.cuc, CUC_EMAIL, "CUC_STAFF", { kind: "NATIONAL" }, `${personName(rng)} (Cục)`);
  for (const [zone, org] of Object.entries(world.regional)) {
    add(org, `ttkc-${zone.toLowerCase().replace(/_/g, "-")}@${GENERATED_DOMAIN}`, "REGIONAL_CENTRE", { kind: "ZONE", zone: world.ref.zoneId(zone) }, `${personName(rng)} (Trung tâm vùng)`);
  }
  for (const p of [...world.old, ...world.fresh]) {
    const tag = p.set === "old" ? `${p.code}-2008` : p.code;
    add(p.sctOrg, `sct-${tag}@${GENERATED_DOMAIN}`, "SCT", { kind: "PROVINCE", province: p.id }, `${personName(rng)} (Sở Công Thương ${p.name})`);
    add(p.centreOrg, `ttkc-${tag}@${GENERATED_DOMAIN}`, "PROVINCIAL_CENTRE", { kind: "PROVINCE", province: p.id }, `${personName(rng)} (Trung tâm Khuyến công ${p.name})`);
  }
  return { userOf: (org) => byOrg.get(org) ?? null, cuc: byOrg.get(world.cuc)! };
}
