import sys
sys.stderr.write("partial")
raise SystemExit("x" * 3)
