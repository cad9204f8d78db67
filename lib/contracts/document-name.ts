// How official documents cite a contract: a regional centre's task assignment is a decision of the
// Cục, not a contract (TT 36/2013 Điều 12.1), so minutes, sheets and contracts say which it is.
import type { ContractKind } from "../db/generated/enums";

const CITED: Record<ContractKind, string> = {
  CONTRACT: "hợp đồng",
  TASK_ASSIGNMENT: "quyết định giao nhiệm vụ",
  SUPPORT_CONTRACT: "hợp đồng hỗ trợ",
};

/** "hợp đồng số 07/2022/HĐ-KCQG", "quyết định giao nhiệm vụ số 03/2026/QĐ-GNV". */
export function citedContract(contract: { kind: ContractKind; number: string }): string {
  return `${CITED[contract.kind]} số ${contract.number}`;
}

/** The same, opening a sentence or a heading line. */
export function citedContractHeading(contract: { kind: ContractKind; number: string }): string {
  const text = citedContract(contract);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
