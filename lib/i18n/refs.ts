// Message references without the catalogues: keys, params and types, plus the Vietnamese rendering
// behind a slot. Errors, money and calendar schemas are reached by client components (lib/format,
// money inputs); the 330 KB catalogues must not ride along (issue #12, docs/decisions/058), so only
// lib/i18n/messages.ts imports the JSON and, once loaded (always on the server), fills the slot.
import type vi from "../../messages/vi.json";

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

/** A tag, or the start of one ("<script", "</a>", "<img src=x onerror=…>"); "a < b" is no tag. */
const TAG = /<\/?[a-z!?][^>]*>?/gi;

/**
 * The text without markup. Messages quote what a client sent (an unknown parameter, a refused
 * value); whoever shows them, a tag in them must never come back as our output (issue #11).
 */
export function withoutMarkup(text: string): string {
  return text.replace(TAG, "");
}

type Vietnamese = (key: CatalogueKey, params?: MessageParams) => string;

let render: Vietnamese | undefined;

/** lib/i18n/messages.ts calls this when it loads; nothing else should. */
export function provideVietnamese(renderer: Vietnamese): void {
  render = renderer;
}

/**
 * The Vietnamese text of a message, rendered when asked (errors' `.message`, zod messages). In a
 * browser bundle the catalogue is absent and the key stands in: no client reads these texts, they
 * show what the server action answered (rendered on the server in the user's locale).
 */
export function vietnamese(key: CatalogueKey, params?: MessageParams): string {
  return render ? render(key, params) : key;
}

/**
 * Gives an error its Vietnamese `.message`: rendered at the throw once the catalogue is loaded
 * (always on the server, via instrumentation.ts; in tests, where a missing placeholder then throws
 * at the throw site), else when read, since the catalogue may load after the throwing module and
 * a browser never has it (see vietnamese()).
 */
export function vietnameseMessageOf(error: Error, key: CatalogueKey, params?: MessageParams): void {
  const text = render ? { value: render(key, params), writable: true } : { get: () => vietnamese(key, params) };
  Object.defineProperty(error, "message", { ...text, configurable: true, enumerable: false });
}
