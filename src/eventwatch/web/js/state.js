// The view's state: filters from the form, the period brushed on the timeline, the map view, the page
// and the selected event. Modules subscribe to changes and re-read what concerns them.

const listeners = new Set();

export const state = {
  filters: { since: "", until: "", type: "", actor: "", grade: "", q: "" },
  inView: false,
  bbox: null,       // "w,s,e,n" of the map, used when inView
  brush: null,      // { since, until } from the timeline
  sort: "-date",
  offset: 0,
  limit: 50,
  selected: null,   // event id
  user: null,       // { name, role }
  config: null,
};

export function onChange(fn) { listeners.add(fn); }

export function update(patch, reason) {
  Object.assign(state, patch);
  for (const fn of listeners) fn(reason || "update");
}

function later(a, b) { return !a ? b : !b ? a : (a > b ? a : b); }
function earlier(a, b) { return !a ? b : !b ? a : (a < b ? a : b); }

// Filters without the brush: what the timeline shows, so the brush can be moved across all of it.
export function baseParams() {
  const f = state.filters;
  return {
    since: f.since, until: f.until, type: f.type, actor: f.actor, grade: f.grade, q: f.q,
    bbox: state.inView ? state.bbox : "",
  };
}

// Filters with the brush: what the map and the list show.
export function eventParams() {
  const p = baseParams();
  if (state.brush) {
    p.since = later(p.since, state.brush.since);
    p.until = earlier(p.until, state.brush.until);
  }
  return p;
}

export function canReview() {
  return !!state.user && (state.user.role === "analyst" || state.user.role === "admin");
}
