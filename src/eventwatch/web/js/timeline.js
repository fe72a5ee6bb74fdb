// The timeline: events per day (or week, or month) stacked by family, drawn with uPlot. Dragging across
// it picks a period that filters the map and the list; the timeline itself keeps showing every period,
// so the choice can be moved.

import * as api from "./api.js";
import { el, clear, familyColour } from "./dom.js";
import { baseParams, eventParams, state, update } from "./state.js";

let plot = null;
let container = null;
let current = null; // { bucket, xs (seconds), groups }
let seq = 0;

const DAY = 86400;

function toSeconds(day) { return Date.parse(`${day}T00:00:00Z`) / 1000; }
function toDay(seconds) { return new Date(seconds * 1000).toISOString().slice(0, 10); }

function bucketEnd(start, bucket) {
  if (bucket === "week") return start + 7 * DAY;
  if (bucket === "month") {
    const d = new Date(start * 1000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
  }
  return start + DAY;
}

// Every period from the first to the last, empty ones included, so each bar is one period wide.
export function allPeriods(periods, bucket) {
  if (!periods.length) return [];
  const first = toSeconds(periods[0].period);
  const last = toSeconds(periods[periods.length - 1].period);
  const out = [];
  for (let x = first; x <= last && out.length < 5000; x = bucketEnd(x, bucket)) out.push(x);
  return out;
}

// Periods as uPlot columns: x, then one cumulative series per family (largest on top of the stack).
export function stackedColumns(stats) {
  const xs = allPeriods(stats.periods, stats.bucket);
  const byStart = new Map(stats.periods.map((p) => [toSeconds(p.period), p.counts]));
  const groups = stats.groups;
  const cumulative = [];
  let running = xs.map(() => 0);
  for (const g of groups) {
    running = running.map((v, i) => v + ((byStart.get(xs[i]) || {})[g] || 0));
    cumulative.push(running.slice());
  }
  // draw the tallest (total) first so each smaller stack paints over it
  return { xs, groups: groups.slice().reverse(), ys: cumulative.reverse() };
}

function legend(groups) {
  const box = clear(document.getElementById("legend"));
  for (const g of groups.slice().reverse()) {
    const swatch = el("span", { className: "swatch" });
    swatch.style.background = familyColour(g);
    box.appendChild(el("span", {}, swatch, g));
  }
}

function onSelect(u) {
  if (u.select.width < 3) return;
  const from = u.posToVal(u.select.left, "x");
  const to = u.posToVal(u.select.left + u.select.width, "x");
  const bucket = current ? current.bucket : "day";
  // snap outward to whole periods: a period touched by the brush is taken in full
  const starts = current ? current.xs : [];
  let first = starts.filter((x) => bucketEnd(x, bucket) > from)[0];
  let last = starts.filter((x) => x <= to).slice(-1)[0];
  if (first === undefined || last === undefined || last < first) { first = from; last = to; }
  const since = toDay(first);
  const until = toDay(bucketEnd(last, bucket) - DAY);
  update({ brush: { since, until }, offset: 0 }, "brush");
}

export function clearBrush() {
  if (plot) plot.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
  update({ brush: null, offset: 0 }, "brush");
}

function build(stats) {
  const { xs, groups, ys } = stackedColumns(stats);
  current = { bucket: stats.bucket, xs, groups };
  const width = container.clientWidth || 600;
  const height = container.clientHeight || 150;
  const bars = uPlot.paths.bars({ size: [0.9, 40], align: 1 });
  const series = [{ label: stats.bucket }];
  groups.forEach((g, i) => {
    const colour = familyColour(g);
    series.push({ label: g, stroke: colour, fill: colour, width: 0, paths: bars, points: { show: false } });
  });
  const opts = {
    width, height, legend: { show: false },
    cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
    select: { show: true },
    scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [{ size: 28, font: "11px system-ui" }, { size: 34, font: "11px system-ui", ticks: { show: false },
      incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000] }],
    series,
    hooks: { setSelect: [onSelect] },
  };
  if (plot) plot.destroy();
  clear(container);
  // one bar needs some room on either side, or it fills the plot
  const data = [xs, ...ys];
  if (xs.length === 1) {
    data[0] = [xs[0] - DAY, xs[0], xs[0] + DAY];
    for (let i = 1; i < data.length; i++) data[i] = [null, ys[i - 1][0], null];
  }
  plot = new uPlot(opts, data, container);
  legend(groups);
  container.dataset.periods = String(xs.length);
  container.dataset.bucket = stats.bucket;
}

export async function loadTimeline() {
  const mine = ++seq;
  const stats = await api.get("/api/stats", { ...baseParams(), bucket: "auto", parts: "periods,totals" });
  if (mine !== seq) return;
  build(stats);
  if (!state.brush) showTotals(stats.totals);
  else await loadSummary();
  showBrush();
  return stats;
}

function showTotals(t) {
  const n = (x) => Number(x).toLocaleString("en");
  const parts = [`${n(t.events)} events`, `${n(t.killed)} killed`];
  if (t.injured) parts.push(`${n(t.injured)} injured`);
  if (t.displaced) parts.push(`${n(t.displaced)} displaced`);
  document.getElementById("summary").textContent = parts.join(" · ");
}

// Totals for what the map and list show (the brushed period included).
export async function loadSummary() {
  const stats = await api.get("/api/stats", { ...eventParams(), parts: "totals" });
  showTotals(stats.totals);
}

export function showBrush() {
  const label = document.getElementById("brush-label");
  const clearButton = document.getElementById("brush-clear");
  if (state.brush) {
    label.textContent = `Period: ${state.brush.since} to ${state.brush.until}`;
    clearButton.hidden = false;
  } else {
    label.textContent = "Drag across the timeline to pick a period.";
    clearButton.hidden = true;
  }
}

export function initTimeline(node) {
  container = node;
  new ResizeObserver(() => {
    if (plot) plot.setSize({ width: container.clientWidth, height: container.clientHeight || 150 });
  }).observe(container);
}
