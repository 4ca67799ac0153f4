package main

import (
	"fmt"
	"io"
	"os"

	"github.com/pyvar/pyvar/cmd/internal/cmdline"

	"github.com/pyvar/pyvar/core/scopes"
)

// scopesCommand is `pyvar scopes [--json] [--root DIR] FILE|DIR...`: every
// name of every scope with its scope, opcode family and the reason, or
// (--json) the JSON Lines report that pyvar-conform compares with CPython.
func scopesCommand(args []string, stdout, stderr io.Writer) (int, error) {
	cmd := cmdline.New("pyvar scopes", "[--json] [--root DIR] FILE|DIR...",
		"Explains the scope of every name of every scope, the opcode family reaching it, and why;\n"+
			"--json writes the JSON Lines report of core/scopes/REPORT.md instead.")
	fl := cmd.Flags
	asJSON := fl.Bool("json", false, "write the JSON Lines report")
	root := fl.String("root", "", "with --json, report file arguments relative to this directory")
	if done, code := cmd.Parse(args, stdout, stderr); done {
		return code, nil
	}
	if fl.NArg() == 0 {
		return cmd.UsageError(stderr, "pyvar scopes takes at least one FILE or DIR"), nil
	}
	for _, p := range fl.Args() {
		if _, err := os.Stat(p); err != nil {
			fmt.Fprintln(stderr, cmdline.CantOpen("pyvar scopes", p, err))
			return 2, nil
		}
	}
	var err error
	if *asJSON {
		err = scopes.ReportJSON(stdout, *root, fl.Args())
	} else {
		err = scopes.Explain(stdout, fl.Args())
	}
	if err != nil {
		return 1, err
	}
	return 0, nil
}
