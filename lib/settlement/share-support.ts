import "server-only";
// Mẫu 8b (all vouchers, counterpart included) is for đề án supported as a share of the total cost
// (docs/decisions/028): the đề án commits counterpart funds, or one of its budget lines follows a
// norm given as a percentage of cost (SupportNorm.maxRateBp). Unscoped: callers read the đề án first.
import { db, type Tx } from "../db/client";

export async function unsafeSupportedAsShare(project: { id: string; counterpartAmount: bigint }, client: Tx = db()): Promise<boolean> {
  if (project.counterpartAmount > 0n) return true;
  const line = await client.projectBudgetLine.findFirst({ where: { projectId: project.id, supportNorm: { maxRateBp: { not: null } } }, select: { id: true } });
  return line !== null;
}
