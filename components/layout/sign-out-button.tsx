"use client";
import { ActionButton } from "@/components/ui/action-button";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <ActionButton type="button" onClick={() => signOut({ callbackUrl: "/dang-nhap" })} className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100">
      {label}
    </ActionButton>
  );
}
