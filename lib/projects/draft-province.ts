import "server-only";
// The province of a đề án draft must be in force today when the đề án is created or moved to
// another province (docs/decisions/014); a đề án made on a former province keeps it when edited.
// Checked inside the save's transaction, with the other references (lib/projects/draft.ts).
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { assertProvinceInForce } from "../admin-units/load";
import { db, type Tx } from "../db/client";

const DraftProvince = z.object({ id: z.uuid().optional(), provinceId: z.uuid().nullish() });

export async function assertDraftProvinceInForce(actor: Actor, raw: unknown, tx: Tx = db(), now?: Date): Promise<void> {
  const parsed = DraftProvince.safeParse(raw);
  if (!parsed.success || !parsed.data.provinceId) return;
  const { id, provinceId } = parsed.data;
  if (id) {
    const recorded = await tx.project.findFirst({ where: { AND: [{ id }, projectScopeWhere(actor)] }, select: { provinceId: true } });
    if (recorded?.provinceId === provinceId) return;
  }
  await assertProvinceInForce(tx, provinceId, "provinceId", now);
}
