package native

import (
	"testing"

	"github.com/pyvar/pyvar/core/object"
)

func TestAppendJSONString(t *testing.T) {
	for _, c := range []struct {
		in           []rune
		ascii, plain string
	}{
		{[]rune(""), `""`, `""`},
		{[]rune("abc"), `"abc"`, `"abc"`},
		{[]rune("a\"b\\c/"), `"a\"b\\c/"`, `"a\"b\\c/"`},
		{[]rune("\b\f\n\r\t\x00\x1f\x7f"), `"\b\f\n\r\t\u0000\u001f\u007f"`, "\"\\b\\f\\n\\r\\t\\u0000\\u001f\x7f\""},
		{[]rune("é€"), `"\u00e9\u20ac"`, `"é€"`},
		{[]rune("😀"), `"\ud83d\ude00"`, `"😀"`},
		{[]rune{'x', 0xd800, 'y'}, `"x\ud800y"`, object.RunesToString([]rune{'"', 'x', 0xd800, 'y', '"'})},
	} {
		s := object.NewStrFromRunes(c.in).Object().(*object.Str)
		if got := string(appendJSONString(nil, s, true)); got != c.ascii {
			t.Errorf("ascii %q: got %s, want %s", string(c.in), got, c.ascii)
		}
		if got := string(appendJSONString(nil, s, false)); got != c.plain {
			t.Errorf("plain %q: got %s, want %s", string(c.in), got, c.plain)
		}
	}
}

func TestJSONPlainEnd(t *testing.T) {
	for _, c := range []struct {
		s    string
		i    int
		want int
	}{
		{`"abc": 1`, 1, 4},
		{`"": 1`, 1, 1},
		{`"a\"b"`, 1, -1},
		{"\"a\tb\"", 1, -1},
		{`"abc`, 1, -1},
		{``, 0, -1},
	} {
		if got := jsonPlainEnd(c.s, c.i); got != c.want {
			t.Errorf("jsonPlainEnd(%q, %d) = %d, want %d", c.s, c.i, got, c.want)
		}
	}
}

// TestJSONPlainEndWords checks the word-at-a-time scan against a byte
// loop: each stop byte (quote, backslash, every control character, and
// the bytes around them) at every offset of strings longer than a word.
func TestJSONPlainEndWords(t *testing.T) {
	naive := func(s string, i int) int {
		for ; i < len(s); i++ {
			if s[i] == '"' {
				return i
			}
			if s[i] == '\\' || s[i] < ' ' {
				return -1
			}
		}
		return -1
	}
	stops := []byte{'"', '\\', 0x00, 0x01, 0x1f, 0x20, 0x21, 0x23, 0x5b, 0x5d, 0x7f, 0x80, 0xff}
	for n := 0; n < 27; n++ {
		for pos := 0; pos < n; pos++ {
			for _, c := range stops {
				b := []byte("x" + string(make([]byte, n)))
				for k := 1; k < len(b); k++ {
					b[k] = 'a' + byte(k%26)
				}
				b[1+pos] = c
				s := string(b) + `"tail`
				for i := 0; i < 3; i++ {
					if got, want := jsonPlainEnd(s, i), naive(s, i); got != want {
						t.Fatalf("jsonPlainEnd(%q, %d) = %d, want %d", s, i, got, want)
					}
				}
			}
		}
	}
}
