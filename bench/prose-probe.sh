#!/usr/bin/env bash
# Do-no-harm probe on clean text of kinds the dev sets lack, from Debian's packages (fetched with apt-get download into
# target/prose-probe; nothing of them is committed): the fortunes (quotations, poems and songs, hand-wrapped prose,
# nroff's backspace overstrikes), the Jargon File (one 239,000-word book: a glossary, tables, appendices), and the US
# declaration and constitution (miscfiles). Cleans them with the default chain and spin, no batch learning (they are no
# site's pages), and counts the edits by rule; then FurnitureSentences: the sentences of the same texts that the
# boilerplate pass drops when each stands alone between two paragraphs. With `man` on the machine, also ten manual
# pages saved with their formatting (MAN_KEEP_FORMATTING=1) against the same pages through `col -bx`: the lines in which
# their cleanings differ. Every edit here is one to read: the texts are clean. Usage: bench/prose-probe.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/prose-probe
mkdir -p "$work/deb"
# (the jar built from the sources as they are, unless NOBUILD=1: a jar left from an earlier build had been read once
# and its figures taken for the new code's, 2026-12-04)
[ "${NOBUILD:-0}" = 1 ] && [ -f target/unmangle.jar ] || mvn -q -DskipTests package -Dstyle.color=never >&2
if [ ! -d "$work/deb/x" ]; then
  (cd "$work/deb" && apt-get download fortunes fortunes-min jargon-text miscfiles >/dev/null 2>&1 \
    && for d in *.deb; do dpkg -x "$d" x; done)
fi
rm -rf "$work/texts" && mkdir -p "$work/texts"
for f in "$work"/deb/x/usr/share/games/fortunes/*; do
  case "$f" in *.dat|*.u8) continue ;; esac
  [ -f "$f" ] && cp "$f" "$work/texts/fortune-$(basename "$f").txt"
done
zcat "$work/deb/x/usr/share/doc/jargon-text/jargon.txt.gz" > "$work/texts/jargon.txt"
zcat "$work/deb/x/usr/share/state/us-declaration.gz" > "$work/texts/us-declaration.txt"
zcat "$work/deb/x/usr/share/state/us-constitution.gz" > "$work/texts/us-constitution.txt"
echo "== $(ls "$work/texts" | wc -l) files, $(cat "$work"/texts/* | wc -w) words"
./unmangle clean -n -q --explain --with spin --learn=false --include='*' "$work/texts" > "$work/texts.explain" || true
grep -oP '^\S+:\d+:\d+: \K[\w-]+/[\w-]+' "$work/texts.explain" | sort | uniq -c | sort -rn
echo "== sentences dropped by the boilerplate pass, each alone"
NOBUILD=1 bench/java.sh io.github.unmangle.bench.FurnitureSentences "$work/texts" | tail -n 30
if command -v man >/dev/null && command -v col >/dev/null; then
  rm -rf "$work/man" && mkdir -p "$work/man/raw" "$work/man/col"
  for m in ls grep tar bash ssh find sed awk cp git; do
    MAN_KEEP_FORMATTING=1 MANWIDTH=80 man -P cat "$m" 2>/dev/null > "$work/man/raw/$m.txt" || true
    MANWIDTH=80 man -P cat "$m" 2>/dev/null | col -bx > "$work/man/col/$m.txt" || true
  done
  echo "== manual pages with overstrikes against col -bx: lines whose cleanings differ"
  for f in "$work"/man/raw/*.txt; do
    [ -s "$f" ] || continue
    m=$(basename "$f")
    d=$(diff <(./unmangle clean - < "$f" 2>/dev/null) <(./unmangle clean - < "$work/man/col/$m" 2>/dev/null) | grep -c '^[<>]' || true)
    echo "  $m: $(grep -c $'\b' "$f") lines with overstrikes, $d lines differ"
  done
fi
