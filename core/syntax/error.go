package syntax

import (
	"fmt"
	"strings"
)

// Error is a SyntaxError (or its subclasses IndentationError and TabError)
// with CPython's attributes: Offset and EndOffset are 1-based columns as
// CPython reports them, Text is the offending source line.
type Error struct {
	Kind      string // "SyntaxError", "IndentationError", "TabError"; "ValueError" for NUL bytes, "RecursionError" for too deep nesting
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	Text      string
	EndLineno int
	EndOffset int

	fromScanner bool // raised by the tokenizer, which parser errors never override
	final       bool // reported as is, without looking for a later tokenizer error
	generic     bool // "invalid syntax" from fail: a backtracking point, not a specific diagnosis
}

// Error formats the error as CPython's str(SyntaxError) does:
// "msg (file.py, line N)", with the file's base name.
func (e *Error) Error() string {
	name := e.Filename
	if i := strings.LastIndexAny(name, "/\\"); i >= 0 {
		name = name[i+1:]
	}
	switch {
	case name != "" && e.Lineno > 0:
		return fmt.Sprintf("%s (%s, line %d)", e.Msg, name, e.Lineno)
	case name != "":
		return fmt.Sprintf("%s (%s)", e.Msg, name)
	case e.Lineno > 0:
		return fmt.Sprintf("%s (line %d)", e.Msg, e.Lineno)
	}
	return e.Msg
}
