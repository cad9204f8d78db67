// The forecast's flag threshold from the URL (threshold, a whole percentage of plan, 10–100; default
// 80). A bad value falls back to the default and the page says so: a parameter, not configuration,
// so each reader can ask "which provinces end below 90 %?" without changing anyone else's view.
import { message, type MessageRef } from "../i18n/messages";
import { DEFAULT_THRESHOLD_BP, MAX_THRESHOLD_BP, MIN_THRESHOLD_BP } from "./model";

export function parseThreshold(text: string | undefined): { thresholdBp: number; note: MessageRef | null } {
  if (text === undefined || text.trim() === "") return { thresholdBp: DEFAULT_THRESHOLD_BP, note: null };
  const t = text.trim();
  const pct = /^\d{1,3}$/.test(t) ? Number(t) * 100 : NaN;
  if (Number.isInteger(pct) && pct >= MIN_THRESHOLD_BP && pct <= MAX_THRESHOLD_BP) return { thresholdBp: pct, note: null };
  return { thresholdBp: DEFAULT_THRESHOLD_BP, note: message("errors.forecast.badThreshold", { value: t.slice(0, 20), min: MIN_THRESHOLD_BP / 100, max: MAX_THRESHOLD_BP / 100 }) };
}
