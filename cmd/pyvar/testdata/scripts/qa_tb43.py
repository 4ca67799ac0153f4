try:
    raise SystemExit(2)
except SystemExit:
    raise ValueError("replaced")
