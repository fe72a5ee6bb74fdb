// A document's text cut into runs, each marked with the spans (sentences, fields) that cover it. The
// runs are rendered as text nodes inside <mark> elements: the text itself is never parsed as markup.

// Offsets from the server count Unicode code points (Python); JavaScript strings count UTF-16 units.
export function codePointIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const units = [0];
  for (const ch of text) units.push(units[units.length - 1] + ch.length);
  return (i) => units[Math.max(0, Math.min(i, units.length - 1))];
}

// spans: [{ start, end, kind: "sentence" | "field", label }] in code points.
export function segments(text, spans) {
  const unit = codePointIndex(text);
  const clean = spans
    .map((s) => ({ ...s, start: unit(s.start), end: unit(s.end) }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of clean) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    if (b <= a) continue;
    const covering = clean.filter((s) => s.start <= a && s.end >= b);
    out.push({
      text: text.slice(a, b),
      kinds: [...new Set(covering.map((s) => s.kind))].sort(),
      labels: [...new Set(covering.filter((s) => s.label).map((s) => s.label))],
    });
  }
  return out;
}
