// Demo accounts, all with the password in DEMO_PASSWORD. The hash is computed once per run and
// written only when an account is created, so a re-run never resets a password someone changed.
import { uuidFrom } from "../../factories";
import { hashPassword } from "../../../lib/auth/password";
import { newP, type ProvRef, type Ref } from "../context";
import { k, type Seeder } from "../sync";

export const DEMO_PASSWORD = "KhuyenCong@2026";

type Role = "ADMIN" | "CUC_STAFF" | "LEADERSHIP" | "REGIONAL_CENTRE" | "SCT" | "PROVINCIAL_CENTRE";
type Scope = { kind: "NATIONAL" } | { kind: "ZONE"; zone: string } | { kind: "PROVINCE"; province: ProvRef };
type DemoUser = { email: string; name: string; roles: Role[]; org: string; scope: Scope };

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@khuyencong.local", name: "Quản trị hệ thống", roles: ["ADMIN"], org: "CUC", scope: { kind: "NATIONAL" } },
  { email: "cuc@khuyencong.local", name: "Nguyễn Thị Minh (Cục)", roles: ["CUC_STAFF"], org: "CUC", scope: { kind: "NATIONAL" } },
  { email: "lanhdao@khuyencong.local", name: "Lãnh đạo Bộ", roles: ["LEADERSHIP"], org: "CUC", scope: { kind: "NATIONAL" } },
  { email: "ttkc1@khuyencong.local", name: "Trần Văn Hải (Trung tâm 1)", roles: ["REGIONAL_CENTRE"], org: "TTKC1", scope: { kind: "ZONE", zone: "BAC" } },
  // A second person of centre 1, so that its ledger entries can be confirmed by someone other than the recorder.
  { email: "ketoan.ttkc1@khuyencong.local", name: "Nguyễn Thị Lan (Kế toán Trung tâm 1)", roles: ["REGIONAL_CENTRE"], org: "TTKC1", scope: { kind: "ZONE", zone: "BAC" } },
  { email: "ttkc2@khuyencong.local", name: "Võ Thị Hạnh (Trung tâm 2)", roles: ["REGIONAL_CENTRE"], org: "TTKC2", scope: { kind: "ZONE", zone: "TRUNG_TAY_NGUYEN" } },
  { email: "ttkc3@khuyencong.local", name: "Huỳnh Văn Lộc (Trung tâm 3)", roles: ["REGIONAL_CENTRE"], org: "TTKC3", scope: { kind: "ZONE", zone: "NAM" } },
  { email: "sct.thanhhoa@khuyencong.local", name: "Lê Thị Thu Hà (Sở Công Thương Thanh Hóa)", roles: ["SCT"], org: "SCT-38", scope: { kind: "PROVINCE", province: newP("38") } },
  { email: "ttkc.thanhhoa@khuyencong.local", name: "Phạm Văn Đức (Trung tâm Khuyến công Thanh Hóa)", roles: ["PROVINCIAL_CENTRE"], org: "TTKC-38", scope: { kind: "PROVINCE", province: newP("38") } },
  { email: "sct.laocai@khuyencong.local", name: "Hoàng Minh Tuấn (Sở Công Thương Lào Cai)", roles: ["SCT"], org: "SCT-15", scope: { kind: "PROVINCE", province: newP("15") } },
  { email: "ttkc.laocai@khuyencong.local", name: "Đỗ Thị Ngọc (Trung tâm Khuyến công Lào Cai)", roles: ["PROVINCIAL_CENTRE"], org: "TTKC-15", scope: { kind: "PROVINCE", province: newP("15") } },
  { email: "sct.daklak@khuyencong.local", name: "Y Khoa Niê (Sở Công Thương Đắk Lắk)", roles: ["SCT"], org: "SCT-66", scope: { kind: "PROVINCE", province: newP("66") } },
];

/** Upserts the demo users; returns email → id. */
export async function seedUsers(s: Seeder, ref: Ref): Promise<Map<string, string>> {
  const emails = DEMO_USERS.map((u) => u.email);
  const existing = await s.db.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  // Hash only when some account is missing: argon2 is deliberately slow.
  const passwordHash = existing.length === emails.length ? "" : await hashPassword(DEMO_PASSWORD);
  const ids = await s.upsert(
    "user",
    DEMO_USERS.map((u) => ({ id: uuidFrom(`user:${u.email}`), email: u.email, name: u.name, passwordHash, organisationId: ref.orgId(u.org), active: true })),
    { key: (r) => k(r.email), where: { email: { in: emails } }, createOnly: ["passwordHash"] },
  );
  const byEmail = new Map(DEMO_USERS.map((u) => [u.email, ids.get(k(u.email))!]));
  await s.insertOnly("userRole", DEMO_USERS.flatMap((u) => u.roles.map((role) => ({ userId: byEmail.get(u.email)!, role }))));
  const scopes = DEMO_USERS.map((u) => {
    const zoneId = u.scope.kind === "ZONE" ? ref.zoneId(u.scope.zone) : null;
    const provinceId = u.scope.kind === "PROVINCE" ? ref.provinceId(u.scope.province) : null;
    // (userId, kind, zoneId, provinceId) has NULLs, which a unique index does not compare: a fixed id does.
    return { id: uuidFrom(`user-scope:${u.email}:${u.scope.kind}:${zoneId ?? ""}:${provinceId ?? ""}`), userId: byEmail.get(u.email)!, kind: u.scope.kind, zoneId, provinceId };
  });
  await s.upsert("userScope", scopes, { key: (r) => k(r.id), where: { id: { in: scopes.map((x) => x.id) } } });
  return byEmail;
}
