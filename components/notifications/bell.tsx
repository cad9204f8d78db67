import Link from "next/link";

/**
 * Presentational bell with the unread count. The count is passed in (the (app) layout reads it
 * with countUnreadNotices); `label` is the accessible name, e.g. t("notifications.bellUnread", { count }).
 */
export function NotificationBell({ count, label, href = "/thong-bao" }: { count: number; label: string; href?: string }) {
  const shown = count > 99 ? "99+" : String(count);
  return (
    <Link href={href} aria-label={label} title={label} data-testid="notification-bell" className="relative inline-flex items-center rounded px-1.5 py-1 hover:bg-blue-800">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {count > 0 ? (
        <span className="absolute -right-1 -top-1 min-w-[1.1rem] rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white" data-testid="notification-count">
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
