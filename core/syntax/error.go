package syntax

import "fmt"

// Error is a SyntaxError (or its subclasses IndentationError and TabError)
// with CPython's attributes: Offset and EndOffset are 1-based columns as
// CPython reports them, Text is the offending source line.
type Error struct {
	Kind      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	Text      string
	EndLineno int
	EndOffset int

	fromScanner bool // raised by the tokenizer, which parser errors never override
	final       bool // reported as is, without looking for a later tokenizer error
}

// Error formats the error as `File "f", line N: Kind: Msg`.
func (e *Error) Error() string {
	return fmt.Sprintf("File %q, line %d, offset %d: %s: %s", e.Filename, e.Lineno, e.Offset, e.Kind, e.Msg)
}
