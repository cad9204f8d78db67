import { describe, expect, it } from "vitest";
import { calendarDay } from "../calendar";
import { dayJson, instantJson, moneyJson, moneyRecordJson, percentJson } from "./serialize";

describe("API value formats", () => {
  it("writes money as exact whole đồng in strings, beyond the float range", () => {
    expect(moneyJson(130_396_000_000n)).toBe("130396000000");
    expect(moneyJson(0n)).toBe("0");
    expect(moneyJson(-1_500n)).toBe("-1500");
    expect(moneyJson(9_007_199_254_740_993n)).toBe("9007199254740993");
    expect(moneyJson(null)).toBeNull();
  });

  it("writes basis points as a percentage with two decimals", () => {
    expect(percentJson(9175n)).toBe("91.75");
    expect(percentJson(10_000n)).toBe("100.00");
    expect(percentJson(5n)).toBe("0.05");
    expect(percentJson(0n)).toBe("0.00");
    expect(percentJson(-250n)).toBe("-2.50");
    expect(percentJson(-5n)).toBe("-0.05");
    expect(percentJson(112_80n)).toBe("112.80");
    expect(percentJson(null)).toBeNull();
  });

  it("keeps null as not reported inside records", () => {
    expect(moneyRecordJson({ planned: 142_121_000_000n, executed: null })).toEqual({ planned: "142121000000", executed: null });
  });

  it("writes days as yyyy-mm-dd and instants as ISO UTC", () => {
    expect(dayJson(calendarDay(2022, 9, 30))).toBe("2022-09-30");
    expect(instantJson(new Date("2026-12-02T03:04:05.678Z"))).toBe("2026-12-02T03:04:05.678Z");
  });
});
