import { describe, expect, it } from "vitest";
import { actionSucceeded, connectionsByKind } from "./mix";
import { parseLoadOptions } from "./options";
import { latencyOf } from "./summary";

describe("the load test's pure parts", () => {
  it("splits the connections by weight, every kind at least one, the total kept", () => {
    expect(connectionsByKind([{ weight: 10 }, { weight: 8 }, { weight: 12 }, { weight: 8 }, { weight: 8 }, { weight: 4 }], 50)).toEqual([10, 8, 12, 8, 8, 4]);
    const few = connectionsByKind([{ weight: 10 }, { weight: 1 }, { weight: 1 }], 5);
    expect(few.reduce((s, n) => s + n, 0)).toBe(5);
    expect(Math.min(...few)).toBeGreaterThanOrEqual(1);
    expect(() => connectionsByKind([{ weight: 1 }, { weight: 1 }], 1)).toThrow();
  });

  it("counts an action answer as a write only when it is a first success", () => {
    const id = "0193a6f0-1234-7abc-8def-0123456789ab";
    expect(actionSucceeded(`0:{"a":"$@1"}\n1:{"ok":true,"data":{"id":"${id}","voucherRef":"KTT-1","replayed":false}}\n`)).toBe(true);
    expect(actionSucceeded(`1:{"ok":true,"data":{"id":"${id}","voucherRef":"KTT-1","replayed":true}}`)).toBe(false);
    expect(actionSucceeded(`1:{"ok":false,"code":"VALIDATION","message":"…"}`)).toBe(false);
  });

  it("reads percentiles by nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latencyOf(values)).toEqual({ p50: 50, p90: 90, p97_5: 98, p99: 99, max: 100 });
    expect(latencyOf([])).toEqual({ p50: 0, p90: 0, p97_5: 0, p99: 0, max: 0 });
  });

  it("takes its flags as --name value or --name=value", () => {
    expect(parseLoadOptions([])).toEqual({ durationS: 60, connections: 50, skipBuild: false });
    expect(parseLoadOptions(["--duration", "10", "--connections=5", "--skip-build"])).toEqual({ durationS: 10, connections: 5, skipBuild: true });
    expect(() => parseLoadOptions(["--duration", "0"])).toThrow();
  });
});
