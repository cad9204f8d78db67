// The hosts `next dev` serves its own resources (/_next/…, the live-reload socket) to. Next trusts
// only localhost by default, so a page opened at 127.0.0.1 or at the "Network:" address it prints
// never hydrates ("Blocked cross-origin request to Next.js dev resource /_next/hmr"). Next matches
// host names only, without the port.
import { hostname, networkInterfaces } from "node:os";

type Interfaces = ReturnType<typeof networkInterfaces>;

export function devOrigins(interfaces: Interfaces = networkInterfaces(), machineName: string = hostname()): string[] {
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    // Next reads the host from the Origin header, where IPv6 addresses are bracketed.
    .map((info) => (info.family === "IPv6" ? `[${info.address}]` : info.address));
  return [...new Set(["localhost", "127.0.0.1", "[::1]", machineName.toLowerCase(), ...addresses])].filter((host) => host !== "");
}
