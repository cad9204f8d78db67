// One-time password links, pure: 32 random bytes in base64url, stored only as SHA-256 (the same
// reasoning as API tokens: 256 bits of entropy need no slow hash). The link opens a public page.
import { randomBytes } from "node:crypto";
import { hashToken } from "../api-tokens/token";

/** How long a link works: long enough to hand over in person or by the unit's official channel. */
export const RESET_LINK_HOURS = 72;
const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashResetToken(token: string): string {
  return hashToken(token);
}

export function isResetTokenShaped(text: string): boolean {
  return RESET_TOKEN_PATTERN.test(text);
}

export function resetLinkPath(token: string): string {
  return `/dat-lai-mat-khau/${token}`;
}

export function resetExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_LINK_HOURS * 60 * 60 * 1000);
}
