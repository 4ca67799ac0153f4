# json loads/dumps micro-benchmark: wall and process CPU time per call.
import json, time, sys
data = {"key%d" % i: [i, i * 1.5, "value %d é" % i, {"a": True, "b": None, "c": [1, 2, 3]}] for i in range(200)}
s = json.dumps(data)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
for name, fn, arg in [("loads", json.loads, s), ("dumps", json.dumps, data)]:
    fn(arg)
    w, c = time.perf_counter(), time.process_time()
    for _ in range(n):
        fn(arg)
    w, c = time.perf_counter() - w, time.process_time() - c
    print("%s: %.3f ms wall, %.3f ms cpu per call (%d chars)" % (name, w * 1000 / n, c * 1000 / n, len(s)))
