import "server-only";
// The overview page's figures (/bao-cao): the report of the query, the same by month for the
// cumulative curve, and the map's by-province report on the map's basis. Usually three different
// queries (a zone view on "as recorded", its months, the provinces on the 34), so three builds;
// an identical pair (by=province on the map's basis, or by=month) is built once. Cached per request
// (React cache, by argument identity): the streamed body that shows it starts it after the shell
// (decision 070), and anything else in the request asking the same gets the same promise.
import { cache } from "react";
import type { Actor } from "../auth/actor";
import { buildReport } from "./build";
import { reportMapView, type ReportMapView } from "./map-view";
import type { Report, ReportQuery } from "./types";

export type ReportOverview = { report: Report; monthly: Report; map: ReportMapView };

export const reportOverview = cache(async (actor: Actor, query: ReportQuery): Promise<ReportOverview> => {
  const builds = new Map<string, Promise<Report>>();
  const once = (a: Actor, q: ReportQuery) => {
    const key = JSON.stringify(q);
    if (!builds.has(key)) builds.set(key, buildReport(a, q));
    return builds.get(key)!;
  };
  const [report, monthly, map] = await Promise.all([once(actor, query), once(actor, { ...query, by: "month" }), reportMapView(actor, query, once)]);
  return { report, monthly, map };
});
