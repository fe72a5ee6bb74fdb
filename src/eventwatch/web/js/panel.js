// The event panel: every field, the grade and why, review status and analyst overrides, each source with
// its sentences highlighted inside the document text, and the versions. All text goes in as text.

import * as api from "./api.js";
import { clear, el, safeLink } from "./dom.js";
import { segments } from "./highlight.js";
import { DATE_PRECISION, WHERE_PRECISION, gradeLabel, quantity, typeName } from "./labels.js";
import { reviewSection } from "./review.js";
import { canReview, state } from "./state.js";

let seq = 0;
let onClose = () => {};

export function initPanel(closeHandler) { onClose = closeHandler; }

function field(dl, label, value, override) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
  dl.appendChild(el("dt", { text: label }));
  const dd = el("dd", {}, value instanceof Node ? value : String(value));
  if (override) dd.appendChild(el("span", { className: "override", text: ` (set by ${override.who}: ${override.why || ""})` }));
  dl.appendChild(dd);
}

function actorsText(actors, role) {
  return actors.filter((a) => a.role === role).map((a) => (a.raw && a.raw !== a.name ? `${a.name} ("${a.raw}")` : a.name)).join("; ");
}

function fields(event) {
  const o = event.overrides || {};
  const dl = el("dl", { className: "fields" });
  field(dl, "Type", `${typeName(event.event_type)} (${event.event_type})`, o.event_type);
  field(dl, "Family", event.event_family);
  field(dl, "Date", event.date ? `${event.date} (${DATE_PRECISION[event.date_precision] || "?"})` : "unknown", o.date);
  const loc = event.location;
  if (loc) {
    const coords = loc.lat !== null && loc.lat !== undefined ? ` ${Number(loc.lat).toFixed(4)}, ${Number(loc.lon).toFixed(4)}` : "";
    const admin = [loc.admin2, loc.admin1, loc.country_code].filter(Boolean).join(", ");
    field(dl, "Place", `${loc.name}${admin ? ` — ${admin}` : ""}${coords} (${WHERE_PRECISION[loc.precision] || "?"})`, o.location);
  }
  if (event.unresolved_places?.length) field(dl, "Unplaced names", event.unresolved_places.join(", "));
  const actors = event.actors || [];
  field(dl, "Actor 1", actorsText(actors, "actor1"), o.actors);
  field(dl, "Actor 2", actorsText(actors, "actor2"));
  field(dl, "Associated", actorsText(actors, "associated"));
  field(dl, "Weapons", (event.weapons || []).map((w) => `${w.name}${w.restricted ? " (restricted)" : ""}`).join("; "), o.weapons);
  for (const kind of ["killed", "injured", "detained", "abducted", "displaced"]) {
    const q = quantity(event.casualties?.[kind]);
    if (q) field(dl, kind[0].toUpperCase() + kind.slice(1), q, o.casualties);
  }
  field(dl, "Civilians targeted", event.civilian_targeting ? "yes" : "no", o.civilian_targeting);
  field(dl, "Modality", event.modality, o.modality);
  field(dl, "Grade", el("span", {}, el("span", { className: `badge grade-${event.grade}`, text: gradeLabel(event.grade) }),
    " ", event.grade_reason || ""), o.grade);
  field(dl, "Review", el("span", { className: `badge status-${event.status}`, text: event.status || "machine" }));
  field(dl, "Confidence", event.confidence !== undefined ? Number(event.confidence).toFixed(2) : null);
  field(dl, "Independent sources", event.independent_sources);
  field(dl, "Event id", event.id);
  if (event.merged_from?.length) field(dl, "Merged from", event.merged_from.join(", "));
  return dl;
}

function documentText(doc, eventId) {
  const spans = [];
  for (const s of doc.spans || []) {
    if (s.event_id !== eventId) continue;
    spans.push({ start: s.sentence_start, end: s.sentence_end, kind: "sentence" });
    for (const f of s.fields || []) {
      if (Number.isInteger(f.start) && Number.isInteger(f.end)) spans.push({ start: f.start, end: f.end, kind: "field", label: f.field });
    }
  }
  const box = el("div", { className: "doctext", dataset: { document: doc.id } });
  for (const seg of segments(doc.text || "", spans)) {
    if (!seg.kinds.length) box.appendChild(document.createTextNode(seg.text));
    else box.appendChild(el("mark", { className: seg.kinds.join(" "), title: seg.labels.join(", ") || null, text: seg.text }));
  }
  return box;
}

function sourceBlock(source, event) {
  const head = el("div", { className: "head" },
    el("span", { className: "pub", text: source.publisher || "unknown publisher" }),
    el("span", { className: "date", text: (source.published_at || "").slice(0, 10) }));
  const block = el("section", { className: "source", dataset: { document: source.document_id } }, head);
  if (source.title) block.appendChild(el("div", { className: "title", text: source.title }));
  if (source.url) block.appendChild(el("div", {}, safeLink(source.url)));
  if (source.copy_of) block.appendChild(el("div", { className: "copy", text: `copy of document ${source.copy_of}: not counted as independent` }));
  const items = source.evidence || [];
  if (items.length) {
    const list = el("ul", { className: "evidence-list" },
      items.map((ev) => el("li", { text: `${ev.field}: “${ev.text}”` })));
    const fieldNames = [...new Set(items.map((ev) => ev.field))].join(", ");
    block.appendChild(el("details", { className: "evidence" },
      el("summary", { text: `Read from this source: ${fieldNames}` }), list));
  }
  const holder = el("div", { className: "doc-holder", text: "loading document…" });
  block.appendChild(holder);
  api.get(`/api/documents/${encodeURIComponent(source.document_id)}`).then((doc) => {
    const box = documentText(doc, event.id);
    holder.replaceWith(box);
    const first = box.querySelector("mark.sentence");
    if (first) box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 20);
  }).catch((err) => { holder.textContent = `document not available (${err.message})`; });
  return block;
}

function versions(event) {
  const table = el("table", { className: "versions" },
    el("thead", {}, el("tr", {}, ["#", "when", "who", "what", "why"].map((h) => el("th", { text: h })))));
  const body = el("tbody");
  for (const v of (event.versions || []).slice().reverse()) {
    const what = v.changed?.length ? `${v.action} (${v.changed.join(", ")})` : v.action;
    body.appendChild(el("tr", { dataset: { version: String(v.version) } },
      el("td", { text: v.version }), el("td", { text: (v.at || "").slice(0, 16).replace("T", " ") }),
      el("td", { text: v.who }), el("td", { text: what }), el("td", { text: v.why || "" })));
  }
  table.appendChild(body);
  return table;
}

export function renderEvent(event) {
  const panel = document.getElementById("panel");
  clear(panel);
  panel.dataset.id = event.id;
  panel.appendChild(el("button", { type: "button", className: "close", text: "← Back to list", onclick: () => onClose() }));
  panel.appendChild(el("h2", { text: `${typeName(event.event_type)} — ${event.location?.name || "unlocated"}, ${event.date || "undated"}` }));
  if (event.requested_id && event.requested_id !== event.id) {
    panel.appendChild(el("p", { className: "override", text: `${event.requested_id} was merged into this event.` }));
  }
  panel.appendChild(fields(event));
  if (canReview()) panel.appendChild(reviewSection(event));
  panel.appendChild(el("h3", { text: `Sources (${(event.sources || []).length})` }));
  for (const source of event.sources || []) panel.appendChild(sourceBlock(source, event));
  panel.appendChild(el("h3", { text: "History" }));
  panel.appendChild(versions(event));
  panel.hidden = false;
  document.getElementById("list-view").hidden = true;
}

export async function openEvent(eventId) {
  const mine = ++seq;
  const event = await api.get(`/api/events/${encodeURIComponent(eventId)}`);
  if (mine !== seq || state.selected !== eventId) return null;
  renderEvent(event);
  return event;
}

export function closePanel() {
  document.getElementById("panel").hidden = true;
  document.getElementById("list-view").hidden = false;
}
