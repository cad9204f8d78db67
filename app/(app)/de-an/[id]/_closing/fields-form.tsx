"use client";
// A small form of labelled fields and one or more submit buttons, for the closing steps of a đề án
// (settlement, its decision, liquidation, stopping). The action comes in as a prop from the page;
// each button may add its own values (approve / return). Typed values stay on errors.
import { useState } from "react";
import { useAction } from "@/components/forms/use-action";
import { Feedback } from "@/components/forms/feedback";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/action";

export type Field = { name: string; label: string; type?: "text" | "date" | "textarea"; hint?: string };
export type Submit = { label: string; values?: Record<string, string>; tone?: "primary" | "secondary" };

export function FieldsForm({ title, fields, submits, fixed, action, success }: { title: string; fields: Field[]; submits: Submit[]; fixed: Record<string, string>; action: (input: Record<string, string>) => Promise<ActionResult<unknown>>; success: string }) {
  const empty = () => Object.fromEntries(fields.map((f) => [f.name, ""])) as Record<string, string>;
  const [values, setValues] = useState(empty);
  const { pending, message, fieldErrors: errors, run } = useAction(action, { success, onSuccess: () => setValues(empty()) });
  return (
    <section className="space-y-2 rounded border border-slate-200 bg-white p-4" aria-label={title}>
      <h2 className="font-semibold">{title}</h2>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
        {fields.map((f) => (
          <label key={f.name} className={`flex flex-col text-sm ${f.type === "textarea" ? "md:col-span-2" : ""}`}>
            <span>{f.label}</span>
            {f.type === "textarea" ? (
              <textarea rows={3} className={`rounded border px-2 py-1 ${errors[f.name] ? "border-red-500" : "border-slate-300"}`} value={values[f.name]} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} />
            ) : (
              <input type={f.type ?? "text"} className={`rounded border px-2 py-1 ${errors[f.name] ? "border-red-500" : "border-slate-300"}`} value={values[f.name]} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} />
            )}
            {f.hint ? <span className="text-xs text-slate-500">{f.hint}</span> : null}
            {errors[f.name] ? <span role="alert" className="text-xs text-red-700">{errors[f.name]}</span> : null}
          </label>
        ))}
      </div>
      <div className="flex gap-2">
        {submits.map((s) => (
          <ActionButton key={s.label} className={s.tone === "secondary" ? "rounded border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-60" : "rounded bg-blue-700 px-3 py-1.5 text-sm text-white disabled:opacity-60"} disabled={pending} onClick={() => run({ ...values, ...fixed, ...s.values })}>
            {s.label}
          </ActionButton>
        ))}
      </div>
      <Feedback message={message} />
    </section>
  );
}
