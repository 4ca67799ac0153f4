package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestOptionsAgainstCPython runs each command line under python3.10 and
// under pyvar (this test binary as main) and compares stdout, stderr and
// the exit status, CPython's program name replaced by pyvar's.
func TestOptionsAgainstCPython(t *testing.T) {
	cpython := "/root/.pyenv/versions/3.10.13/bin/python3.10"
	if _, err := os.Stat(cpython); err != nil {
		t.Skip("python3.10 is not installed")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("prog.py", "import sys\nx = 41\nprint('prog', sys.argv[1:])\n")
	write("shebang.py", "this line is skipped by -x\nimport sys\nprint('x ok', sys._getframe().f_lineno)\n")
	write("mod.py", "def f():\n    return 1/0\n")
	write("startup.py", "started = 'yes'\n")
	write("bad_startup.py", "x = 1\n1/0\n")
	write("asserts.py", "'''doc'''\nassert False, 'boom'\nprint(__debug__, __doc__)\n")
	flags := "import sys; f = sys.flags; print(f.optimize, f.verbose, f.bytes_warning, f.quiet, f.no_user_site, " +
		"f.ignore_environment, f.isolated, f.debug, f.inspect, f.dev_mode, sys.warnoptions, sys._xoptions)"
	tests := []struct {
		name  string
		args  []string
		env   []string
		stdin string
		// firstLine compares only the first line of stdout (the rest is
		// each implementation's own text).
		firstLine bool
	}{
		{name: "-V", args: []string{"-V"}},
		{name: "--version", args: []string{"--version"}},
		{name: "-VV", args: []string{"-VV"}, firstLine: true},
		{name: "-h", args: []string{"-h"}, firstLine: true},
		{name: "-?", args: []string{"-?"}, firstLine: true},
		{name: "--help", args: []string{"--help"}, firstLine: true},
		{name: "-h wins over -V", args: []string{"-Vh"}, firstLine: true},
		{name: "unknown short", args: []string{"-z"}},
		{name: "unknown in a group", args: []string{"-uqz", "-c", "pass"}},
		{name: "unknown long", args: []string{"--foo"}},
		{name: "long with a value", args: []string{"--help=3"}},
		{name: "-c without argument", args: []string{"-c"}},
		{name: "-m without argument", args: []string{"-m"}},
		{name: "-W without argument", args: []string{"-W"}},
		{name: "-X without argument", args: []string{"-X"}},
		{name: "-c", args: []string{"-c", "import sys; print(sys.argv)", "a", "-V"}},
		{name: "-c grouped", args: []string{"-qc", "print('grouped')"}},
		{name: "file", args: []string{"prog.py", "-z", "--foo"}},
		{name: "--", args: []string{"--", "prog.py", "1"}},
		{name: "- reads stdin", args: []string{"-", "a"}, stdin: "import sys\nprint(sys.argv)\n"},
		{name: "missing file", args: []string{"nofile.py"}},
		{name: "flags", args: []string{"-O", "-bb", "-q", "-s", "-d", "-c", flags}},
		{name: "-E", args: []string{"-E", "-c", flags}, env: []string{"PYTHONOPTIMIZE=2", "PYTHONWARNINGS=error"}},
		{name: "-I", args: []string{"-I", "-c", flags + "; print('' in sys.path)"}},
		{name: "-W", args: []string{"-Wd", "-W", "error::DeprecationWarning", "-c", flags}},
		{name: "-W error", args: []string{"-W", "error", "-c", "import warnings\ntry: warnings.warn('w')\nexcept UserWarning as e: print('raised', e)"}},
		{name: "PYTHONWARNINGS", args: []string{"-We", "-c", flags}, env: []string{"PYTHONWARNINGS=ignore,default"}},
		{name: "-X", args: []string{"-X", "dev", "-Xa=b", "-X", "c", "-c", flags}},
		{name: "-b", args: []string{"-b", "-c", flags}},
		{name: "-B -S -u", args: []string{"-BSu", "-c", "import sys; print(sys.dont_write_bytecode, sys.flags.no_site)"}},
		{name: "-O", args: []string{"-O", "asserts.py"}},
		{name: "-OO", args: []string{"-OO", "asserts.py"}},
		{name: "no -O", args: []string{"asserts.py"}},
		{name: "PYTHONOPTIMIZE", args: []string{"asserts.py"}, env: []string{"PYTHONOPTIMIZE=1"}},
		{name: "-x", args: []string{"-x", "shebang.py"}},
		{name: "-i FILE", args: []string{"-i", "prog.py"}, stdin: "print(x + 1)\n"},
		{name: "-i -c", args: []string{"-i", "-c", "y = 2"}, stdin: "y * 21\n"},
		{name: "-i SystemExit", args: []string{"-i", "-c", "raise SystemExit(3)"}, stdin: "print('still here')\n"},
		{name: "-i exit in prompt", args: []string{"-i", "-c", "1/0"}, stdin: "import sys\nsys.exit(4)\n"},
		{name: "PYTHONINSPECT", args: []string{"-c", "z = 5"}, env: []string{"PYTHONINSPECT=1"}, stdin: "z\n"},
		{name: "PYTHONSTARTUP", args: []string{"-i"}, env: []string{"PYTHONSTARTUP=startup.py"}, stdin: "print(started, '__file__' in dir())\n"},
		{name: "PYTHONSTARTUP raising", args: []string{"-i"}, env: []string{"PYTHONSTARTUP=bad_startup.py"}, stdin: "print(1)\n"},
		{name: "PYTHONSTARTUP missing", args: []string{"-i"}, env: []string{"PYTHONSTARTUP=nostartup.py"}, stdin: "print(1)\n"},
		{name: "PYTHONSTARTUP with -E", args: []string{"-E", "-i"}, env: []string{"PYTHONSTARTUP=startup.py"}, stdin: "print(1)\n"},
		{name: "PYTHONPATH", args: []string{"-c", "import mod2; print(mod2.v)"}, env: []string{"PYTHONPATH=sub"}},
		{name: "PYTHONPATH with -E", args: []string{"-E", "-c", "import mod2"}, env: []string{"PYTHONPATH=sub"}},
		{name: "PYTHONHASHSEED", args: []string{"-c", "print(hash('abc'), hash(b'xy'), hash('\u00e9'), list({'a', 'b', 'c', 'd'}))"},
			env: []string{"PYTHONHASHSEED=12345"}},
		{name: "PYTHONIOENCODING", args: []string{"-c", "import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors); print('\u00e9')"},
			env: []string{"PYTHONIOENCODING=latin-1"}},
		{name: "PYTHONIOENCODING errors", args: []string{"-c", "import sys; print(sys.stdout.errors, sys.stdin.errors); print('\\udcff')"},
			env: []string{"PYTHONIOENCODING=:backslashreplace"}},
		{name: "PYTHONUNBUFFERED", args: []string{"-c", "import sys; print(sys.stdout.write_through)"}, env: []string{"PYTHONUNBUFFERED=1"}},
		{name: "-c traceback of an import", args: []string{"-c", "import mod; mod.f()"}},
		{name: "- traceback of an import", args: []string{"-"}, stdin: "import mod\nmod.f()\n"},
	}
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	write("sub/mod2.py", "v = 'from PYTHONPATH'\n")
	run := func(exe string, args, env []string, stdin string) (string, string, int) {
		cmd := exec.Command(exe, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PYVAR_TEST_AS_MAIN=1", "PYTHONHASHSEED=0", "PYTHONPATH=", "PYTHONUNBUFFERED=",
			"PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=", "PYTHONSTARTUP=", "PYTHONWARNINGS=", "PYTHONINSPECT=", "PYTHONOPTIMIZE=")
		cmd.Env = append(cmd.Env, env...)
		cmd.Stdin = strings.NewReader(stdin)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errb.String(), code
	}
	// The prompt's banner names each build.
	build := regexp.MustCompile(`Python 3\.10\.13 \(main, [^)]*\) \[[^\]]*\]`)
	normal := strings.NewReplacer(cpython, "pyvar", "`python -h'", "`pyvar -h'", dir+"/", "DIR/")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wout, werr, wcode := run(cpython, tt.args, tt.env, tt.stdin)
			gout, gerr, gcode := run(self, tt.args, tt.env, tt.stdin)
			wout, werr = normal.Replace(wout), build.ReplaceAllString(normal.Replace(werr), "Python 3.10.13 (BUILD)")
			gout, gerr = normal.Replace(gout), build.ReplaceAllString(normal.Replace(gerr), "Python 3.10.13 (BUILD)")
			if tt.firstLine {
				wout, _, _ = strings.Cut(wout, "\n")
				gout, _, _ = strings.Cut(gout, "\n")
				if strings.HasPrefix(wout, "Python 3.10.13 (main, ") && strings.HasPrefix(gout, "Python 3.10.13 (main, ") {
					wout, gout = "", "" // -VV: the build differs
				}
			}
			if gcode != wcode || gout != wout || gerr != werr {
				t.Errorf("pyvar %q:\nexit %d, want %d\nstdout %q\n  want %q\nstderr %q\n  want %q",
					tt.args, gcode, wcode, gout, wout, gerr, werr)
			}
		})
	}
}
