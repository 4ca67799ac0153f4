package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// The test binary doubles as pyvar when PYVAR_TEST_AS_MAIN is set, so the
// terminal test below can run it inside a pseudo-terminal.
func TestMain(m *testing.M) {
	if os.Getenv("PYVAR_TEST_AS_MAIN") == "1" {
		os.Exit(runMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
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

// TestREPLOnATerminal types into the prompt through a real pseudo-terminal
// (util-linux's script), so line editing, raw mode and Ctrl-C are the ones
// a person gets.
func TestREPLOnATerminal(t *testing.T) {
	scriptCmd, err := exec.LookPath("script")
	if err != nil {
		t.Skip("util-linux script is not installed: the pseudo-terminal test did not run")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(scriptCmd, "-qfc", self, "/dev/null")
	cmd.Env = append(os.Environ(), "PYVAR_TEST_AS_MAIN=1")
	pw, err := cmd.StdinPipe() // an OS pipe: writes fail once script is gone
	if err != nil {
		t.Fatal(err)
	}
	var out lockedBuffer
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Each key is typed once the prompt it answers is on the screen, as a
	// person would, so a slow machine cannot reorder the session.
	steps := []struct{ wait, keys string }{
		{">>> ", "abc\x03"}, {"KeyboardInterrupt", ""}, {">>> ", "x = 5\r"}, {">>> ", "x * 3\r"},
		{"15", ""}, {">>> ", "def f():\r"}, {"... ", "    return x\r"}, {"... ", "\r"},
		{">>> ", "f()\r"}, {">>> ", "1/0\r"}, {"ZeroDivisionError", ""}, {">>> ", "\x04"},
	}
	seen := 0
	for _, st := range steps {
		deadline := time.Now().Add(10 * time.Second)
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
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the prompt did not end on Ctrl-D; it printed:\n%s", out.String())
	}
	pw.Close()
	got := strings.ReplaceAll(out.String(), "\r", "")
	for _, want := range []string{"KeyboardInterrupt\n>>> x = 5", ">>> x * 3\n15\n", "... \n>>> f()\n5\n",
		"ZeroDivisionError: division by zero\n>>> "} {
		if !strings.Contains(got, want) {
			t.Errorf("the terminal session lacks %q; it printed:\n%s", want, got)
		}
	}
}
