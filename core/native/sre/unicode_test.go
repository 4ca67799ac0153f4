package sre

import (
	"bufio"
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/pyref"
)

// TestUnicodeAgainstCPython compares the Unicode predicates and case
// mappings with CPython 3.10's on every code point that its Unicode
// database (13.0) assigns: \d, \s, \w, the simple lowercase and
// _sre.unicode_iscased. Code points assigned later (Go's tables are
// newer) are not compared.
func TestUnicodeAgainstCPython(t *testing.T) {
	py := pyref.Require(t)
	const script = `
import sys, unicodedata, _sre
out = sys.stdout
for c in range(0x110000):
    ch = chr(c)
    if unicodedata.category(ch) == 'Cn':
        continue
    out.write('%d %d %d %d %d %d\n' % (c, ch.isdecimal(), ch.isspace(), ch.isalnum() or ch == '_',
                                      _sre.unicode_tolower(c), _sre.unicode_iscased(c)))
`
	cmd := exec.Command(py, "-c", script)
	raw, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	bad, n := 0, 0
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		var v [6]int
		for i := range v {
			v[i], _ = strconv.Atoi(f[i])
		}
		c := uint32(v[0])
		got := [6]int{v[0], b2i(uniIsDigit(c)), b2i(uniIsSpace(c)), b2i(uniIsWord(c)), int(LowerUnicode(c)), b2i(UnicodeIsCased(c))}
		n++
		if got != v {
			bad++
			if bad <= 20 {
				t.Errorf("U+%04X: got %v, CPython %v (decimal, space, word, lower, cased)", c, got[1:], v[1:])
			}
		}
	}
	t.Logf("%d assigned code points compared, %d differ", n, bad)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
