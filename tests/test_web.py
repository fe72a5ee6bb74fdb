"""The web UI in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

The app runs in a thread on a loopback port over a store built from the reports in test_api.py. Set
EVENTWATCH_SCREENSHOT=path to also save the main view there (docs/screenshot.png is made that way).
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium "
                "(apt-get install -y chromium)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package "
                                     "(pip install playwright; never `playwright install`)")

import uvicorn  # noqa: E402

from eventwatch.api import ApiSettings, create_app  # noqa: E402
from eventwatch.api.assets import find_node_modules, vendor_assets  # noqa: E402
from eventwatch.store.access import add_user, audit_entries  # noqa: E402
from test_api import REPORTS, build_store, fake_ingest  # noqa: E402

if len(vendor_assets(find_node_modules())) < 10:
    pytest.skip("front-end libraries missing: run `npm ci` in the checkout", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    store, ids = build_store(str(tmp_path_factory.mktemp("web") / "web.db"))
    token = add_user(store.engine, "ana", "analyst")
    app = create_app(ApiSettings(), store=store, ingest=fake_ingest)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the app did not start"
    yield {"url": f"http://127.0.0.1:{port}", "ids": ids, "token": token, "store": store}
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    pg = context.new_page()
    pg.problems = []  # console errors and page errors (CSP violations show up here)
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.goto(site["url"] + "/")
    pg.wait_for_selector("body[data-ready=true]", timeout=20_000)
    yield pg
    context.close()


def shown_markers(page) -> int:
    """Events on the map: single markers plus the counts on cluster bubbles."""
    return page.evaluate("""() => document.querySelectorAll('#map .ev-marker').length +
        [...document.querySelectorAll('#map .ev-cluster')].reduce((n, c) => n + Number(c.dataset.count), 0)""")


def list_total(page) -> int:
    return int(page.get_attribute("#list-count", "data-total"))


def sign_in(page, token: str) -> None:
    page.click("#signin-open")
    page.fill("#token", token)
    page.click("#signin button[type=submit]")
    page.wait_for_selector("#who[data-role=analyst]")


def test_the_map_shows_every_event_with_an_offline_basemap_and_no_policy_violations(page, site):
    assert page.get_attribute("#map", "data-events") == "6"
    page.wait_for_function("() => document.querySelectorAll('#map .ev-marker, #map .ev-cluster').length > 0")
    assert shown_markers(page) == 6
    assert page.locator("#map canvas").count() >= 1  # the Natural Earth basemap is drawn
    assert list_total(page) == 6
    assert page.problems == []


def test_brushing_the_timeline_filters_the_map_and_the_list(page):
    box = page.locator("#timeline .u-over").bounding_box()
    y = box["y"] + box["height"] / 2
    # the first third of the period covers January to about the start of March
    page.mouse.move(box["x"] + 1, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=8)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('#brush-label').textContent.startsWith('Period')")
    page.wait_for_function("() => Number(document.querySelector('#list-count').dataset.total) < 6")
    total = list_total(page)
    assert 0 < total < 6
    label = page.text_content("#brush-label")
    since, until = label.removeprefix("Period: ").split(" to ")
    dates = [t.split(" · ")[0] for t in page.locator("#list .meta").all_text_contents()]
    assert dates and all(since <= d <= until for d in dates)
    page.wait_for_function(f"() => document.querySelector('#map').dataset.events === '{total}'")
    page.wait_for_function(f"() => document.querySelector('#summary').textContent.startsWith('{total} events')")
    page.click("#brush-clear")
    page.wait_for_function("() => document.querySelector('#list-count').dataset.total === '6'")


def test_clicking_an_event_shows_its_evidence_highlighted_in_each_source(page, site):
    eid = site["ids"]["event:Saraqib"]
    page.click(f"#list button.row[data-id='{eid}']")
    page.wait_for_selector("#panel .doctext >> nth=1")
    assert page.locator("#panel .source").count() == 2
    sentences = page.locator("#panel .doctext mark.sentence").all_text_contents()
    joined = "".join(sentences)
    assert "Warplanes struck the market in Saraqib on 12 January 2024, killing 7 civilians." in joined
    assert "Rescue teams" not in joined  # the rest of the document is shown, not marked
    fields = page.locator("#panel .doctext mark.field").all_text_contents()
    assert "killing 7 civilians" in fields and "at least 9 people died" in fields
    assert "corroborated" in page.text_content("#panel .fields")
    assert page.locator("#panel #review").count() == 0  # not signed in: no review actions


def test_an_analysts_edit_appears_in_the_history(page, site):
    eid = site["ids"]["event:Kharkiv"]
    sign_in(page, site["token"])
    page.click(f"#list button.row[data-id='{eid}']")
    page.wait_for_selector("#panel #review")
    page.fill("#review-why", "the governor revised the toll")
    page.fill("#edit-killed-low", "4")
    page.fill("#edit-killed-best", "4")
    page.fill("#edit-killed-high", "5")
    page.click("#edit-save")
    page.wait_for_function("() => document.querySelector('#panel .versions tbody tr td:nth-child(3)')?.textContent === 'ana'")
    top = page.locator("#panel .versions tbody tr").first.locator("td").all_text_contents()
    assert top[2] == "ana" and top[4] == "the governor revised the toll" and "casualties" in top[3]
    assert "4 (4–5)" in page.text_content("#panel .fields")
    entries = audit_entries(site["store"].engine, who="ana")[1]
    assert entries[0]["action"] == "event.edit" and entries[0]["target"] == eid


def test_a_hostile_document_renders_as_inert_text(page, site):
    eid = site["ids"]["event:Bamako"]
    page.click(f"#list button.row[data-id='{eid}']")
    page.wait_for_selector("#panel .doctext")
    text = page.text_content("#panel .doctext")
    assert "<script>window.__pwned = 1</script>" in text and 'onerror="window.__pwned=2"' in text
    assert '<img src=x onerror="window.__pwned=3">' in page.text_content("#panel .source .title")
    assert "<b>Sahel</b> Wire" in page.text_content("#panel .source .pub")
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#panel script, #panel img, #panel b, #panel a[href^='javascript']").count() == 0
    assert page.problems == []


def test_a_write_without_a_token_is_refused(page, site):
    eid = site["ids"]["event:Goma"]
    status = page.evaluate("""async (id) => (await fetch('/api/events/' + id, {method: 'PATCH',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({why: 'no token here', status: 'rejected'})})).status""", eid)
    assert status == 401
    assert site["store"].get_event(eid).grade != "retracted"


def test_inline_script_is_blocked_by_the_content_security_policy(page):
    blocked = page.evaluate("""() => new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), {once: true});
        const s = document.createElement('script'); s.textContent = 'window.__inline = 1';
        document.body.appendChild(s);
        setTimeout(() => resolve(window.__inline === undefined), 1000);
    })""")
    assert blocked and page.evaluate("() => window.__inline") is None


def test_the_api_docs_page_works_offline(browser, site):
    context = browser.new_context()
    pg = context.new_page()
    problems = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.goto(site["url"] + "/docs")
    pg.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    pg.locator(".opblock-summary-path").filter(has_text="/api/events.geojson").click()
    pg.wait_for_selector(".swagger-ui .parameters")
    assert pg.locator(".swagger-ui .btn.authorize").count() == 1  # write routes declare the bearer token
    assert problems == []  # Swagger UI runs under the same strict CSP as the app


def test_a_link_to_an_event_opens_it_beside_the_whole_map(browser, site, tmp_path):
    eid = site["ids"]["event:Saraqib"]
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    pg = context.new_page()
    pg.goto(f"{site['url']}/#event={eid}")
    pg.wait_for_selector("#panel .doctext >> nth=1", timeout=20_000)
    pg.wait_for_timeout(500)  # let the basemap and markers settle
    assert pg.get_attribute("#panel", "data-id") == eid
    assert pg.get_attribute("#map", "data-events") == "6"
    shot = Path(os.environ.get("EVENTWATCH_SCREENSHOT") or tmp_path / "main.png")
    pg.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    context.close()


def test_the_fixture_reports_are_all_on_the_map():
    # guards the counts used above when someone edits REPORTS
    assert sum(len(r.said) for r in REPORTS) == 7
