package bench

import (
	"bytes"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/pyprof"
	"github.com/pyvar/pyvar/core/vm"
)

// Config says how pyvar runs a program.
type Config struct {
	Strategy string // LOAD_GLOBAL cache strategy: pep509, keys or off
	MinRuns  int    // opcache warm-up threshold; negative means the strategy's default
	// ProfileBase, when set, writes ProfileBase+".cpu.pprof" (the VM, Go
	// level) and ProfileBase+".py.pprof" (the Python program).
	ProfileBase string
}

// RunPyvar runs src in a fresh interpreter and returns what it printed.
func RunPyvar(filename string, src []byte, cfg Config) (string, error) {
	var stdout, stderr bytes.Buffer
	opts := vm.Options{Argv: []string{filename}, Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Opcache: cfg.Strategy, OpcacheMinRuns: cfg.MinRuns}
	var rec *pyprof.Recorder
	if cfg.ProfileBase != "" {
		rec = pyprof.New(time.Millisecond)
		opts.Sampler = rec.Sampler()
		f, err := os.Create(cfg.ProfileBase + ".cpu.pprof")
		if err != nil {
			return "", err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return "", err
		}
		defer pprof.StopCPUProfile()
	}
	in := interp.New(opts)
	stop := func() {}
	if rec != nil {
		stop = rec.Start(in)
	}
	err := in.RunSource(src, filename)
	stop()
	if err != nil {
		_, msg := vm.ExitCode(err)
		return stdout.String(), fmt.Errorf("%s%s", stderr.String(), msg)
	}
	if rec != nil {
		f, err := os.Create(cfg.ProfileBase + ".py.pprof")
		if err != nil {
			return "", err
		}
		defer f.Close()
		if err := rec.Write(f); err != nil {
			return "", err
		}
	}
	return stdout.String(), nil
}
