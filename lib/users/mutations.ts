import "server-only";
// Account administration by an admin: create, deactivate or reactivate, and reset a password.
// No password is ever chosen or shown by the admin: a new account and a reset both give a one-time
// link (shown once, stored hashed) with which the user sets their own (docs/decisions/049).
import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { endSessions } from "../auth/sessions";
import { validAtWhere, vietnamToday } from "../calendar";
import { db, type Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ConflictError, DomainError, message, NotFoundError } from "../errors";
import { issueResetLink, voidOpenLinks, type IssuedLink } from "./issue-reset";
import { scopeKindFor } from "./policy";
import { requireUserAdmin } from "./queries";
import { CreateUserInputSchema, SetUserActiveInputSchema, UserIdInputSchema, type CreateUserInput } from "./schemas";

export type CreatedUser = { id: string; email: string; link: IssuedLink };

export async function createUser(actor: Actor, raw: unknown, now = new Date()): Promise<CreatedUser> {
  const input = CreateUserInputSchema.parse(raw);
  requireUserAdmin(actor);
  assertScopeFitsRoles(input);
  const passwordHash = await unknownPasswordHash();
  try {
    return await db().$transaction(async (tx) => {
      await assertChoicesInForce(tx, input);
      const user = await tx.user.create({
        data: {
          email: input.email, name: input.name, organisationId: input.organisationId, passwordHash, mustChangePassword: true,
          roles: { create: input.roles.map((role) => ({ role })) },
          scopes: { create: [input.scope] },
        },
        select: { id: true, email: true },
      });
      const after = { email: input.email, name: input.name, organisationId: input.organisationId, roles: input.roles, scope: input.scope, active: true, mustChangePassword: true };
      await recordAudit(tx, actor, { action: "user.create", entityType: "User", entityId: user.id, data: { before: null, after } });
      return { ...user, link: await issueResetLink(tx, actor, user.id, now) };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("errors.users.emailTaken", { email: input.email });
    }
    throw error;
  }
}

function assertScopeFitsRoles(input: CreateUserInput): void {
  const kind = scopeKindFor(input.roles);
  if (!kind) throw new DomainError("VALIDATION", "errors.users.rolesMixed", {}, { roles: message("errors.users.rolesMixedField") });
  if (kind !== input.scope.kind) throw new DomainError("VALIDATION", "errors.users.scopeMismatch", {}, { scope: message("errors.users.scopeMismatchField") });
}

async function assertChoicesInForce(tx: Tx, input: CreateUserInput): Promise<void> {
  const today = vietnamToday();
  const organisation = await tx.organisation.findFirst({ where: { id: input.organisationId, ...validAtWhere(today) }, select: { id: true } });
  if (!organisation) throw new DomainError("VALIDATION", "errors.users.organisationGone", {}, { organisationId: message("errors.users.organisationGoneField") });
  const { zoneId, provinceId } = input.scope;
  const found = zoneId ? await tx.zone.findUnique({ where: { id: zoneId }, select: { id: true } }) : provinceId ? await tx.province.findFirst({ where: { id: provinceId, ...validAtWhere(today) }, select: { id: true } }) : true;
  if (!found) throw new DomainError("VALIDATION", "errors.users.scopeGone", {}, { scope: message("errors.users.scopeGone") });
}

/**
 * Deactivating ends every session of the user at once (same transaction) and voids open password
 * links; reactivating lets the user sign in again with the password they had. Nobody locks themselves out.
 */
export async function setUserActive(actor: Actor, raw: unknown, now = new Date()): Promise<{ id: string; active: boolean }> {
  const input = SetUserActiveInputSchema.parse(raw);
  requireUserAdmin(actor);
  if (!input.active && input.userId === actor.userId) throw new DomainError("VALIDATION", "errors.users.selfDeactivate");
  return db().$transaction(async (tx) => {
    // Conditional update: two admins at once cannot both change it, and the audit's "before" is true.
    const { count } = await tx.user.updateMany({ where: { id: input.userId, active: !input.active }, data: { active: input.active } });
    if (count === 0) {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { email: true } });
      if (!user) throw new NotFoundError("user");
      throw new ConflictError(input.active ? "errors.users.alreadyActive" : "errors.users.alreadyInactive", { email: user.email });
    }
    if (!input.active) {
      await endSessions(tx, input.userId);
      await voidOpenLinks(tx, input.userId, now);
    }
    await recordAudit(tx, actor, { action: input.active ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: input.userId, data: { before: { active: !input.active }, after: { active: input.active } } });
    return { id: input.userId, active: input.active };
  });
}

/** A hash of random bytes nobody knows: the account works only once its owner sets a password by the link. */
const unknownPasswordHash = () => hashPassword(randomBytes(32).toString("base64url"));

/**
 * An admin-driven reset: the user must set a new password, by the one-time link returned here
 * (shown once to the admin to hand over). Their sessions end and the old password stops working,
 * so a suspected intruder who knows it is out now and cannot sign in to undo the reset.
 */
export async function resetPassword(actor: Actor, raw: unknown, now = new Date()): Promise<{ email: string; link: IssuedLink }> {
  const input = UserIdInputSchema.parse(raw);
  requireUserAdmin(actor);
  if (input.userId === actor.userId) throw new DomainError("VALIDATION", "errors.users.selfReset");
  const passwordHash = await unknownPasswordHash();
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { email: true, active: true, mustChangePassword: true } });
    if (!user) throw new NotFoundError("user");
    if (!user.active) throw new DomainError("VALIDATION", "errors.users.inactive", { email: user.email });
    await tx.user.update({ where: { id: input.userId }, data: { mustChangePassword: true, passwordHash } });
    await endSessions(tx, input.userId);
    await recordAudit(tx, actor, { action: "user.resetPassword", entityType: "User", entityId: input.userId, data: { before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: true } } });
    return { email: user.email, link: await issueResetLink(tx, actor, input.userId, now) };
  });
}
