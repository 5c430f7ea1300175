#!/usr/bin/env bash
# Claimdesk's extraction beside chrono-node (dates only) on the same files,
# each on one core, each best of three runs over all the files:
#   bench/extract_vs_chrono.sh [FILE|FOLDER...]
# (default: ../shared/devsets/polnear/train/text). chrono-node 2.x is
# installed with npm into a temporary folder that is removed afterwards;
# it is never a dependency of the product. Needs build/bench/bench_extract
# (scripts/build.sh), node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- ../shared/devsets/polnear/train/text
for tool in node npm taskset; do
  command -v "$tool" >/dev/null || { echo "extract_vs_chrono: $tool not found" >&2; exit 1; }
done
[ -x build/bench/bench_extract ] || { echo "extract_vs_chrono: build/bench/bench_extract not built (scripts/build.sh)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-save --no-audit --no-fund --silent chrono-node@2 >/dev/null
version=$(node -p "require('$work/node_modules/chrono-node/package.json').version")

# One core for both: the same CPU, one after the other.
cpu=$(taskset -cp $$ | sed 's/.*: *//; s/[,-].*//')
ours=$(taskset -c "$cpu" build/bench/bench_extract "$@" | tail -n 1)
theirs=$(taskset -c "$cpu" env NODE_PATH="$work/node_modules" node bench/chrono_parse.js "$@" | tail -n 1)
echo "$ours"
echo "$theirs (chrono-node $version, node $(node --version))"
rate() { sed -E 's/.* ([0-9.]+) MB\/s.*/\1/' <<<"$1"; }
awk -v a="$(rate "$ours")" -v b="$(rate "$theirs")" 'BEGIN { printf "ratio: %.1fx chrono-node\n", a / b }'
