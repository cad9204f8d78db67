"use server";
// Cơ sở CNNT actions: the edit form's save, and the commune picker's list (reference data).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { communesOf } from "@/lib/admin-units/communes";
import { vietnamToday } from "@/lib/calendar";
import { editFacility } from "@/lib/facilities/edit";
import { CommuneQuerySchema } from "@/lib/facilities/schemas";

export const editFacilityAction = defineAction(z.unknown(), async (input, actor) => {
  const saved = await editFacility(actor, input);
  revalidatePath("/co-so");
  revalidatePath(`/co-so/${saved.id}`);
  return saved;
});

/** Communes in force today: a new address goes on the current set (34 provinces from 1/7/2025). */
export const listCommunesAction = defineAction(CommuneQuerySchema, async ({ provinceId }) => communesOf(provinceId, vietnamToday()));
