"use client";
// The one date field: typed and shown as dd/mm/yyyy whatever the browser's language (a native
// <input type="date"> follows the browser's locale). It reports ISO "yyyy-mm-dd" once the text is
// a real day, and the raw text otherwise, so the server's message names the field and nothing
// typed is lost. With `name`, a hidden input carries the ISO value for plain <form> submissions.
import { useEffect, useState } from "react";
import { isoToTypedDay, typedDayToIso } from "@/lib/calendar/typed-day";

type Props = {
  /** ISO day (or the raw text last typed) when controlled. */
  value?: string;
  defaultValue?: string;
  onChange?: (isoOrText: string) => void;
  name?: string;
  id?: string;
  className?: string;
  disabled?: boolean;
  required?: boolean;
  invalid?: boolean;
  "aria-label"?: string;
  "aria-describedby"?: string;
  "data-testid"?: string;
};

export function DateInput({ value, defaultValue, onChange, name, className, invalid, ...rest }: Props) {
  const [text, setText] = useState(() => isoToTypedDay(value ?? defaultValue ?? ""));
  // Follow a controlled value changed from outside (a reset, a loaded draft).
  useEffect(() => {
    if (value === undefined) return;
    setText((current) => ((typedDayToIso(current) ?? current) === value ? current : isoToTypedDay(value)));
  }, [value]);
  const iso = typedDayToIso(text);
  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        maxLength={10}
        className={className ?? "rounded border border-slate-300 px-2 py-1"}
        aria-invalid={invalid || (text !== "" && iso === null) || undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange?.(typedDayToIso(e.target.value) ?? e.target.value);
        }}
      />
      {name ? <input type="hidden" name={name} value={iso ?? text} /> : null}
    </>
  );
}
