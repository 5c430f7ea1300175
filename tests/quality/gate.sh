#!/usr/bin/env bash
# The quality gate: analyses the reference articles in ../shared and the news
# challenge set in tests/data/news-challenge, scores the exports and fails
# when a figure falls below its floor (tests/quality/floor.json for the
# seeds, floor-news.json for the challenge set). Without ../shared the seeds
# are skipped and the challenge set is scored with the vendored scorer
# (CLAIMDESK_SHARED names another folder in place of ../shared).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${CLAIMDESK_SHARED:-../shared}
status=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

scorer=tests/quality/vendor/score.py
if [ -f "$shared/eval/score.py" ]; then
  cmp -s "$shared/eval/score.py" "$scorer" ||
    echo "quality gate: tests/quality/vendor/score.py differs from $shared/eval/score.py (refresh it); using $shared's"
  scorer="$shared/eval/score.py"
fi

if [ -d "$shared/corpus/seeds" ]; then
  echo "== reference articles ($shared/corpus)"
  build/bin/claimdesk-cli analyze --json "$out/seeds.json" "$shared"/corpus/seeds/*.txt
  python3 "$scorer" --gold "$shared/corpus/gold" --corpus "$shared/corpus/seeds" \
          --pred "$out/seeds.json" --json > "$out/seeds-scores.json"
  python3 tests/quality/check_floor.py tests/quality/floor.json "$out/seeds-scores.json" || status=1
else
  echo "quality gate: $shared/corpus/seeds not found; reference articles skipped"
fi

echo "== news challenge set (tests/data/news-challenge)"
news=tests/data/news-challenge
build/bin/claimdesk-cli analyze --json "$out/news.json" "$news"/articles/*.txt
python3 "$scorer" --gold "$news/gold" --corpus "$news/articles" --pred "$out/news.json" --json > "$out/news-scores.json"
python3 tests/quality/news_checks.py --scorer "$scorer" --gold "$news/gold" --corpus "$news/articles" \
        --pred "$out/news.json" > "$out/news-checks.json"
python3 tests/quality/check_floor.py tests/quality/floor-news.json "$out/news-scores.json" "$out/news-checks.json" || status=1
exit "$status"
