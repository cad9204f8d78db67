"use client";
// The sheet rules (lib/appraisals/sheet-rules.ts) in the browser: the same messages the server
// would give, shown all at once when the user asks to record, before the confirmation.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { sheetErrors, type DossierKind, type SheetInput } from "@/lib/appraisals/sheet-rules";

export function useSheetChecks(input: Omit<SheetInput, "missingDossier"> & { missingDossier: readonly DossierKind[] }) {
  const t = useTranslations("errors.appraisalSheet");
  const tk = useTranslations("attachments.kind");
  const [asked, setAsked] = useState(false);
  const rules = sheetErrors(input);
  const messages = Object.fromEntries(Object.entries(rules).map(([path, r]) => [path, t(r.key, { count: r.count ?? 0, documents: (r.missing ?? []).map((k) => tk(k)).join(", ") })]));
  return {
    /** Shown once the user tried to record, and kept up to date as they fix the sheet. */
    shown: asked ? messages : {},
    check: () => { setAsked(true); return Object.keys(rules).length === 0; },
  };
}
