#!/usr/bin/env bash
# Fails when a core module includes a header of a module it must not use.
# The rules are the design's (README, docs/decisions.md): values that cross
# modules live in core/domain, so linking, the timeline and the exports
# never reach into extraction, and the timeline never into the exports;
# core/text, under every finder, uses no other module but the domain's Span;
# core/domain uses no other module but core/text.
set -u
dir=${1:?usage: core_module_rules.sh CORE_DIR}
status=0

# forbid MODULE PATTERN WHY: no #include of "core/PATTERN" under core/MODULE.
forbid() {
  local module=$1 pattern=$2 why=$3
  [ -d "$dir/$module" ] || return 0
  local hits
  hits=$(grep -rnE "#[[:space:]]*include[[:space:]]*\"core/($pattern)" "$dir/$module")
  if [ -n "$hits" ]; then
    echo "core/$module must not include core/$pattern ($why):"
    echo "$hits"
    status=1
  fi
}

forbid link extract/ "linking reads values through core/domain"
forbid timeline extract/ "the timeline reads values through core/domain"
forbid export extract/ "exports read values through core/domain"
forbid timeline export/ "the timeline takes a core/domain claim selection"
# core/text: its own headers and the domain's Span, nothing else of core.
if [ -d "$dir/text" ]; then
  hits=$(grep -rnE "#[[:space:]]*include[[:space:]]*\"core/" "$dir/text" | grep -vE "\"core/(text/|domain/span\.h)")
  if [ -n "$hits" ]; then
    echo "core/text must include only core/text and core/domain/span.h (it is under every finder):"
    echo "$hits"
    status=1
  fi
fi
forbid domain "(ingest|extract|link|store|export|timeline|pipeline|report)" "core/domain is under every module but core/text"

[ $status -eq 0 ] && echo "core modules include only what the layering allows"
exit $status
