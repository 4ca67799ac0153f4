package bench

import (
	"testing"
)

// BenchmarkWorkloads runs each workload with N = b.N, so ns/op is the time
// per loop iteration of the measured part (the program's own timer, so
// compiling and interpreter start-up are excluded) and allocs/op, with b.N
// large, the allocations per iteration. "default" is pyvar's default
// setting (what `pyvar FILE` does); for the LOAD_GLOBAL workloads, each
// strategy is also timed with its cache built on a code object's first run
// (threshold 0).
//
//	go test -bench . -benchmem ./bench/
func BenchmarkWorkloads(b *testing.B) {
	for _, w := range Workloads() {
		if w.Family[:8] == "program:" {
			continue // their N is not an iteration count; see BenchmarkPrograms
		}
		for _, strategy := range []string{"default", "pep509", "keys", "off"} {
			if strategy != "default" && !usesLoadGlobal(w.Name) {
				continue
			}
			cfg := Config{Strategy: strategy, MinRuns: 0}
			if strategy == "default" {
				cfg = Config{MinRuns: -1} // what `pyvar FILE` does
			}
			b.Run(w.Name+"/"+strategy, func(b *testing.B) {
				src := WithSize(w.Source, b.N)
				b.ReportAllocs()
				b.ResetTimer()
				out, err := RunPyvar(w.Name+".py", src, cfg)
				b.StopTimer()
				if err != nil {
					b.Fatal(err)
				}
				res, err := ParseResult(out)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(res.NsPerIter(), "ns/iter")
			})
		}
	}
}

// BenchmarkPrograms times the everyday programs at their default size:
// benchProgram runs a whole program b.N times and reports the time it
// measured of itself per run.
func benchProgram(b *testing.B, name string, src []byte) {
	b.ReportAllocs()
	var total float64
	for i := 0; i < b.N; i++ {
		out, err := RunPyvar(name+".py", src, Config{Strategy: "pep509", MinRuns: -1})
		if err != nil {
			b.Fatal(err)
		}
		res, err := ParseResult(out)
		if err != nil {
			b.Fatal(err)
		}
		total += res.Seconds
	}
	b.ReportMetric(total*1e9/float64(b.N), "ns/run")
}

// ns/op is one whole run of the measured part.
func BenchmarkPrograms(b *testing.B) {
	for _, w := range Workloads() {
		if w.Family[:8] != "program:" {
			continue
		}
		b.Run(w.Name, func(b *testing.B) { benchProgram(b, w.Name, w.Source) })
	}
	for _, p := range Programs() {
		b.Run("programs/"+p.Name, func(b *testing.B) { benchProgram(b, p.Name, p.Source) })
	}
}

func usesLoadGlobal(name string) bool {
	switch name {
	case "load_global", "load_builtin", "builtin_calls", "store_global":
		return true
	}
	return false
}
