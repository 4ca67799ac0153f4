package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/pyvar/pyvar/bench"
)

// The output layer: the table a person reads, and the Go benchmark format
// benchstat reads.

// units name what one iteration of a workload is, so that every figure
// says what it is per ("ns/call", "ns/step"); loops over one opcode family
// count loop iterations.
var units = map[string]string{
	"call": "call", "method_call": "call", "fib": "call", "load_builtin": "call",
	"nbody": "step", "wordcount": "line", "scheduler": "task",
}

func unitOf(workload string) string {
	if u, ok := units[workload]; ok {
		return u
	}
	return "iter"
}

// column is one column of the table: its heading and its cell per
// workload.
type column struct {
	head     string
	cell     func(wl string) string
	optional bool // may be left out when the table does not fit
}

// writeTable prints one line per workload: its unit, the time per unit on
// every interpreter (median of the runs), then CPython's time over the
// first pyvar strategy's (above 1: pyvar is faster). The table fits width
// columns: the ratio and starlark columns go first when it does not, and a
// note says so. The workloads' opcode families follow as a legend.
func writeTable(w io.Writer, cfg config, rows []row, width int) {
	if len(rows) == 0 {
		return
	}
	var impls []string
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.Impl] {
			seen[r.Impl] = true
			impls = append(impls, r.Impl)
		}
	}
	base := impls[0]
	byKey := map[[2]string]row{}
	var order []string
	family := map[string]string{}
	for _, r := range rows {
		if _, ok := byKey[[2]string{r.Workload, base}]; !ok && r.Impl == base {
			order = append(order, r.Workload)
		}
		byKey[[2]string{r.Workload, r.Impl}] = r
		family[r.Workload] = r.Family
	}
	cols := []column{
		{head: "workload", cell: func(wl string) string { return wl }},
		{head: "unit", cell: func(wl string) string { return "ns/" + unitOf(wl) }},
	}
	for _, m := range impls {
		m := m
		cols = append(cols, column{head: shortImpl(m), optional: m == "starlark-go", cell: func(wl string) string {
			if r, ok := byKey[[2]string{wl, m}]; ok {
				return sig3(r.NsPerIter)
			}
			return "-"
		}})
	}
	for _, m := range impls {
		if !strings.HasPrefix(m, "cpython") && m != "starlark-go" {
			continue
		}
		m := m
		cols = append(cols, column{head: shortImpl(m) + "÷" + shortImpl(base), optional: true, cell: func(wl string) string {
			b := byKey[[2]string{wl, base}]
			if r, ok := byKey[[2]string{wl, m}]; ok && b.NsPerIter > 0 {
				return fmt.Sprintf("%.2fx", r.NsPerIter/b.NsPerIter)
			}
			return "-"
		}})
	}
	// Cells, then leave out optional columns from the right until it fits.
	cells := make([][]string, len(cols))
	widths := make([]int, len(cols))
	for i, c := range cols {
		cells[i] = append(cells[i], c.head)
		for _, wl := range order {
			cells[i] = append(cells[i], c.cell(wl))
		}
		for _, s := range cells[i] {
			widths[i] = max(widths[i], utf8.RuneCountInString(s))
		}
	}
	total := func() int {
		n := 0
		for i := range cols {
			if cells[i] != nil {
				n += widths[i] + 2
			}
		}
		return n - 2
	}
	var dropped []string
	for i := len(cols) - 1; i >= 0 && total() > width; i-- {
		if cols[i].optional {
			dropped = append(dropped, cols[i].head)
			cells[i] = nil
		}
	}
	ratios := ""
	for _, c := range cols {
		if strings.Contains(c.head, "÷") {
			ratios = fmt.Sprintf("; 3.x÷%s is CPython's time over %s's", shortImpl(base), base)
			break
		}
	}
	fmt.Fprint(w, wrap(fmt.Sprintf("Each workload: nanoseconds per unit of work (the median of %d runs) on %s%s.",
		cfg.runs, implLegend(impls), ratios), width))
	if len(dropped) > 0 {
		fmt.Fprint(w, wrap(fmt.Sprintf("(Left out to fit %d columns: %s; -json has everything.)", width, strings.Join(dropped, ", ")), width))
	}
	fmt.Fprintln(w)
	for r := 0; r <= len(order); r++ {
		var line strings.Builder
		for i := range cols {
			if cells[i] == nil {
				continue
			}
			s := cells[i][r]
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(s))
			if i == 0 {
				line.WriteString(s + pad) // names left-aligned, figures right-aligned
			} else {
				line.WriteString("  " + pad + s)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(line.String(), " "))
	}
	fmt.Fprintln(w)
	name := 0
	for _, wl := range order {
		name = max(name, len(wl))
	}
	for _, wl := range order {
		fmt.Fprintf(w, "  %-*s  %s\n", name, wl, family[wl])
	}
}

// wrap breaks text into lines of at most width columns.
func wrap(text string, width int) string {
	var out, line strings.Builder
	for _, word := range strings.Fields(text) {
		if line.Len() > 0 && utf8.RuneCountInString(line.String())+1+utf8.RuneCountInString(word) > width {
			out.WriteString(line.String() + "\n")
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(word)
	}
	return out.String() + line.String() + "\n"
}

// shortImpl is an interpreter's column heading: pyvar's strategies by
// name, CPythons by version.
func shortImpl(m string) string {
	switch {
	case strings.HasPrefix(m, "pyvar/"):
		return strings.TrimPrefix(m, "pyvar/")
	case strings.HasPrefix(m, "cpython"):
		return strings.TrimPrefix(m, "cpython")
	case m == "starlark-go":
		return "starlark"
	}
	return m
}

// implLegend says what the headings stand for.
func implLegend(impls []string) string {
	var strategies, versions []string
	star := false
	for _, m := range impls {
		switch {
		case strings.HasPrefix(m, "pyvar/"):
			strategies = append(strategies, shortImpl(m))
		case strings.HasPrefix(m, "cpython"):
			versions = append(versions, shortImpl(m))
		case m == "starlark-go":
			star = true
		}
	}
	parts := []string{"pyvar (settings " + strings.Join(strategies, ", ") + "; default: what `pyvar FILE` does, 3.9: CPython 3.9's cache rule)"}
	if len(versions) > 0 {
		parts = append(parts, "CPython "+strings.Join(versions, ", "))
	}
	if star {
		parts = append(parts, "starlark-go")
	}
	return strings.Join(parts, ", ")
}

// sig3 formats a time with three significant digits at most (12.3, 123,
// 1234), so that columns stay narrow.
func sig3(ns float64) string {
	switch {
	case ns >= 100:
		return fmt.Sprintf("%.0f", ns)
	case ns >= 10:
		return fmt.Sprintf("%.1f", ns)
	}
	return fmt.Sprintf("%.2f", ns)
}

// writeBenchfmt prints the Go benchmark format: the goos, goarch, pkg and
// cpu headers, then one line per run of every program on every
// interpreter, named with keys (BenchmarkWorkload/name=fib/impl=cpython3.10)
// so that `benchstat -col /impl` compares interpreters, and two files
// compare runs, each with its statistics.
func writeBenchfmt(w io.Writer, seeds []seedResult, rows []row) {
	fmt.Fprintf(w, "goos: %s\ngoarch: %s\npkg: github.com/pyvar/pyvar/bench\n", runtime.GOOS, runtime.GOARCH)
	if cpu := cpuName(); cpu != "" {
		fmt.Fprintf(w, "cpu: %s\n", cpu)
	}
	for _, s := range seeds {
		for _, t := range s.StoreName {
			fmt.Fprintf(w, "BenchmarkSeed/loop=STORE_NAME/impl=%s 1 %.0f ns/op\n", benchKey(s.Impl), t*1e9)
		}
		for _, t := range s.StoreFast {
			fmt.Fprintf(w, "BenchmarkSeed/loop=STORE_FAST/impl=%s 1 %.0f ns/op\n", benchKey(s.Impl), t*1e9)
		}
	}
	for _, r := range rows {
		runs := r.Runs
		if len(runs) == 0 {
			runs = []bench.Result{{Seconds: r.Seconds, Iterations: r.Iterations}}
		}
		for _, res := range runs {
			fmt.Fprintf(w, "BenchmarkWorkload/name=%s/impl=%s %d %.3f ns/%s\n", r.Workload, benchKey(r.Impl),
				res.Iterations, res.NsPerIter(), unitOf(r.Workload))
		}
	}
}

// benchKey makes a name usable as a benchmark key's value (no '/' or
// blanks).
func benchKey(s string) string { return strings.NewReplacer("/", "-", " ", "_").Replace(s) }

// cpuName is the processor's model, as the testing package reports it.
func cpuName() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
