#!/usr/bin/env python3
"""Run axe-core on every HTML page in headless Chromium (light scheme, and dark for the main pages),
fail on serious or critical violations, and take phone and desktop screenshots for a person to look at."""
import importlib.util, json, pathlib, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

site = pathlib.Path(sys.argv[1]).resolve()
shots = pathlib.Path(sys.argv[2]).resolve()
shots.mkdir(parents=True, exist_ok=True)
spec = importlib.util.find_spec("axe_playwright_python")
axe_script = next(pathlib.Path(spec.submodule_search_locations[0]).rglob("axe.min.js")).read_text(encoding="utf-8")

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_script_timeout(60)

def audit(page, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    driver.get(page.as_uri())
    driver.execute_script(axe_script)
    result = driver.execute_async_script("const done = arguments[arguments.length - 1]; axe.run(document).then(r => done(r.violations));")
    return [v for v in result if v["impact"] in ("serious", "critical")]

failures, pages = [], sorted(site.rglob("*.html"))
main_pages = [site / "index.html"] + sorted((site / "compare").glob("*.html"))[:2] + sorted((site / "instruments").glob("*.html"))[:1]
for page in pages:
    for scheme in (["light", "dark"] if page in main_pages else ["light"]):
        for violation in audit(page, scheme):
            targets = [node["target"] for node in violation["nodes"][:3]]
            failures.append(f"{page.relative_to(site)} ({scheme}): {violation['impact']} {violation['id']}: {violation['help']} {targets}")

comparison = sorted((site / "compare").glob("budapest-convention+*--un-cybercrime-convention.html"))
for name, page in [("index", site / "index.html")] + ([("comparison", comparison[0])] if comparison else []):
    for label, size in (("phone", (390, 844)), ("desktop", (1280, 900))):
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "light"}]})
        driver.set_window_size(*size)
        driver.get(page.as_uri())
        driver.save_screenshot(str(shots / f"{name}-{label}.png"))
driver.quit()
for failure in failures[:40]: print(failure)
print(f"accessibility: {len(pages)} pages checked with axe-core, {len(failures)} serious or critical violations; screenshots in {shots}")
sys.exit(1 if failures else 0)
