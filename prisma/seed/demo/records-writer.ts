// Writes progress reports (natural key: đề án and month) with their lines, inspections with
// findings, acceptances with lines, outcome indicators and the stop of the stopped đề án. Lines
// carry Decimal quantities, which the seeder cannot compare, so they are only inserted (fixed ids).
import { monthOfDay, sum, uuidFrom } from "../../factories";
import type { Ref } from "../context";
import { k, type Seeder } from "../sync";
import type { OutcomeSpec, StopSpec } from "./closing";
import type { AcceptanceSpec, ProgressSpec } from "./implementation";
import type { Ids } from "./implementation-writer";
import type { InspectionSpec } from "./inspections";
import type { ProjectSpec } from "./types";

const HOUR = 3_600_000;
const month = monthOfDay;

export type Records = { progress: ProgressSpec[]; inspections: InspectionSpec[]; acceptances: AcceptanceSpec[]; outcomes: OutcomeSpec[]; stops: StopSpec[] };

export async function writeRecords(s: Seeder, ref: Ref, r: Records, contractId: (p: ProjectSpec) => string, ids: Ids): Promise<void> {
  const reports = r.progress.map((x) => ({
    id: uuidFrom(`progress:${x.project.code}:${month(x.month)}`),
    projectId: ids.projectId(x.project.code),
    contractId: contractId(x.project),
    periodMonth: x.month,
    reportedOn: x.reportedOn,
    completionBp: x.completionBp,
    completedValue: sum(x.lines.map((l) => l.cost)),
    narrative: x.completionBp === 10_000 ? "Hoàn thành toàn bộ khối lượng, đề nghị nghiệm thu cơ sở." : `Đã thực hiện khoảng ${Math.round(x.completionBp / 100)} % khối lượng theo kế hoạch.`,
    submittedById: ids.user(x.submittedBy),
    submittedAt: new Date(x.reportedOn.getTime() + 3 * HOUR),
    confirmedById: ids.user(x.confirmedBy),
    confirmedAt: x.confirmedAt,
    confirmationNote: x.confirmedAt ? "Xác nhận khối lượng, kinh phí thực hiện đúng thực tế" : "",
  }));
  const reportIds = await s.upsert("progressReport", reports, { key: (row) => k(row.projectId, row.periodMonth), where: { projectId: { in: [...new Set(reports.map((x) => x.projectId))] } } });
  await s.insertOnly(
    "progressReportLine",
    r.progress.flatMap((x) =>
      x.lines.map((l) => ({
        id: uuidFrom(`progress-line:${x.project.code}:${month(x.month)}:${l.lineNo}`),
        reportId: reportIds.get(k(ids.projectId(x.project.code), x.month))!,
        seq: l.lineNo,
        budgetLineId: ids.budgetLineId(x.project.code, l.lineNo),
        description: l.line.item,
        unit: l.line.unit,
        plannedQuantity: String(l.line.quantity),
        doneQuantity: l.done,
        costExecuted: l.cost,
      })),
    ),
  );

  const inspections = r.inspections.map((x) => ({
    id: uuidFrom(`inspection:${x.key}`),
    projectId: ids.projectId(x.project.code),
    inspectorId: ref.orgId(x.inspector),
    inspectedOn: x.on,
    team: x.team,
    findings: x.findings,
    conclusion: x.conclusion,
    recordedById: ids.user(x.recordedBy),
  }));
  await s.upsert("inspection", inspections, { key: (row) => k(row.id), where: { id: { in: inspections.map((x) => x.id) } } });
  const findings = r.inspections.flatMap((x) =>
    x.items.map((f, i) => ({
      id: uuidFrom(`finding:${x.key}:${i + 1}`),
      inspectionId: uuidFrom(`inspection:${x.key}`),
      seq: i + 1,
      description: f.description,
      requiredAction: f.action,
      dueOn: f.dueOn,
      status: f.closedOn ? ("CLOSED" as const) : ("OPEN" as const),
      closedOn: f.closedOn,
      closedById: ids.user(f.closedBy),
      closingEvidence: f.evidence,
    })),
  );
  await s.upsert("inspectionFinding", findings, { key: (row) => k(row.id), where: { id: { in: findings.map((x) => x.id) } } });

  const acceptances = r.acceptances.map((x) => ({
    id: uuidFrom(`acceptance:${x.key}`),
    projectId: ids.projectId(x.project.code),
    contractId: contractId(x.project),
    form: x.form,
    organiserId: ref.orgId(x.organiser),
    acceptedOn: x.acceptedOn,
    beneficiaryId: x.beneficiary ? ids.beneficiaryId(x.project.code, x.beneficiary) : null,
    location: x.location,
    acceptedValue: sum(x.lines.map((l) => l.support)),
    counterpartValue: sum(x.lines.map((l) => l.line.counterpart)),
    workVolume: x.project.scale,
    members: x.form === "MAU_5C" ? "Đại diện Cục; đại diện Sở Công Thương; đại diện đơn vị thực hiện" : "Đại diện Sở Công Thương; đại diện đơn vị thực hiện; đại diện cơ sở thụ hưởng",
    conclusion: "Hoàn thành khối lượng theo hợp đồng, đạt yêu cầu; đồng ý nghiệm thu.",
    recordedById: ids.user(x.recordedBy),
  }));
  await s.upsert("acceptance", acceptances, { key: (row) => k(row.id), where: { id: { in: acceptances.map((x) => x.id) } } });
  await s.insertOnly(
    "acceptanceLine",
    r.acceptances.flatMap((x) =>
      x.lines.map((l, i) => ({
        id: uuidFrom(`acceptance-line:${x.key}:${i + 1}`),
        acceptanceId: uuidFrom(`acceptance:${x.key}`),
        seq: i + 1,
        budgetLineId: ids.budgetLineId(x.project.code, l.lineNo),
        description: l.line.item,
        unit: l.line.unit,
        quantityAccepted: String(l.line.quantity),
        supportValue: l.support,
        counterpartValue: l.line.counterpart,
      })),
    ),
  );

  const outcomes = r.outcomes.map((x) => ({
    id: uuidFrom(`outcome:${x.key}`),
    projectId: ids.projectId(x.project.code),
    beneficiaryId: ids.beneficiaryId(x.project.code, x.taxCode),
    acceptanceId: x.acceptanceKey ? uuidFrom(`acceptance:${x.acceptanceKey}`) : null,
    timing: x.timing,
    recordedOn: x.on,
    ...x.values,
    note: x.timing === "FOLLOW_UP" ? "Theo dõi sau hỗ trợ" : "",
  }));
  await s.upsert("outcomeRecord", outcomes, { key: (row) => k(row.beneficiaryId, row.timing, row.recordedOn), where: { projectId: { in: [...new Set(outcomes.map((x) => x.projectId))] } } });

  const stops = r.stops.map((x) => ({
    id: uuidFrom(`stop:${x.project.code}`),
    projectId: ids.projectId(x.project.code),
    stoppedOn: x.on,
    decisionRef: x.decisionRef,
    reason: x.reason,
    disbursedAtStop: x.disbursed,
    acceptedAtStop: 0n,
    refundDue: x.refundDue,
  }));
  await s.upsert("projectStop", stops, { key: (row) => k(row.projectId), where: { projectId: { in: stops.map((x) => x.projectId) } } });
}
