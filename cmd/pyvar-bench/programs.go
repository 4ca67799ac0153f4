package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/pyvar/pyvar/bench"
)

// programRow is one everyday program timed on every interpreter: the
// median seconds of its measured part, by interpreter name.
type programRow struct {
	Program  string             `json:"program"`
	About    string             `json:"about"`
	Seconds  map[string]float64 `json:"seconds"`
	Checksum string             `json:"checksum"`
}

// runPrograms times bench.Programs() on pyvar (its default settings) and on
// every CPython in one sitting. The interpreters alternate within each
// round, so a change of load on the shared machine hits all of them alike;
// a checksum that differs from pyvar's is an error.
func runPrograms(cfg config, stdout io.Writer) error {
	// pyvar as `pyvar FILE` runs it (the default LOAD_GLOBAL setting).
	py := cfg.pyvarImpl("default")
	py.name = "pyvar"
	impls := append([]impl{py}, cfg.cpythons()...)
	var rows []programRow
	for _, p := range bench.Programs() {
		if !cfg.filter.MatchString(p.Name) {
			continue
		}
		src := p.Source
		if cfg.scale != 1 {
			src = bench.WithSize(src, max(1, int(float64(bench.DefaultSize(src))*cfg.scale)))
		}
		times := make([][]float64, len(impls))
		want := ""
		for r := 0; r < cfg.runs; r++ {
			for i, m := range impls {
				progress(cfg, "program %s on %s", p.Name, m.name)
				prof := ""
				if cfg.profileDir != "" && m.isPyvar() && r == 0 {
					prof = filepath.Join(cfg.profileDir, "program_"+p.Name)
				}
				out, err := execute(cfg, m, p.Name+".py", src, prof)
				if err != nil {
					return fmt.Errorf("program %s on %s: %w", p.Name, m.name, err)
				}
				res, err := bench.ParseResult(out)
				if err != nil {
					return fmt.Errorf("program %s on %s: %w", p.Name, m.name, err)
				}
				if want == "" {
					want = res.Checksum
				} else if res.Checksum != want {
					return fmt.Errorf("program %s: checksum %s on %s differs from %s on %s", p.Name, res.Checksum, m.name, want, impls[0].name)
				}
				times[i] = append(times[i], res.Seconds)
			}
		}
		row := programRow{Program: p.Name, About: p.About, Seconds: map[string]float64{}, Checksum: want}
		for i, m := range impls {
			row.Seconds[m.name] = median(times[i])
		}
		rows = append(rows, row)
	}
	progress(cfg, "")
	if len(rows) == 0 {
		return nil
	}
	names := make([]string, len(impls))
	for i, m := range impls {
		names[i] = m.name
	}
	switch {
	case cfg.asJSON:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"programs": rows, "geomean_pyvar_over": geomeans(rows, names), "runs": cfg.runs})
	case cfg.benchfmt:
		for _, r := range rows {
			for _, m := range names {
				fmt.Fprintf(stdout, "BenchmarkProgram/%s/%s 1 %.0f ns/op\n", r.Program, m, r.Seconds[m]*1e9)
			}
		}
	default:
		writeProgramTable(stdout, cfg, rows, names)
	}
	return nil
}

// geomeans returns, for each CPython, the geometric mean over the programs
// of pyvar's time over that CPython's (below 1: pyvar is faster).
func geomeans(rows []programRow, names []string) map[string]float64 {
	out := map[string]float64{}
	for _, m := range names[1:] {
		sum, n := 0.0, 0
		for _, r := range rows {
			if r.Seconds[m] > 0 && r.Seconds[names[0]] > 0 {
				sum += math.Log(r.Seconds[names[0]] / r.Seconds[m])
				n++
			}
		}
		if n > 0 {
			out[m] = math.Exp(sum / float64(n))
		}
	}
	return out
}

// writeProgramTable prints seconds per program and interpreter, then
// pyvar's time over each CPython's, the geometric means and the worst ratio.
func writeProgramTable(w io.Writer, cfg config, rows []programRow, names []string) {
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(w, "\nEveryday programs (bench/programs): seconds of the measured part (median of %d runs, interpreters alternating); the last columns are pyvar's time over CPython's (below 1: pyvar is faster)\n\n", cfg.runs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "program\t")
	for _, m := range names {
		fmt.Fprintf(tw, "%s\t", m)
	}
	for _, m := range names[1:] {
		fmt.Fprintf(tw, "pyvar/%s\t", strings.TrimPrefix(m, "cpython"))
	}
	fmt.Fprintln(tw)
	worst := map[string]float64{}
	worstName := map[string]string{}
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t", r.Program)
		for _, m := range names {
			fmt.Fprintf(tw, "%.3f\t", r.Seconds[m])
		}
		for _, m := range names[1:] {
			ratio := r.Seconds[names[0]] / r.Seconds[m]
			fmt.Fprintf(tw, "%.2fx\t", ratio)
			if ratio > worst[m] {
				worst[m], worstName[m] = ratio, r.Program
			}
		}
		fmt.Fprintln(tw)
	}
	g := geomeans(rows, names)
	fmt.Fprint(tw, "geomean\t")
	for range names {
		fmt.Fprint(tw, "\t")
	}
	for _, m := range names[1:] {
		fmt.Fprintf(tw, "%.2fx\t", g[m])
	}
	fmt.Fprintln(tw)
	tw.Flush()
	var ws []string
	for _, m := range names[1:] {
		ws = append(ws, fmt.Sprintf("%s %.2fx (%s)", strings.TrimPrefix(m, "cpython"), worst[m], worstName[m]))
	}
	sort.Strings(ws)
	if len(ws) > 0 {
		fmt.Fprintf(w, "\nworst program against each CPython: %s\n", strings.Join(ws, ", "))
	}
}
