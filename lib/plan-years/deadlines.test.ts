import { describe, expect, it } from "vitest";
import { effectiveDeadline, lateRegistrationMessage, registrationOpen } from "./deadlines";
import { parseCalendarDate as day } from "../calendar";

const y2027 = { year: 2027, registrationDeadline: day("2026-06-15"), registrationExtendedTo: null };

describe("registration deadlines", () => {
  it("accepts the deadline day itself in Vietnam's time zone and refuses the day after", () => {
    expect(registrationOpen(y2027, new Date("2026-06-15T16:59:00Z"))).toBe(true); // 23:59 in Hà Nội
    expect(registrationOpen(y2027, new Date("2026-06-15T17:00:00Z"))).toBe(false); // 00:00 on 16/6
  });

  it("uses the Cục's extension when later than the deadline", () => {
    const extended = { ...y2027, registrationExtendedTo: day("2026-07-01") };
    expect(effectiveDeadline(extended)).toEqual(day("2026-07-01"));
    expect(registrationOpen(extended, new Date("2026-06-30T05:00:00Z"))).toBe(true);
    expect(lateRegistrationMessage(extended)).toContain("01/07/2026 (đã gia hạn)");
  });

  it("gives the deadline in the refusal message", () => {
    expect(lateRegistrationMessage(y2027)).toBe("Đã quá hạn đăng ký kế hoạch khuyến công năm 2027: hạn là 15/06/2026. Cục có thể gia hạn; hãy liên hệ Cục.");
  });
});
