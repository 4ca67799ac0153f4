// Command pyvar-bench reproduces the seed article's STORE_NAME vs STORE_FAST
// experiment on pyvar and on every CPython it finds, side by side, then
// times every variable family and LOAD_GLOBAL cache strategy.
//
// pyvar runs in-process; each CPython runs the same program as a
// subprocess. Every program times its own measured part, so start-up costs
// are excluded on both sides and the figures are comparable as ratios.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/pyvar/pyvar/bench"
	"github.com/pyvar/pyvar/cmd/internal/cmdline"
	"github.com/pyvar/pyvar/core/pyref"
	"golang.org/x/term"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// impl is one interpreter a program can be timed on.
type impl struct {
	name       string // "pyvar/default", "pyvar/3.9", "cpython3.10", ...
	strategy   string // pyvar only: the LOAD_GLOBAL cache strategy ("" = the default)
	minRuns    int    // pyvar only: the threshold (negative: the strategy's default)
	countLoops bool   // pyvar only: pep509 counts back-edges
	python     string // CPython only: the executable
	starlark   string // starlark-go only: the executable
}

// pyvarConfigs are the settings -strategy can name. "default" is what a
// user gets with no flag; "3.9" is CPython 3.9's rule, faithfully.
var pyvarConfigs = map[string]impl{
	"default":      {strategy: "", minRuns: -1},
	"3.9":          {strategy: "pep509", minRuns: 1024},
	"pep509":       {strategy: "pep509", minRuns: -1},
	"pep509-loops": {strategy: "pep509", minRuns: -1, countLoops: true},
	"keys":         {strategy: "keys", minRuns: -1},
	"off":          {strategy: "off", minRuns: -1},
}

// pyvarImpl returns the named setting, with -min-runs applied to the
// strategies that take it ("default" and "3.9" are fixed).
func (cfg config) pyvarImpl(name string) impl {
	m := pyvarConfigs[name]
	m.name = "pyvar/" + name
	if name != "default" && name != "3.9" && cfg.minRuns >= 0 {
		m.minRuns = cfg.minRuns
	}
	return m
}

func (m impl) isPyvar() bool { return m.python == "" && m.starlark == "" }

type config struct {
	runs         int
	scale        float64
	filter       *regexp.Regexp
	strategies   []string
	asJSON       bool
	benchfmt     bool
	profileDir   string
	pythons      map[string]string // version -> path ("" = not found)
	skipSeed     bool
	skipWhole    bool
	skipFamilies bool // -nofamilies
	skipPrograms bool // -noprograms
	pyvarExe     string
	minRuns      int
	stderr       io.Writer
	tty          bool   // stderr is a terminal: show a progress line
	width        int    // the table's width: 100 columns, or the terminal's
	starlark     string // starlark-go's command, "" when not installed
}

func run(args []string, stdout, stderr io.Writer) int {
	cmd := cmdline.New("pyvar-bench", "[flags]",
		"Reproduces the seed's STORE_NAME vs STORE_FAST gap on pyvar and CPython, then times every variable family.")
	fl := cmd.Flags
	cfg := config{stderr: stderr, pythons: map[string]string{}, width: 100}
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		cfg.tty = true
	}
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 40 {
			cfg.width = w
		}
	}
	// Whatever goes to stdout first clears the progress line, so that
	// headings never share a line with it.
	stdout = progressClearing{stdout, &cfg}
	fl.IntVar(&cfg.runs, "n", 3, "runs per program and interpreter (the median is reported; the seed experiment always does its own 5)")
	fl.Float64Var(&cfg.scale, "size", 1, "scale every program's N by this factor")
	filter := fl.String("filter", "", "only workloads whose name matches this regular expression")
	strategies := fl.String("strategy", "default,3.9", "pyvar settings to time, comma separated: default (what `pyvar FILE` does), 3.9 (CPython 3.9's rule: --opcache=pep509 --opcache-min-runs=1024), pep509, pep509-loops (pep509 counting back-edges), keys, off")
	fl.BoolVar(&cfg.asJSON, "json", false, "print the results as JSON instead of tables")
	fl.BoolVar(&cfg.benchfmt, "benchfmt", false, "print Go benchmark-format lines (for benchstat) instead of tables")
	fl.StringVar(&cfg.profileDir, "profile", "", "write a CPU profile of the VM and a Python-level profile of each workload into this directory")
	fl.BoolVar(&cfg.skipSeed, "noseed", false, "skip the seed experiment")
	fl.IntVar(&cfg.minRuns, "min-runs", -1, "the threshold for the pep509, pep509-loops, keys settings (default: the strategy's own, 1024 or 8); default and 3.9 always use their own")
	fl.BoolVar(&cfg.skipWhole, "nowhole", false, "skip the whole-process programs (bench/families)")
	fl.StringVar(&cfg.pyvarExe, "pyvar", "", "the pyvar command the whole-process programs run (default: built from this module with go build, else pyvar on PATH)")
	fl.BoolVar(&cfg.skipFamilies, "nofamilies", false, "skip the variable families and workloads")
	fl.BoolVar(&cfg.skipPrograms, "noprograms", false, "skip the everyday programs (bench/programs)")
	py39 := fl.String("python3.9", "", "CPython 3.9 executable (default: found through pyenv or PATH; \"none\" to skip)")
	py310 := fl.String("python3.10", "", "CPython 3.10 executable (default: found through pyenv or PATH; \"none\" to skip)")
	py3 := fl.String("python3", "", "the newest fast CPython, python3 (default: python3.11 through pyenv or PATH; \"none\" to skip)")
	star := fl.String("starlark", "", "starlark-go's command, timed on the workloads its dialect expresses (default: starlark on PATH or in $GOPATH/bin; install with go install go.starlark.net/cmd/starlark@latest; \"none\" to skip)")
	if done, code := cmd.Parse(args, stdout, stderr); done {
		return code
	}
	if fl.NArg() > 0 {
		return cmd.UsageError(stderr, fmt.Sprintf("pyvar-bench: unexpected argument %q", fl.Arg(0)))
	}
	if cfg.runs < 1 || cfg.scale <= 0 {
		fmt.Fprintln(stderr, "pyvar-bench: -n must be at least 1 and -size positive")
		return 2
	}
	var err error
	if cfg.filter, err = regexp.Compile(*filter); err != nil {
		fmt.Fprintf(stderr, "pyvar-bench: bad -filter: %v\n", err)
		return 2
	}
	for _, s := range strings.Split(*strategies, ",") {
		s = strings.TrimSpace(s)
		if _, ok := pyvarConfigs[s]; !ok {
			fmt.Fprintf(stderr, "pyvar-bench: unknown setting %q (want default, 3.9, pep509, pep509-loops, keys or off)\n", s)
			return 2
		}
		cfg.strategies = append(cfg.strategies, s)
	}
	for version, given := range map[string]string{"3.9": *py39, "3.10": *py310, "3.11": *py3} {
		if given == "none" {
			continue
		}
		if given != "" {
			cfg.pythons[version] = given
		} else if p, err := pyref.Find(version); err == nil {
			cfg.pythons[version] = p
		}
	}
	cfg.starlark = findStarlark(*star)
	if cfg.profileDir != "" {
		if err := os.MkdirAll(cfg.profileDir, 0o755); err != nil {
			fmt.Fprintf(stderr, "pyvar-bench: %v\n", err)
			return 2
		}
	}
	if !cfg.skipFamilies || !cfg.skipSeed {
		if err := benchmark(cfg, stdout); err != nil {
			fmt.Fprintf(stderr, "pyvar-bench: %v\n", err)
			return 1
		}
	}
	if !cfg.skipPrograms {
		if err := runPrograms(cfg, stdout); err != nil {
			fmt.Fprintf(stderr, "pyvar-bench: %v\n", err)
			return 1
		}
	}
	return 0
}

// cpythons lists the CPythons found, oldest first.
func (cfg config) cpythons() []impl {
	var out []impl
	for _, v := range []string{"3.9", "3.10", "3.11"} {
		if p := cfg.pythons[v]; p != "" {
			out = append(out, impl{name: "cpython" + v, python: p})
		}
	}
	return out
}

// row is one program timed on one interpreter.
type row struct {
	Workload   string  `json:"workload"`
	Family     string  `json:"family"`
	Impl       string  `json:"impl"`
	NsPerIter  float64 `json:"ns_per_iter"`
	Seconds    float64 `json:"seconds"`
	Iterations int     `json:"iterations"`
	Checksum   string  `json:"checksum"`
	// Runs are every run's result (benchfmt writes each; the table shows
	// the median).
	Runs []bench.Result `json:"-"`
}

// seedResult is the seed experiment on one interpreter.
type seedResult struct {
	Impl      string    `json:"impl"`
	StoreName []float64 `json:"store_name_seconds"`
	StoreFast []float64 `json:"store_fast_seconds"`
	Gap       float64   `json:"gap"`
	Output    string    `json:"output"`
}

func benchmark(cfg config, stdout io.Writer) error {
	cpy := cfg.cpythons()
	tables := !cfg.asJSON && !cfg.benchfmt
	if len(cpy) == 0 {
		fmt.Fprintln(cfg.stderr, "pyvar-bench: no CPython found (3.9, 3.10, 3.11): timing pyvar alone")
	}
	var seeds []seedResult
	if !cfg.skipSeed {
		src := bench.SeedExperiment()
		if cfg.scale != 1 {
			src = bench.WithSize(src, int(float64(bench.DefaultSize(src))*cfg.scale))
		}
		if tables {
			fmt.Fprintf(stdout, "The seed's experiment: `for i in range(%d): pass`, 5 runs each, at module level (STORE_NAME) and in a function (STORE_FAST)\n\n", bench.DefaultSize(src))
		}
		impls := append([]impl{cfg.pyvarImpl("default")}, cpy...)
		for _, m := range impls {
			progress(cfg, "seed experiment on %s", m.name)
			out, err := execute(cfg, m, "fast_vs_name.py", src, "")
			if err != nil {
				return fmt.Errorf("seed experiment on %s: %w", m.name, err)
			}
			s, err := parseSeed(m.name, out)
			if err != nil {
				return err
			}
			seeds = append(seeds, s)
			if tables {
				fmt.Fprintf(stdout, "%s\n%s  gap STORE_NAME/STORE_FAST (medians): %.2fx\n\n", m.name, indent(out), s.Gap)
			}
		}
	}

	var rows []row
	for _, w := range bench.Workloads() {
		if cfg.skipFamilies || !cfg.filter.MatchString(w.Name) {
			continue
		}
		src := w.Source
		if cfg.scale != 1 {
			src = bench.WithSize(src, max(1, int(float64(bench.DefaultSize(src))*cfg.scale)))
		}
		var impls []impl
		for _, s := range cfg.strategies {
			impls = append(impls, cfg.pyvarImpl(s))
		}
		impls = append(impls, cpy...)
		if cfg.starlark != "" && w.Starlark != nil {
			impls = append(impls, impl{name: "starlark-go", starlark: cfg.starlark})
		}
		want := ""
		for _, m := range impls {
			progress(cfg, "%s on %s", w.Name, m.name)
			var times []bench.Result
			for r := 0; r < cfg.runs; r++ {
				prof := ""
				if cfg.profileDir != "" && m.isPyvar() && r == 0 && m.strategy == cfg.strategies[0] {
					prof = filepath.Join(cfg.profileDir, w.Name)
				}
				prog, name := src, w.Name+".py"
				if m.starlark != "" {
					prog, name = w.Starlark, w.Name+".star"
					if cfg.scale != 1 {
						prog = bench.WithSize(prog, max(1, int(float64(bench.DefaultSize(prog))*cfg.scale)))
					}
				}
				out, err := execute(cfg, m, name, prog, prof)
				if err != nil {
					return fmt.Errorf("%s on %s: %w", w.Name, m.name, err)
				}
				res, err := bench.ParseResult(out)
				if err != nil {
					return fmt.Errorf("%s on %s: %w", w.Name, m.name, err)
				}
				if want == "" {
					want = res.Checksum
				} else if res.Checksum != want {
					return fmt.Errorf("%s: checksum %s on %s differs from %s on %s", w.Name, res.Checksum, m.name, want, impls[0].name)
				}
				times = append(times, res)
			}
			sort.Slice(times, func(i, j int) bool { return times[i].Seconds < times[j].Seconds })
			med := times[len(times)/2]
			rows = append(rows, row{Workload: w.Name, Family: w.Family, Impl: m.name, NsPerIter: med.NsPerIter(),
				Seconds: med.Seconds, Iterations: med.Iterations, Checksum: med.Checksum, Runs: times})
		}
	}
	var whole []wholeRow
	if !cfg.skipWhole {
		var err error
		if whole, err = wholeProcess(cfg); err != nil {
			return err
		}
	}
	progress(cfg, "")
	switch {
	case cfg.asJSON:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"seed": seeds, "workloads": rows, "whole": whole, "pythons": cfg.pythons, "runs": cfg.runs})
	case cfg.benchfmt:
		writeBenchfmt(stdout, seeds, rows)
		for _, r := range whole {
			fmt.Fprintf(stdout, "BenchmarkWhole/%s/%s 1 %.0f ns/op %.0f cpu-ns/op\n", r.Program, strings.ReplaceAll(r.Impl, "/", "-"), r.Wall*1e9, r.CPU*1e9)
		}
	default:
		writeTable(stdout, cfg, rows, cfg.width)
		writeWholeTable(stdout, cfg, whole)
	}
	return nil
}

var seedLine = regexp.MustCompile(`(?m)^(STORE_NAME|STORE_FAST): (.*)$`)

func parseSeed(name, out string) (seedResult, error) {
	s := seedResult{Impl: name, Output: out}
	for _, m := range seedLine.FindAllStringSubmatch(out, -1) {
		var times []float64
		for _, f := range strings.Fields(m[2]) {
			var t float64
			if _, err := fmt.Sscanf(strings.TrimSuffix(f, "s"), "%g", &t); err != nil {
				return s, fmt.Errorf("seed experiment on %s: bad time %q", name, f)
			}
			times = append(times, t)
		}
		if m[1] == "STORE_NAME" {
			s.StoreName = times
		} else {
			s.StoreFast = times
		}
	}
	if len(s.StoreName) == 0 || len(s.StoreFast) == 0 {
		return s, fmt.Errorf("seed experiment on %s printed no times: %q", name, out)
	}
	if f := median(s.StoreFast); f > 0 {
		s.Gap = median(s.StoreName) / f
	}
	return s, nil
}

func median(xs []float64) float64 {
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	return c[len(c)/2]
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n  ") + "\n"
}

// execute runs one program on one interpreter and returns its stdout.
func execute(cfg config, m impl, name string, src []byte, profile string) (string, error) {
	if m.isPyvar() {
		return bench.RunPyvar(name, src, bench.Config{Strategy: m.strategy, MinRuns: m.minRuns, CountLoops: m.countLoops, ProfileBase: profile})
	}
	dir, err := os.MkdirTemp("", "pyvar-bench")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, name)
	if err := os.WriteFile(file, src, 0o644); err != nil {
		return "", err
	}
	cmd := exec.Command(m.python, file)
	if m.starlark != "" {
		cmd = exec.Command(m.starlark, append(bench.StarlarkFlags(src), file)...)
	}
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1")
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	if m.starlark != "" {
		cmd.Stderr = &out // starlark-go's print writes to stderr
	}
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%v: %s", err, errb.String())
	}
	return out.String(), nil
}

// findStarlark locates starlark-go's command: the flag, then PATH, then
// the Go bin directory where `go install` puts it.
func findStarlark(flagValue string) string {
	switch flagValue {
	case "none":
		return ""
	case "":
	default:
		return flagValue
	}
	if p, err := exec.LookPath("starlark"); err == nil {
		return p
	}
	if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
		p := filepath.Join(strings.TrimSpace(string(out)), "bin", "starlark")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

var (
	lastProgress  time.Time
	progressShown bool // a progress line is on the terminal
)

// progressClearing is stdout, clearing the progress line before writing.
type progressClearing struct {
	w   io.Writer
	cfg *config
}

func (p progressClearing) Write(b []byte) (int, error) {
	progress(*p.cfg, "")
	return p.w.Write(b)
}

// progress keeps one line on stderr up to date during long runs; an empty
// format clears it.
func progress(cfg config, format string, args ...any) {
	if !cfg.tty {
		return
	}
	if format == "" {
		if progressShown {
			fmt.Fprint(cfg.stderr, "\r\033[K")
			progressShown = false
		}
		return
	}
	if time.Since(lastProgress) < 100*time.Millisecond {
		return
	}
	lastProgress = time.Now()
	progressShown = true
	fmt.Fprintf(cfg.stderr, "\r\033[K%s ...", fmt.Sprintf(format, args...))
}
