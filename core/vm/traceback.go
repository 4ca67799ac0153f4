package vm

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/pyvar/pyvar/core/object"
)

// tracebackLimit is sys.tracebacklimit's default (PyTraceBack_LIMIT): only
// the innermost 1000 entries are printed.
const tracebackLimit = 1000

// recursiveCutoff is TB_RECURSIVE_CUTOFF: after three identical entries in
// a row, the rest are summarised as "[Previous line repeated N more times]".
const recursiveCutoff = 3

// FormatException renders err as CPython 3.10's default excepthook prints
// it: chained causes and contexts first, each with its traceback, source
// lines read from disk, and SyntaxError's caret display.
func FormatException(err error) string {
	var e *object.BaseException
	if !errors.As(err, &e) {
		return err.Error() + "\n"
	}
	var b strings.Builder
	seen := map[*object.BaseException]bool{}
	formatChain(&b, e, seen)
	return b.String()
}

func formatChain(b *strings.Builder, e *object.BaseException, seen map[*object.BaseException]bool) {
	seen[e] = true
	if c, ok := e.Cause.Object().(*object.BaseException); ok {
		if !seen[c] {
			formatChain(b, c, seen)
			b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		}
	} else if c, ok := e.Context.Object().(*object.BaseException); ok && !e.SuppressContext {
		if !seen[c] {
			formatChain(b, c, seen)
			b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	formatOne(b, e)
}

func formatOne(b *strings.Builder, e *object.BaseException) {
	if e.Traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		formatTraceback(b, e.Traceback)
	}
	if e.Class.IsSubtype(object.SyntaxError) && e.Ext != nil {
		formatSyntaxErrorLocation(b, e)
	}
	name := e.Class.Qualname
	if mod := e.Class.ModuleName(); mod != "" && mod != "builtins" {
		name = mod + "." + name
	}
	b.WriteString(name)
	msg, err := excMessage(e)
	if err != nil {
		b.WriteString(": <exception str() failed>\n")
		return
	}
	if msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	if sugg := suggestion(e); sugg != "" {
		b.WriteString(". Did you mean: '" + sugg + "'?")
	}
	b.WriteString("\n")
}

// excMessage is str(e), except that a SyntaxError prints only its msg
// (its location was printed above).
func excMessage(e *object.BaseException) (string, error) {
	if e.Class.IsSubtype(object.SyntaxError) && e.Ext != nil && !e.Ext.Msg.IsNone() {
		return object.StrOf(e.Ext.Msg)
	}
	return object.StrOf(object.FromObject(e))
}

func formatTraceback(b *strings.Builder, tb *object.Traceback) {
	depth := 0
	for t := tb; t != nil; t = t.Next {
		depth++
	}
	for tb != nil && depth > tracebackLimit {
		depth--
		tb = tb.Next
	}
	var lastFile, lastName string
	lastLine := -1
	cnt := 0
	for ; tb != nil; tb = tb.Next {
		if tb.Filename != lastFile || tb.Lineno != lastLine || tb.Name != lastName || lastLine == -1 {
			if cnt > recursiveCutoff {
				repeated(b, cnt)
			}
			lastFile, lastLine, lastName = tb.Filename, tb.Lineno, tb.Name
			cnt = 0
		}
		cnt++
		if cnt <= recursiveCutoff {
			fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", tb.Filename, tb.Lineno, tb.Name)
			if line, ok := sourceLine(tb.Filename, tb.Lineno); ok {
				b.WriteString("    " + line + "\n")
			}
		}
	}
	if cnt > recursiveCutoff {
		repeated(b, cnt)
	}
}

func repeated(b *strings.Builder, cnt int) {
	cnt -= recursiveCutoff
	fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", cnt, plur(cnt > 1))
}

// formatSyntaxErrorLocation prints a SyntaxError's file, line, source text
// and caret line as CPython's print_exception does.
func formatSyntaxErrorLocation(b *strings.Builder, e *object.BaseException) {
	x := e.Ext
	fn := "<string>"
	if s, ok := x.Filename.Object().(*object.Str); ok {
		fn = s.S
	}
	line := int64(0)
	if l, ok := x.Lineno.AsInt(); ok {
		line = l
	}
	fmt.Fprintf(b, "  File \"%s\", line %d\n", fn, line)
	text, ok := x.Text.Object().(*object.Str)
	if !ok {
		return
	}
	offset := int64(-1)
	if o, ok := x.Offset.AsInt(); ok && x.Offset.IsInt() {
		offset = o
	}
	endOffset := int64(-1)
	if o, ok := x.EndOffset.AsInt(); ok && x.EndOffset.IsInt() {
		endOffset = o
	}
	if endLine, ok := x.EndLineno.AsInt(); ok && x.EndLineno.IsInt() && endLine != line {
		endOffset = -1
	}
	t := text.S
	// Only the line holding the offset is shown, like print_error_text.
	for {
		nl := strings.IndexByte(t, '\n')
		if nl < 0 || nl+1 >= len(t) || int64(nl+1) >= offset && offset >= 0 {
			break
		}
		offset -= int64(nl + 1)
		endOffset -= int64(nl + 1)
		t = t[nl+1:]
	}
	trimmed := strings.TrimLeft(t, " \t\f")
	offset -= int64(len(t) - len(trimmed))
	endOffset -= int64(len(t) - len(trimmed))
	t = trimmed
	b.WriteString("    " + t)
	if !strings.HasSuffix(t, "\n") {
		b.WriteString("\n")
	}
	if offset < 0 || x.Offset.IsNone() {
		return
	}
	b.WriteString("    ")
	for i := int64(1); i < offset; i++ {
		b.WriteByte(' ')
	}
	n := int64(1)
	if endOffset > offset {
		n = endOffset - offset
	}
	b.WriteString(strings.Repeat("^", int(n)))
	b.WriteString("\n")
}

var (
	linecacheMu sync.Mutex
	linecache   = map[string][]string{}
)

// sourceLine returns line n of file, without its indentation, as
// traceback printing shows it; ok is false when the file cannot be read.
func sourceLine(file string, n int) (string, bool) {
	linecacheMu.Lock()
	lines, cached := linecache[file]
	if !cached {
		if data, err := os.ReadFile(file); err == nil {
			lines = strings.SplitAfter(string(data), "\n")
		}
		linecache[file] = lines
	}
	linecacheMu.Unlock()
	if n < 1 || n > len(lines) {
		return "", false
	}
	l := strings.TrimSuffix(lines[n-1], "\n")
	l = strings.TrimLeft(l, " \t\f")
	return l, true
}
