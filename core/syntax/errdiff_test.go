package syntax

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// mutate derives a (usually broken) program from a seed by a few random
// token insertions, deletions and byte changes.
func mutate(r *rand.Rand, src string) string {
	toks := []string{"(", ")", "[", "]", "{", "}", "'", "\"", "f'", "\\", "\n", " ", "    ", "\t", ":", "=", ",", "*", "**",
		"if", "else", "for", "in", "lambda", "x", "1", "{x}", "match", "case", "with", "#", ";", "yield", "async", "@", ".", "->", ":=",
		"def", "class", "return", "not", "and", "print", "import", "from", "as", "try", "except", "0", "1.5", "'s'", "+", "-"}
	b := []byte(src)
	for k := 0; k < 1+r.Intn(3); k++ {
		pos := 0
		if len(b) > 0 {
			pos = r.Intn(len(b) + 1)
		}
		switch r.Intn(3) {
		case 0:
			b = append(b[:pos], append([]byte(toks[r.Intn(len(toks))]), b[pos:]...)...)
		case 1:
			if pos < len(b) {
				b = append(b[:pos], b[pos+1:]...)
			}
		case 2:
			if pos < len(b) {
				b[pos] = " ()[]{}:=,.+-*x1'\"\n"[r.Intn(19)]
			}
		}
	}
	return string(b)
}

// TestErrorAgreement measures how often our verdict, error kind, message,
// line and offset agree with CPython 3.10 on randomly broken variants of the
// corpus (PYVAR_ERRDIFF=N sets how many; it needs CPython 3.10).
func TestErrorAgreement(t *testing.T) {
	n := 0
	fmt.Sscan(os.Getenv("PYVAR_ERRDIFF"), &n)
	if n == 0 {
		t.Skip("set PYVAR_ERRDIFF=N to compare N mutated programs with CPython 3.10")
	}
	py := python310()
	if py == "" {
		t.Skip("CPython 3.10 not installed")
	}
	seeds := readChunks(t, "corpus.txt")
	seed := int64(7)
	fmt.Sscan(os.Getenv("PYVAR_ERRDIFF_SEED"), &seed)
	r := rand.New(rand.NewSource(seed))
	if os.Getenv("PYVAR_ERRDIFF_STDLIB") != "" {
		// Seeds are 20-line windows of the standard library's modules.
		out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
		if err != nil {
			t.Fatal(err)
		}
		files, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "*.py"))
		seeds = nil
		for len(seeds) < 2000 && len(files) > 0 {
			data, err := os.ReadFile(files[r.Intn(len(files))])
			if err != nil {
				continue
			}
			lines := strings.Split(string(data), "\n")
			k := r.Intn(len(lines))
			seeds = append(seeds, strings.Join(lines[k:min(len(lines), k+20)], "\n")+"\n")
		}
	}
	srcs := make([]string, n)
	for i := range srcs {
		srcs[i] = mutate(r, seeds[r.Intn(len(seeds))])
	}
	in, _ := json.Marshal(latin1(srcs))
	cmd := exec.Command(py, filepath.Join("testdata", "refdump.py"))
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want [][]any
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	same, verdict, msg, pos, okBoth := 0, 0, 0, 0, 0
	cats := map[string]int{}
	examples := map[string]string{}
	for i, src := range srcs {
		got, w := ours(src), want[i]
		switch {
		case got[0] != w[0]:
			verdict++
			k := fmt.Sprintf("verdict: CPython %v", w[:min(3, len(w))])
			cats[k]++
			examples[k] = fmt.Sprintf("%q\n   got %v", src, got[:min(5, len(got))])
		case got[0] == "ok":
			okBoth++
			if got[1] == w[1] {
				same++
			} else {
				cats["ast"]++
				examples["ast"] = fmt.Sprintf("%q", src)
			}
		case fmt.Sprint(got[1:3]) != fmt.Sprint(w[1:3]):
			msg++
			k := fmt.Sprintf("msg: CPython %v / ours %v", w[2], got[2])
			cats[k]++
			examples[k] = fmt.Sprintf("%q\n   want %v\n   got  %v", src, w[1:min(7, len(w))], got[1:])
		case fmt.Sprint(got[3:5]) != fmt.Sprint(w[3:5]):
			pos++
			k := fmt.Sprintf("pos: %v", w[2])
			cats[k]++
			examples[k] = fmt.Sprintf("%q\n   want %v\n   got  %v", src, w[1:min(7, len(w))], got[1:])
		default:
			same++
		}
	}
	keys := make([]string, 0, len(cats))
	for k := range cats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return cats[keys[i]] > cats[keys[j]] })
	var b strings.Builder
	for _, k := range keys[:min(len(keys), 40)] {
		fmt.Fprintf(&b, "%4d %s\n     e.g. %s\n", cats[k], k, examples[k])
	}
	t.Logf("%d programs: fully agree %d; verdict differs %d; message differs %d; position differs %d (both accepted: %d)\n%s",
		n, same, verdict, msg, pos, okBoth, b.String())
}
