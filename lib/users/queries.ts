import "server-only";
// Accounts for the admin pages, and the two lookups of the password pages. Password hashes and
// reset-token hashes never leave lib: the selects below name what a page may see.
import type { Actor, Role } from "../auth/actor";
import { validAtWhere, vietnamToday } from "../calendar";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { OrganisationKind, ScopeKind } from "../db/generated/enums";
import { ForbiddenError, NotFoundError } from "../errors";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { provincesInForce } from "../admin-units/queries";
import { pageArgs, toPage, type Page } from "../pagination";
import { canManageUsers } from "./policy";
import { hashResetToken, isResetTokenShaped } from "./reset-token";
import type { UserListInput } from "./schemas";

export function requireUserAdmin(actor: Actor): void {
  if (!canManageUsers(actor)) throw new ForbiddenError();
}

const USER_ROW_SELECT = {
  id: true,
  email: true,
  name: true,
  active: true,
  mustChangePassword: true,
  createdAt: true,
  organisation: { select: { names: NAME_HISTORY_SELECT } },
  roles: { select: { role: true } },
  scopes: { select: { kind: true, zone: { select: { name: true } }, province: { select: { name: true } } } },
} satisfies Prisma.UserSelect;

export type UserRow = { id: string; email: string; name: string; active: boolean; mustChangePassword: boolean; createdAt: Date; organisation: string; roles: Role[]; scopes: { kind: ScopeKind; name: string | null }[] };

function toUserRow(u: Prisma.UserGetPayload<{ select: typeof USER_ROW_SELECT }>): UserRow {
  return {
    id: u.id, email: u.email, name: u.name, active: u.active, mustChangePassword: u.mustChangePassword, createdAt: u.createdAt,
    organisation: nameAt(u.organisation.names),
    roles: u.roles.map((r) => r.role),
    scopes: u.scopes.map((s) => ({ kind: s.kind, name: s.zone?.name ?? s.province?.name ?? null })),
  };
}

export async function listUsers(actor: Actor, input: UserListInput): Promise<Page<UserRow>> {
  requireUserAdmin(actor);
  const q = input.q;
  const where: Prisma.UserWhereInput = {
    AND: [
      q ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] } : {},
      input.active === "all" ? {} : { active: input.active === "1" },
    ],
  };
  const [total, rows] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({ where, orderBy: [{ email: "asc" }], ...pageArgs(input.page), select: USER_ROW_SELECT }),
  ]);
  return toPage(rows.map(toUserRow), total, input.page);
}

export type UserFormChoices = {
  organisations: { id: string; name: string; kind: OrganisationKind }[];
  zones: { id: string; name: string }[];
  provinces: { id: string; name: string }[];
};

/** What the new-account form offers: current organisations, the zones and the provinces in force. */
export async function userFormChoices(actor: Actor): Promise<UserFormChoices> {
  requireUserAdmin(actor);
  const [organisations, zones, provinces] = await Promise.all([
    db().organisation.findMany({ where: validAtWhere(vietnamToday()), orderBy: [{ kind: "asc" }, { code: "asc" }], select: { id: true, kind: true, names: NAME_HISTORY_SELECT } }),
    db().zone.findMany({ orderBy: { code: "asc" }, select: { id: true, name: true } }),
    provincesInForce(),
  ]);
  return { organisations: organisations.map((o) => ({ id: o.id, kind: o.kind, name: nameAt(o.names) })), zones, provinces };
}

/** The account a reset link is for, while the link still works; null otherwise (one answer for every reason). */
export async function findResetLink(token: string, now = new Date()): Promise<{ email: string; name: string } | null> {
  if (!isResetTokenShaped(token)) return null;
  const found = await db().passwordReset.findFirst({
    where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
    select: { user: { select: { email: true, name: true } } },
  });
  return found?.user ?? null;
}

/** The signed-in user's own account, for the change-password page. */
export async function findOwnAccount(actor: Actor): Promise<{ email: string; mustChangePassword: boolean; passwordChangedAt: Date | null } | null> {
  return db().user.findFirst({ where: { id: actor.userId }, select: { email: true, mustChangePassword: true, passwordChangedAt: true } });
}

export type UserDetail = UserRow & { passwordChangedAt: Date | null };

/** One account for the admin's detail page; NotFound for anyone else, like a missing account. */
export async function getUserForAdmin(actor: Actor, id: string): Promise<UserDetail> {
  requireUserAdmin(actor);
  const u = await db().user.findUnique({ where: { id }, select: { ...USER_ROW_SELECT, passwordChangedAt: true } });
  if (!u) throw new NotFoundError("user");
  return { ...toUserRow(u), passwordChangedAt: u.passwordChangedAt };
}
