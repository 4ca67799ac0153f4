#!/usr/bin/env bash
# Regenerate cmd/pyvar/default.pgo, the CPU profile Go's profile-guided
# optimisation uses whenever cmd/pyvar is built (go build's -pgo=auto):
# a pyvar built without PGO runs each everyday program of bench/programs
# ROUNDS times (default 8) under --cpuprofile, and the profiles are merged.
# Rerun it after large changes to the eval loop or the object model; a
# stale profile still builds, it just guides less well.
#   bash bench/pgo.sh [ROUNDS]
set -euo pipefail
rounds=${1:-8}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -pgo=off -o "$tmp/pyvar" ./cmd/pyvar)
for i in $(seq "$rounds"); do
  for src in "$root"/bench/programs/*.py; do
    p=$(basename "$src" .py)
    (cd "$root" && "$tmp/pyvar" --cpuprofile="$tmp/$p.$i.pprof" "bench/programs/$p.py" > /dev/null)
  done
done
go tool pprof -proto "$tmp"/*.pprof > "$root/cmd/pyvar/default.pgo"
echo "wrote cmd/pyvar/default.pgo ($(wc -c < "$root/cmd/pyvar/default.pgo") bytes)"
