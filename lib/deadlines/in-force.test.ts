import { describe, expect, it } from "vitest";
import { parseCalendarDate as day } from "../calendar";
import { rowInForce } from "./in-force";

describe("deadline row in force", () => {
  const rows = [
    { id: "new", validFrom: day("2025-07-01"), validTo: null },
    { id: "old", validFrom: day("2014-02-10"), validTo: day("2025-07-01") },
  ];
  it("takes the latest row valid on the day, validTo exclusive", () => {
    expect(rowInForce(rows, day("2025-06-30"))?.id).toBe("old");
    expect(rowInForce(rows, day("2025-07-01"))?.id).toBe("new");
    expect(rowInForce(rows, day("2014-02-09"))).toBeNull();
  });
});
