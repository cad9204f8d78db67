// Static checks of the message catalogues against the code that uses them: every error key a lib
// file names exists in both catalogues, and each key has the same ICU placeholders in vi and en.
// Pure (text in, problems out), so the test can also prove that a planted missing key is caught.
export type Tree = { [key: string]: string | Tree };

export function leafKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : leafKeys(v, `${prefix}${k}.`)));
}

export function lookup(tree: Tree, key: string): string | undefined {
  const found = key.split(".").reduce<Tree | string | undefined>((node, part) => (node && typeof node === "object" ? node[part] : undefined), tree);
  return typeof found === "string" ? found : undefined;
}

/** Placeholder names of an ICU message ("{year}", "{authority, select, …}"), nested ones included; case labels are not placeholders. */
export function placeholders(text: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const word = () => {
    const match = /^\s*(=?[\w]+)\s*/.exec(text.slice(i));
    i += match ? match[0].length : 0;
    return match?.[1] ?? "";
  };
  // Reads literal text and arguments until the closing brace of the current (sub)message.
  const message = (): void => {
    while (i < text.length && text[i] !== "}") {
      if (text[i++] !== "{") continue;
      names.add(word());
      if (text[i] === ",") {
        i++;
        const type = word();
        if (text[i] === ",") i++;
        if (type === "select" || type === "plural" || type === "selectordinal") {
          while (i < text.length && text[i] !== "}") {
            word();
            if (text[i] !== "{") break;
            i++;
            message();
            i++;
            word();
          }
        } else {
          while (i < text.length && text[i] !== "}") i++;
        }
      }
      i++;
    }
  };
  message();
  return [...names].filter(Boolean).sort();
}

// NotFoundError("project") and requireMinistryReader(actor, "council") name an errors.missing.* sentence.
const MISSING_SUBJECT = /(?:new NotFoundError|requireMinistryReader)\(\s*(?:actor,\s*)?"([A-Za-z]+)"/g;
const ERROR_KEY = /["'`](errors\.[A-Za-z0-9_.]+)["'`]/g;

/** Catalogue keys a source file uses for errors: literal "errors.…" strings and not-found subjects. */
export function errorKeysIn(source: string): string[] {
  const keys = [...source.matchAll(ERROR_KEY)].map((m) => m[1]!);
  const missing = [...source.matchAll(MISSING_SUBJECT)].map((m) => `errors.missing.${m[1]!}`);
  return [...new Set([...keys, ...missing])].sort();
}

export type Problem = { key: string; problem: string };

/** Keys absent from a catalogue, and keys whose placeholders differ between the catalogues. */
export function catalogueProblems(keys: readonly string[], catalogues: Record<string, Tree>): Problem[] {
  const problems: Problem[] = [];
  const [reference, ...others] = Object.entries(catalogues);
  for (const key of keys) {
    const texts = Object.entries(catalogues).map(([locale, tree]) => [locale, lookup(tree, key)] as const);
    for (const [locale, text] of texts) if (text === undefined) problems.push({ key, problem: `missing in ${locale}` });
    const refText = reference && lookup(reference[1], key);
    if (refText === undefined) continue;
    for (const [locale, tree] of others) {
      const text = lookup(tree, key);
      if (text !== undefined && placeholders(text).join() !== placeholders(refText).join()) {
        problems.push({ key, problem: `placeholders ${reference![0]} {${placeholders(refText).join(", ")}} ≠ ${locale} {${placeholders(text).join(", ")}}` });
      }
    }
  }
  return problems;
}
