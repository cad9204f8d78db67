// Input of the credentials sign-in.
import { z } from "zod";

export const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

/** An admin lifts the sign-in lock of one account, named by its email. */
export const UnlockAccountInputSchema = z.object({ email: z.string().trim().toLowerCase().email().max(200) });
export type UnlockAccountInput = z.infer<typeof UnlockAccountInputSchema>;
