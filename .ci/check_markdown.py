#!/usr/bin/env python3
"""Render every Markdown page with cmark-gfm (as GitHub does) and check that each table renders with
the header's cell count in every row and the expected text in every first cell, and that no page shows
literal ** (emphasis that did not close) or relies on <br>."""
import html.parser, pathlib, re, subprocess, sys

class Tables(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.tables = []; self.cell = None; self.row = None
    def handle_starttag(self, tag, attrs):
        if tag == "table": self.tables.append([])
        elif tag == "tr": self.row = []
        elif tag in ("td", "th"): self.cell = ""
    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.row is not None: self.row.append(self.cell.strip()); self.cell = None
        elif tag == "tr" and self.tables: self.tables[-1].append(self.row); self.row = None
    def handle_data(self, data):
        if self.cell is not None: self.cell += data

def plain(cell):
    """The text a Markdown cell shows: links reduced to their text, emphasis and escapes removed."""
    cell = re.sub(r"<br>", "", cell)
    cell = re.sub(r"(`+)(.*?)\1", lambda m: m.group(2).replace("\\", "\\\\").replace("*", "\\*"), cell)
    cell = re.sub(r"\[((?:\\.|[^\]\\])*)\]\([^)]*\)", r"\1", cell)
    cell = re.sub(r"(?<!\\)\*\*|(?<!\\)\*", "", cell)
    cell = re.sub(r"\\(.)", r"\1", cell)
    return " ".join(cell.split())

def source_tables(text):
    tables, current = [], None
    for line in text.split("\n"):
        if line.startswith("|"):
            if current is None: current = []; tables.append(current)
            if re.fullmatch(r"\|( --- \|)+", line): continue
            cells = re.split(r"(?<!\\)\|", line)[1:-1]
            current.append([c.strip() for c in cells])
        else:
            current = None
    return tables

failures, pages, rows = [], 0, 0
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.md")):
    source = path.read_text(encoding="utf-8")
    rendered = subprocess.run(["cmark-gfm", "-e", "table", "-e", "autolink"], input=source, capture_output=True, text=True, check=True).stdout
    parser = Tables(); parser.feed(rendered)
    visible = re.sub(r"<code>.*?</code>", "", rendered, flags=re.S)
    if "**" in re.sub(r"<[^>]+>", "", visible):
        failures.append(f"{path}: literal ** in the rendered page (emphasis that did not close)")
    if "<br" in source:
        failures.append(f"{path}: <br> in the source, which safe-mode renderers drop")
    expected = source_tables(source)
    pages += 1
    if len(parser.tables) != len(expected):
        failures.append(f"{path}: {len(expected)} tables in the source, {len(parser.tables)} rendered"); continue
    for index, (got, want) in enumerate(zip(parser.tables, expected)):
        if len(got) != len(want):
            failures.append(f"{path}: table {index + 1} has {len(want)} rows in the source, {len(got)} rendered"); continue
        header = len(got[0])
        for number, (row, cells) in enumerate(zip(got, want)):
            rows += 1
            if len(row) != header:
                failures.append(f"{path}: table {index + 1} row {number} has {len(row)} cells, the header {header}")
            elif " ".join(row[0].split()) != plain(cells[0]):
                failures.append(f"{path}: table {index + 1} row {number} shows {row[0]!r}, expected {plain(cells[0])!r}")
for failure in failures[:40]: print(failure)
print(f"markdown: {pages} pages, {rows} table rows checked, {len(failures)} problems")
sys.exit(1 if failures else 0)
