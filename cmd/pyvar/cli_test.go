package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/pprof/profile"
)

// TestCommandLine checks the command line's contract: python3's exit codes
// (0, 1 on an uncaught exception, 2 on usage errors, SystemExit's code),
// the program sources, and what each option prints.
func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	counter := write("counter.py", "n = 0\ndef bump(k):\n    global n\n    for i in range(k):\n        n += 1\nbump(50)\nprint(n)\n")
	exit3 := write("exit3.py", "import sys\nprint('before')\nsys.exit(3)\n")
	bad := write("bad.py", "def f(:\n    pass\n")
	poly := write("poly.py", "class A:\n    def m(self): return 1\nclass B(A):\n    def m(self): return 2\ndef f(o): return o.m()\nfor o in [A(), B()] * 5: f(o)\n")
	tests := []struct {
		name      string
		args      []string
		stdin     string
		code      int
		stdout    string // regexp the output must match
		stderr    string // regexp stderr must match
		notStderr string // regexp stderr must not match
	}{
		{"-c", []string{"-c", "import sys; print(sys.argv)", "x"}, "", 0, `^\['-c', 'x'\]\n$`, `^$`, ""},
		{"-X faulthandler", []string{"-X", "faulthandler", "-c", "import faulthandler; print(faulthandler.is_enabled())"}, "", 0, `^True\n$`, `^$`, ""},
		{"-X dev enables faulthandler", []string{"-X", "dev", "-c", "import faulthandler; print(faulthandler.is_enabled())"}, "", 0, `^True\n$`, `^$`, ""},
		{"stdin dash", []string{"-", "a"}, "import sys\nprint(sys.argv, 6 * 7)\n", 0, `^\['-', 'a'\] 42\n$`, `^$`, ""},
		{"uncaught exception", []string{"-c", "1/0"}, "", 1, `^$`, `(?s)Traceback.*ZeroDivisionError: division by zero\n$`, ""},
		{"SystemExit code", []string{exit3}, "", 3, `^before\n$`, `^$`, ""},
		{"SystemExit message", []string{"-c", "raise SystemExit('bye')"}, "", 1, `^$`, `^bye\n$`, ""},
		{"syntax error", []string{bad}, "", 1, `^$`, `(?s)line 1\n    def f\(:\n          \^\nSyntaxError: invalid syntax\n$`, ""},
		{"missing file", []string{filepath.Join(dir, "nope.py")}, "", 2, `^$`, `can't open file .*nope\.py': \[Errno 2\] No such file or directory`, ""},
		{"unknown option", []string{"--bogus", counter}, "", 2, `^$`, `^unknown option --bogus\nusage: pyvar \[option\]`, ""},
		{"bad strategy", []string{"--opcache=lru", counter}, "", 2, `^$`, `--opcache must be pep509, keys or off`, ""},
		{"help", []string{"--help"}, "", 0, `(?s)usage: pyvar.*--opcache-stats.*pyvar dis`, `^$`, ""},
		{"run subcommand", []string{"run", counter}, "", 0, `^50\n$`, `^$`, ""},
		{"opcache stats pep509", []string{"run", "--opcache=pep509", "--opcache-min-runs=0", "--opcache-stats", counter}, "", 0, `^50\n$`,
			`(?s)strategy pep509.*misses:\s+49 \(globals changed 49`, ""},
		{"opcache stats keys", []string{"run", "--opcache=keys", "--opcache-min-runs=0", "--opcache-stats", counter}, "", 0, `^50\n$`,
			`strategy keys`, `misses:\s+49 \(globals changed 49`},
		{"opcache off", []string{"--opcache=off", "--opcache-stats", counter}, "", 0, `^50\n$`, `strategy off`, ""},
		// The default (keys) warms up on the loop: built at the 7th back-edge
		// of bump's first run (1 entry + 7 back-edges = 8), then hits.
		{"opcache stats default", []string{"--opcache-stats", counter}, "", 0, `^50\n$`,
			`(?s)strategy keys, min runs 8, frame entries \+ loop back-edges.*\nbump \(.*counter\.py:2\): entries=1 sites=2 hits=42: built at back-edge 7 during frame entry 1`, ""},
		// Faithful 3.9: a function entered once is never cached, loops or not.
		{"opcache stats faithful 3.9", []string{"--opcache=pep509", "--opcache-min-runs=1024", "--opcache-stats", counter}, "", 0, `^50\n$`,
			`(?s)min runs 1024, frame entries\) --\n.*hits:\s+0 .*\nbump \(.*\): entries=1 sites=2 hits=0: not built`, ""},
		{"opcache stats pep509 counting loops", []string{"--opcache=pep509", "--opcache-min-runs=10", "--opcache-count-loops", "--opcache-stats", counter}, "", 0, `^50\n$`,
			`bump \(.*\): entries=1 sites=2 hits=0: built at back-edge 9 during frame entry 1`, ""},
		{"dis", []string{"dis", counter}, "", 0, `(?s)LOAD_GLOBAL\s+\d+ \(n\).*STORE_GLOBAL\s+\d+ \(n\)`, `^$`, ""},
		{"dis --opcache", []string{"dis", "--opcache", "--opcache-strategy=pep509", "--opcache-min-runs=0", counter}, "", 0,
			`LOAD_GLOBAL\s+\d+ \(n\)\s+\[opcache: .*misses=49 \(globals 49`, `^$`, ""},
		{"dis --opcache attribute ways", []string{"dis", "--opcache", poly}, "", 0,
			`LOAD_METHOD\s+\d+ \(m\)\s+\[attr cache: hits=8 misses=2: method of A, method of B\]`, `^$`, ""},
		{"dis --opcache below threshold", []string{"dis", "--opcache", "--opcache-strategy=pep509", counter}, "", 0, `\(n\)\s+\[opcache: uncached \(lookups=50\)\]`, `^$`, ""},
		{"dis syntax error", []string{"dis", bad}, "", 1, `^$`, `SyntaxError: invalid syntax`, ""},
		{"dis without file", []string{"dis"}, "", 2, `^$`, `dis takes one FILE`, ""},
		{"scopes", []string{"scopes", counter}, "", 0, `n: global explicit`, `^$`, ""},
		{"scopes --json", []string{"scopes", "--json", counter}, "", 0, `^\{"file":.*"status":"ok"`, `^$`, ""},
		{"dis -h", []string{"dis", "-h"}, "", 0, `^usage: pyvar dis .*FILE\|-\n`, `^$`, ""},
		{"scopes -h", []string{"scopes", "--help"}, "", 0, `^usage: pyvar scopes `, `^$`, ""},
		{"dis missing file", []string{"dis", filepath.Join(dir, "nofile.py")}, "", 2, `^$`,
			`^pyvar dis: can't open file '.*nofile\.py': \[Errno 2\] No such file or directory\n$`, ""},
		{"scopes missing file", []string{"scopes", filepath.Join(dir, "nofile.py")}, "", 2, `^$`,
			`^pyvar scopes: can't open file '.*nofile\.py': \[Errno 2\] No such file or directory\n$`, ""},
		{"dis unknown option", []string{"dis", "--bogus", counter}, "", 2, `^$`,
			"^unknown option -bogus\nusage: pyvar dis .*\nTry `pyvar dis -h' for more information.\n$", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runMain(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.code, stderr.String())
			}
			if !regexp.MustCompile(tt.stdout).MatchString(stdout.String()) {
				t.Errorf("stdout %q does not match %q", stdout.String(), tt.stdout)
			}
			if !regexp.MustCompile(tt.stderr).MatchString(stderr.String()) {
				t.Errorf("stderr %q does not match %q", stderr.String(), tt.stderr)
			}
			if tt.notStderr != "" && regexp.MustCompile(tt.notStderr).MatchString(stderr.String()) {
				t.Errorf("stderr %q matches %q", stderr.String(), tt.notStderr)
			}
		})
	}
}

// TestProfiles checks that --pyprofile names the Python functions and lines
// and --cpuprofile writes a Go profile.
func TestProfiles(t *testing.T) {
	src := "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(24))\n"
	prog, profiles := runProfiled(t, "fib.py", src, "pyprofile", "cpuprofile")
	p := parseProfile(t, profiles["pyprofile"])
	cpu := profiles["cpuprofile"]
	lines := map[int64]bool{}
	for _, l := range p.Location {
		for _, ln := range l.Line {
			if strings.HasPrefix(ln.Function.Name, "__main__.fib (fib.py:1)") {
				if ln.Function.Filename != prog {
					t.Errorf("fib's file is %q, want %q", ln.Function.Filename, prog)
				}
				lines[ln.Line] = true
			}
		}
	}
	if len(lines) == 0 {
		t.Fatalf("the Python profile never names fib (%d samples)", len(p.Sample))
	}
	for l := range lines {
		if l < 1 || l > 4 {
			t.Errorf("fib sampled at line %d, outside its body (1-4)", l)
		}
	}
	if st, err := os.Stat(cpu); err != nil || st.Size() == 0 {
		t.Errorf("--cpuprofile wrote nothing: %v", err)
	}
}

// TestMemProfile checks that --memprofile writes a Go allocation profile
// in which the program's own allocations (list slices here) appear.
func TestMemProfile(t *testing.T) {
	src := "xs = list(range(50))\nfor i in range(20000):\n    ys = xs[1:]\nprint(len(ys))\n"
	_, profiles := runProfiled(t, "slices.py", src, "memprofile")
	p := parseProfile(t, profiles["memprofile"])
	var space int64
	for _, s := range p.Sample {
		for _, l := range s.Location {
			for _, ln := range l.Line {
				if strings.Contains(ln.Function.Name, "listSlice") {
					space += s.Value[1] // alloc_space
				}
			}
		}
	}
	// 20000 slices of 49 items: about 24 MB with 24-byte Values; the
	// profile's estimate must see most of it.
	if space < 10<<20 {
		t.Errorf("list slices account for %d bytes in the profile, want most of 20000*49 items", space)
	}
}

// runProfiled writes src to a file named name in a temporary directory and
// runs it with each --FLAG=FILE of flags; it returns the program's path and
// each flag's file.
func runProfiled(t *testing.T, name, src string, flags ...string) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	prog := filepath.Join(dir, name)
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	args := []string{"run"}
	for _, f := range flags {
		files[f] = filepath.Join(dir, f+".pprof")
		args = append(args, "--"+f+"="+files[f])
	}
	var stdout, stderr bytes.Buffer
	if code := runMain(append(args, prog), strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	return prog, files
}

// parseProfile reads a pprof profile a run wrote.
func parseProfile(t *testing.T, path string) *profile.Profile {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := profile.Parse(f)
	if err != nil {
		t.Fatalf("%s is not a readable profile: %v", path, err)
	}
	return p
}
