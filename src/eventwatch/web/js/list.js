// The event list: one page of the filtered events, sortable, each row opening the event panel.

import * as api from "./api.js";
import { clear, el, familyColour } from "./dom.js";
import { gradeLabel, typeName } from "./labels.js";
import { eventParams, state, update } from "./state.js";

let onSelect = () => {};
let seq = 0;

function row(event) {
  const dot = el("span", { className: "dot" });
  dot.style.background = familyColour(event.event_family);
  const killed = event.casualties?.killed?.best;
  const place = event.location?.name || "unlocated";
  const button = el("button", { type: "button", className: "row", dataset: { id: event.id },
    onclick: () => onSelect(event.id) },
    dot,
    el("span", { className: "title", text: typeName(event.event_type) }),
    killed ? el("span", { className: "killed", text: `${killed} killed` }) : el("span"),
    el("span", { className: "meta",
      text: `${event.date || "undated"} · ${place} · ${gradeLabel(event.grade)} · ${event.sources?.length || 0} source(s)` }));
  if (event.id === state.selected) button.classList.add("selected");
  return el("li", {}, button);
}

export async function loadList() {
  const mine = ++seq;
  const params = { ...eventParams(), sort: state.sort, limit: state.limit, offset: state.offset };
  const page = await api.get("/api/events", params);
  if (mine !== seq) return;
  const list = clear(document.getElementById("list"));
  for (const event of page.items) list.appendChild(row(event));
  const first = page.items.length ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  const total = page.total_exact ? String(page.total) : `more than ${page.total}`;
  document.getElementById("list-count").textContent = `${total} events`;
  document.getElementById("list-count").dataset.total = String(page.total);
  document.getElementById("page").textContent = page.items.length ? `${first}–${last}` : "none";
  document.getElementById("prev").disabled = page.offset === 0;
  document.getElementById("next").disabled = last >= page.total;
  list.dataset.count = String(page.items.length);
}

export function markSelected(eventId) {
  for (const b of document.querySelectorAll("#list button.row")) b.classList.toggle("selected", b.dataset.id === eventId);
}

export function initList(selectHandler) {
  onSelect = selectHandler;
  document.getElementById("sort").addEventListener("change", (e) => update({ sort: e.target.value, offset: 0 }, "list"));
  document.getElementById("prev").addEventListener("click", () => update({ offset: Math.max(0, state.offset - state.limit) }, "list"));
  document.getElementById("next").addEventListener("click", () => update({ offset: state.offset + state.limit }, "list"));
}
