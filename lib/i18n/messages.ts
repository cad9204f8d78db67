// Renders catalogue messages outside React: domain errors render their Vietnamese text for logs,
// tests and import reports, and the edges (server actions, route handlers) render them in the
// request's locale. One place, so every edge formats ICU placeholders the same way.
// The only module that imports the catalogues: never import it from code a client component reaches
// (lib/i18n/refs.ts has the keys and types; tests/architecture.test.ts checks the client graph).
// use-intl/core, not next-intl: the React-free translator works in scripts (bench) under react-server too.
import { createTranslator } from "use-intl/core";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import type { Locale } from "./locales";
import { provideVietnamese, withoutMarkup, type CatalogueKey, type MessageParams, type MessageRef } from "./refs";

export { message, verbatim, withoutMarkup } from "./refs";
export type { CatalogueKey, ErrorKey, MessageParams, MessageRef } from "./refs";

type Render = (key: string, params?: Record<string, string | number>) => string;

let strict = false;

/** Tests call this (tests/fixtures/strict-messages.ts): a missing key or placeholder then throws. */
export function failOnCatalogueErrors(): void {
  strict = true;
}

function onError(error: Error): void {
  // A missing key or placeholder is a programming error: fail the tests loudly, log it elsewhere.
  if (strict) throw error;
  console.error("Message catalogue error", error);
}

const translators: Record<Locale, Render> = {
  vi: createTranslator({ locale: "vi", messages: vi, onError }) as unknown as Render,
  en: createTranslator({ locale: "en", messages: en, onError }) as unknown as Render,
};

export function renderMessage(locale: Locale, key: CatalogueKey, params: MessageParams = {}): string {
  const flat = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === "object" ? renderMessage(locale, value.key, value.params) : typeof value === "string" ? withoutMarkup(value) : value]));
  return translators[locale](key, flat);
}

export function renderRef(locale: Locale, ref: MessageRef): string {
  return renderMessage(locale, ref.key, ref.params);
}

// Errors and zod messages render their Vietnamese text through refs.ts once the catalogues are here.
provideVietnamese((key, params) => renderMessage("vi", key, params));
