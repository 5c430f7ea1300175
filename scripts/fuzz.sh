#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time under AddressSanitizer and
# UndefinedBehaviorSanitizer, from seed corpora made of data/demo and the
# tests' files. A crash, a hang past 10 s or a leak fails the run and
# leaves the input in build-sanitize/fuzz-findings/ (put it into a
# regression test). The corpora grow in build-sanitize/fuzz-corpus/, so a
# later run goes on from where the last stopped.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    (default 60 s, all)
#
# A short run is scripts/fuzz.sh 7 (about a minute); a long one, scripts/fuzz.sh 3600.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_textlayout fuzz_html fuzz_pdf fuzz_timex fuzz_quantities fuzz_attribution
                                     fuzz_w3c_import fuzz_search_query)
scripts/sanitize.sh --build
bin=build-sanitize/fuzz
corpus=build-sanitize/fuzz-corpus
findings=build-sanitize/fuzz-findings
mkdir -p "$findings"

seed() {  # seed TARGET FILE...: copies files into the target's corpus
  local target=$1
  shift
  mkdir -p "$corpus/$target"
  for f in "$@"; do cp -n "$f" "$corpus/$target/seed-$(basename "$f")" 2>/dev/null || true; done
}
# Plain-text articles: the demo corpus, the news test articles and the
# layout test fixtures.
articles=(data/demo/*.txt tests/data/news-challenge/articles/*.txt tests/core/ingest/textlayout/fixtures/*.txt)
for t in fuzz_textlayout fuzz_timex fuzz_quantities fuzz_attribution; do seed $t "${articles[@]}"; done
seed fuzz_html data/demo/*.html tests/core/ingest/html/fixtures/*.html
seed fuzz_pdf tests/data/ingest/*.pdf
mkdir -p "$corpus/fuzz_search_query"
for q in 'bridge reopen*' '"water intake" OR barge' 'barge -diesel' 'title:zelensky' '^^^' 'a NOT "b c"'; do
  printf '%s' "$q" > "$corpus/fuzz_search_query/seed-$(printf '%s' "$q" | md5sum | cut -c1-8)"
done
# A W3C export of a reviewed demo project.
if [ ! -f "$corpus/fuzz_w3c_import/seed-demo.jsonld" ]; then
  work=$(mktemp -d)
  build-sanitize/bin/claimdesk-cli ingest --store "$work/p.claimdesk" data/demo >/dev/null
  build-sanitize/bin/claimdesk-cli review --store "$work/p.claimdesk" --claim 1 --status confirmed >/dev/null
  build-sanitize/bin/claimdesk-cli review --store "$work/p.claimdesk" --claim 2 --status rejected --reason "no" \
    >/dev/null
  mkdir -p "$corpus/fuzz_w3c_import"
  build-sanitize/bin/claimdesk-cli export --store "$work/p.claimdesk" --format w3c \
    --out "$corpus/fuzz_w3c_import/seed-demo.jsonld"
  rm -rf "$work"
fi

export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$corpus/$t"
  # -rss_limit_mb: a run of memory is a finding as much as a crash.
  if "$bin/$t" "$corpus/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$findings/$t-" -print_final_stats=1 >"$findings/$t.log" 2>&1; then
    echo "fuzz: $t: $(grep -E '^stat::number_of_executed_units' "$findings/$t.log" | awk '{print $2}') inputs in ${seconds} s, nothing found"
  else
    echo "fuzz: $t: FAILED (see $findings/$t.log)" >&2
    tail -n 30 "$findings/$t.log" >&2
    failed+=("$t")
  fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzz: findings in ${failed[*]}" >&2; exit 1; }
