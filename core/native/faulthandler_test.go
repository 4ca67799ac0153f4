package native

import (
	"strings"
	"testing"
)

func TestFaulthandlerFormats(t *testing.T) {
	for _, tt := range []struct {
		us   int64
		want string
	}{
		{1, "Timeout (0:00:00.000001)!\n"},
		{200000, "Timeout (0:00:00.200000)!\n"},
		{61500000, "Timeout (0:01:01.500000)!\n"},
		{3600e6, "Timeout (1:00:00)!\n"},
		{90000e6 + 1, "Timeout (25:00:00.000001)!\n"},
	} {
		if got := formatTimeout(tt.us); got != tt.want {
			t.Errorf("formatTimeout(%d) = %q, want %q", tt.us, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"<module>", "<module>"},
		{"été", `\xe9t\xe9`},
		{"f\u0394\U0001F600\n", `f\u0394\U0001f600\x0a`},
		{strings.Repeat("a", 501), strings.Repeat("a", 500) + "..."},
		{strings.Repeat("a", 500), strings.Repeat("a", 500)},
	} {
		var b strings.Builder
		writeDumpASCII(&b, tt.in)
		if b.String() != tt.want {
			t.Errorf("writeDumpASCII(%q) = %q, want %q", tt.in, b.String(), tt.want)
		}
	}
}
