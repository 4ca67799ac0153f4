package sre

import (
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
)

// patternGen writes random patterns over a small alphabet, mixing every
// construct the engine has (groups, alternation, greedy and lazy repeats,
// lookarounds, backreferences, conditionals), so that the subjects below
// exercise the backtracking and capture rules thoroughly.
type patternGen struct {
	r      *rand.Rand
	groups int // capture groups opened so far
	depth  int
}

func (g *patternGen) pattern() string {
	g.groups, g.depth = 0, 0
	return g.alt()
}

func (g *patternGen) alt() string {
	s := g.seq()
	for g.r.Intn(4) == 0 {
		s += "|" + g.seq()
	}
	return s
}

func (g *patternGen) seq() string {
	var b strings.Builder
	for n := g.r.Intn(4); n >= 0; n-- {
		b.WriteString(g.quantified())
	}
	return b.String()
}

func (g *patternGen) quantified() string {
	a := g.atom()
	switch g.r.Intn(10) {
	case 0:
		a += "*"
	case 1:
		a += "+"
	case 2:
		a += "?"
	case 3:
		m := g.r.Intn(3)
		a += "{" + strconv.Itoa(m) + "," + strconv.Itoa(m+g.r.Intn(3)) + "}"
	default:
		return a
	}
	if g.r.Intn(3) == 0 {
		a += "?"
	}
	return a
}

func (g *patternGen) atom() string {
	if g.depth > 3 {
		return string("abc"[g.r.Intn(3)])
	}
	switch g.r.Intn(16) {
	case 0, 1:
		g.depth++
		defer func() { g.depth-- }()
		g.groups++
		return "(" + g.alt() + ")"
	case 2:
		g.depth++
		defer func() { g.depth-- }()
		return "(?:" + g.alt() + ")"
	case 3:
		g.depth++
		defer func() { g.depth-- }()
		return []string{"(?=", "(?!"}[g.r.Intn(2)] + g.alt() + ")"
	case 4:
		return []string{"(?<=", "(?<!"}[g.r.Intn(2)] + []string{"a", "b", "ab", "(a)", "[ab]c", ".", ""}[g.r.Intn(7)] + ")"
	case 5:
		if g.groups > 0 {
			return `\` + strconv.Itoa(1+g.r.Intn(g.groups))
		}
		return "a"
	case 6:
		if g.groups > 0 {
			g.depth++
			defer func() { g.depth-- }()
			s := "(?(" + strconv.Itoa(1+g.r.Intn(g.groups)) + ")" + g.seq()
			if g.r.Intn(2) == 0 {
				s += "|" + g.seq()
			}
			return s + ")"
		}
		return "b"
	case 7:
		return []string{".", "[ab]", "[^a]", `\w`, `\W`, `\b`, `\B`, "^", "$", `\A`, `\Z`, "[a-c]"}[g.r.Intn(12)]
	default:
		return string("abcA\n"[g.r.Intn(5)])
	}
}

// TestEngineRandomAgainstCPython compares the engine with CPython on
// random patterns (SRE_RANDOM_N sets how many; 400 by default).
func TestEngineRandomAgainstCPython(t *testing.T) {
	n := 400
	if v, err := strconv.Atoi(os.Getenv("SRE_RANDOM_N")); err == nil {
		n = v
	}
	seed := int64(1)
	if v, err := strconv.ParseInt(os.Getenv("SRE_RANDOM_SEED"), 10, 64); err == nil {
		seed = v
	}
	r := rand.New(rand.NewSource(seed))
	g := &patternGen{r: r}
	flags := []string{"", "", "", "I", "M", "S", "IM"}
	cases := make([]refCase, n)
	for i := range cases {
		subs := make([]string, 4)
		for j := range subs {
			var b strings.Builder
			for k := r.Intn(9); k > 0; k-- {
				b.WriteByte("aabbcA\n"[r.Intn(7)])
			}
			subs[j] = b.String()
		}
		cases[i] = refCase{Pattern: g.pattern(), Flags: flags[r.Intn(len(flags))], Subjects: subs}
	}
	compared := compareWithReference(t, cases)
	t.Logf("%d random patterns (seed %d), %d results compared with CPython 3.10", n, seed, compared)
}
