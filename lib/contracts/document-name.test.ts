import { describe, expect, it } from "vitest";
import { citedContract, citedContractHeading } from "./document-name";

describe("citedContract", () => {
  it("cites a task assignment as the Cục's decision, not a contract", () => {
    expect(citedContract({ kind: "TASK_ASSIGNMENT", number: "03/2026/QĐ-GNV" })).toBe("quyết định giao nhiệm vụ số 03/2026/QĐ-GNV");
    expect(citedContract({ kind: "CONTRACT", number: "07/2022/HĐ-KCQG" })).toBe("hợp đồng số 07/2022/HĐ-KCQG");
    expect(citedContractHeading({ kind: "TASK_ASSIGNMENT", number: "03/2026/QĐ-GNV" })).toBe("Quyết định giao nhiệm vụ số 03/2026/QĐ-GNV");
  });
});
