#!/usr/bin/env bash
# Takes a screenshot of Claimdesk's window under Xvfb.
#   scripts/screenshot.sh OUT.png [DELAY_SECONDS] -- CLAIMDESK_ARGS...
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/screenshot.sh OUT.png [DELAY] -- ARGS...}
shift
delay=3
if [ $# -gt 0 ] && [ "$1" != "--" ]; then delay=$1; shift; fi
[ "${1:-}" = "--" ] && shift
xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
  build/bin/claimdesk "$@" & pid=$!
  sleep '"$delay"'
  xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "'"$out"'"
  kill $pid' _ "$@"
echo "wrote $out"
