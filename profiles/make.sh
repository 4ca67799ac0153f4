#!/usr/bin/env bash
# Regenerates the profiles behind BENCHMARKS.md and their flame graphs:
# for each workload, NAME.cpu.pprof (the VM, Go functions) and NAME.py.pprof
# (the Python program: functions, lines, executing opcode), each with an
# NAME.*.svg flame graph that GitHub shows as a picture.
#   bash profiles/make.sh
# Open one interactively with: go tool pprof -http=: profiles/fib.py.pprof
set -euo pipefail
cd "$(dirname "$0")/.."
go run ./cmd/pyvar-bench -noseed -n 1 -strategy pep509 -size 3 \
  -python3.9 none -python3.10 none -python3 none -starlark none \
  -filter '^(store_name|store_fast|load_global|fib|nbody|scheduler|wordcount)$' \
  -profile profiles
