package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// writeTable prints one line per workload: ns per iteration on every
// interpreter, then CPython's time over pyvar's (above 1: pyvar is faster).
func writeTable(w io.Writer, cfg config, rows []row) {
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
	var cpy []string
	for _, m := range impls {
		if strings.HasPrefix(m, "cpython") || m == "starlark-go" {
			cpy = append(cpy, m)
		}
	}
	fmt.Fprintf(w, "Every family and program: ns per iteration (median of %d runs); the last columns are CPython's time over %s's\n\n", cfg.runs, base)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "workload\tfamily\t")
	for _, m := range impls {
		fmt.Fprintf(tw, "%s\t", m)
	}
	for _, m := range cpy {
		fmt.Fprintf(tw, "%s/%s\t", strings.TrimPrefix(m, "cpython"), strings.TrimPrefix(base, "pyvar/"))
	}
	fmt.Fprintln(tw)
	byKey := map[[2]string]row{}
	var order []string
	for _, r := range rows {
		if _, ok := byKey[[2]string{r.Workload, base}]; !ok && r.Impl == base {
			order = append(order, r.Workload)
		}
		byKey[[2]string{r.Workload, r.Impl}] = r
	}
	for _, wl := range order {
		b := byKey[[2]string{wl, base}]
		fmt.Fprintf(tw, "%s\t%s\t", wl, b.Family)
		for _, m := range impls {
			if r, ok := byKey[[2]string{wl, m}]; ok {
				fmt.Fprintf(tw, "%.1f\t", r.NsPerIter)
			} else {
				fmt.Fprint(tw, "-\t")
			}
		}
		for _, m := range cpy {
			if r, ok := byKey[[2]string{wl, m}]; ok && b.NsPerIter > 0 {
				fmt.Fprintf(tw, "%.2fx\t", r.NsPerIter/b.NsPerIter)
			} else {
				fmt.Fprint(tw, "-\t")
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// writeBenchfmt prints Go benchmark-format lines, one per measurement, so
// two runs can be compared with benchstat.
func writeBenchfmt(w io.Writer, seeds []seedResult, rows []row) {
	for _, s := range seeds {
		for _, t := range s.StoreName {
			fmt.Fprintf(w, "BenchmarkSeed/STORE_NAME/%s 1 %.0f ns/op\n", s.Impl, t*1e9)
		}
		for _, t := range s.StoreFast {
			fmt.Fprintf(w, "BenchmarkSeed/STORE_FAST/%s 1 %.0f ns/op\n", s.Impl, t*1e9)
		}
	}
	for _, r := range rows {
		fmt.Fprintf(w, "BenchmarkFamily/%s/%s %d %.3f ns/iter\n", r.Workload, strings.ReplaceAll(r.Impl, "/", "-"), r.Iterations, r.NsPerIter)
	}
}
