// Child process for killed-mutation.test.ts: commits one Mẫu 2 file as the given actor, so the test
// can SIGKILL it in the middle of the transaction. Run with `node --conditions=react-server --import tsx`.
import { readFile } from "node:fs/promises";
import type { Actor } from "../../../lib/auth/actor";
import { commitImport } from "../../../lib/mau-2/mutations";

const actor = JSON.parse(process.env.KC_KILLED_ACTOR!) as Actor;
const bytes = new Uint8Array(await readFile(process.env.KC_KILLED_FILE!));
const result = await commitImport(actor, bytes, "ALL_OR_NOTHING");
console.log(JSON.stringify({ committed: result.committed }));
process.exit(0);
