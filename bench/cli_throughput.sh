#!/usr/bin/env bash
# Timed CLI run: `claimdesk-cli analyze` over a folder of articles, as a
# user runs it (process start, ingest, extraction, in-memory store, JSON).
#   bench/cli_throughput.sh [FOLDER] [RUNS]
# FOLDER defaults to ../shared/devsets/polnear/dev/text (84 articles).
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/devsets/polnear/dev/text}
runs=${2:-5}
cli=build/bin/claimdesk-cli
files=("$folder"/*)
bytes=$(cat "${files[@]}" | wc -c)
best=
for ((i = 0; i < runs; i++)); do
  start=$(date +%s.%N)
  taskset -c 0 "$cli" analyze --json /dev/null "${files[@]}" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  best=$(awk -v a="$start" -v b="$end" -v best="$best" 'BEGIN { t = b - a; print (best == "" || t < best) ? t : best }')
done
awk -v n="${#files[@]}" -v bytes="$bytes" -v runs="$runs" -v t="$best" 'BEGIN {
  printf "claimdesk-cli analyze: %d files, %.2f MB, best of %d: %.3f s, %.1f MB/s on one core\n", n, bytes / 1e6, runs, t, bytes / 1e6 / t }'
