// The published figures (../shared/domain/README.md "Figures from the articles") as exact đồng.
// Why these values, and which last digits cannot all match, is worked out in docs/demo-data.md.
import { day, trieu, ty } from "../../factories";

/** KCQG 2022 (congthuong.vn, 01/08/2022): 140 tỷ, 122 đề án in 47 provinces; allocated "~29 tỷ" = 20,7 % (28,98 = 20,70 %). */
export const KCQG_2022 = {
  total: ty(140),
  projects: 122,
  provinces: 47,
  /** The article's date: all 2022 allocations and Centre 1's 2022 disbursement are dated before it. */
  asOf: day("2022-07-31"),
  allocated: trieu(28_980),
  /** Centre 1: 1,4 tỷ on 4 đề án = 5,74 % of its assignment (1.400 / 24.390 = 5,740 %). */
  ttkc1Assignment: trieu(24_390),
  ttkc1Disbursed: trieu(1_400),
};

/** North zone (28 old provinces), 2021 (Hội nghị khuyến công khu vực phía Bắc, 22/9/2022). */
export const NORTH_2021 = {
  kcqgPlan: trieu(50_578),
  kcqgExecuted: trieu(50_250),
  kcqgExecutedBySep: trieu(28_000),
  kcdpPlan: trieu(91_543),
  kcdpExecuted: trieu(80_146),
  kcdpExecutedBySep: trieu(37_340),
};

/** North zone, 2022: plan 174,3 tỷ; executed by 30/9/2022 73,7 tỷ = 42,3 %; 112,8 % of the same period of 2021. */
export const NORTH_2022 = {
  kcqgPlan: trieu(56_300),
  kcdpPlan: trieu(117_980),
  kcqgExecutedBySep: trieu(12_000),
  kcdpExecutedBySep: trieu(61_700),
  kcdpExecutedYear: trieu(105_320),
};

/** Yên Bái (old code 15): 2019 plan and 2020 request (Trung tâm Khuyến công và XTTM Yên Bái, 2019). */
export const YEN_BAI = {
  kcqg2019: trieu(900),
  kcdp2019Projects: 20,
  kcdp2019: trieu(2_595),
  kcdp2019Other: trieu(405),
  kcqg2020: trieu(1_000),
  kcqg2020Projects: 3,
  kcdp2020: trieu(3_000),
  kcdp2020Projects: 22,
};
