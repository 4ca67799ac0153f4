package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// pyQuote quotes s as Python's repr of a str would.
func pyQuote(s string) string {
	r, err := object.Repr(object.NewStr(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}

// incompleteInput reports whether a SyntaxError from compiling a REPL
// buffer means "keep reading" rather than "this is wrong", as CPython's
// codeop decides for the interactive prompt.
func incompleteInput(err error) bool {
	msg := err.Error()
	for _, m := range []string{"was never closed", "unexpected EOF", "expected an indented block",
		"unterminated triple-quoted string", "EOF while scanning"} {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// sourceLine returns line lineno of a file, stripped, or "" when the file
// cannot be read (<string>, <stdin>), as linecache would.
func sourceLine(filename string, lineno int) string {
	src, err := os.ReadFile(filename)
	if err != nil || lineno < 1 {
		return ""
	}
	lines := strings.Split(string(src), "\n")
	if lineno > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[lineno-1])
}
