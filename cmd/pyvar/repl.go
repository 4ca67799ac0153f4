package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// The interactive prompt, like `python3 -q`: `>>>` and `...` prompts, each
// complete statement compiled in "single" mode so expression results are
// echoed, tracebacks that do not end the session, Ctrl-D to leave. On a
// terminal, golang.org/x/term provides line editing and history; on plain
// stdin (`pyvar -i < file`) lines are read as they come, and the prompts go
// to stderr, as CPython writes them.

// replSession is what the prompt needs from the interpreter: run one
// complete interactive statement in a persistent __main__.
type replSession interface {
	// Single compiles src in "single" mode and runs it. An incomplete
	// statement is reported by incomplete=true and nothing runs.
	Single(src string) (incomplete bool, err error)
	// Report prints an uncaught exception (a traceback) to stderr; it
	// returns exit status >= 0 when the exception was SystemExit.
	Report(err error) (exit int)
}

// lineReader reads one line with a prompt.
type lineReader interface {
	ReadLine(prompt string) (string, error)
}

type terminalReader struct {
	fd  int
	t   *term.Terminal
	in  *interruptWatcher
	out io.Writer
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
		// start over with a fresh terminal, history kept by the caller.
		r.t = newTerminal(r.in, r.out)
		return "", errInterrupt
	}
	return line, err
}

func newTerminal(in io.Reader, out io.Writer) *term.Terminal {
	return term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{in, out}, ">>> ")
}

// interruptWatcher passes terminal input through, noting a Ctrl-C byte.
type interruptWatcher struct {
	r    io.Reader
	seen bool
}

func (w *interruptWatcher) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	for _, b := range p[:n] {
		if b == 3 {
			w.seen = true
		}
	}
	return n, err
}

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
func newLineReader(stdin io.Reader, stdout, stderr io.Writer) lineReader {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if out, ok := stdout.(*os.File); ok && term.IsTerminal(int(out.Fd())) {
			w := &interruptWatcher{r: f}
			return &terminalReader{fd: int(f.Fd()), in: w, out: out, t: newTerminal(w, out)}
		}
	}
	return &plainReader{in: bufio.NewReader(stdin), prompt: stderr}
}

// repl runs the prompt until end of input or SystemExit.
func repl(s replSession, lines lineReader, stderr io.Writer) int {
	var buf []string
	for {
		prompt := ">>> "
		if len(buf) > 0 {
			prompt = "... "
		}
		line, err := lines.ReadLine(prompt)
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
		// A compound statement ends only at an empty line, as the
		// interactive tokenizer of CPython wants it, even on one line.
		if startsBlock(buf[0]) && strings.TrimSpace(line) != "" {
			continue
		}
		incomplete, err := s.Single(strings.Join(buf, "\n") + "\n")
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
