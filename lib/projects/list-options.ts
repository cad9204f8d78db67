import "server-only";
// Filter choices for the đề án list: content codes across catalogue versions, and provinces in force.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";

export async function listFilterOptions(actor: Actor) {
  const [contents, provinces] = await Promise.all([
    db().contentCategory.findMany({ distinct: ["code"], orderBy: [{ code: "asc" }, { sortOrder: "desc" }], select: { code: true, name: true } }),
    db().province.findMany({ where: { validTo: null, ...(actor.scope.national ? {} : { id: { in: [...actor.scope.provinceIds] } }) }, orderBy: { code: "asc" }, select: { id: true, name: true } }),
  ]);
  return { contents, provinces };
}
