// Human wording for codes: event type names from the server's scheme, precision codes, grades.

let typeNames = new Map();

export function setEventTypes(types) { typeNames = new Map(types.map((t) => [t.label, t.name])); }
export function typeName(label) { return typeNames.get(label) || label; }

export const DATE_PRECISION = { 1: "exact day", 2: "within a few days", 3: "within a week", 4: "within a month", 5: "year or vaguer" };
export const WHERE_PRECISION = { 1: "exact place", 2: "near a known place", 3: "district", 4: "province", 5: "part of a country", 6: "country", 7: "international" };

export function gradeLabel(grade) { return String(grade || "").replace(/_/g, " "); }

export function quantity(q) {
  if (!q || q.best === null || q.best === undefined) return null;
  if (q.low !== null && q.high !== null && (q.low !== q.best || q.high !== q.best)) return `${q.best} (${q.low}–${q.high})`;
  return String(q.best);
}
