#!/usr/bin/env bash
# Compare two or more pyvar binaries on the everyday programs, the measured
# part of each run (the seconds a program prints as "result ... SECONDS N"),
# the binaries alternating run by run so that a machine whose speed drifts
# affects them alike. Prints the median per program and binary, the last
# binary's ratio to the first, and the geomean of those ratios.
#   bash bench/alternate.sh ROUNDS BIN1 BIN2 [BIN...]
#   PROGRAMS="tokenizer permutations" bash bench/alternate.sh 9 ./pyvar-old ./pyvar-new
set -euo pipefail
rounds=${1:?usage: bash bench/alternate.sh ROUNDS BIN1 BIN2 [BIN...]}
shift
[ $# -ge 2 ] || { echo "alternate.sh: give at least two binaries" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
progs=${PROGRAMS:-$(cd "$root/bench/programs" && ls *.py | sed 's/\.py$//')}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for _ in $(seq "$rounds"); do
  for p in $progs; do
    for b in "$@"; do
      t=$(cd "$root" && "$b" "bench/programs/$p.py" | awk '/^result /{print $3}')
      echo "$p $b $t" >> "$out"
    done
  done
done
python3 - "$out" "$@" <<'PY'
import collections, math, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    p, b, t = line.split()
    runs[(p, b)].append(float(t))
bins = sys.argv[2:]
progs = sorted({p for p, _ in runs})
print('program', *bins, 'last/first')
ratios = []
for p in progs:
    m = [statistics.median(runs[(p, b)]) for b in bins]
    ratios.append(m[-1] / m[0])
    print(p, *['%.4f' % x for x in m], '%.3f' % ratios[-1])
print('geomean', *[''] * len(bins), '%.3f' % math.exp(sum(map(math.log, ratios)) / len(ratios)))
PY
