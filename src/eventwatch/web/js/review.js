// Review actions for signed-in analysts: confirm, reject, edit fields, merge, split. Each needs a
// reason; the server records it with the user's name in the event's history and in the audit log.

import * as api from "./api.js";
import { el, flash } from "./dom.js";
import { state } from "./state.js";

let onChanged = () => {};
export function initReview(handler) { onChanged = handler; }

function numberOrNull(input) {
  return input.value === "" ? null : Number.parseInt(input.value, 10);
}

export function reviewSection(event) {
  const why = el("textarea", { id: "review-why", name: "why", placeholder: "Why? (recorded with your name)", maxLength: 2000, rows: 2 });
  const message = el("div", { className: "message", role: "status" });

  async function run(label, fn) {
    if (why.value.trim().length < 3) { message.textContent = "Give a reason first (3 characters or more)."; why.focus(); return; }
    message.textContent = `${label}…`;
    try {
      const result = await fn(why.value.trim());
      message.textContent = `${label}: done.`;
      flash(`${label}: saved`);
      onChanged(result.id);
    } catch (err) {
      message.textContent = `${label} failed: ${err.message}`;
    }
  }

  const patch = (body) => api.send("PATCH", `/api/events/${encodeURIComponent(event.id)}`, body);

  // edit form, prefilled with the current values
  const type = el("select", { id: "edit-type", name: "event_type" },
    (state.config?.event_types || []).map((t) => el("option", { value: t.label, text: `${t.name} (${t.label})`, selected: t.label === event.event_type })));
  const date = el("input", { id: "edit-date", type: "date", value: event.date || "" });
  const killed = event.casualties?.killed || {};
  const kLow = el("input", { id: "edit-killed-low", type: "number", min: 0, value: killed.low ?? "" });
  const kBest = el("input", { id: "edit-killed-best", type: "number", min: 0, value: killed.best ?? "" });
  const kHigh = el("input", { id: "edit-killed-high", type: "number", min: 0, value: killed.high ?? "" });
  const loc = event.location || {};
  const place = el("input", { id: "edit-place", type: "text", value: loc.name || "", maxLength: 200 });
  const lat = el("input", { id: "edit-lat", type: "number", step: "any", min: -90, max: 90, value: loc.lat ?? "" });
  const lon = el("input", { id: "edit-lon", type: "number", step: "any", min: -180, max: 180, value: loc.lon ?? "" });
  const civilians = el("input", { id: "edit-civilians", type: "checkbox", checked: !!event.civilian_targeting });

  function changes() {
    const out = {};
    if (type.value !== event.event_type) out.event_type = type.value;
    if (date.value && date.value !== event.date) out.date = date.value;
    const k = { low: numberOrNull(kLow), best: numberOrNull(kBest), high: numberOrNull(kHigh) };
    if (k.low !== (killed.low ?? null) || k.best !== (killed.best ?? null) || k.high !== (killed.high ?? null)) {
      const casualties = {};
      for (const [kind, q] of Object.entries(event.casualties || {})) {
        if (q) casualties[kind] = { low: q.low, best: q.best, high: q.high, raw: q.raw || "", group: q.group ?? null };
      }
      if (k.best === null && k.low === null && k.high === null) delete casualties.killed;
      else casualties.killed = { low: k.low ?? k.best, best: k.best ?? k.low, high: k.high ?? k.best, raw: "analyst" };
      out.casualties = casualties;
    }
    const newLat = lat.value === "" ? null : Number(lat.value);
    const newLon = lon.value === "" ? null : Number(lon.value);
    if (place.value && (place.value !== (loc.name || "") || newLat !== (loc.lat ?? null) || newLon !== (loc.lon ?? null))) {
      out.location = { name: place.value, lat: newLat, lon: newLon, country_code: loc.country_code || null,
        admin1: loc.admin1 || null, admin2: loc.admin2 || null, precision: loc.precision || 1 };
    }
    if (civilians.checked !== !!event.civilian_targeting) out.civilian_targeting = civilians.checked;
    return out;
  }

  const edit = el("fieldset", {}, el("legend", { text: "Edit fields" }),
    el("div", {}, el("label", {}, "Type ", type)),
    el("div", {}, el("label", {}, "Date ", date), " ", el("label", {}, "Civilians targeted ", civilians)),
    el("div", {}, el("label", {}, "Killed low ", kLow), " ", el("label", {}, "best ", kBest), " ", el("label", {}, "high ", kHigh)),
    el("div", {}, el("label", {}, "Place ", place)),
    el("div", {}, el("label", {}, "Lat ", lat), " ", el("label", {}, "Lon ", lon)),
    el("div", { className: "actions" }, el("button", { type: "button", id: "edit-save", className: "primary", text: "Save edit",
      onclick: () => {
        const c = changes();
        if (!Object.keys(c).length) { message.textContent = "Nothing changed."; return; }
        run("Edit", (reason) => patch({ why: reason, changes: c }));
      } })));

  const other = el("input", { id: "merge-other", type: "text", placeholder: "event id", maxLength: 32 });
  const merge = el("fieldset", {}, el("legend", { text: "Merge another event into this one" }),
    other, " ",
    el("button", { type: "button", id: "merge-go", text: "Merge", onclick: () => {
      if (!other.value.trim()) { message.textContent = "Give the id of the event to merge in."; return; }
      run("Merge", (reason) => api.send("POST", "/api/events/merge", { a: event.id, b: other.value.trim(), why: reason }));
    } }));

  const split = el("fieldset", {}, el("legend", { text: "Split sources into a new event" }));
  const boxes = [];
  for (const s of event.sources || []) {
    const box = el("input", { type: "checkbox", value: s.document_id });
    boxes.push(box);
    split.appendChild(el("div", {}, el("label", {}, box, ` ${s.publisher || s.document_id} (${s.document_id})`)));
  }
  split.appendChild(el("button", { type: "button", id: "split-go", text: "Split selected", disabled: (event.sources || []).length < 2,
    onclick: () => {
      const ids = boxes.filter((b) => b.checked).map((b) => b.value);
      if (!ids.length) { message.textContent = "Tick the sources that belong to another event."; return; }
      run("Split", (reason) => api.send("POST", `/api/events/${encodeURIComponent(event.id)}/split`, { document_ids: ids, why: reason }));
    } }));

  return el("section", { className: "review", id: "review" },
    el("h3", { text: `Review (signed in as ${state.user.name})` }),
    why,
    el("div", { className: "actions" },
      el("button", { type: "button", id: "review-confirm", className: "primary", text: "Confirm",
        onclick: () => run("Confirm", (reason) => patch({ why: reason, status: "confirmed" })) }),
      el("button", { type: "button", id: "review-reject", className: "danger", text: "Reject",
        onclick: () => run("Reject", (reason) => patch({ why: reason, status: "rejected" })) })),
    edit, merge, split, message);
}
