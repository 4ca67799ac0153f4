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
