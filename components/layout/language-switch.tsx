"use client";
import { useLocale } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { useAction } from "@/components/forms/use-action";

/** `setLocale` is the server action, passed in by the layout (components never import from app/). */
export function LanguageSwitch({ label, setLocale }: { label: string; setLocale: (input: { locale: string }) => Promise<ActionResult<{ locale: string }>> }) {
  const locale = useLocale();
  const { pending, run } = useAction(setLocale);
  return (
    <label className="flex items-center gap-1 text-xs">
      <span className="sr-only">{label}</span>
      <select
        aria-label={label}
        value={locale}
        disabled={pending}
        onChange={(e) => run({ locale: e.target.value })}
        className="rounded border border-slate-300 bg-white px-1 py-0.5"
      >
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
