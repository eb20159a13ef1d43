#!/usr/bin/env python3
"""Every relative link in the site (HTML href/src and Markdown links) must resolve to a file in the site."""
import pathlib, re, sys, urllib.parse

root = pathlib.Path(sys.argv[1]).resolve()
failures, checked = [], 0
pattern = {".html": re.compile(r'(?:href|src)="([^"]+)"'), ".md": re.compile(r"\]\(([^)\s]+)\)")}
for path in sorted(root.rglob("*")):
    if path.suffix not in pattern or path.name == "404.html":
        continue
    for target in pattern[path.suffix].findall(path.read_text(encoding="utf-8")):
        if re.match(r"^[a-z]+:", target):
            if not target.startswith(("https://", "http://")):
                failures.append(f"{path.relative_to(root)}: non-web link {target}")
            continue
        checked += 1
        file = urllib.parse.unquote(target.split("#")[0])
        resolved = (path.parent / file).resolve()
        if root not in resolved.parents and resolved != root or not resolved.is_file():
            failures.append(f"{path.relative_to(root)}: broken link {target}")
for failure in failures[:40]: print(failure)
print(f"links: {checked} relative links checked, {len(failures)} problems")
sys.exit(1 if failures else 0)
