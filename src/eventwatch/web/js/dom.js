// Building DOM from data. Text always goes in through textContent / text nodes: nothing here (or
// anywhere in the UI) assigns innerHTML, so a report that contains markup shows its characters.

const PROPS = new Set(["className", "id", "type", "value", "checked", "disabled", "hidden", "title",
  "name", "placeholder", "htmlFor", "min", "max", "step", "required", "maxLength", "rows", "selected"]);

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key.startsWith("aria-") || key === "role") node.setAttribute(key, String(value));
    else if (PROPS.has(key)) node[key] = value;
    else throw new Error(`el(): unsupported attribute ${key}`);
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// A link only for http(s) URLs; anything else (javascript:, data:) is shown as text.
export function safeLink(url, label) {
  let parsed = null;
  try { parsed = new URL(url); } catch { parsed = null; }
  if (!parsed || !["http:", "https:"].includes(parsed.protocol)) return document.createTextNode(label || url || "");
  const a = el("a", { text: label || url });
  a.href = parsed.href;
  a.rel = "noopener noreferrer";
  a.target = "_blank";
  return a;
}

export function familySlug(family) {
  return String(family || "other").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "other";
}

export function familyColour(family) {
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--fam-${familySlug(family)}`).trim();
  return value || getComputedStyle(document.documentElement).getPropertyValue("--fam-other").trim() || "#888";
}

let statusTimer = null;
export function flash(message) {
  const box = document.getElementById("status");
  box.textContent = message;
  box.classList.add("show");
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => box.classList.remove("show"), 3000);
}
