#!/usr/bin/env bash
# Instructions per unit of work of one workload, counted by callgrind, as
# BENCHMARKS.md measures them where wall time is too noisy: the workload
# runs at N=1e6 and at N=2e6 (N1, N2 to change them) (under GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1,
# so that the count does not depend on scheduling), and the difference of
# the two instruction totals is divided by the difference of the iterations
# the two runs report, so that start-up and compilation cancel out.
#   bash bench/callgrind.sh WORKLOAD [pyvar options...]
#   bash bench/callgrind.sh load_global --opcache=keys
#   N1=2 N2=4 bash bench/callgrind.sh fib   # other sizes (fib's N repeats a whole fib)
# WORKLOAD is a file of bench/workloads without .py. Needs valgrind.
set -euo pipefail
wl=${1:?usage: bash bench/callgrind.sh WORKLOAD [pyvar options...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/bench/workloads/$wl.py"
[ -f "$src" ] || { echo "callgrind.sh: no workload $src" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/pyvar" "$root/cmd/pyvar"
# count N: prints "instructions iterations" for the workload at size N.
count() {
  sed "s/^N = .*/N = $1/" "$src" > "$tmp/$wl.py"
  shift
  GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1 PYVAR_CODECACHE=0 valgrind --tool=callgrind \
    --callgrind-out-file="$tmp/callgrind.out" "$tmp/pyvar" --opcache-min-runs=0 "$@" "$tmp/$wl.py" \
    > "$tmp/stdout" 2> "$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
  echo "$(awk '/^summary:/ {print $2}' "$tmp/callgrind.out") $(awk '/^result / {print $4}' "$tmp/stdout")"
}
size1=${N1:-1000000}
size2=${N2:-$((2 * size1))}
read -r i1 n1 < <(count "$size1" "$@")
read -r i2 n2 < <(count "$size2" "$@")
awk -v i1="$i1" -v i2="$i2" -v n1="$n1" -v n2="$n2" -v wl="$wl" \
  'BEGIN { printf "%s: %.2f instructions per iteration (%d and %d iterations)\n", wl, (i2 - i1) / (n2 - n1), n1, n2 }'
