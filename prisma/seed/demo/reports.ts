// KCĐP aggregate reports of the 28 northern provinces (one per old province, sent by its SCT),
// for the 2021 and 2022 figures. Each total is exact; each province stays within its plan.
import { day, Rng, splitByWeights } from "../../factories";
import { oldP } from "../context";
import { fitCapped } from "./fit";
import type { DemoData, ReportSpec } from "./types";

/** Relative weight of local khuyến công budgets; Hà Nội, Vĩnh Phúc, Bắc Ninh, Nghệ An, Thái Bình spend most (articles/001). */
const WEIGHTS: Record<string, number> = {
  "01": 14, "26": 7, "27": 7, "40": 7, "34": 6, "38": 5, "30": 4, "31": 4, "36": 4, "22": 4, "25": 3, "24": 3, "33": 3, "37": 3,
  "35": 3, "19": 3, "42": 3, "15": 3, "10": 2, "08": 2, "17": 2, "14": 2, "20": 2, "02": 2, "04": 1, "06": 1, "11": 1, "12": 1,
};

type Period = { period: ReportSpec["period"]; cutOff: string; executed: bigint; ratioBp: [number, number] };

export function northKcdpReports(d: DemoData, year: number, plan: bigint, periods: Period[]): void {
  const rng = new Rng(`kcdp-reports-${year}`);
  const codes = d.ref.old.filter((p) => p.zone === "BAC").map((p) => p.code);
  if (codes.length !== 28 || codes.some((c) => !WEIGHTS[c])) throw new Error("seed: northern provinces do not match the weights");
  const plans = splitByWeights(plan, codes.map((c) => WEIGHTS[c]! * rng.int(90, 110)), 1_000_000n);
  for (const p of periods) {
    const executed = fitCapped(p.executed, plans.map((x) => x * BigInt(rng.int(p.ratioBp[0], p.ratioBp[1]))), plans);
    codes.forEach((code, i) => {
      d.reports.push({
        province: oldP(code),
        organisation: `SCT-${code}-2008`,
        year,
        period: p.period,
        cutOff: day(p.cutOff),
        fund: "KCDP",
        plan: plans[i]!,
        executed: executed[i]!,
        projectCount: Math.max(3, Number(plans[i]! / 250_000_000n)),
        note: p.period === "YEAR" ? `Báo cáo kết quả khuyến công địa phương năm ${year}` : `Báo cáo ước thực hiện khuyến công địa phương 9 tháng năm ${year}`,
      });
    });
  }
}
