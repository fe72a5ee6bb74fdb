// Start-up and wiring: read the server's settings, sign in from the saved token, and keep the map,
// timeline, list and panel in step with the filters.

import * as api from "./api.js";
import { el, flash } from "./dom.js";
import { setEventTypes } from "./labels.js";
import { initList, loadList, markSelected } from "./list.js";
import { focusEvent, highlight, initMap, loadMarkers } from "./map.js";
import { closePanel, initPanel, openEvent } from "./panel.js";
import { initReview } from "./review.js";
import { onChange, state, update } from "./state.js";
import { clearBrush, initTimeline, loadSummary, loadTimeline, showBrush } from "./timeline.js";

function report(err) {
  if (err instanceof api.ApiError && err.status === 401) {
    showSignin(state.config?.read_token_required ? "This store needs a token to read." : "Sign in to do that.");
  } else {
    flash(`Error: ${err.message}`);
  }
  console.error(err);
}

// --- filters ---------------------------------------------------------------------------------------

function fillFilters(config) {
  const typeSelect = document.getElementById("f-type");
  for (const family of config.families) {
    const group = el("optgroup");
    group.label = family;
    for (const t of config.event_types.filter((x) => x.family === family)) group.appendChild(el("option", { value: t.label, text: t.name }));
    typeSelect.appendChild(group);
  }
  const gradeSelect = document.getElementById("f-grade");
  for (const g of config.grades) gradeSelect.appendChild(el("option", { value: g, text: g.replace(/_/g, " ") }));
}

function readFilters() {
  const form = document.getElementById("filters");
  const data = new FormData(form);
  return {
    since: data.get("since") || "", until: data.get("until") || "", type: data.get("type") || "",
    actor: (data.get("actor") || "").trim(), grade: data.get("grade") || "", q: (data.get("q") || "").trim(),
  };
}

let filterTimer = null;
function wireFilters() {
  const form = document.getElementById("filters");
  const apply = () => update({ filters: readFilters(), inView: document.getElementById("f-inview").checked, offset: 0 }, "filters");
  form.addEventListener("input", () => { clearTimeout(filterTimer); filterTimer = setTimeout(apply, 350); });
  form.addEventListener("change", () => { clearTimeout(filterTimer); filterTimer = setTimeout(apply, 50); });
  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  form.addEventListener("reset", () => setTimeout(() => { apply(); clearBrush(); }, 0));
  document.getElementById("brush-clear").addEventListener("click", () => clearBrush());
}

// --- account ---------------------------------------------------------------------------------------

function showSignin(message) {
  document.getElementById("signin").hidden = false;
  document.getElementById("signin-open").hidden = true;
  document.getElementById("signin-error").textContent = message || "";
  document.getElementById("token").focus();
}

function showUser() {
  const who = document.getElementById("who");
  const signedIn = !!state.user;
  who.textContent = signedIn ? `${state.user.name} (${state.user.role})` : "not signed in";
  who.dataset.role = signedIn ? state.user.role : "";
  document.getElementById("signin-open").hidden = signedIn;
  document.getElementById("signout").hidden = !signedIn;
  if (signedIn) document.getElementById("signin").hidden = true;
}

async function checkToken() {
  const me = await api.get("/api/me");
  state.user = me.user;
  showUser();
  return me.user;
}

function wireAccount() {
  document.getElementById("signin-open").addEventListener("click", () => showSignin(""));
  document.getElementById("signin").addEventListener("submit", async (e) => {
    e.preventDefault();
    api.setToken(document.getElementById("token").value.trim());
    const user = await checkToken().catch(() => null);
    if (!user) {
      api.setToken("");
      document.getElementById("signin-error").textContent = "That token was not accepted.";
      return;
    }
    document.getElementById("token").value = "";
    flash(`Signed in as ${user.name}`);
    refreshAll();
  });
  document.getElementById("signout").addEventListener("click", () => {
    api.setToken("");
    state.user = null;
    showUser();
    if (state.selected) select(state.selected);
  });
}

// --- data ------------------------------------------------------------------------------------------

function select(eventId) {
  update({ selected: eventId }, "select");
}

async function refreshAll() {
  await Promise.all([loadMarkers(), loadTimeline(), loadList()]).catch(report);
  if (state.selected) await openEvent(state.selected).catch(report);
  document.body.dataset.ready = "true";
}

function onStateChange(reason) {
  if (reason === "filters") {
    Promise.all([loadMarkers(), loadTimeline(), loadList()]).catch(report);
  } else if (reason === "brush") {
    showBrush();
    Promise.all([loadMarkers(), loadList(), loadSummary()]).catch(report);
  } else if (reason === "view") {
    Promise.all([loadTimeline(), loadList()]).catch(report);
  } else if (reason === "list") {
    loadList().catch(report);
  } else if (reason === "select") {
    markSelected(state.selected);
    highlight(state.selected);
    if (state.selected) {
      focusEvent(state.selected);
      openEvent(state.selected).catch(report);
    } else {
      closePanel();
    }
  }
}

async function boot() {
  if (typeof window.L === "undefined" || typeof window.uPlot === "undefined" || typeof window.topojson === "undefined") {
    document.getElementById("map").appendChild(el("p", { className: "error",
      text: "The front-end libraries are missing: run `npm ci` in the eventwatch checkout, then reload." }));
    return;
  }
  wireFilters();
  wireAccount();
  const config = await api.get("/api/config");
  state.config = config;
  setEventTypes(config.event_types);
  fillFilters(config);
  await checkToken().catch(() => { api.setToken(""); });
  initMap(document.getElementById("map"), config, select);
  initTimeline(document.getElementById("timeline"));
  initList(select);
  initPanel(() => update({ selected: null }, "select"));
  initReview((eventId) => {
    state.selected = eventId;
    refreshAll();
  });
  onChange(onStateChange);
  const wanted = new URLSearchParams(location.hash.slice(1)).get("event");
  if (wanted) state.selected = wanted;
  await refreshAll();
}

boot().catch(report);
