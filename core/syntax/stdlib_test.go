package syntax

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user+system CPU time (the machine is shared, so
// wall time alone says little).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// stdlibRecord is one line of testdata/stdlibref.py's output.
type stdlibRecord struct {
	Path    string `json:"path"`
	Parse   string `json:"parse"`
	Compile string `json:"compile"`
	Sha     string `json:"sha"`
	Kind    string `json:"kind"`
	Msg     string `json:"msg"`
	Lineno  int    `json:"lineno"`
	Offset  int    `json:"offset"`
	Cmsg    string `json:"cmsg"`
}

// TestStdlib parses every .py file of CPython 3.10's standard library and
// compares with CPython: same accept/reject verdict, same error message and
// line, and the same ast.dump(include_attributes=True) for accepted files.
// It takes about half a minute (CPython's side dominates), so it runs only
// with PYVAR_STDLIB=1; PYVAR_STDLIB_REF=file reuses a saved reference and
// PYVAR_STDLIB_ROOT=dir checks another tree.
func TestStdlib(t *testing.T) {
	if os.Getenv("PYVAR_STDLIB") == "" {
		t.Skip("set PYVAR_STDLIB=1 to compare with CPython 3.10 over its standard library")
	}
	py := python310()
	if py == "" {
		t.Skip("CPython 3.10 not installed: stdlib comparison skipped")
	}
	out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Fatal(err)
	}
	root := strings.TrimSpace(string(out))
	if r := os.Getenv("PYVAR_STDLIB_ROOT"); r != "" {
		root = r // another tree of Python files, e.g. site-packages
	}
	var ref []byte
	if f := os.Getenv("PYVAR_STDLIB_REF"); f != "" {
		ref, err = os.ReadFile(f)
	} else {
		ref, err = exec.Command(py, filepath.Join("testdata", "stdlibref.py"), root).Output()
	}
	if err != nil {
		t.Fatal(err)
	}
	var recs []stdlibRecord
	sc := bufio.NewScanner(bytes.NewReader(ref))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r stdlibRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	var (
		files, accepted, rejected, verdictBad, dumpSame, dumpBad, msgSame, compileOnly int
		parseTime, parseCPU                                                            time.Duration
	)
	for _, r := range recs {
		src, err := os.ReadFile(filepath.Join(root, r.Path))
		if err != nil {
			t.Fatal(err)
		}
		files++
		start, cpu0 := time.Now(), cpuTime()
		mod, perr := Parse(r.Path, src, Exec)
		parseTime += time.Since(start)
		parseCPU += cpuTime() - cpu0
		switch {
		case r.Parse == "ok" && perr != nil:
			verdictBad++
			t.Errorf("%s: CPython accepts, we reject: %v", r.Path, perr)
		case r.Parse != "ok" && perr == nil:
			verdictBad++
			t.Errorf("%s: CPython rejects (%s: %s, line %d), we accept", r.Path, r.Kind, r.Msg, r.Lineno)
		case perr != nil:
			rejected++
			e := perr.(*Error)
			if e.Msg == r.Msg && e.Lineno == r.Lineno {
				msgSame++
			} else {
				t.Logf("%s: message differs: got %q line %d, CPython %q line %d", r.Path, e.Msg, e.Lineno, r.Msg, r.Lineno)
			}
		default:
			accepted++
			sum := sha256.Sum256([]byte(Dump(mod)))
			if hex.EncodeToString(sum[:]) == r.Sha {
				dumpSame++
			} else {
				dumpBad++
				t.Errorf("%s: AST differs from CPython's ast.dump", r.Path)
			}
			if r.Compile != "ok" {
				compileOnly++
				t.Logf("%s: parses; CPython's compiler rejects it later: %s", r.Path, r.Cmsg)
			}
		}
	}
	t.Logf("stdlib %s: %d files; accepted %d, rejected %d (verdict differences %d); identical AST dumps %d/%d; rejected with CPython's message and line %d/%d; rejected only by CPython's symtable/compiler %d; our parse time %v wall, %v CPU",
		root, files, accepted, rejected, verdictBad, dumpSame, dumpSame+dumpBad, msgSame, rejected, compileOnly, parseTime, parseCPU)
}

// TestDumpFile writes Dump of the file named by PYVAR_DUMP to stdout, to
// diff against CPython's ast.dump when a comparison fails.
func TestDumpFile(t *testing.T) {
	path := os.Getenv("PYVAR_DUMP")
	if path == "" {
		t.Skip("set PYVAR_DUMP=file.py to print its dump")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := Parse(path, src, Exec)
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString(Dump(mod) + "\n")
}

// BenchmarkParseStdlib parses a fixed set of large standard-library modules.
func BenchmarkParseStdlib(b *testing.B) {
	py := python310()
	if py == "" {
		b.Skip("CPython 3.10 not installed")
	}
	out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		b.Fatal(err)
	}
	root := strings.TrimSpace(string(out))
	var srcs [][]byte
	size := 0
	for _, f := range []string{"typing.py", "inspect.py", "argparse.py", "datetime.py", "pathlib.py", "subprocess.py", "_pydecimal.py", "tarfile.py"} {
		src, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			if _, err := Parse("f.py", src, Exec); err != nil {
				b.Fatal(err)
			}
		}
	}
}
