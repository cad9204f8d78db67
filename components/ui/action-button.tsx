"use client";
import { useSyncExternalStore, type ButtonHTMLAttributes } from "react";

const noSubscription = () => () => {};

/** False in the server HTML and during hydration, true once React runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * The one button for client components. It stays disabled until React has hydrated: a click
 * before then would be lost, or would submit the form natively (a GET with every field,
 * passwords included, in the address bar).
 */
export function ActionButton({ disabled, type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const hydrated = useHydrated();
  return <button type={type} disabled={!hydrated || disabled} {...props} />;
}
