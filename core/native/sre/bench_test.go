package sre

import (
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchText is the subject of the engine benchmarks: words with numbers.
func benchText() string {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}
	var b strings.Builder
	for i := 0; i < 20000; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[(i*7)%10])
		b.WriteString(strconv.Itoa(i % 100))
	}
	b.WriteByte('\n')
	return b.String()
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchProgram compiles hand-written code for the benchmarks.
func benchProgram(b *testing.B, code []uint32, groups int) *Program {
	p, err := Compile(code, groups)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

func benchAll(b *testing.B, p *Program, text string) {
	var st State
	b.ResetTimer()
	start := cpuTime()
	n := 0
	for i := 0; i < b.N; i++ {
		st.InitString(p, text, 0, len(text))
		for {
			ok, err := st.Search()
			if err != nil {
				b.Fatal(err)
			}
			if !ok {
				break
			}
			n++
			st.Advance()
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(n)/float64(b.N), "matches/op")
}

// \s+ : REPEAT_ONE over IN CATEGORY_UNI_SPACE.
func BenchmarkFindallSpace(b *testing.B) {
	code := []uint32{opInfo, 4, 0, 1, MAXREPEAT,
		opRepeatOne, 9, 1, MAXREPEAT, opIn, 4, opCategory, catUniSpace, opFailure, opSuccess, opSuccess}
	benchAll(b, benchProgram(b, code, 0), benchText())
}

// \d\d\d : INFO (charset) + three IN CATEGORY_UNI_DIGIT.
func BenchmarkSearchDigits(b *testing.B) {
	in := []uint32{opIn, 4, opCategory, catUniDigit, opFailure}
	code := []uint32{opInfo, 7, infoCharset, 3, 3, opCategory, catUniDigit, opFailure}
	code = append(append(append(append(code, in...), in...), in...), opSuccess)
	benchAll(b, benchProgram(b, code, 0), benchText())
}

// [aeiou]{2} : REPEAT_ONE over IN with a CHARSET bitmap.
func BenchmarkFindallVowels(b *testing.B) {
	var bits [8]uint32
	for _, c := range "aeiou" {
		bits[c>>5] |= 1 << (c & 31)
	}
	code := []uint32{opInfo, 4, 0, 2, 2, opRepeatOne, 16, 2, 2, opIn, 11, opCharset}
	code = append(code, bits[:]...)
	code = append(code, opFailure, opSuccess, opSuccess)
	benchAll(b, benchProgram(b, code, 0), benchText())
}

func benchMatch(b *testing.B, p *Program, text string) {
	var st State
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		st.InitString(p, text, 0, len(text))
		if ok, err := st.Match(false); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// (a|ab)*c on (ab)^2000 c: REPEAT, MAX_UNTIL and BRANCH with marks.
func BenchmarkBacktrackGroups(b *testing.B) {
	code := []uint32{opRepeat, 21, 0, MAXREPEAT, opMark, 0,
		opBranch, 5, opLiteral, 'a', opJump, 9, 7, opLiteral, 'a', opLiteral, 'b', opJump, 2, opFailure,
		opMark, 1, opMaxUntil, opLiteral, 'c', opSuccess}
	benchMatch(b, benchProgram(b, code, 1), strings.Repeat("ab", 2000)+"c")
}

// <(.*?)> over "<a><bb><ccc>"*5000: INFO prefix, MIN_REPEAT_ONE, marks.
func BenchmarkLazyTags(b *testing.B) {
	code := []uint32{opInfo, 8, infoPrefix, 2, MAXREPEAT, 1, 1, '<', 0, opLiteral, '<', opMark, 0,
		opMinRepeatOne, 5, 0, MAXREPEAT, opAny, opSuccess, opMark, 1, opLiteral, '>', opSuccess}
	benchAll(b, benchProgram(b, code, 1), strings.Repeat("<a><bb><ccc>", 5000))
}
