// Child process for killed-mutation.test.ts: runs one mutation as the given actor, so the test can
// SIGKILL it in the middle of its transaction. Run with `node --conditions=react-server --import tsx`.
import { readFile } from "node:fs/promises";
import type { Actor } from "../../../lib/auth/actor";
import { commitImport } from "../../../lib/mau-2/mutations";
import { issuePlan } from "../../../lib/plans/issue";

const actor = JSON.parse(process.env.KC_KILLED_ACTOR!) as Actor;
const input = process.env.KC_KILLED_INPUT!;
if (process.env.KC_KILLED_MUTATION === "mau-2") await commitImport(actor, new Uint8Array(await readFile(input)), "ALL_OR_NOTHING");
else await issuePlan(actor, JSON.parse(input));
process.exit(0);
