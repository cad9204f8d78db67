// Input schemas of the geography pages (/tinh-thanh).
import { z } from "zod";
import { SearchSchema } from "../pagination";

export const ProvinceSetSchema = z.enum(["63", "34"]).catch("34");
export type ProvinceSet = z.infer<typeof ProvinceSetSchema>;

export const ProvinceListInputSchema = z.object({ set: ProvinceSetSchema, q: SearchSchema });
export type ProvinceListInput = z.infer<typeof ProvinceListInputSchema>;
