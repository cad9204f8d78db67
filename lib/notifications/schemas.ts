// Inputs of the notices page.
import { z } from "zod";

export const MarkNoticeReadInputSchema = z.object({ id: z.uuid() });
