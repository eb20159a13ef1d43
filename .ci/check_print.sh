#!/usr/bin/env bash
# Print the index and a comparison to PDF in headless Chromium, then check that no page is blank
# (pdftotext finds text on every page) and that the page count is sane.
set -euo pipefail
site=$1 out=$2
mkdir -p "$out"
comparison=$(ls "$site"/compare/budapest-convention+*--un-cybercrime-convention.html 2>/dev/null | head -1)
[ -n "$comparison" ] || comparison=$(ls "$site"/compare/*.html | head -1)
status=0
for page in "$site/index.html" "$comparison"; do
  pdf="$out/$(basename "$page" .html).pdf"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "file://$(realpath "$page")" 2>/dev/null
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  blank=()
  for ((n = 1; n <= pages; n++)); do
    [ -n "$(pdftotext -f "$n" -l "$n" "$pdf" - | tr -d '[:space:]')" ] || blank+=("$n")
  done
  echo "$(basename "$pdf"): $pages pages${blank:+, blank: ${blank[*]}}"
  if [ "${#blank[@]}" -gt 0 ] || [ "$pages" -lt 1 ] || [ "$pages" -gt 200 ]; then status=1; fi
done
exit $status
