import { db } from "../../lib/db/client";

/** The same client the lib uses, pointed at this run's database by setup-env.ts. */
export const testDb = () => db();
