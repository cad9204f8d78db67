// The audit log and the disbursement ledger are append-only at the database level.
import { describe, expect, it } from "vitest";
import { testDb } from "./db";

describe("append-only tables", () => {
  it("refuses UPDATE and DELETE on the audit log", async () => {
    const db = testDb();
    const entry = await db.auditLog.create({ data: { action: "test.append", entityType: "Test", entityId: "1" } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.append");
  });
});
