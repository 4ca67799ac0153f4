# An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython's
# exit_sigint does (a parent sees the signal, not exit status 130).
print("before", flush=True)
raise KeyboardInterrupt
