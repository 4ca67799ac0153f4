package main

import (
	"flag"
	"io"

	"github.com/pyvar/pyvar/core/scopes"
)

// scopesCommand is `pyvar scopes [--json] [--root DIR] FILE|DIR...`: every
// name of every scope with its scope, opcode family and the reason, or
// (--json) the JSON Lines report that pyvar-conform compares with CPython.
func scopesCommand(args []string, stdout, stderr io.Writer) (int, error) {
	fl := flag.NewFlagSet("pyvar scopes", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	asJSON := fl.Bool("json", false, "")
	root := fl.String("root", "", "")
	if err := fl.Parse(args); err != nil {
		return 2, usageError{err.Error()}
	}
	if fl.NArg() == 0 {
		return 2, usageError{"scopes takes at least one FILE or DIR"}
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
