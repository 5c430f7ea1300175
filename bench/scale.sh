#!/usr/bin/env bash
# Scale benchmark: N synthetic news articles (bench/syntheticnews: stories
# reported by several outlets with shared quotes and figures) ingested in
# batches of 1,000 into one project. Prints per batch its wall and CPU time, the
# project's claims and the ingest process's peak memory, then the whole
# run's throughput and the claim table's query times on the project.
#   bench/scale.sh N [WORKDIR]      (CLAIMDESK_THREADS=1 for one core)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/scale.sh N [WORKDIR]}
work=${2:-$(mktemp -d)}
cli=build/bin/claimdesk-cli
gen=build/bench/synthetic_news
for tool in "$cli" "$gen" build/bench/bench_claimtable; do
  [ -x "$tool" ] || { echo "scale.sh: $tool not built (scripts/build.sh)"; exit 2; }
done
rm -rf "$work/corpus" "$work/scale.claimdesk"*
bytes=$("$gen" "$n" "$work/corpus" 1000)
project="$work/scale.claimdesk"
claims() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM claims').fetchone()[0])" "$project"; }
echo "scale: $n articles, $((bytes / 1024)) KiB of text, $(nproc) cores, threads ${CLAIMDESK_THREADS:-all}"
printf '%6s %9s %9s %10s %12s\n' batch "wall s" "cpu s" claims "peak MiB"
total=0
cpu=0
i=0
for folder in "$work"/corpus/batch-*; do
  i=$((i + 1))
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$cli" ingest --store "$project" "$folder" >/dev/null
  read -r wall user sys kib < "$work/time.txt"
  total=$(python3 -c "print($total + $wall)")
  used=$(python3 -c "print($user + $sys)")
  cpu=$(python3 -c "print($cpu + $used)")
  printf '%6d %9.2f %9.2f %10d %12d\n' "$i" "$wall" "$used" "$(claims)" "$((kib / 1024))"
done
python3 -c "print('total %.1f s wall, %.2f MB/s of article text; %.1f s of CPU (user + system)' % ($total, $bytes / 1e6 / $total, $cpu))"
CLAIMDESK_BENCH_PROJECT="$project" build/bench/bench_claimtable --benchmark_format=console 2>/dev/null | grep -E '^BM_|ms'
