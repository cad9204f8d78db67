import "server-only";
// The đề án money panel's data (issue #8 item 8). Unscoped by design, hence `unsafe…`: the đề án
// page has already found the đề án through the actor's scope (getProject), and these figures are
// the đề án's own, through the one programme-money measure (docs/decisions/021, 023).
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { sumDong } from "../money";
import { moneyPanelOf, type PanelFigure } from "./panel-figures";
import { NOT_COUNTERPART_WHERE, unsafeProgrammeMeasures } from "./queries";

/** Main contracts and task assignments in force: signed (or liquidated after running), not drafts or terminated. */
const IN_FORCE: Prisma.ContractWhereInput = { kind: { in: ["CONTRACT", "TASK_ASSIGNMENT"] }, status: { in: ["SIGNED", "LIQUIDATED"] } };

export async function unsafeMoneyPanel(projectId: string): Promise<PanelFigure[]> {
  const project = await db().project.findUniqueOrThrow({ where: { id: projectId }, select: { approvedAmount: true } });
  const contracts = await db().contract.findMany({ where: { projectId, ...IN_FORCE }, select: { value: true } });
  const measures = await unsafeProgrammeMeasures({ AND: [{ projectId }, NOT_COUNTERPART_WHERE] });
  return moneyPanelOf(project.approvedAmount, sumDong(contracts.map((c) => c.value)), measures);
}
