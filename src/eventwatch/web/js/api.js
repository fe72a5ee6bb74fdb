// Talking to the API. The token lives in sessionStorage (gone when the tab closes) and is sent as a
// bearer header; there are no cookies, so another site cannot make requests in the user's name.

const TOKEN_KEY = "eventwatch.token";

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
    this.status = status;
    this.detail = detail;
  }
}

export function token() { return sessionStorage.getItem(TOKEN_KEY) || ""; }
export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(extra = {}) {
  const h = { Accept: "application/json", ...extra };
  const t = token();
  if (t) h.Authorization = `Bearer ${t}`;
  return h;
}

export function query(params) {
  const usp = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === "" || v === false) continue;
    usp.set(k, String(v));
  }
  const s = usp.toString();
  return s ? `?${s}` : "";
}

async function parse(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.detail ?? response.statusText);
  return body;
}

export async function get(path, params) {
  return parse(await fetch(path + query(params), { headers: headers() }));
}

export async function send(method, path, body) {
  return parse(await fetch(path, {
    method, headers: headers({ "Content-Type": "application/json" }), body: JSON.stringify(body),
  }));
}
