"""Import times of stdlib modules, pyvar against CPython 3.10, whole process.

    go build -o /tmp/pyvar ./cmd/pyvar && python3 bench/import_times.py /tmp/pyvar

Each cell is the least CPU time (user + sys, ms) of N runs (N=5, env N) of
`-c "import X"`. Warm: CPython with its Lib's .pyc files, pyvar with its
code cache filled by one run first. Cold: CPython with no .pyc
(PYTHONPYCACHEPREFIX at an empty directory, nothing written), pyvar with
the code cache off (PYVAR_CODECACHE=0): every module parsed and compiled.
CPU time rather than wall time, so the load of a shared machine counts
less.
"""
import os, subprocess, sys, resource, tempfile, time
PY = "/root/.pyenv/versions/3.10.13/bin/python3.10"
PV = sys.argv[1]
mods = ["pass", "os", "re", "json", "collections", "typing", "dataclasses", "decimal", "argparse", "logging", "pathlib", "inspect", "pickle", "unittest", "asyncio"]
N = int(os.environ.get("N", "5"))
cache = tempfile.mkdtemp(prefix="pyvar-import-cache-")
empty = tempfile.mkdtemp(prefix="pyvar-import-nopyc-")
def cpu(cmd, env):
    best = 1e9
    for _ in range(N):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime))
    return best * 1000
base = dict(os.environ, PYTHONHASHSEED="0")
rows = []
for m in mods:
    src = "pass" if m == "pass" else "import " + m
    c_warm = cpu([PY, "-c", src], dict(base))
    c_cold = cpu([PY, "-c", src], dict(base, PYTHONPYCACHEPREFIX=empty, PYTHONDONTWRITEBYTECODE="1"))
    p_cold = cpu([PV, "-c", src], dict(base, PYVAR_CODECACHE="0"))
    subprocess.run([PV, "-c", src], env=dict(base, XDG_CACHE_HOME=cache), check=True)
    p_warm = cpu([PV, "-c", src], dict(base, XDG_CACHE_HOME=cache))
    rows.append((m, c_warm, p_warm, c_cold, p_cold))
    print(f"| {m:12} | {c_warm:6.0f} | {p_warm:6.0f} | {p_warm/c_warm:4.1f}x | {c_cold:6.0f} | {p_cold:6.0f} | {p_cold/c_cold:4.1f}x |", flush=True)
