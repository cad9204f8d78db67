import "server-only";
// The first administrator of a fresh installation, from the command line (scripts/first-admin.ts):
// without it, a production server has no account that could create the others (demo accounts
// are off there). Refused once any usable admin exists; from then on admins create admins.
import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record";
import { usableAccountWhere } from "../auth/demo-accounts";
import { hashPassword } from "../auth/password";
import { validAtWhere, vietnamToday } from "../calendar";
import { db } from "../db/client";
import { demoMode } from "../env";
import { DomainError } from "../errors";
import { issueResetLink, type IssuedLink } from "./issue-reset";
import { CreateUserInputSchema } from "./schemas";

export async function createFirstAdmin(raw: { email: string; name: string }, now = new Date()): Promise<{ email: string; link: IssuedLink }> {
  const input = CreateUserInputSchema.pick({ email: true, name: true }).parse(raw);
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  return db().$transaction(async (tx) => {
    const admins = await tx.user.count({ where: { active: true, roles: { some: { role: "ADMIN" } }, ...usableAccountWhere(demoMode()) } });
    if (admins > 0) throw new DomainError("CONFLICT", "errors.users.firstAdminExists");
    const cuc = await tx.organisation.findFirst({ where: { kind: "CUC", ...validAtWhere(vietnamToday(now)) }, orderBy: { code: "asc" }, select: { id: true } });
    if (!cuc) throw new DomainError("VALIDATION", "errors.users.firstAdminNoCuc");
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, organisationId: cuc.id, passwordHash, mustChangePassword: true, roles: { create: [{ role: "ADMIN" }] }, scopes: { create: [{ kind: "NATIONAL" }] } },
      select: { id: true },
    });
    await recordAudit(tx, null, { action: "user.createFirstAdmin", entityType: "User", entityId: user.id, data: { before: null, after: { email: input.email, name: input.name, organisationId: cuc.id, roles: ["ADMIN"], scope: { kind: "NATIONAL" } } } });
    return { email: input.email, link: await issueResetLink(tx, null, user.id, now) };
  });
}
