import { describe, expect, it } from "vitest";
import { dongInWords, numberInWords } from "./in-words";

describe("amounts in Vietnamese words", () => {
  it.each([
    [0n, "không"],
    [5n, "năm"],
    [10n, "mười"],
    [15n, "mười lăm"],
    [21n, "hai mươi mốt"],
    [24n, "hai mươi tư"],
    [105n, "một trăm linh năm"],
    [1_005n, "một nghìn không trăm linh năm"],
    [2_000_001n, "hai triệu không trăm linh một"],
    [400_000_000n, "bốn trăm triệu"],
    [1_234_500_000n, "một tỷ hai trăm ba mươi tư triệu năm trăm nghìn"],
    [1_000_000_000_000n, "một nghìn tỷ"],
    [5_000_000_050n, "năm tỷ không trăm năm mươi"],
    [5_000_000_250n, "năm tỷ hai trăm năm mươi"],
  ])("%s", (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it("capitalises and names the currency", () => {
    expect(dongInWords(400_000_000n)).toBe("Bốn trăm triệu đồng");
  });
});
