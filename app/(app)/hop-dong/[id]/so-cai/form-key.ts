// One idempotency key per rendering of a form (docs/decisions/020): a double click or a retried
// request sends the same key and records once; after a success the form takes a fresh one.
// getRandomValues, not randomUUID: the latter exists only in secure contexts (not at a LAN address over http).
export function newFormKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
