import "server-only";
// Filter choices for the đề án list: content codes across catalogue versions, and provinces in force.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { provincesInScope } from "../admin-units/load";
import { vietnamToday } from "../calendar";

export async function listFilterOptions(actor: Actor, now = new Date()) {
  const [contents, provinces] = await Promise.all([
    db().contentCategory.findMany({ distinct: ["code"], orderBy: [{ code: "asc" }, { sortOrder: "desc" }], select: { code: true, name: true } }),
    provincesInScope(actor, vietnamToday(now)),
  ]);
  return { contents, provinces };
}
