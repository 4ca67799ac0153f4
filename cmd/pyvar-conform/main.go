// Command pyvar-conform compares pyvar's scope decisions with CPython 3.10's.
//
// It produces CPython's side of the scope report (core/scopes/REPORT.md)
// with an embedded script run by CPython 3.10 (dis-level instruction scan plus
// _symtable, on all CPUs), pyvar's side in-process (all goroutines), and
// compares them file by file, code object by code object, name by name. It
// prints the first differences and a summary line, and exits 1 when any
// name, code object or file disagrees. CPython's side is cached in the user
// cache directory, keyed by the interpreter, the oracle script and every
// file's contents; -nocache reruns it.
//
// Usage:
//
//	pyvar-conform [-python PATH] [-n N] [-nocache] [PATH...]
//
// Without PATH it checks CPython 3.10's standard library (site-packages excluded):
//
//	go run ./cmd/pyvar-conform
//	go run ./cmd/pyvar-conform "$($(pyenv prefix 3.10.13)/bin/python3.10 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/pyvar/pyvar/cmd/internal/cmdline"
	"github.com/pyvar/pyvar/core/pyref"
	"github.com/pyvar/pyvar/core/scopes"
)

func main() {
	cmd := cmdline.New("pyvar-conform", "[-python PATH] [-n N] [-root DIR] [-nocache] [PATH...]",
		"Compares pyvar's scope decisions with CPython 3.10's, name by name, over PATH (files or directories;\n"+
			"default: CPython 3.10's standard library). Exits 1 when any name, code object or file disagrees.")
	python := cmd.Flags.String("python", "", "CPython 3.10 interpreter (default: found by pyref)")
	limit := cmd.Flags.Int("n", 20, "print at most `N` differences")
	root := cmd.Flags.String("root", "", "report file arguments relative to this directory")
	noCache := cmd.Flags.Bool("nocache", false, "always rerun CPython (its side is otherwise cached per interpreter and file contents)")
	if done, code := cmd.Parse(os.Args[1:], os.Stdout, os.Stderr); done {
		os.Exit(code)
	}
	for _, p := range cmd.Flags.Args() {
		if _, err := os.Stat(p); err != nil {
			fmt.Fprintln(os.Stderr, cmdline.CantOpen("pyvar-conform", p, err))
			os.Exit(2)
		}
	}
	if *python == "" {
		p, err := pyref.Find("3.10")
		if err != nil {
			fmt.Fprintln(os.Stderr, "pyvar-conform:", err)
			os.Exit(2)
		}
		*python = p
	}
	paths := cmd.Flags.Args()
	if len(paths) == 0 {
		out, err := exec.Command(*python, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "pyvar-conform: finding the standard library:", err)
			os.Exit(2)
		}
		paths = []string{strings.TrimSpace(string(out))}
	}
	s, err := scopes.ConformOpts(os.Stdout, *python, *root, paths, *limit, !*noCache)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pyvar-conform:", err)
		os.Exit(2)
	}
	if !s.OK() {
		os.Exit(1)
	}
}
