// Renders catalogue messages outside React: domain errors render their Vietnamese text for logs,
// tests and import reports, and the edges (server actions, route handlers) render them in the
// request's locale. One place, so every edge formats ICU placeholders the same way.
// use-intl/core, not next-intl: the React-free translator works in scripts (bench) under react-server too.
import { createTranslator } from "use-intl/core";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import type { Locale } from "./locales";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key of the catalogues (vi.json is the reference; a test keeps en.json equal). */
export type CatalogueKey = Leaves<typeof vi>;
export type ErrorKey = Extract<CatalogueKey, `errors.${string}`>;

/** A message to render later, in whichever locale the edge serves. Params may nest messages (labels of enums). */
export type MessageRef = { key: CatalogueKey; params?: MessageParams };
export type MessageParams = Record<string, string | number | MessageRef>;

/** A message reference; `message("status.DRAFT")` reads better at throw sites than an object literal. */
export function message(key: CatalogueKey, params?: MessageParams): MessageRef {
  return params ? { key, params } : { key };
}

/** For text that is already Vietnamese when it reaches an error (zod issues through our Vietnamese map, computed check results). */
export function verbatim(text: string): MessageRef {
  return { key: "errors.common.text", params: { text } };
}

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

/** A tag, or the start of one ("<script", "</a>", "<img src=x onerror=…>"); "a < b" is no tag. */
const TAG = /<\/?[a-z!?][^>]*>?/gi;

/**
 * The text without markup. Messages quote what a client sent (an unknown parameter, a refused
 * value); whoever shows them, a tag in them must never come back as our output (issue #11).
 */
export function withoutMarkup(text: string): string {
  return text.replace(TAG, "");
}

export function renderMessage(locale: Locale, key: CatalogueKey, params: MessageParams = {}): string {
  const flat = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === "object" ? renderMessage(locale, value.key, value.params) : typeof value === "string" ? withoutMarkup(value) : value]));
  return translators[locale](key, flat);
}

export function renderRef(locale: Locale, ref: MessageRef): string {
  return renderMessage(locale, ref.key, ref.params);
}
