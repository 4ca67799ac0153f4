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
		file, line, name := tb.Filename(), int(tb.Lineno), tb.Name()
		if file != lastFile || line != lastLine || name != lastName || lastLine == -1 {
			if cnt > recursiveCutoff {
				repeated(b, cnt)
			}
			lastFile, lastLine, lastName = file, line, name
			cnt = 0
		}
		cnt++
		if cnt <= recursiveCutoff {
			fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", file, line, name)
			if src, ok := sourceLine(file, line); ok {
				b.WriteString("    " + src + "\n")
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
// and caret line as CPython 3.10's print_exception/print_error_text do: the
// text loses its indentation (moving the offset with it), only the line
// holding the offset is shown, no caret is drawn when the offset falls left
// of the text, and the caret spans end_offset-offset columns (subclasses
// such as IndentationError always get one caret).
func formatSyntaxErrorLocation(b *strings.Builder, e *object.BaseException) {
	x := e.Ext
	intOr := func(v object.Value, def int) int {
		if v.IsInt() {
			return int(v.RawInt())
		}
		return def
	}
	if !x.Lineno.IsInt() {
		return // CPython's parse_syntax_error gives up without a lineno: no location is printed
	}
	fn := "<string>" // what CPython shows for a filename of None
	if !x.Filename.IsNone() {
		if s, err := object.StrOf(x.Filename); err == nil {
			fn = s
		}
	}
	lineno := intOr(x.Lineno, 0)
	offset := intOr(x.Offset, -1)
	endLineno, endOffset := lineno, -1
	if e.Class == object.SyntaxError {
		endLineno = intOr(x.EndLineno, lineno)
		endOffset = intOr(x.EndOffset, -1)
	}
	fmt.Fprintf(b, "  File \"%s\", line %d\n", fn, lineno)
	ts, ok := x.Text.Object().(*object.Str)
	if !ok {
		return
	}
	text := ts.S
	if endLineno > lineno {
		endOffset = len(text)
	}
	if endOffset > len(text)+1 {
		endOffset = len(text) + 1
	}
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	offset--
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	n := len(text)
	if n > 0 && text[n-1] == '\n' {
		n--
	}
	if offset > n {
		offset = n
	}
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		text = text[nl+1:]
		n -= nl + 1
		offset -= nl + 1
	}
	b.WriteString("    " + text)
	if n >= len(text) || text[n] != '\n' {
		b.WriteString("\n")
	}
	if offset < 0 {
		return
	}
	b.WriteString("    " + strings.Repeat(" ", offset) + strings.Repeat("^", carets) + "\n")
}

var (
	linecacheMu sync.Mutex
	linecache   = map[string][]string{}
)

// rawSourceLine returns line n of file as it is (with its newline).
func rawSourceLine(file string, n int) (string, bool) {
	lines := fileLines(file)
	if n < 1 || n > len(lines) {
		return "", false
	}
	return lines[n-1], true
}

func fileLines(file string) []string {
	linecacheMu.Lock()
	defer linecacheMu.Unlock()
	lines, cached := linecache[file]
	if !cached {
		if data, err := os.ReadFile(file); err == nil {
			lines = strings.SplitAfter(string(data), "\n")
		}
		linecache[file] = lines
	}
	return lines
}

// sourceLine returns line n of file, without its indentation, as
// traceback printing shows it; ok is false when the file cannot be read.
func sourceLine(file string, n int) (string, bool) {
	lines := fileLines(file)
	if n < 1 || n > len(lines) {
		return "", false
	}
	l := strings.TrimSuffix(lines[n-1], "\n")
	l = strings.TrimLeft(l, " \t\f")
	return l, true
}
