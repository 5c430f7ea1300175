#!/usr/bin/env bash
# Fails when any file under the given folder includes a Qt header.
set -u
dir=${1:?usage: core_includes_no_qt.sh CORE_DIR}
hits=$(grep -rnE '#[[:space:]]*include[[:space:]]*[<"](Q[A-Za-z]+|Qt[A-Za-z]*/)' "$dir")
if [ -n "$hits" ]; then
  echo "core/ must not include Qt headers:"
  echo "$hits"
  exit 1
fi
echo "core/ includes no Qt header"
