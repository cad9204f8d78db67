// The forecast view every reader of lib/forecast gets (pages, components): figures in whole đồng.
import type { Dong } from "../money";
import type { ReportQuery } from "../reports/types";
import type { Forecast, ForecastFlag } from "./model";

export type ForecastRow = {
  key: string;
  label: string;
  plan: Dong | null;
  executed: Dong | null;
  scheduledUnpaid: Dong;
  low: Dong;
  central: Dong;
  high: Dong;
  /** central / plan in basis points, null without a plan. */
  shareBp: bigint | null;
  /** Provinces: the method of their forecast; sums: null (the provinces' methods). */
  method: Forecast["method"] | null;
  historyYears: number[];
  /** Whether low and high are a real spread (two estimates or more); without one they read "–". */
  ranged: boolean;
  /** Executed plus the unpaid schedule exceeds the plan ("lịch thanh toán vượt kế hoạch"). */
  scheduleAbovePlan: boolean;
  flag: ForecastFlag;
  /** Sums: how many of their provinces are flagged. */
  flaggedProvinces: number;
  /** Sums: how many of their provinces have no forecast (INSUFFICIENT), left out of plan and share. */
  unforecast: number;
};

export type ForecastView = { query: ReportQuery; thresholdBp: number; asOf: Date; provinces: ForecastRow[]; zones: ForecastRow[]; total: ForecastRow; national: boolean };
