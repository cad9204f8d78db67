// Input of the organisations list (search params).
import { z } from "zod";
import { PageSchema, SearchSchema } from "../pagination";

export const ORGANISATION_KINDS = ["CUC", "MINISTRY_UNIT", "REGIONAL_CENTRE", "SCT", "PROVINCIAL_CENTRE", "OTHER_IMPLEMENTER"] as const;

export const OrganisationListInputSchema = z.object({
  q: SearchSchema,
  kind: z.enum(ORGANISATION_KINDS).optional().catch(undefined),
  current: z.enum(["1", "0"]).catch("1"),
  page: PageSchema,
});
export type OrganisationListInput = z.infer<typeof OrganisationListInputSchema>;
