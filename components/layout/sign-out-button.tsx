"use client";
import { ActionButton } from "@/components/ui/action-button";
import { signOut } from "next-auth/react";

// next-auth answers sign-out with an absolute URL built from NEXTAUTH_URL, or localhost:3000 when
// unset, so its redirect would leave an app opened on another host or port (PORT=3500). The
// sign-in page is a path on whatever origin the app was opened at, as sign-in does.
async function signOutHere(): Promise<void> {
  await signOut({ redirect: false });
  window.location.assign("/dang-nhap");
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <ActionButton type="button" onClick={signOutHere} className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100">
      {label}
    </ActionButton>
  );
}
