// The tile-grid map rendered as the server sends it (no client code): one square per province with
// its title, links where there is a drill-down, and a legend that says in words what colours say.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TileGridMap, type TileView } from "../components/reports/tile-grid-map";
import { mapCellsOf } from "../lib/reports/map";
import { TILES_34, TILES_63 } from "../lib/reports/map-tiles";
import { reportLine } from "./fixtures/report-line";

const legend = { bins: ["b0", "b1", "b2", "b3", "b4"], notReported: "chưa báo cáo", noPlan: "chưa có kế hoạch", outOfScope: "ngoài phạm vi" };

function render(set: "63" | "34", inScope?: (id: string) => boolean) {
  const tiles = set === "63" ? TILES_63 : TILES_34;
  const provinces = tiles.map((t) => ({ id: `p${t.code}`, code: t.code, name: `Tỉnh ${t.code}` }));
  const lines = [
    reportLine("p38", { current: { planAdjusted: 100n, executed: 92n }, percentBp: 9200n }),
    reportLine("p40", { current: { planAdjusted: 100n, executed: null } }),
  ];
  const { cells } = mapCellsOf(set, provinces, lines, inScope);
  const views: TileView[] = cells.map((c) => ({ ...c, title: `${c.name}: ${c.state.kind}` }));
  return renderToStaticMarkup(createElement(TileGridMap, { tiles: views, label: `Bản đồ ${set}`, legend }));
}

describe("TileGridMap", () => {
  it.each(["63", "34"] as const)("draws the %s provinces, each with a title", (set) => {
    const html = render(set);
    expect(html.match(/<rect /g)).toHaveLength(Number(set));
    expect(html.match(/<title>/g)).toHaveLength(Number(set));
    expect(html).toContain("<title>Tỉnh 38: percent</title>");
    expect(html).toContain("<title>Tỉnh 40: notReported</title>");
    expect(html).toContain('aria-label="Bản đồ ' + set + '"');
  });

  it("links the provinces that have a line to their drill-down, and only those", () => {
    const html = render("34");
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).toContain('href="/bao-cao/tinh/p38"');
    expect(html).toContain('data-code="38" data-state="percent"');
    expect(html).toContain('data-code="01" data-state="noPlan"');
  });

  it("gives the legend every bin, not reported and no plan; out of scope only for a scoped reader", () => {
    const national = render("63");
    for (const text of [...legend.bins, legend.notReported, legend.noPlan]) expect(national).toContain(text);
    expect(national).not.toContain(legend.outOfScope);
    const scoped = render("34", (id) => id === "p38");
    expect(scoped).toContain(legend.outOfScope);
    expect(scoped.match(/data-state="outOfScope"/g)).toHaveLength(32);
  });
});
