import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLogLine, redact } from "./format";
import { log } from "./index";
import { requestIdFrom } from "./request-id";

describe("log lines", () => {
  it("are one JSON object per line with time, level, request id and message", () => {
    const line = formatLogLine({ level: "error", message: "Contract PDF failed", requestId: "req-12345678", fields: { contractId: "c1" }, time: new Date("2026-12-02T10:00:00Z") });
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ time: "2026-12-02T10:00:00.000Z", level: "error", requestId: "req-12345678", message: "Contract PDF failed", contractId: "c1" });
  });

  it("mask credentials and personal data at any depth, whatever the key's case", () => {
    const fields = {
      user: { email: "a@b.vn", phone: "0912345678", idNumber: "001099000001", name: "Nguyễn An" },
      headers: { Authorization: "Bearer abc", cookie: "next-auth.session-token=x" },
      password: "hunter2",
      apiToken: "kc_live_1",
      list: [{ newPassword: "x" }],
    };
    const text = formatLogLine({ level: "warn", message: "m", fields });
    for (const secret of ["a@b.vn", "0912345678", "001099000001", "Bearer abc", "session-token=x", "hunter2", "kc_live_1", '"x"']) expect(text).not.toContain(secret);
    expect(JSON.parse(text).user.name).toBe("Nguyễn An");
    expect(JSON.parse(text).user.email).toBe("[redacted]");
  });

  it("keep an error's name, message and stack but not a connection string's password", () => {
    const error = new Error("connect failed for postgresql://kc:s3cret@db.internal:5432/kc");
    const safe = redact({ error }) as { error: { name: string; message: string; stack: string } };
    expect(safe.error.name).toBe("Error");
    expect(safe.error.message).toBe("connect failed for postgresql://kc:[redacted]@db.internal:5432/kc");
    expect(safe.error.stack).not.toContain("s3cret");
  });

  it("survive BigInt money and circular objects", () => {
    const circular: Record<string, unknown> = { amount: 1_500_000_000n };
    circular.self = circular;
    expect(JSON.parse(formatLogLine({ level: "info", message: "m", fields: circular }))).toMatchObject({ amount: "1500000000", self: "[circular]" });
  });
});

describe("request ids", () => {
  it("keep a well-formed incoming id and replace a missing or forged one", () => {
    expect(requestIdFrom("lb-7f3a2c19")).toBe("lb-7f3a2c19");
    for (const bad of [null, "", "short", 'x"}\n{"level":"info', "a".repeat(200)]) expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes errors to stderr as one redacted JSON line", async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    await log.error("Sign-in failed", { email: "a@b.vn" });
    expect(written).toHaveLength(1);
    expect(written[0]!.endsWith("\n")).toBe(true);
    expect(JSON.parse(written[0]!)).toMatchObject({ level: "error", message: "Sign-in failed", email: "[redacted]" });
  });
});
