package compile

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/syntax"
)

var (
	stdlib     = flag.Bool("stdlib", false, "compile every .py file of CPython 3.10's standard library")
	stdlibDis  = flag.Bool("stdlibdis", false, "with -stdlib, also compare every listing with CPython 3.10's dis")
	stdlibShow = flag.Int("stdlibshow", 0, "with -stdlibdis, log the first N differing code objects")
)

// stdlibFiles lists the .py files of CPython 3.10's standard library,
// site-packages excluded.
func stdlibFiles(t *testing.T, py string) []string {
	out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Fatal(err)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return nil
		}
		if info.IsDir() && info.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !info.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	return files
}

// TestStdlib compiles the standard library (go test -run TestStdlib
// -stdlib): every file CPython compiles must compile here, without panic,
// with Verify passing on every code object; files CPython rejects must be
// rejected. With -stdlibdis every listing is compared with CPython's.
func TestStdlib(t *testing.T) {
	if !*stdlib {
		t.Skip("run with -stdlib to compile CPython 3.10's standard library")
	}
	py := pyref.Require(t)
	files := stdlibFiles(t, py)
	var want map[string]string
	wantFields := map[string][]codeFields{}
	if *stdlibDis {
		want = map[string]string{}
		for i := 0; i < len(files); i += 100 {
			j := min(i+100, len(files))
			for k, v := range cpythonListings(t, py, files[i:j]) {
				want[k] = v
			}
			var out bytes.Buffer
			cmd := exec.Command(py, append([]string{"testdata/cpython_fields.py"}, files[i:j]...)...)
			cmd.Stdout = &out
			if err := cmd.Run(); err != nil {
				t.Fatal(err)
			}
			var m map[string][]codeFields
			if err := json.Unmarshal(out.Bytes(), &m); err != nil {
				t.Fatal(err)
			}
			for k, v := range m {
				wantFields[k] = v
			}
		}
	}
	fieldsSame, fieldsTotal := 0, 0
	srcs := make([][]byte, len(files))
	for i, f := range files {
		srcs[i], _ = os.ReadFile(f)
	}
	ok, rejected, failed, identical, nameIdentical, codeObjs, codeObjsSame := 0, 0, 0, 0, 0, 0, 0
	var elapsed time.Duration
	shown := 0
	for i, f := range files {
		start := time.Now()
		co, err := compileNoPanic(srcs[i], filepath.Base(f))
		elapsed += time.Since(start)
		w, haveWant := want[f]
		cpyRejects := haveWant && strings.HasPrefix(w, "ERROR:")
		if err != nil {
			if _, isSyntax := err.(*syntax.Error); isSyntax && (cpyRejects || !haveWant && isBadSyntaxFile(f)) {
				rejected++
				continue
			}
			failed++
			t.Errorf("%s: %v", f, err)
			continue
		}
		if cpyRejects {
			failed++
			t.Errorf("%s: CPython rejects it (%s) but pyvar compiles it", f, w)
			continue
		}
		if err := verifyAll(co); err != nil {
			failed++
			t.Errorf("%s: Verify: %v", f, err)
			continue
		}
		ok++
		if haveWant {
			var b bytes.Buffer
			code.Dis(&b, co)
			got := normalizeDis(b.String())
			if got == w {
				identical++
			}
			gn, wn := nameOpsByCode(got), nameOpsByCode(w)
			if equalNameOps(gn, wn) {
				nameIdentical++
			}
			wf, gf := wantFields[f], fieldsOf(co, nil)
			for i := range wf {
				fieldsTotal++
				if i < len(gf) && reflect.DeepEqual(gf[i], wf[i]) {
					fieldsSame++
				} else if i < len(gf) && shown < *stdlibShow {
					shown++
					t.Logf("%s: fields of %s:\n  got  %+v\n  want %+v", f, wf[i].Name, gf[i], wf[i])
				}
			}
			gs, ws := splitListing(got), splitListing(w)
			for k, v := range ws {
				codeObjs++
				if gs[k] == v {
					codeObjsSame++
				} else if shown < *stdlibShow {
					shown++
					t.Logf("%s: %s:\n%s", f, k, lineDiff(v, gs[k]))
				}
			}
		}
	}
	t.Logf("stdlib: %d files: %d compiled and verified, %d rejected as CPython rejects them, %d failures; compile time %v (%.2f ms/file)",
		len(files), ok, rejected, failed, elapsed.Round(time.Millisecond), float64(elapsed.Microseconds())/1000/float64(len(files)))
	if want != nil {
		t.Logf("stdlib dis: %d/%d files identical listings, %d/%d files identical name opcodes, %d/%d code objects identical",
			identical, ok, nameIdentical, ok, codeObjsSame, codeObjs)
		t.Logf("stdlib co_* fields (stacksize, flags, counts, names, varnames, cells, frees, firstlineno, len(consts)): %d/%d code objects identical",
			fieldsSame, fieldsTotal)
	}
}

// isBadSyntaxFile reports the test files CPython itself cannot compile.
func isBadSyntaxFile(f string) bool {
	b := filepath.Base(f)
	return strings.HasPrefix(b, "badsyntax_") || strings.HasPrefix(b, "bad_coding") || strings.Contains(f, "lib2to3/tests/data")
}

func compileNoPanic(src []byte, name string) (co *code.Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return Compile(src, name, syntax.Exec, 0)
}

// splitListing splits a listing into its per-code-object sections.
func splitListing(s string) map[string]string {
	res := map[string]string{}
	cur := "<module>"
	var b strings.Builder
	flush := func() {
		k := cur
		for {
			if _, dup := res[k]; !dup {
				break
			}
			k += "'"
		}
		res[k] = b.String()
		b.Reset()
	}
	for _, line := range strings.Split(s, "\n") {
		if m := headerRE.FindStringSubmatch(line); m != nil {
			flush()
			cur = m[1]
			continue
		}
		b.WriteString(line)
		b.WriteString("\n")
	}
	flush()
	return res
}
