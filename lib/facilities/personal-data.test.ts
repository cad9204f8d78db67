import { describe, expect, it } from "vitest";
import { maskIdNumber, maskName, maskPhone } from "./personal-data";

describe("masking owner contact", () => {
  it("keeps the prefix and last two digits of a phone, whatever its spacing", () => {
    expect(maskPhone("0912 345 678")).toBe("091•••••78");
    expect(maskPhone("+84 912345678")).toBe("849••••••78");
    expect(maskPhone("1234")).toBe("••••");
    expect(maskPhone(null)).toBeNull();
  });

  it("keeps the family name and the initials of a name", () => {
    expect(maskName("Nguyễn Văn An")).toBe("Nguyễn V. A.");
    expect(maskName("  Lê   Ánh ")).toBe("Lê Á.");
    expect(maskName("Hoa")).toBe("Hoa");
  });

  it("shows only the last three digits of a CCCD", () => {
    expect(maskIdNumber("001203004567")).toBe("•••••••••567");
    expect(maskIdNumber(null)).toBeNull();
  });
});
