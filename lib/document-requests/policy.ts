// Yêu cầu bổ sung hồ sơ: while the SCT appraises a submitted đề án (TT 36/2013 Điều 10.2) it may
// ask the implementer for documents; the implementer adds them and says so. Pure.
import type { ProjectStatus } from "../db/generated/enums";
import type { Party } from "../projects/state-machine";

export function canRequestDocuments(parties: readonly Party[], status: ProjectStatus): boolean {
  return parties.includes("PROVINCE_SCT") && status === "SUBMITTED_TO_SCT";
}

export function canFulfilDocumentRequest(parties: readonly Party[], status: ProjectStatus): boolean {
  return parties.includes("IMPLEMENTER") && status === "SUBMITTED_TO_SCT";
}
