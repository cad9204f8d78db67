"use client";
import { useTranslations } from "next-intl";
import { Section } from "./fields";
import type { CheckView } from "./types";

export function ChecksPanel({ checks }: { checks: CheckView }) {
  const t = useTranslations("editor");
  return (
    <Section title={t("checks")} hint={t("checksHint")}>
      {checks.issues.length === 0 ? (
        <p className="text-sm text-emerald-700">{t("noIssues")}</p>
      ) : (
        <ul className="space-y-1 text-sm" data-testid="check-issues">
          {checks.issues.map((i, k) => (
            <li key={k} className={i.severity === "ERROR" ? "text-red-700" : "text-amber-700"}>
              <strong>{i.severity === "ERROR" ? t("error") : t("warning")}:</strong> {i.message}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
