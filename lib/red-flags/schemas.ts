// Inputs of the red-flag page (URL) and of the dismissal (server action).
import { z } from "zod";
import { text } from "../text";
import { RED_FLAG_RULES } from "./types";

export const MIN_ACCEPTANCE_DAYS = 1;
export const MAX_ACCEPTANCE_DAYS = 180;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MIN_REASON = 10;

/** The page's parameters as read from the URL (strings), validated by parseRedFlagQuery. */
export const RedFlagViewInputSchema = z.object({
  year: z.string().optional(),
  days: z.string().optional(),
  dismissed: z.string().optional(),
});

export const DismissRedFlagInputSchema = z.object({
  rule: z.enum(RED_FLAG_RULES, { error: "Quy tắc cảnh báo không tồn tại" }),
  subjectKey: text({ max: 200 }).min(1),
  reason: text({ max: 2000, multiline: true }),
});
export type DismissRedFlagInput = z.infer<typeof DismissRedFlagInputSchema>;
