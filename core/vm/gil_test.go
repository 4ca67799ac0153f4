package vm

import "testing"

// BenchmarkLocked is the execution lock's cost per run: take it, load the
// thread state, save it, let go (uncontended).
func BenchmarkLocked(b *testing.B) {
	in := New(Options{})
	b.ReportAllocs()
	for b.Loop() {
		in.Locked(func() error { return nil })
	}
}

// BenchmarkYield is a hand-off with nobody waiting (release, Gosched,
// acquire), what a checkpoint pays when asked to yield.
func BenchmarkYield(b *testing.B) {
	in := New(Options{})
	in.Locked(func() error {
		for b.Loop() {
			in.yieldLock()
		}
		return nil
	})
}
