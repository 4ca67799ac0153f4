# subprocess with stdin=PIPE: Popen returns once the child has exec'd (the
# error pipe must not leak into the child, or Popen waits for the child's
# exit while the child waits for its input), communicate writes the input
# through memoryviews, run(input=...) and check_output(input=...) work.
import subprocess

p = subprocess.run(["tr", "a-z", "A-Z"], input="hello pipes\n", text=True, capture_output=True, timeout=30)
print(repr(p.stdout), repr(p.stderr), p.returncode)
proc = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print("started", proc.poll())
out, err = proc.communicate(b"x" * 100000 + b"end", timeout=30)
print(len(out), out[-3:], err, proc.returncode)
print(subprocess.check_output(["sh", "-c", "read a; echo got $a; exit 0"], input=b"line\n", timeout=30))
try:
    subprocess.run(["sh", "-c", "cat >/dev/null; exit 3"], input=b"data", check=True, timeout=30)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode)
try:
    subprocess.Popen(["/nonexistent/prog"], stdin=subprocess.PIPE)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
