#!/usr/bin/env bash
# Installs what is missing, builds, and opens Claimdesk on the demo project
# (made from data/demo/ on the first run).
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-deps.sh
scripts/build.sh
demo=build/demo.claimdesk
if [ ! -f "$demo" ]; then
  build/bin/claimdesk-cli ingest --store "$demo" data/demo >/dev/null
fi
exec build/bin/claimdesk "$demo"
