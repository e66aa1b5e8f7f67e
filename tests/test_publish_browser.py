"""The published site in a real headless browser: Debian's chromium driven by Selenium, from a server on 127.0.0.1.

Skipped where chromium, chromedriver or selenium is absent. CI needs:
    apt-get install -y chromium chromium-driver fonts-noto-core
Set KG_UPDATE_SCREENSHOT=1 to refresh docs/publish-person-page.png from this test.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from publish_fixtures import ARTICLE_ID, publish_site

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                                reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
                                       "chromium-driver fonts-noto-core)")
ROOT = Path(__file__).resolve().parents[1]
SEED = "2019-07-30-ngo-quyen"
PAGES = {  # page -> the heading it must render
    "index.html": "vnkg",
    "person/nguyen-thi-nghia-73c412.html": "Nguyễn Thị Nghĩa",  # her records in both articles, resolved
    f"article/{SEED}/event/meeting-1.html": "làm việc với Ban Thường vụ Quận ủy Ngô Quyền",
    "org/thanh-uy-hai-phong-08dd9f.html": "Thành ủy Hải Phòng",
    "place/hai-phong/ngo-quyen/cau-dat.html": "Cầu Đất",
    f"article/{SEED}.html": None,  # its headline, as the reader took it from the article
    "person/pham-van-hoa-87ae70.html": "Phạm Văn Hòa",
}

# In the page: every same-origin link fetched, the status of each; every JSON-LD block parsed.
CHECK = """
const done = arguments[arguments.length - 1];
const hrefs = [...document.querySelectorAll('a[href], link[href]')]
  .map(e => new URL(e.getAttribute('href'), location.href).href)  // an <a> inside the SVG too
  .filter(h => h.startsWith(location.origin)).map(h => h.split('#')[0]);
const unique = [...new Set(hrefs)];
const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => {
  try { const d = JSON.parse(s.textContent); return {ok: true, context: '@context' in d, id: d.id || d['@id'] || null}; }
  catch (e) { return {ok: false, error: String(e)}; }
});
Promise.all(unique.map(h => fetch(h).then(r => [h, r.status], e => [h, String(e)])))
  .then(statuses => done({statuses, blocks, title: document.title,
                          h1: (document.querySelector('h1') || {}).textContent || ''}));
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from kg.publish.serve import make_server

    site, _ = publish_site(tmp_path_factory.mktemp("browser"))
    server = make_server(str(site), 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    yield url, site
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1280,1700"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_renders_links_resolve_and_jsonld_parses(browser, served, page):
    url, site = served
    heading = PAGES[page] or json.loads((site / f"article/{SEED}.jsonld").read_text("utf-8"))["headline"]["vi"]
    browser.get(url + page)
    result = browser.execute_async_script(CHECK)
    assert result["h1"].strip() == heading
    assert result["title"].strip()
    bad = [(h, s) for h, s in result["statuses"] if s != 200]
    assert bad == []
    assert len(result["statuses"]) > 5
    blocks = result["blocks"]
    if page != "index.html":
        assert blocks and all(b["ok"] and b["context"] for b in blocks), blocks
        # the entity's own document, ids relative to @base; an article's page carries its schema.org NewsArticle
        assert blocks[0]["id"] in (page[:-len(".html")], "https://w3id.org/vnkg/" + page[:-len(".html")])


def test_screenshot_of_a_person_page(browser, served, tmp_path):
    browser.get(served[0] + "person/nguyen-thi-nghia-73c412.html")
    assert browser.find_element("css selector", "h1").text == "Nguyễn Thị Nghĩa"
    # the fonts render Vietnamese: the heading is as wide as its text, not a row of boxes
    width = browser.execute_script("return document.querySelector('h1').getBoundingClientRect().width")
    assert width > 150
    shot = tmp_path / "person.png"
    assert browser.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    if os.environ.get("KG_UPDATE_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs/publish-person-page.png")


def test_fetch_example_from_the_docs_works_in_the_browser(browser, served):
    """The three-line fetch() example of docs/publishing.md, run as written in a page of the site."""
    browser.get(served[0] + "index.html")
    script = """
const done = arguments[arguments.length - 1];
(async () => {
  const person = await (await fetch(arguments[0])).json();
  return (person.records ? person.records.flatMap(r => r.holdings) : person.holdings)
    .map(h => [h.titleAsWritten.vi, h.organization.label.en, h.statedOn, h.mentionedIn[0].sentence]);
})().then(done, e => done(String(e)));
"""
    # the resolved person, as the docs fetch her: the holdings of her records in both articles
    result = browser.execute_async_script(script, "person/nguyen-thi-nghia-73c412.jsonld")
    assert isinstance(result, list), result
    titles = {row[0]: row for row in result}
    row = titles["Trưởng Đoàn ĐBQH Hải Phòng"]
    assert row[1] == "Hải Phòng National Assembly Delegation" and row[2] == "2019-07-30"
    assert "Trưởng Đoàn ĐBQH Hải Phòng" in row[3]
    assert {r[2] for r in result} == {"2019-07-30", "2020-05-12"}
    assert json.dumps(result, ensure_ascii=False)
    # her record in the seed article: its statements only
    result = browser.execute_async_script(script, "article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3.jsonld")
    assert isinstance(result, list) and "Trưởng Đoàn ĐBQH Hải Phòng" in {row[0] for row in result}, result
    assert all(r[2] == "2019-07-30" for r in result)


# ------------------------------------------------------------------ an archive of 200 invented articles

@pytest.fixture(scope="module")
def archive_served(archive_site):
    from kg.publish.serve import make_server

    server = make_server(str(archive_site), 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_archive_index_search_and_a_busy_person(browser, archive_served):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    from synthetic_archive import BUSY

    browser.get(archive_served + "index.html")
    result = browser.execute_async_script(CHECK)
    assert result["h1"] == "vnkg" and all(s == 200 for _, s in result["statuses"]), result["statuses"]
    assert browser.find_elements(By.CSS_SELECTOR, "#persons nav.bar a")  # the A–Z bar
    box = browser.find_element(By.CSS_SELECTOR, "form.search input")
    box.send_keys("bich ngan")  # typed without diacritics, as on a keyboard without Vietnamese input
    hits = WebDriverWait(browser, 10).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "form.search ol li a") or None)
    assert hits[0].text == BUSY
    hits[0].click()
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, "h1").text == BUSY)
    result = browser.execute_async_script(CHECK)
    assert all(s == 200 for _, s in result["statuses"]), [x for x in result["statuses"] if x[1] != 200]
    steps = browser.find_elements(By.CSS_SELECTOR, "section.career ol.steps > li")
    assert len(steps) > 20 and steps[0].is_displayed()
    # the page is readable: the first step's date and sentence are on screen, the page is not a wall of text
    first = browser.find_element(By.CSS_SELECTOR, "section.career time")
    assert first.text.count("/") == 2 and first.get_attribute("datetime")[:4].isdigit()
    height = browser.execute_script("return document.body.scrollHeight")
    assert height < 20_000, height  # forty statements in a dozen screens, the source sentences folded
