package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The test binary doubles as pyvar when PYVAR_TEST_AS_MAIN is set, so the
// terminal test below can run it inside a pseudo-terminal.
func TestMain(m *testing.M) {
	if os.Getenv("PYVAR_TEST_AS_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// lockedBuffer is written by the command's output copier and read by the
// test while the session runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// step is one exchange with the terminal: wait until the screen shows
// wait (after what earlier steps waited for), then type keys.
type step struct{ wait, keys string }

// onTerminal runs pyvar with args inside a pseudo-terminal (util-linux's
// script), so line editing, raw mode and Ctrl-C are the ones a person
// gets, types each step's keys once the prompt it answers is on the
// screen, as a person would (a slow machine cannot reorder the session),
// and returns everything the terminal showed, carriage returns removed.
func onTerminal(t *testing.T, env []string, args string, steps []step) string {
	t.Helper()
	scriptCmd, err := exec.LookPath("script")
	if err != nil {
		t.Skip("util-linux script is not installed: the pseudo-terminal test did not run")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(scriptCmd, "-qfc", strings.TrimSpace(self+" "+args), "/dev/null")
	cmd.Env = append(append(os.Environ(), "PYVAR_TEST_AS_MAIN=1"), env...)
	pw, err := cmd.StdinPipe() // an OS pipe: writes fail once script is gone
	if err != nil {
		t.Fatal(err)
	}
	var out lockedBuffer
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, st := range steps {
		deadline := time.Now().Add(20 * time.Second)
		for {
			text := out.String()
			if i := strings.Index(text[seen:], st.wait); i >= 0 {
				seen += i + len(st.wait)
				break
			}
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				t.Fatalf("waited for %q; the terminal shows:\n%s", st.wait, text)
			}
			time.Sleep(20 * time.Millisecond)
		}
		if st.keys != "" {
			if _, err := io.WriteString(pw, st.keys); err != nil {
				t.Fatalf("typing %q: %v", st.keys, err)
			}
		}
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the prompt did not end; it printed:\n%s", out.String())
	}
	pw.Close()
	return strings.ReplaceAll(out.String(), "\r", "")
}

// TestREPLOnATerminal types a session into the prompt on a pseudo-terminal.
func TestREPLOnATerminal(t *testing.T) {
	got := onTerminal(t, []string{"HOME=" + t.TempDir()}, "-q", []step{
		{">>> ", "abc\x03"}, {"KeyboardInterrupt", ""}, {">>> ", "x = 5\r"}, {">>> ", "x * 3\r"},
		{"15", ""}, {">>> ", "def f():\r"}, {"... ", "    return x\r"}, {"... ", "\r"},
		{">>> ", "f()\r"}, {">>> ", "1/0\r"}, {"ZeroDivisionError", ""}, {">>> ", "\x04"},
	})
	for _, want := range []string{"KeyboardInterrupt\n>>> x = 5", ">>> x * 3\n15\n", "... \n>>> f()\n5\n",
		"ZeroDivisionError: division by zero\n>>> "} {
		if !strings.Contains(got, want) {
			t.Errorf("the terminal session lacks %q; it printed:\n%s", want, got)
		}
	}
}

// TestPromptEditing checks, key by key on a pseudo-terminal, what readline
// gives python3.10's prompt: Tab indents at the start of a line and
// completes names and attributes elsewhere; Home and End (in the xterm,
// Linux console and application-mode encodings) move along the line; the
// history survives Ctrl-C and the session (~/.pyvar_history); Ctrl-C
// during a long built-in call interrupts that statement; a body that is
// not indented is an IndentationError at once; sys.ps1 is honoured; help
// exists.
func TestPromptEditing(t *testing.T) {
	home := t.TempDir()
	env := []string{"HOME=" + home}
	up := "\x1b[A"
	got := onTerminal(t, env, "-q", []step{
		// Tab at the start of a continuation line indents.
		{">>> ", "def g():\r"}, {"... ", "\treturn 'tab'\r"}, {"... ", "\r"}, {">>> ", "g()\r"}, {"'tab'", ""},
		// Tab completes a name, then an attribute.
		{">>> ", "import collections\r"}, {">>> ", "type(collections.OrderedDi\t)).__name__\r"},
		{"'OrderedDict'", ""},
		{">>> ", "unique_name_42 = 6\r"}, {">>> ", "unique_na\t * 7\r"}, {"42", ""},
		// A second Tab lists the candidates.
		{">>> ", "unique_a1 = 11; unique_a2 = 22\r"}, {">>> ", "unique_a\t\t"}, {"unique_a1  unique_a2", "2\r"}, {"22", ""},
		// Home and End: type the middle, go home to add the start, end to finish.
		{">>> ", "2 + 3\x1b[H1 + \x1b[F + 4\r"}, {"10", ""},
		{">>> ", "5\x1b[1~2*\x1b[4~*1\r"}, {"10", ""},
		{">>> ", "3\x1bOH3*\x1bOF+1\r"}, {"10", ""},
		// Ctrl-C keeps the history: Up brings back the line before it.
		{">>> ", "'before ctrl-c'\r"}, {"'before ctrl-c'", ""}, {">>> ", "junk\x03"}, {"KeyboardInterrupt", ""},
		{">>> ", up + "\r"}, {"'before ctrl-c'", ""},
		// An unindented body is an error at once.
		{">>> ", "if True:\r"}, {"... ", "print(1)\r"}, {"IndentationError: expected an indented block", ""},
		// sys.ps1 is the prompt; help is there.
		{">>> ", "import sys; sys.ps1 = 'py% '\r"}, {"py% ", "type(help).__name__\r"}, {"'_Helper'", ""},
		// Ctrl-C in a long built-in call interrupts that statement.
		{"py% ", "x = sorted(range(3*10**6)); print('not interrupted')\r"},
		{"print('not interrupted')\r\n", "\x03"}, {"KeyboardInterrupt", ""},
		{"py% ", "'x' in dir()\r"}, {"False", ""},
		{"py% ", "\x04"},
	})
	for _, want := range []string{"'tab'", "unique_a1  unique_a2\n", "'OrderedDict'\n", "42\n",
		"'before ctrl-c'\n", "IndentationError: expected an indented block", "'_Helper'",
		"File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt", "False\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("the terminal session lacks %q; it printed:\n%s", want, got)
		}
	}
	if strings.Contains(got, "not interrupted") && !strings.Contains(got, "print('not interrupted')") {
		t.Errorf("Ctrl-C did not interrupt the statement:\n%s", got)
	}
	// The next session starts with the history of this one.
	hist, err := os.ReadFile(filepath.Join(home, ".pyvar_history"))
	if err != nil || !strings.Contains(string(hist), "unique_name_42 = 6\n") {
		t.Fatalf("~/.pyvar_history: %q, %v", hist, err)
	}
	got = onTerminal(t, env, "-q", []step{{">>> ", up + "\r"}, {"False", ""}, {">>> ", "\x04"}})
	if !strings.Contains(got, ">>> 'x' in dir()\nFalse\n") {
		t.Errorf("the history of the previous session was not recalled:\n%s", got)
	}
}
