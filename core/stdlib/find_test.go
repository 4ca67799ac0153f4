package stdlib

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fakeLib makes dir/os.py (and the parents), returning dir.
func fakeLib(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "os.py"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	prefix := filepath.Join(root, "prefix")
	lib := fakeLib(t, filepath.Join(prefix, "lib", "python3.10"))
	checkout := filepath.Join(root, "cpython")
	checkoutLib := fakeLib(t, filepath.Join(checkout, "Lib"))
	pyenv := filepath.Join(root, "pyenv")
	fakeLib(t, filepath.Join(pyenv, "versions", "3.10.9", "lib", "python3.10"))
	newest := fakeLib(t, filepath.Join(pyenv, "versions", "3.10.13", "lib", "python3.10"))
	// A python3.10 on the PATH, as a symlink into an installation.
	bin := filepath.Join(root, "bin")
	os.MkdirAll(filepath.Join(prefix, "bin"), 0o755)
	os.MkdirAll(bin, 0o755)
	exe := filepath.Join(prefix, "bin", "python3.10")
	os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755)
	os.Symlink(exe, filepath.Join(bin, "python3.10"))
	// A pyenv shim on the PATH.
	shims := filepath.Join(pyenv, "shims")
	os.MkdirAll(shims, 0o755)
	os.WriteFile(filepath.Join(shims, "python3.10"), []byte("#!/bin/sh\n"), 0o755)
	empty := t.TempDir()

	tests := []struct {
		name             string
		flag, env, proot string
		path             string
		wantDir          string
		wantPrefix       string
		wantLooked       string // a substring of the joined Looked list
	}{
		{"flag Lib dir", lib, "", empty, empty, lib, prefix, "--stdlib"},
		{"flag prefix", prefix, "", empty, empty, lib, prefix, ""},
		{"flag checkout", checkout, "", empty, empty, checkoutLib, checkout, ""},
		{"env beats pyenv", "", lib, pyenv, empty, lib, prefix, ""},
		{"bad flag falls through to env", filepath.Join(root, "nope"), lib, empty, empty, lib, prefix, "--stdlib " + filepath.Join(root, "nope")},
		{"pyenv newest micro", "", "", pyenv, empty, newest, filepath.Dir(filepath.Dir(newest)), ""},
		{"python3.10 on the PATH", "", "", empty, bin, lib, prefix, ""},
		{"pyenv shim on the PATH", "", "", empty, shims, newest, filepath.Dir(filepath.Dir(newest)), ""},
		{"nothing", "", "", empty, empty, "", "", "python3.10 on the PATH (none)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvVar, tt.env)
			t.Setenv("PYENV_ROOT", tt.proot)
			t.Setenv("PATH", tt.path)
			got := Find(tt.flag)
			if got.Dir != tt.wantDir || got.Prefix != tt.wantPrefix {
				t.Errorf("Find(%q) = %q (prefix %q), want %q (prefix %q); looked at %v", tt.flag, got.Dir, got.Prefix, tt.wantDir, tt.wantPrefix, got.Looked)
			}
			if tt.wantLooked != "" && !strings.Contains(strings.Join(got.Looked, "\n"), tt.wantLooked) {
				t.Errorf("Looked = %v, want it to mention %q", got.Looked, tt.wantLooked)
			}
		})
	}
}

func TestModuleNames(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"os.py", "__future__.py", "__phello__.foo.py", "pkg/__init__.py", "test/__init__.py",
		"notpkg/readme.txt", "lib-dynload/_json.cpython-310-x86_64-linux-gnu.so", "lib-dynload/_testcapi.cpython-310-x86_64-linux-gnu.so"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, nil, 0o644)
	}
	got := ModuleNames(dir)
	slices.Sort(got)
	want := []string{"__future__", "_json", "os", "pkg"}
	if !slices.Equal(got, want) {
		t.Errorf("ModuleNames = %v, want %v", got, want)
	}
}
