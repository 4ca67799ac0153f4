// Package pyref finds the CPython interpreters pyvar is compared with: 3.10
// (the reference for behaviour), 3.9 (the seed article's version) and 3.11
// (`python3` here, the fastest on the seed's loop). Tests and pyvar-bench
// look them up the same way: an environment override (PYVAR_PYTHON3_10 and
// so on), then pyenv's versions directory, then the PATH. Absolute paths are
// returned because a pyenv shim started from another process can resolve to
// the wrong version.
package pyref

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Find returns the absolute path of CPython major.minor (e.g. "3.10").
func Find(version string) (string, error) {
	env := "PYVAR_PYTHON" + strings.ReplaceAll(version, ".", "_")
	if p := os.Getenv(env); p != "" {
		return p, nil
	}
	exe := "python" + version
	if root := pyenvRoot(); root != "" {
		matches, _ := filepath.Glob(filepath.Join(root, "versions", version+".*", "bin", exe))
		sort.Strings(matches)
		if len(matches) > 0 {
			return matches[len(matches)-1], nil
		}
	}
	if p, err := exec.LookPath(exe); err == nil && !strings.Contains(p, "shims") {
		return filepath.Abs(p)
	}
	return "", fmt.Errorf("CPython %s not found (set %s, or install it with pyenv)", version, env)
}

func pyenvRoot() string {
	if r := os.Getenv("PYENV_ROOT"); r != "" {
		return r
	}
	if out, err := exec.Command("pyenv", "root").Output(); err == nil {
		return strings.TrimSpace(string(out))
	}
	if home, err := os.UserHomeDir(); err == nil {
		if _, err := os.Stat(filepath.Join(home, ".pyenv")); err == nil {
			return filepath.Join(home, ".pyenv")
		}
	}
	return ""
}

// Skipper is the part of testing.TB that Require needs.
type Skipper interface {
	Helper()
	Skipf(format string, args ...any)
	Logf(format string, args ...any)
}

// Require returns CPython 3.10's path, or skips the test saying plainly that
// the comparison with the reference did not run.
func Require(t Skipper) string {
	t.Helper()
	p, err := Find("3.10")
	if err != nil {
		t.Logf("SKIPPING the comparison with the reference: %v", err)
		t.Skipf("CPython 3.10 is not installed: %v", err)
	}
	return p
}
