#!/usr/bin/env bash
# Instructions per loop iteration of one whole program of bench/families,
# counted by callgrind on pyvar or on any python, as BENCHMARKS.md section 11
# measures them: the program runs at N=N1 and N=N2 (default 100000 and
# 200000) under GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1, and the difference
# of the two instruction totals is divided by N2-N1, so start-up cancels.
#   bash bench/callgrind_family.sh PROGRAM [INTERPRETER [options...]]
#   bash bench/callgrind_family.sh global_counter                 # pyvar, built from this tree
#   bash bench/callgrind_family.sh global_counter "" --opcache=pep509 --opcache-min-runs=1024
#   bash bench/callgrind_family.sh global_counter python3.11
# Needs valgrind.
set -euo pipefail
prog=${1:?usage: bash bench/callgrind_family.sh PROGRAM [INTERPRETER [options...]]}
exe=${2:-}
shift $(( $# < 2 ? $# : 2 ))
root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/bench/families/$prog.py"
[ -f "$src" ] || { echo "callgrind_family.sh: no program $src" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "$exe" ]; then
  go build -o "$tmp/pyvar" "$root/cmd/pyvar"
  exe="$tmp/pyvar"
fi
n1=${N1:-100000}
n2=${N2:-200000}
# total: every instruction of the process; own: only those of the
# interpreter's code (functions of github.com/pyvar/...) and of the runtime
# helpers a loop calls (interface comparison, type assertions). The Go
# runtime's background threads (sysmon, GC workers) run in proportion to
# valgrind's wall time, which makes the total's difference noisy (about
# +-50 instructions per iteration between two runs of one binary); the own
# count is the same from run to run.
count() {
  sed "s/^N = .*/N = $1/" "$src" > "$tmp/$prog.py"
  GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1 valgrind --tool=callgrind --callgrind-out-file="$tmp/callgrind.out" \
    "$exe" "${@:2}" "$tmp/$prog.py" > /dev/null 2> "$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
  total=$(awk '/^summary:/ {print $2}' "$tmp/callgrind.out")
  own=$(callgrind_annotate --auto=no --threshold=100 "$tmp/callgrind.out" 2>/dev/null | grep -v '=>' |
    grep -E 'github\.com/pyvar|runtime\.(ifaceeq|efaceeq|memequal|assert|typeAssert|getitab)' |
    awk '{x=$1; gsub(",","",x); s+=x} END {printf "%d", s}')
  echo "$total $own"
}
read -r a aown < <(count "$n1" "$@")
read -r b bown < <(count "$n2" "$@")
echo "$prog $(basename "$exe") $*: $(( (b - a) / (n2 - n1) )) instructions per iteration, $(( (bown - aown) / (n2 - n1) )) in pyvar's own code (total at N=$n1: $a)"
