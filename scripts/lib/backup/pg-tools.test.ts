import { describe, expect, it } from "vitest";
import { SetupError } from "../embedded-postgres";
import { chooseMethod, parseToolMajor } from "./pg-tools";

describe("backup method", () => {
  it("reads the major version pg_dump prints", () => {
    expect(parseToolMajor("pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)")).toBe(15);
    expect(parseToolMajor("pg_restore (PostgreSQL) 18.1")).toBe(18);
    expect(parseToolMajor("nonsense")).toBeNull();
  });

  it("uses pg_dump whenever its major version is at least the server's", () => {
    expect(chooseMethod({ dumpMajor: 18, serverMajor: 18, embedded: true })).toBe("pg_dump");
    expect(chooseMethod({ dumpMajor: 19, serverMajor: 18, embedded: false })).toBe("pg_dump");
  });

  it("falls back to a physical base backup only for the embedded cluster", () => {
    expect(chooseMethod({ dumpMajor: 15, serverMajor: 18, embedded: true })).toBe("base-backup");
    expect(chooseMethod({ dumpMajor: null, serverMajor: 18, embedded: true })).toBe("base-backup");
  });

  it("tells what to install when an external server is newer than pg_dump", () => {
    expect(() => chooseMethod({ dumpMajor: 15, serverMajor: 18, embedded: false })).toThrow(SetupError);
    expect(() => chooseMethod({ dumpMajor: 15, serverMajor: 18, embedded: false })).toThrow(/pg_dump trên PATH là bản 15.*\n.*postgresql-client-18/);
    expect(() => chooseMethod({ dumpMajor: null, serverMajor: 17, embedded: false })).toThrow(/không tìm thấy pg_dump/);
  });
});
