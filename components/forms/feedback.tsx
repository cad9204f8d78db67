// The message of an action: a status when it went through, an alert when it did not.
import type { ActionMessage } from "./use-action";

export function Feedback({ message, className = "text-sm" }: { message: ActionMessage | null; className?: string }) {
  if (!message) return null;
  return <p role={message.ok ? "status" : "alert"} className={`${className} ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p>;
}
