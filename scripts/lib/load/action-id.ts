// The id Next gave a server action in this build, as the browser's bundle carries it.
import { readFileSync } from "node:fs";

type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`Không thấy server action ${exportedName} (${filename}) trong bản build.`);
  return found[0];
}
