package pyprof

import (
	"bytes"
	"strings"
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
	if leaf := r.Profile().Sample[0].Location[0].Line[0].Function.Name; leaf != "fib" {
		t.Errorf("without OpcodeLeaf the leaf is %q, want fib", leaf)
	}
}

func TestFlameSVGDrawsEveryFrame(t *testing.T) {
	r := New(time.Millisecond)
	r.OpcodeLeaf = true
	mod := Frame{Func: "<module>", File: "fib.py", Line: 9, StartLine: 1}
	fib := Frame{Func: "fib", File: "fib.py", Line: 4, StartLine: 1}
	for i := 0; i < 3; i++ {
		r.Record([]Frame{fib, mod}, "BINARY_ADD")
	}
	r.Record([]Frame{mod}, "CALL_FUNCTION")
	var buf bytes.Buffer
	if err := FlameSVG(&buf, r.Profile(), "fib"); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	for _, want := range []string{"<svg", "&lt;module&gt;", "fib fib.py:4 (75.0%)", "BINARY_ADD", "CALL_FUNCTION fib.py:9 (25.0%)", "</svg>"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the flame graph lacks %q", want)
		}
	}
	if err := FlameSVG(&buf, New(time.Millisecond).Profile(), "empty"); err == nil {
		t.Error("an empty profile should be an error, not an empty picture")
	}
}
