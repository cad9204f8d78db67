import "server-only";
import { notFound } from "next/navigation";
import { deniedAt } from "@/lib/audit/denied-at";
import { recordDenied } from "@/lib/audit/security";
import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

/** For pages: a record lib reports as not found (missing or outside the actor's scope) is a 404. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) {
      // Logged (a signed-in user opening what is not theirs, or gone), then the ordinary 404.
      await recordDenied(await getActor(), error, await deniedAt("page"));
      notFound();
    }
    throw error;
  }
}
