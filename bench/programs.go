package bench

import (
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Program is one of the everyday programs in programs/*.py: a whole
// program in the spirit of the standard benchmark suite (written for
// pyvar, not copied from it). Like a workload it declares `N = <int>`,
// times its measured part itself and prints `result <checksum> <seconds> <N>`;
// the checksum must agree between pyvar and every CPython. The seconds are
// CPU seconds (time.process_time), which a loaded machine disturbs far less
// than wall time; for pyvar they include the garbage collector's work on
// other threads, so they never flatter it.
type Program struct {
	Name   string // file name without .py
	About  string // the first line of its leading comment
	Source []byte
}

// Programs returns every everyday program, sorted by name.
func Programs() []Program {
	entries, err := fs.ReadDir(files, "programs")
	if err != nil {
		panic("bench: no embedded programs") // a build-time invariant
	}
	var out []Program
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".py")
		if !ok {
			continue
		}
		src, err := fs.ReadFile(files, path.Join("programs", e.Name()))
		if err != nil {
			panic("bench: unreadable embedded program " + name)
		}
		about := ""
		if first, _, _ := strings.Cut(string(src), "\n"); strings.HasPrefix(first, "# ") {
			about = strings.TrimPrefix(first, "# ")
		}
		out = append(out, Program{Name: name, About: about, Source: src})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
