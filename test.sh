#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest.
# Window tests run on Qt's offscreen platform: no display is needed.
# CLAIMDESK_SANITIZE=1 ./test.sh runs the core and command-line tests of
# the AddressSanitizer + UndefinedBehaviorSanitizer build instead
# (scripts/sanitize.sh, build-sanitize/).
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-deps.sh
if [ -n "${CLAIMDESK_SANITIZE:-}" ] && [ "${CLAIMDESK_SANITIZE}" != 0 ]; then
  exec scripts/sanitize.sh
fi
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)"
