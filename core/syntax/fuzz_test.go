package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks that no input makes the parser panic or loop, and that
// every error is a *Error carrying a position.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"corpus.txt", "errors.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		for _, c := range strings.Split(string(data), "\n#----\n") {
			f.Add([]byte(c))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{Exec, Eval, Single} {
			mod, err := Parse("fuzz.py", src, mode)
			if err == nil {
				if mod == nil {
					t.Fatal("nil module without error")
				}
				Dump(mod)
				continue
			}
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %v is %T, not *Error", err, err)
			}
			if strings.Contains(e.Msg, "internal error") {
				t.Fatalf("%q: %s", src, e.Msg)
			}
			// CPython reports line 0 for encoding errors and empty input.
			lineZeroOK := strings.Contains(e.Msg, "encoding") || strings.Contains(e.Msg, "codec") || len(bytes.TrimSpace(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf")))) == 0 || e.Kind == "ValueError"
			if !lineZeroOK && (e.Lineno < 1 || e.Offset < 0) {
				t.Fatalf("%q: error without position: %+v", src, e)
			}
		}
	})
}
