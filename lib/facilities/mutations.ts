import "server-only";
// Creating one cơ sở CNNT on its own, outside a đề án (the đề án editor creates its new
// facilities with the đề án save instead, lib/projects/draft.ts). Same rules, same write.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { DomainError, ForbiddenError, zodFields } from "../errors";
import { insertFacility, newFacilityRefusals } from "./create";
import { canCreateFacility } from "./policy";
import { FacilityInputSchema } from "./schemas";

export async function createFacility(actor: Actor, raw: unknown, now?: Date): Promise<{ id: string; name: string; taxCode: string }> {
  const parsed = FacilityInputSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("VALIDATION", "errors.facilities.invalid", {}, zodFields(parsed.error.issues));
  const input = parsed.data;
  if (!canCreateFacility(actor)) throw new ForbiddenError("errors.facilities.implementerOnly");
  return db().$transaction(async (tx) => {
    const [refusal] = await newFacilityRefusals(tx, actor, [input], () => "", now);
    if (refusal) throw refusal;
    return insertFacility(tx, actor, input);
  });
}
