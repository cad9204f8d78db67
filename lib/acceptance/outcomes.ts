import "server-only";
// Outcome indicators per beneficiary (issue #8 item 6): at acceptance, and optionally a follow-up
// 1–3 years later. Blank is "not reported", stored as null and never as 0, so the later reports can
// tell a real zero from a missing figure.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { asCalendarDay, parseCalendarDate, vietnamToday, formatIsoDay, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, message } from "../errors";
import { formatDate } from "../format";
import { parseMoneyField, type Dong } from "../money";
import { lockProject } from "../projects/mutations";
import { canRecordOutcomes } from "./policy";
import { followUpInWindow } from "./rules";
import { OUTCOME_COUNT_FIELDS, OUTCOME_MONEY_FIELDS, RecordOutcomeInputSchema, type RecordOutcomeInput } from "./schemas";

type Side = "Before" | "After";
const SIDES: readonly Side[] = ["Before", "After"];

function moneyOrNull(text: string, field: string): Dong | null {
  if (text === "") return null;
  const amount = parseMoneyField(text, field, "trieu");
  if (amount < 0n) throw new DomainError("VALIDATION", "errors.acceptance.negative", {}, { [field]: message("errors.acceptance.negative") });
  return amount;
}

function countOrNull(text: string, field: string): number | null {
  if (text === "") return null;
  const plain = text.replace(/\./g, "");
  if (!/^\d{1,9}$/.test(plain)) throw new DomainError("VALIDATION", "errors.acceptance.count", { input: text }, { [field]: message("errors.acceptance.count", { input: text }) });
  return Number(plain);
}

/** The twelve indicators, each null when left blank. */
export function outcomeValues(input: RecordOutcomeInput) {
  const values: Record<string, Dong | number | null> = {};
  for (const side of SIDES) {
    for (const f of OUTCOME_MONEY_FIELDS) values[`${f}${side}`] = moneyOrNull(input[`${f}${side}`], `${f}${side}`);
    for (const f of OUTCOME_COUNT_FIELDS) values[`${f}${side}`] = countOrNull(input[`${f}${side}`], `${f}${side}`);
  }
  return values as {
    [K in `${(typeof OUTCOME_MONEY_FIELDS)[number]}${Side}`]: Dong | null;
  } & { [K in `${(typeof OUTCOME_COUNT_FIELDS)[number]}${Side}`]: number | null };
}

function followUpDay(input: RecordOutcomeInput, acceptedOn: CalendarDay): CalendarDay {
  if (input.recordedOn === "") throw new DomainError("VALIDATION", "errors.acceptance.followUpDay", {}, { recordedOn: message("errors.acceptance.followUpDay") });
  const recordedOn = parseCalendarDate(input.recordedOn);
  const today = vietnamToday();
  if (formatIsoDay(recordedOn) > formatIsoDay(today)) throw new DomainError("VALIDATION", "errors.acceptance.inFuture", { date: formatDate(recordedOn, true), today: formatDate(today, true) }, { recordedOn: message("errors.acceptance.followUpDay") });
  const window = followUpInWindow(acceptedOn, recordedOn);
  if (window) throw new DomainError("VALIDATION", window.key, window.params, { recordedOn: message(window.key, window.params) });
  return recordedOn;
}

/** Records one beneficiary's outcome indicators; the same beneficiary, timing and day twice is a conflict. */
export async function recordOutcome(actor: Actor, raw: unknown): Promise<{ id: string }> {
  const input = RecordOutcomeInputSchema.parse(raw);
  const values = outcomeValues(input);
  return db().$transaction(async (tx) => {
    const target = await tx.acceptance.findUnique({ where: { id: input.acceptanceId }, select: { projectId: true } });
    if (!target) throw new NotFoundError("record");
    const project = await lockProject(tx, actor, target.projectId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError("record") : error;
    });
    if (!canRecordOutcomes(actor, project)) throw new ForbiddenError("errors.acceptance.cannotRecordOutcomes");
    const acceptance = await tx.acceptance.findUniqueOrThrow({ where: { id: input.acceptanceId }, select: { id: true, acceptedOn: true, beneficiaryId: true } });
    const beneficiary = await tx.projectBeneficiary.findFirst({ where: { id: input.beneficiaryId, projectId: project.id }, select: { id: true } });
    // A Mẫu 5a acceptance is one location's: its outcomes are that beneficiary's.
    if (!beneficiary || (acceptance.beneficiaryId && acceptance.beneficiaryId !== beneficiary.id)) {
      throw new DomainError("VALIDATION", "errors.acceptance.beneficiaryRequired", {}, { beneficiaryId: message("errors.acceptance.beneficiaryRequired") });
    }
    const acceptedOn = asCalendarDay(acceptance.acceptedOn);
    const recordedOn = input.timing === "FOLLOW_UP" ? followUpDay(input, acceptedOn) : acceptedOn;
    try {
      const created = await tx.outcomeRecord.create({
        data: { projectId: project.id, beneficiaryId: beneficiary.id, acceptanceId: acceptance.id, timing: input.timing, recordedOn, note: input.note, recordedById: actor.userId, ...values },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "outcome.record", entityType: "OutcomeRecord", entityId: created.id, projectId: project.id, data: { acceptanceId: acceptance.id, beneficiaryId: beneficiary.id, timing: input.timing } });
      return created;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError("errors.acceptance.outcomeExists");
      throw error;
    }
  });
}
