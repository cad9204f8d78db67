// The tile-grid map (docs/decisions/032): pure SVG, no client code. Each province is a square
// with its abbreviation and a <title>; the colours come from lib/reports/map.ts, and a legend and a
// table say the same in words, so nothing is told by colour alone.
import { gridSize } from "@/lib/reports/map-tiles";
import { NOT_REPORTED_STYLE, NO_PLAN_STYLE, OUT_OF_SCOPE_STYLE, PERCENT_BINS, type MapCell } from "@/lib/reports/map";

const SIZE = 36;
const GAP = 4;
const STEP = SIZE + GAP;

export type TileView = Pick<MapCell, "code" | "abbr" | "row" | "col" | "href" | "state"> & { title: string };
export type MapLegend = { bins: string[]; notReported: string; noPlan: string; outOfScope: string };

function styleOf(state: MapCell["state"]) {
  if (state.kind === "percent") return PERCENT_BINS[state.bin]!;
  if (state.kind === "outOfScope") return OUT_OF_SCOPE_STYLE;
  return state.kind === "noPlan" ? NO_PLAN_STYLE : NOT_REPORTED_STYLE;
}

function Tile({ tile }: { tile: TileView }) {
  const style = styleOf(tile.state);
  const x = tile.col * STEP;
  const y = tile.row * STEP;
  const body = (
    <>
      <title>{tile.title}</title>
      <rect x={x} y={y} width={SIZE} height={SIZE} rx={3} fill={style.fill} stroke={tile.state.kind === "notReported" ? "#64748b" : "#94a3b8"} strokeDasharray={tile.state.kind === "notReported" ? "3 2" : undefined} />
      <text x={x + SIZE / 2} y={y + SIZE / 2} dominantBaseline="central" textAnchor="middle" fontSize={tile.abbr.length > 3 ? 9 : 11} fill={style.text}>
        {tile.abbr}
      </text>
    </>
  );
  return tile.href ? (
    <a href={tile.href} data-code={tile.code} data-state={tile.state.kind} aria-label={`${tile.abbr} · ${tile.title}`}>
      {body}
    </a>
  ) : (
    <g data-code={tile.code} data-state={tile.state.kind} role="img" aria-label={tile.title}>
      {body}
    </g>
  );
}

export function TileGridMap({ tiles, label, legend }: { tiles: readonly TileView[]; label: string; legend: MapLegend }) {
  const { rows, cols } = gridSize(tiles);
  const swatches = [
    ...PERCENT_BINS.map((b, i) => ({ key: `bin-${i}`, fill: b.fill, dashed: false, text: legend.bins[i] ?? "" })),
    { key: "not-reported", fill: NOT_REPORTED_STYLE.fill, dashed: true, text: legend.notReported },
    { key: "no-plan", fill: NO_PLAN_STYLE.fill, dashed: false, text: legend.noPlan },
    ...(tiles.some((t) => t.state.kind === "outOfScope") ? [{ key: "out-of-scope", fill: OUT_OF_SCOPE_STYLE.fill, dashed: false, text: legend.outOfScope }] : []),
  ];
  return (
    <figure className="flex flex-wrap items-start gap-4">
      <svg viewBox={`0 0 ${cols * STEP - GAP} ${rows * STEP - GAP}`} width={cols * STEP - GAP} height={rows * STEP - GAP} aria-label={label} className="max-w-full">
        {tiles.map((tile) => (
          <Tile key={tile.code} tile={tile} />
        ))}
      </svg>
      <figcaption>
        <ul className="space-y-1 text-xs text-slate-700" data-testid="report-map-legend">
          {swatches.map((s) => (
            <li key={s.key} className="flex items-center gap-2">
              <span aria-hidden className={`inline-block h-3 w-5 rounded-sm border ${s.dashed ? "border-dashed border-slate-500" : "border-slate-400"}`} style={{ background: s.fill }} />
              {s.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
