// The map: an offline basemap drawn from Natural Earth country shapes (npm world-atlas, decoded with
// topojson-client), an optional tile layer on top when the server names one and it answers, and the
// events as clustered markers coloured by family and sized by the number killed.

import * as api from "./api.js";
import { el, familyColour, familySlug } from "./dom.js";
import { eventParams, state, update } from "./state.js";

let map = null;
let cluster = null;
let markers = new Map(); // event id -> marker
let onSelect = () => {};
let loadSeq = 0;

export function markerSize(killed) {
  const k = Math.max(0, Number(killed) || 0);
  return Math.min(44, Math.round(12 + 6 * Math.log2(1 + k)));
}

function clusterIcon(group) {
  const children = group.getAllChildMarkers();
  const byFamily = new Map();
  for (const m of children) byFamily.set(m.options.family, (byFamily.get(m.options.family) || 0) + 1);
  const top = [...byFamily.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const n = children.length;
  const size = Math.min(56, 24 + 6 * Math.log10(n + 1) * 2);
  const div = el("div", { className: "ev-cluster", dataset: { count: String(n) } }, String(n));
  div.style.width = `${size}px`;
  div.style.height = `${size}px`;
  div.style.background = familyColour(top);
  return L.divIcon({ html: div, className: "ev-cluster-wrap", iconSize: [size, size] });
}

async function drawBasemap() {
  try {
    const response = await fetch("/vendor/world-atlas/countries-50m.json");
    if (!response.ok) throw new Error(String(response.status));
    const topo = await response.json();
    const land = topojson.feature(topo, topo.objects.countries);
    const borders = topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b);
    const css = getComputedStyle(document.documentElement);
    // its own pane below the tile pane, so a tile layer (when there is one) draws over it
    const renderer = L.canvas({ padding: 0.5, pane: "basemap" });
    L.geoJSON(land, { renderer, interactive: false,
      style: { stroke: false, fillColor: css.getPropertyValue("--land").trim(), fillOpacity: 1 } }).addTo(map);
    L.geoJSON(borders, { renderer, interactive: false,
      style: { color: "#9aa5ad", weight: 0.7, fill: false } }).addTo(map);
  } catch (err) {
    console.warn("basemap not available", err);
  }
}

function addTiles(config) {
  if (!config.tiles) return;
  // add the layer only once a first tile has loaded: offline, the basemap stays as it is
  const probe = new Image();
  probe.onload = () => {
    L.tileLayer(config.tiles, { attribution: config.tile_attribution || "", opacity: 0.9 }).addTo(map);
    if (cluster) cluster.bringToFront?.();
  };
  probe.src = config.tiles.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
    .replace("{r}", "");
}

export function initMap(container, config, selectHandler) {
  onSelect = selectHandler;
  map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 14, preferCanvas: false,
    attributionControl: true, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Boundaries: Natural Earth");
  map.createPane("basemap").style.zIndex = "150";
  map.setView([20, 20], 2);
  drawBasemap();
  addTiles(config);
  cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: 40,
    showCoverageOnHover: false, spiderfyOnMaxZoom: true, chunkedLoading: true });
  map.addLayer(cluster);
  map.on("moveend", () => {
    const b = map.getBounds();
    const w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
    const bbox = [w, Math.max(-90, b.getSouth()), e, Math.min(90, b.getNorth())].map((x) => x.toFixed(4)).join(",");
    if (bbox !== state.bbox) update({ bbox, offset: state.inView ? 0 : state.offset }, state.inView ? "view" : "bbox");
  });
  return map;
}

let fitted = false;

export async function loadMarkers() {
  const seq = ++loadSeq;
  const params = { ...eventParams(), bbox: "", limit: 5000 };
  const data = await api.get("/api/events.geojson", params);
  if (seq !== loadSeq) return; // a newer request has started
  cluster.clearLayers();
  markers = new Map();
  const layers = [];
  for (const f of data.features) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const size = markerSize(p.killed_best);
    const icon = L.divIcon({ className: `ev-marker fam-${familySlug(p.event_family)}`, iconSize: [size, size], html: "" });
    const title = `${p.date || "undated"} · ${p.event_type} · ${p.location_name || ""}`;
    const marker = L.marker([lat, lon], { icon, title, alt: title, family: p.event_family, keyboard: true });
    marker.on("click", () => onSelect(p.id));
    marker.eventId = p.id;
    markers.set(p.id, marker);
    layers.push(marker);
  }
  cluster.addLayers(layers);
  const box = document.getElementById("map");
  box.dataset.events = String(layers.length);
  box.dataset.truncated = String(!!data.truncated);
  if (!fitted && layers.length) {
    fitted = true;
    map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: 7 });
  }
  highlight(state.selected);
}

export function highlight(eventId) {
  for (const [id, marker] of markers) {
    const node = marker.getElement();
    if (node) node.classList.toggle("selected", id === eventId);
  }
}

export function focusEvent(eventId) {
  const marker = markers.get(eventId);
  if (!marker) return;
  cluster.zoomToShowLayer(marker, () => highlight(eventId));
}
