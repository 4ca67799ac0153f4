package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"
)

// The interactive prompt, like `python3 -q` with readline: sys.ps1 and
// sys.ps2 as prompts, each complete statement compiled in "single" mode so
// expression results are echoed, tracebacks that do not end the session,
// Ctrl-D to leave. On a terminal, golang.org/x/term provides line editing;
// pyvar adds what readline gives CPython: Tab (indent at the start of a
// line, complete names and attributes elsewhere), Home/End in every
// terminal's encoding, and a history that survives Ctrl-C and persists in
// ~/.pyvar_history. On plain stdin (`pyvar -i < file`) lines are read as
// they come, and the prompts go to stderr, as CPython writes them.

// replSession is what the prompt needs from the interpreter.
type replSession interface {
	// Single compiles src in "single" mode and runs it. An incomplete
	// statement is reported by incomplete=true and nothing runs.
	Single(src string) (incomplete bool, err error)
	// Report prints an uncaught exception (a traceback) to stderr; it
	// returns exit status >= 0 when the exception was SystemExit.
	Report(err error) (exit int)
	// Prompt is str(sys.ps1), or str(sys.ps2) for a continuation line.
	Prompt(continuation bool) string
	// Complete lists the completions of word (a name or a dotted
	// attribute reference), as rlcompleter does.
	Complete(word string) []string
}

// lineReader reads one line with a prompt.
type lineReader interface {
	ReadLine(prompt string) (string, error)
}

type terminalReader struct {
	fd      int
	t       *term.Terminal
	in      *keyReader
	out     io.Writer
	history *fileHistory
	session replSession
	lastTab string // the line and position of the last Tab that completed nothing
}

// errInterrupt is Ctrl-C at the prompt: CPython prints KeyboardInterrupt
// and offers a fresh prompt.
var errInterrupt = errors.New("KeyboardInterrupt")

func (r *terminalReader) ReadLine(prompt string) (string, error) {
	old, err := term.MakeRaw(r.fd)
	if err != nil {
		return "", err
	}
	defer term.Restore(r.fd, old) // program output runs in cooked mode
	r.t.SetPrompt(prompt)
	r.in.seen = false
	line, err := r.t.ReadLine()
	if errors.Is(err, io.EOF) && r.in.seen {
		// x/term reports Ctrl-C as EOF and keeps the half-typed line:
		// start over with a fresh terminal, sharing the history.
		r.t = r.newTerminal()
		return "", errInterrupt
	}
	return line, err
}

func (r *terminalReader) newTerminal() *term.Terminal {
	t := term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{r.in, r.out}, ">>> ")
	t.History = r.history
	t.AutoCompleteCallback = r.complete
	return t
}

// complete is Tab: at the start of a line (only blanks before the cursor)
// it indents by four spaces; elsewhere it completes the name or attribute
// before the cursor to the longest common prefix of its completions, and
// a second Tab that cannot complete more lists them, as readline does.
func (r *terminalReader) complete(line string, pos int, key rune) (string, int, bool) {
	if key != '\t' {
		r.lastTab = ""
		return "", 0, false
	}
	before := line[:pos]
	if strings.TrimLeft(before, " \t") == "" {
		return before + "    " + line[pos:], pos + 4, true
	}
	start := pos
	for start > 0 && isWordByte(line[start-1]) {
		start--
	}
	word := line[start:pos]
	if word == "" {
		return "", 0, false
	}
	matches := r.session.Complete(word)
	if len(matches) == 0 {
		return line, pos, true
	}
	common := matches[0]
	for _, m := range matches[1:] {
		for !strings.HasPrefix(m, common) {
			common = common[:len(common)-1]
		}
	}
	if len(common) <= len(word) {
		here := line + "\x00" + fmt.Sprint(pos)
		if len(matches) > 1 && r.lastTab == here {
			// x/term's Write clears the line being edited, writes, and
			// draws the prompt and the line again below.
			r.t.Write([]byte(strings.Join(matches, "  ") + "\n"))
		}
		r.lastTab = here
		return line, pos, true
	}
	r.lastTab = ""
	return line[:start] + common + line[pos:], start + len(common), true
}

func isWordByte(b byte) bool {
	return b == '_' || b == '.' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// keyReader passes terminal input through, noting a Ctrl-C byte and
// rewriting the Home and End keys of the terminals x/term does not know
// (ESC O H/F of xterm's application mode, ESC [1~/4~ and [7~/8~ of the
// Linux console, tmux and rxvt) into the Ctrl-A and Ctrl-E it does.
type keyReader struct {
	r    io.Reader
	seen bool
}

var homeEnd = strings.NewReplacer("\x1bOH", "\x01", "\x1bOF", "\x05", "\x1b[1~", "\x01", "\x1b[4~", "\x05",
	"\x1b[7~", "\x01", "\x1b[8~", "\x05")

func (w *keyReader) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	if bytes.IndexByte(p[:n], 3) >= 0 {
		w.seen = true
	}
	if bytes.IndexByte(p[:n], 0x1b) >= 0 {
		s := homeEnd.Replace(string(p[:n]))
		n = copy(p, s) // never longer than what was read
	}
	return n, err
}

// fileHistory is the x/term History of the prompt, kept across Ctrl-C and
// appended to a file so that the next session starts with it, as
// CPython's site does with ~/.python_history.
type fileHistory struct {
	lines []string // oldest first
	path  string
}

const historyMax = 1000

func newFileHistory(path string) *fileHistory {
	h := &fileHistory{path: path}
	if path == "" {
		return h
	}
	if data, err := os.ReadFile(path); err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if l != "" {
				h.lines = append(h.lines, l)
			}
		}
		if len(h.lines) > historyMax {
			h.lines = h.lines[len(h.lines)-historyMax:]
			h.rewrite()
		}
	}
	return h
}

// historyPath is ~/.pyvar_history, or "" without a home directory.
func historyPath() string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	return filepath.Join(home, ".pyvar_history")
}

func (h *fileHistory) Add(entry string) {
	if strings.TrimSpace(entry) == "" || strings.ContainsRune(entry, '\n') {
		return
	}
	h.lines = append(h.lines, entry)
	if h.path == "" {
		return
	}
	if len(h.lines) > 2*historyMax {
		h.lines = h.lines[len(h.lines)-historyMax:]
		h.rewrite()
		return
	}
	f, err := os.OpenFile(h.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err == nil {
		fmt.Fprintln(f, entry)
		f.Close()
	}
}

func (h *fileHistory) rewrite() {
	os.WriteFile(h.path, []byte(strings.Join(h.lines, "\n")+"\n"), 0o600)
}

func (h *fileHistory) Len() int          { return len(h.lines) }
func (h *fileHistory) At(idx int) string { return h.lines[len(h.lines)-1-idx] }

type plainReader struct {
	in     *bufio.Reader
	prompt io.Writer
}

func (r *plainReader) ReadLine(prompt string) (string, error) {
	fmt.Fprint(r.prompt, prompt)
	line, err := r.in.ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// newLineReader picks line editing on a terminal, plain reads otherwise.
func newLineReader(s replSession, stdin io.Reader, stdout, stderr io.Writer) lineReader {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if out, ok := stdout.(*os.File); ok && term.IsTerminal(int(out.Fd())) {
			r := &terminalReader{fd: int(f.Fd()), in: &keyReader{r: f}, out: out,
				history: newFileHistory(historyPath()), session: s}
			r.t = r.newTerminal()
			return r
		}
	}
	return &plainReader{in: bufio.NewReader(stdin), prompt: stderr}
}

// repl runs the prompt until end of input or SystemExit.
func repl(s replSession, lines lineReader, stderr io.Writer) int {
	var buf []string
	for {
		line, err := lines.ReadLine(s.Prompt(len(buf) > 0))
		if errors.Is(err, errInterrupt) {
			fmt.Fprintln(stderr, "\nKeyboardInterrupt")
			buf = buf[:0]
			continue
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				fmt.Fprintln(stderr)
				return 0
			}
			fmt.Fprintf(stderr, "\n%v\n", err)
			return 1
		}
		if len(buf) == 0 && strings.TrimSpace(line) == "" {
			continue
		}
		buf = append(buf, line)
		src := strings.Join(buf, "\n") + "\n"
		// A compound statement ends only at an empty line, as the
		// interactive tokenizer of CPython wants it, even on one line;
		// but a body line that is not indented is an error at once.
		if startsBlock(buf[0]) && strings.TrimSpace(line) != "" {
			if len(buf) < 2 || !unindentedBody(s, src, len(buf)) {
				continue
			}
		}
		incomplete, err := s.Single(src)
		if incomplete {
			continue
		}
		buf = buf[:0]
		if err != nil {
			if code := s.Report(err); code >= 0 {
				return code
			}
		}
	}
}

// unindentedBody reports whether src fails with an IndentationError on
// its last line (of n), such as "expected an indented block": CPython's
// prompt says so without waiting for the end of the block.
func unindentedBody(s replSession, src string, n int) bool {
	ss, ok := s.(*session)
	if !ok {
		return false
	}
	return ss.indentationErrorAt(src) == n
}

// startsBlock reports whether a statement's first line opens a compound
// statement, which the prompt only runs after an empty line.
func startsBlock(first string) bool {
	first = strings.TrimSpace(first)
	if strings.HasPrefix(first, "@") {
		return true
	}
	word := first
	if i := strings.IndexFunc(first, func(r rune) bool { return !(r == '_' || r >= 'a' && r <= 'z') }); i >= 0 {
		word = first[:i]
	}
	switch word {
	case "if", "while", "for", "try", "with", "def", "class", "async":
		return true
	case "match":
		return strings.HasSuffix(strings.TrimSpace(strings.SplitN(first, "#", 2)[0]), ":")
	}
	return false
}
