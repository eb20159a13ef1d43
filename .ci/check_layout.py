#!/usr/bin/env python3
"""At a phone's width (390 px) in headless Chromium, check that the index, an element page, an instrument
page and a comparison never scroll sideways as a whole (wide tables scroll in their own box), and that
no long text (over 80 characters) sits in a table cell narrower than 150 px."""
import pathlib, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

site = pathlib.Path(sys.argv[1]).resolve()
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
# The viewport, not the window, must be 390 px wide.
driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})

comparisons = sorted((site / "compare").glob("budapest-convention+*--un-cybercrime-convention.html")) or sorted((site / "compare").glob("*.html"))
pages = [site / "index.html", sorted((site / "elements").glob("*.html"))[0], sorted((site / "instruments").glob("*.html"))[0], comparisons[0]]
# The French edition's twins of the same pages, where the site has one.
pages += [site / "fr" / page.relative_to(site) for page in pages if (site / "fr" / page.relative_to(site)).exists()]
measure = """
const narrow = [];
for (const cell of document.querySelectorAll('td, th')) {
  const text = cell.textContent.trim();
  const width = cell.getBoundingClientRect().width;
  const head = cell.closest('thead');
  const hidden = cell.offsetParent === null || (head && getComputedStyle(head).position === 'absolute');
  if (text.length > 80 && width < 150 && !hidden) narrow.push([Math.round(width), text.slice(0, 60)]);
}
return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth, narrow: narrow};
"""
failures = []
for page in pages:
    driver.get(page.as_uri())
    result = driver.execute_script(measure)
    name = page.relative_to(site)
    if result["scroll"] > result["inner"]:
        failures.append(f"{name}: the page scrolls sideways at 390 px ({result['scroll']} > {result['inner']})")
    for width, text in result["narrow"][:5]:
        failures.append(f"{name}: long text in a {width} px column: {text!r}…")
    print(f"{name}: width {result['scroll']} of {result['inner']}, {len(result['narrow'])} squeezed cells")
driver.quit()
for failure in failures: print(failure)
sys.exit(1 if failures else 0)
