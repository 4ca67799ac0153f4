// Package stdlib finds the CPython 3.10 standard library (its pure-Python
// Lib directory) that pyvar runs on. pyvar never ships or copies the Lib:
// it uses the one on the machine, found, in order, through
//
//  1. an explicit directory (the --stdlib flag),
//  2. the PYVAR_STDLIB environment variable,
//  3. pyenv: $PYENV_ROOT (or ~/.pyenv)/versions/3.10.*/lib/python3.10,
//  4. a python3.10 on the PATH (a pyenv shim is resolved to pyenv's
//     versions directory; any other is followed to its prefix).
//
// A candidate is accepted when it holds os.py, CPython's own landmark for
// its Lib. The directory given may also be an installation prefix (one
// holding lib/python3.10) or a CPython source checkout's Lib.
package stdlib

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Version is the CPython version whose Lib pyvar runs.
const Version = "3.10"

// EnvVar names the environment variable that points pyvar at a Lib.
const EnvVar = "PYVAR_STDLIB"

// Lib is the outcome of a search.
type Lib struct {
	Dir    string   // the Lib directory (holding os.py), "" when none was found
	Prefix string   // sys.prefix: the installation prefix above Dir
	Looked []string // where the search looked, in order, for messages
}

// Found reports whether a Lib was found.
func (l Lib) Found() bool { return l.Dir != "" }

// Find looks for a CPython 3.10 Lib; explicit is the --stdlib flag's value
// ("" when not given). An explicit directory or PYVAR_STDLIB that holds no
// Lib is reported in Looked and the search goes on, so that a stale
// setting does not leave pyvar without its library.
func Find(explicit string) Lib {
	var l Lib
	try := func(what, dir string) bool {
		l.Looked = append(l.Looked, what)
		if d, prefix, ok := libDir(dir); ok {
			l.Dir, l.Prefix = d, prefix
			return true
		}
		return false
	}
	if explicit != "" && try("--stdlib "+explicit, explicit) {
		return l
	}
	if env := os.Getenv(EnvVar); env != "" {
		if try("$"+EnvVar+"="+env, env) {
			return l
		}
	} else {
		l.Looked = append(l.Looked, "$"+EnvVar+" (not set)")
	}
	if root := pyenvRoot(); root != "" {
		pattern := filepath.Join(root, "versions", Version+".*", "lib", "python"+Version)
		l.Looked = append(l.Looked, pattern)
		matches, _ := filepath.Glob(pattern)
		sortVersions(matches)
		for i := len(matches) - 1; i >= 0; i-- {
			if d, prefix, ok := libDir(matches[i]); ok {
				l.Dir, l.Prefix = d, prefix
				return l
			}
		}
	}
	exe := "python" + Version
	p, err := exec.LookPath(exe)
	if err != nil {
		l.Looked = append(l.Looked, exe+" on the PATH (none)")
		return l
	}
	l.Looked = append(l.Looked, exe+" on the PATH ("+p+")")
	if dir := filepath.Dir(p); filepath.Base(dir) == "shims" {
		// A pyenv shim: its versions live beside the shims directory.
		matches, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), "versions", Version+".*", "lib", "python"+Version))
		sortVersions(matches)
		for i := len(matches) - 1; i >= 0; i-- {
			if d, prefix, ok := libDir(matches[i]); ok {
				l.Dir, l.Prefix = d, prefix
				return l
			}
		}
		return l
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		p = real
	}
	if d, prefix, ok := libDir(filepath.Dir(filepath.Dir(p))); ok {
		l.Dir, l.Prefix = d, prefix
	}
	return l
}

// libDir accepts a Lib directory, an installation prefix or a source
// checkout, returning the Lib and its prefix.
func libDir(dir string) (lib, prefix string, ok bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", "", false
	}
	for _, cand := range []string{abs, filepath.Join(abs, "lib", "python"+Version), filepath.Join(abs, "Lib")} {
		if st, err := os.Stat(filepath.Join(cand, "os.py")); err == nil && !st.IsDir() {
			prefix := filepath.Dir(cand)
			if filepath.Base(cand) == "python"+Version && filepath.Base(prefix) == "lib" {
				prefix = filepath.Dir(prefix)
			}
			return cand, prefix, true
		}
	}
	return "", "", false
}

func pyenvRoot() string {
	if r := os.Getenv("PYENV_ROOT"); r != "" {
		return r
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".pyenv")
	}
	return ""
}

// sortVersions orders .../3.10.N/... paths by N, numerically.
func sortVersions(paths []string) {
	micro := func(p string) int {
		n := 0
		for _, part := range strings.Split(filepath.ToSlash(p), "/") {
			if rest, ok := strings.CutPrefix(part, Version+"."); ok {
				for _, c := range rest {
					if c < '0' || c > '9' {
						break
					}
					n = n*10 + int(c-'0')
				}
			}
		}
		return n
	}
	sort.SliceStable(paths, func(i, j int) bool { return micro(paths[i]) < micro(paths[j]) })
}

// ModuleNames lists the top-level modules of the Lib at dir (its .py
// files and packages, without the test suite), for sys.stdlib_module_names.
// The answer is remembered for the life of the process (reading the
// directory costs a few hundred microseconds; tests make thousands of
// interpreters). The caller must not modify it.
func ModuleNames(dir string) []string {
	if v, ok := namesCache.Load(dir); ok {
		return v.([]string)
	}
	names := readModuleNames(dir)
	namesCache.Store(dir, names)
	return names
}

var namesCache sync.Map // Lib directory -> []string

func readModuleNames(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
			if name == "test" || name == "site-packages" || strings.HasPrefix(name, "__") {
				continue
			}
			if _, err := os.Stat(filepath.Join(dir, name, "__init__.py")); err == nil {
				names = append(names, name)
			}
		case strings.HasSuffix(name, ".py"):
			n := strings.TrimSuffix(name, ".py")
			if strings.ContainsAny(n, ".-") || strings.HasPrefix(n, "_sysconfigdata") {
				continue
			}
			if !strings.HasPrefix(n, "__") || n == "__future__" {
				names = append(names, n)
			}
		}
	}
	if dyn, err := os.ReadDir(filepath.Join(dir, "lib-dynload")); err == nil {
		for _, e := range dyn {
			if n, _, ok := strings.Cut(e.Name(), "."); ok && strings.HasSuffix(e.Name(), ".so") && !strings.Contains(n, "test") && !strings.HasPrefix(n, "xx") && !strings.HasPrefix(n, "_xx") {
				names = append(names, n)
			}
		}
	}
	return names
}
