// TT 36/2013 Điều 9: the five appraisal criteria (same set as the province sheet, ./province.ts).
import type { AppraisalCriterion, CriterionAssessment } from "../db/generated/enums";

export const CRITERIA = ["CONFORMITY", "OBJECTIVES_EFFECTIVENESS_BUDGET", "CAPACITY", "COMBINATION", "DOSSIER_COMPLETENESS"] as const satisfies readonly AppraisalCriterion[];
export const ASSESSMENTS = ["MET", "PARTLY_MET", "NOT_MET"] as const satisfies readonly CriterionAssessment[];
export const OUTCOMES = ["APPROVE", "APPROVE_REDUCED", "RETURN", "REJECT"] as const;
