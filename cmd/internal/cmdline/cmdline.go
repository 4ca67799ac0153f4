// Package cmdline gives pyvar's commands (pyvar dis, pyvar scopes,
// pyvar-bench, pyvar-conform, pyvar-cpytests) one convention, python3's:
// -h or --help prints the usage to stdout and exits 0; a usage error prints
// its message, the usage line and a hint to stderr and exits 2; a file that
// cannot be opened is reported as python3 reports a missing script.
package cmdline

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Command is one command's flags and usage.
type Command struct {
	Name     string // as the user types it: "pyvar dis"
	Synopsis string // the usage line after the name: "[--opcache] FILE|-"
	About    string // what it does, printed under the usage line by -h
	Flags    *flag.FlagSet
}

// New returns a command with an empty flag set.
func New(name, synopsis, about string) *Command {
	fl := flag.NewFlagSet(name, flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	return &Command{Name: name, Synopsis: synopsis, About: about, Flags: fl}
}

// Parse parses args. When it returns done, the command should exit with
// code: 0 after -h (the usage went to stdout), 2 after a usage error
// (reported on stderr).
func (c *Command) Parse(args []string, stdout, stderr io.Writer) (done bool, code int) {
	err := c.Flags.Parse(args)
	if err == nil {
		return false, 0
	}
	if errors.Is(err, flag.ErrHelp) {
		c.Help(stdout)
		return true, 0
	}
	return true, c.UsageError(stderr, err.Error())
}

// Help writes the usage line, the description and the flags.
func (c *Command) Help(w io.Writer) {
	fmt.Fprintf(w, "usage: %s %s\n", c.Name, c.Synopsis)
	if c.About != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimRight(c.About, "\n"))
	}
	has := false
	c.Flags.VisitAll(func(*flag.Flag) { has = true })
	if has {
		fmt.Fprintln(w, "\noptions:")
		c.Flags.SetOutput(w)
		c.Flags.PrintDefaults()
		c.Flags.SetOutput(io.Discard)
	}
}

// UsageError reports msg as python3 reports a usage error and returns 2.
func (c *Command) UsageError(stderr io.Writer, msg string) int {
	if f, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		msg = "unknown option " + f
	}
	fmt.Fprintf(stderr, "%s\nusage: %s %s\nTry `%s -h' for more information.\n", msg, c.Name, c.Synopsis, c.Name)
	return 2
}

// CantOpen is python3's message for a file it cannot open:
// "NAME: can't open file '/abs/path': [Errno 2] No such file or directory".
func CantOpen(name, path string, err error) string {
	if abs, aerr := filepath.Abs(path); aerr == nil {
		path = abs
	}
	return fmt.Sprintf("%s: can't open file %s: %s", name, quote(path), Errno(err))
}

// Errno renders a file error as Python's OSError does: "[Errno 2] No such
// file or directory".
func Errno(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "[Errno 2] No such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "[Errno 13] Permission denied"
	}
	return err.Error()
}

// quote is Python's repr of a str for the plain paths this reports.
func quote(s string) string {
	if !strings.Contains(s, "'") {
		return "'" + s + "'"
	}
	if !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(strconv.Quote(s)[1:len(strconv.Quote(s))-1], "'", `\'`) + "'"
}
