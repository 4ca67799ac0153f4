package pyprof

import (
	"bytes"
	"testing"
	"time"

	"github.com/google/pprof/profile"
)

func TestProfileNamesFunctionsLinesAndOpcodes(t *testing.T) {
	r := New(time.Millisecond)
	r.OpcodeLeaf = true
	fib := Frame{Func: "fib", File: "fib.py", Line: 4, StartLine: 1}
	mod := Frame{Func: "<module>", File: "fib.py", Line: 9, StartLine: 1}
	r.Record([]Frame{fib, fib, mod}, "BINARY_ADD")
	r.Record([]Frame{fib, fib, mod}, "BINARY_ADD")
	r.Record([]Frame{{Func: "fib", File: "fib.py", Line: 2, StartLine: 1}, mod}, "COMPARE_OP")
	if got := r.Samples(); got != 3 {
		t.Fatalf("Samples() = %d, want 3", got)
	}
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p, err := profile.Parse(&buf)
	if err != nil {
		t.Fatalf("the written profile does not parse: %v", err)
	}
	if len(p.Sample) != 2 {
		t.Fatalf("got %d distinct stacks, want 2", len(p.Sample))
	}
	s := p.Sample[0]
	if s.Value[0] != 2 || s.Value[1] != 2*time.Millisecond.Nanoseconds() {
		t.Errorf("first stack values = %v, want [2 2000000]", s.Value)
	}
	var names []string
	for _, l := range s.Location {
		names = append(names, l.Line[0].Function.Name)
	}
	want := []string{"BINARY_ADD", "fib", "fib", "<module>"}
	if len(names) != len(want) {
		t.Fatalf("stack %v, want %v", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("stack %v, want %v", names, want)
		}
	}
	if line := s.Location[1].Line[0].Line; line != 4 {
		t.Errorf("fib's line = %d, want 4", line)
	}
	if op := s.Label["opcode"]; len(op) != 1 || op[0] != "BINARY_ADD" {
		t.Errorf("opcode label = %v, want [BINARY_ADD]", op)
	}
	r.OpcodeLeaf = false
	if leaf := Parsed(t, r).Sample[0].Location[0].Line[0].Function.Name; leaf != "fib" {
		t.Errorf("without OpcodeLeaf the leaf is %q, want fib", leaf)
	}
}

// Parsed is what r writes, read back by the pprof library.
func Parsed(t *testing.T, r *Recorder) *profile.Profile {
	t.Helper()
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p, err := profile.Parse(&buf)
	if err != nil {
		t.Fatalf("the written profile does not parse: %v", err)
	}
	return p
}

// TestWriteFields checks the profile's header fields and a sample without
// an opcode.
func TestWriteFields(t *testing.T) {
	r := New(2 * time.Millisecond)
	r.RecordTime([]Frame{{Func: "builtins.sorted"}, {Func: "m.f", File: "m.py", Line: 300, StartLine: 290}}, "", 5*time.Millisecond)
	p := Parsed(t, r)
	if len(p.SampleType) != 2 || p.SampleType[0].Type != "samples" || p.SampleType[0].Unit != "count" ||
		p.SampleType[1].Type != "wall" || p.SampleType[1].Unit != "nanoseconds" {
		t.Errorf("sample types %v", p.SampleType)
	}
	if p.DefaultSampleType != "wall" || p.PeriodType.Type != "wall" || p.Period != 2e6 || p.TimeNanos == 0 {
		t.Errorf("default %q, period type %v, period %d, time %d", p.DefaultSampleType, p.PeriodType, p.Period, p.TimeNanos)
	}
	s := p.Sample[0]
	if len(s.Label) != 0 || s.Value[0] != 1 || s.Value[1] != 5e6 || len(s.Location) != 2 {
		t.Fatalf("sample %+v", s)
	}
	if f := s.Location[1].Line[0].Function; f.Name != "m.f" || f.SystemName != "m.f" || f.Filename != "m.py" ||
		f.StartLine != 290 || s.Location[1].Line[0].Line != 300 {
		t.Errorf("function %+v line %d", f, s.Location[1].Line[0].Line)
	}
	if err := p.CheckValid(); err != nil {
		t.Error(err)
	}
}
