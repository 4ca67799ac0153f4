package bench

import (
	"bytes"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/google/pprof/profile"
	"github.com/pyvar/pyvar/core/gcfloor"
	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/pyprof"
	"github.com/pyvar/pyvar/core/pyprof/flame"
	"github.com/pyvar/pyvar/core/vm"
)

// Config says how pyvar runs a program.
type Config struct {
	Strategy string // LOAD_GLOBAL cache strategy: pep509, keys or off
	MinRuns  int    // opcache warm-up threshold; negative means the strategy's default
	// CountLoops makes pep509 count loop back-edges toward MinRuns.
	CountLoops bool
	// ProfileBase, when set, writes ProfileBase+".cpu.pprof" (the VM, Go
	// level) and ProfileBase+".py.pprof" (the Python program), each with a
	// flame graph beside it (.svg).
	ProfileBase string
}

// RunPyvar runs src in a fresh interpreter and returns what it printed.
// Like the pyvar command, it runs with gcfloor's ballast installed.
func RunPyvar(filename string, src []byte, cfg Config) (string, error) {
	gcfloor.Install()
	var stdout, stderr bytes.Buffer
	opts := vm.Options{Argv: []string{filename}, Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Opcache: cfg.Strategy, OpcacheMinRuns: cfg.MinRuns, OpcacheCountLoops: cfg.CountLoops}
	var rec *pyprof.Recorder
	var cpu bytes.Buffer
	if cfg.ProfileBase != "" {
		rec = pyprof.New(time.Millisecond)
		opts.Sampler = rec.Sampler()
		if err := pprof.StartCPUProfile(&cpu); err != nil {
			return "", err
		}
	}
	in := interp.New(opts)
	stop := func() {}
	if rec != nil {
		stop = rec.Start(in)
	}
	err := in.RunSource(src, filename)
	stop()
	in.Finalize() // flush sys.stdout into the buffer
	if rec != nil {
		pprof.StopCPUProfile()
	}
	if err != nil {
		_, msg := vm.ExitCode(err)
		return stdout.String(), fmt.Errorf("%s%s", stderr.String(), msg)
	}
	if rec != nil {
		if err := writeProfiles(cfg.ProfileBase, filename, cpu.Bytes(), rec); err != nil {
			return "", err
		}
	}
	return stdout.String(), nil
}

// writeProfiles saves both profiles and draws a flame graph of each.
func writeProfiles(base, filename string, cpu []byte, rec *pyprof.Recorder) error {
	if err := os.WriteFile(base+".cpu.pprof", cpu, 0o644); err != nil {
		return err
	}
	var py bytes.Buffer
	if err := rec.Write(&py); err != nil {
		return err
	}
	if err := os.WriteFile(base+".py.pprof", py.Bytes(), 0o644); err != nil {
		return err
	}
	for _, p := range []struct {
		data  []byte
		file  string
		title string
	}{
		{cpu, base + ".cpu.svg", filename + " on pyvar: where the VM spends its time (Go functions)"},
		{py.Bytes(), base + ".py.svg", filename + " on pyvar: the Python program (functions, lines, opcodes)"},
	} {
		prof, err := profile.ParseData(p.data)
		if err != nil {
			return err
		}
		if len(prof.Sample) == 0 {
			continue // too short a run to sample
		}
		var svg bytes.Buffer
		if err := flame.SVG(&svg, prof, p.title); err != nil {
			return err
		}
		if err := os.WriteFile(p.file, svg.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
