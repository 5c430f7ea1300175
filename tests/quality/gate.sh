#!/usr/bin/env bash
# The quality gate: analyses the reference articles in ../shared, scores the
# export and fails when a figure falls below tests/quality/floor.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared
if [ ! -d "$shared/corpus/seeds" ]; then
  echo "quality gate: $shared/corpus/seeds not found; skipped"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build/bin/claimdesk-cli analyze --json "$out/seeds.json" "$shared"/corpus/seeds/*.txt
python3 "$shared/eval/score.py" --gold "$shared/corpus/gold" --corpus "$shared/corpus/seeds" \
        --pred "$out/seeds.json" --json > "$out/scores.json"
python3 tests/quality/check_floor.py tests/quality/floor.json "$out/scores.json"
