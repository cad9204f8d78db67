// The đề án timeline (issue #8 item 8): every event and document, from the tables that record
// them, in one order. Some records carry a calendar day (a voucher date, a signing date), others
// an instant (a status change, an upload): they are ordered by their Vietnam day, then by the
// instant where there is one (a dated record first within its day), then by kind and id.
import type { ProjectStatus } from "../db/generated/enums";
import { formatIsoDay, vietnamDayOf, type CalendarDay } from "../calendar";

export type TimelineKind =
  | "status"
  | "contract"
  | "amendment"
  | "ledger"
  | "yearClosed"
  | "progress"
  | "progressConfirmed"
  | "inspection"
  | "findingClosed"
  | "acceptance"
  | "settlement"
  | "settlementDecided"
  | "liquidation"
  | "stop"
  | "attachment";

export type TimelineEvent = {
  id: string;
  kind: TimelineKind;
  /** The Vietnam day it happened. */
  day: CalendarDay;
  /** The instant, for records that have one (shown with the time). */
  at: Date | null;
  /** ICU parameters of the event's sentence (timeline.<kind>), already formatted. */
  params: Record<string, string>;
  /** Status changes: the status reached (the page names it). */
  status?: ProjectStatus;
  /** Where the record is done or shown. */
  href?: string;
};

/** An event dated by an instant. */
export function atInstant(event: Omit<TimelineEvent, "day" | "at">, at: Date): TimelineEvent {
  return { ...event, day: vietnamDayOf(at), at };
}

/** An event dated by a calendar day. */
export function onDay(event: Omit<TimelineEvent, "day" | "at">, day: CalendarDay): TimelineEvent {
  return { ...event, day, at: null };
}

/** Oldest first: by day, then dated records before timed ones, then by time, then by kind and id. */
export function sortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  const key = (e: TimelineEvent) => [formatIsoDay(e.day), e.at ? 1 : 0, e.at?.getTime() ?? 0, e.kind, e.id] as const;
  return [...events].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}
