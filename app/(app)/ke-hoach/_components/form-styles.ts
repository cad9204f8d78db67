// Shared classes of the plan forms.
export const inputClass = "w-full rounded border border-slate-300 px-2 py-1.5 text-sm";
export const buttonClass = "rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60";
