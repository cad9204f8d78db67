import { describe, expect, it } from "vitest";
import { Prisma } from "./generated/client";
import { domainErrorOfPrisma } from "./prisma-errors";

const known = (code: string, meta: Record<string, unknown>) => new Prisma.PrismaClientKnownRequestError("database refused", { code, clientVersion: "7", meta });
const adapter = (originalCode: string) => ({ driverAdapterError: { cause: { originalCode } } });

describe("domainErrorOfPrisma", () => {
  it("turns a broken foreign key into a VALIDATION error on the column's field", () => {
    const error = domainErrorOfPrisma(known("P2003", { modelName: "SupportNorm", driverAdapterError: { cause: { constraint: { index: "SupportNorm_provinceId_fkey" } } } }));
    expect(error).toMatchObject({ code: "VALIDATION", key: "errors.common.unknownReference", details: { provinceId: "Mục này không tồn tại hoặc đã bị xoá; hãy chọn lại." } });
    expect(domainErrorOfPrisma(known("P2010", adapter("23503")))).toMatchObject({ code: "VALIDATION", fields: undefined });
  });

  it("turns a unique value taken by a concurrent save into a CONFLICT on its field, naming nothing else", () => {
    expect(domainErrorOfPrisma(known("P2002", { modelName: "Facility", target: ["taxCode"] }))).toMatchObject({ code: "CONFLICT", details: { taxCode: "Giá trị này đã được dùng." } });
    expect(domainErrorOfPrisma(known("P2002", { driverAdapterError: { cause: { constraint: { index: "Facility_taxCode_key" } } } }))).toMatchObject({ code: "CONFLICT", details: { taxCode: "Giá trị này đã được dùng." } });
  });

  it("answers a vanished record or a malformed id as not found, NUL and overflow as validation", () => {
    expect(domainErrorOfPrisma(known("P2025", {}))).toMatchObject({ code: "NOT_FOUND" });
    expect(domainErrorOfPrisma(known("P2007", adapter("22P02")))).toMatchObject({ code: "NOT_FOUND" });
    expect(domainErrorOfPrisma(known("P2039", adapter("22021")))).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("NUL") });
    expect(domainErrorOfPrisma(known("P2020", adapter("22003")))).toMatchObject({ code: "VALIDATION", key: "errors.common.numberOutOfRange" });
  });

  it("leaves everything else to the unexpected path", () => {
    expect(domainErrorOfPrisma(known("P2034", {}))).toBeNull();
    expect(domainErrorOfPrisma(new Error("boom"))).toBeNull();
  });
});
