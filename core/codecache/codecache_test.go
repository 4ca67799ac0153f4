package codecache_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/pyvar/pyvar/core/code"
	. "github.com/pyvar/pyvar/core/codecache"
	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/stdlib"
)

// TestCodeFields fails when code.Code grows a field the encoding does not
// know about: a cached module must not lose anything the compiler sets.
func TestCodeFields(t *testing.T) {
	known := map[string]bool{"Argcount": true, "Posonlyargcount": true, "Kwonlyargcount": true, "Nlocals": true,
		"Stacksize": true, "Flags": true, "Code": true, "Consts": true, "Names": true, "Varnames": true,
		"Cellvars": true, "Freevars": true, "Filename": true, "Name": true, "Qualname": true, "Firstlineno": true,
		"Lines": true, "Linetable": true,
		"NameValues": true, "Cell2Arg": true, // recomputed by Finish
		"Cache":      true, // runtime state, never cached
		"AttrCaches": true, // runtime state (attribute inline caches), never cached
		"Exec":       true, // derived from Code by the VM (code.Quicken) at first entry
		"Declared":   true, // set only by code.replace/CodeType at run time, never by the compiler
	}
	typ := reflect.TypeOf(code.Code{})
	for i := 0; i < typ.NumField(); i++ {
		if f := typ.Field(i); f.IsExported() && !known[f.Name] {
			t.Errorf("code.Code.%s is not encoded by package codecache: encode it (and bump formatVersion) or list it here", f.Name)
		}
	}
}

// equalCode compares two code objects field by field, constants by value
// and type (and interned strs stay interned).
func equalCode(t *testing.T, where string, a, b *code.Code) {
	t.Helper()
	av, bv := reflect.ValueOf(*a), reflect.ValueOf(*b)
	for i := 0; i < av.NumField(); i++ {
		name := av.Type().Field(i).Name
		switch name {
		case "Consts", "NameValues", "Cache", "AttrCaches", "Exec":
			continue
		}
		if !reflect.DeepEqual(av.Field(i).Interface(), bv.Field(i).Interface()) {
			t.Fatalf("%s: %s differs: %v vs %v", where, name, av.Field(i).Interface(), bv.Field(i).Interface())
		}
	}
	if len(a.Consts) != len(b.Consts) {
		t.Fatalf("%s: %d consts vs %d", where, len(a.Consts), len(b.Consts))
	}
	for i := range a.Consts {
		x, y := a.Consts[i], b.Consts[i]
		if xc, ok := x.Object().(*code.Code); ok {
			equalCode(t, where+"/"+xc.Qualname, xc, y.Object().(*code.Code))
			continue
		}
		if object.TypeOf(x) != object.TypeOf(y) {
			t.Fatalf("%s: const %d: %s vs %s", where, i, object.TypeOf(x).Name, object.TypeOf(y).Name)
		}
		rx, _ := object.Repr(x)
		ry, _ := object.Repr(y)
		if object.TypeOf(x) == object.FrozenSetType {
			// Rebuilt sets may iterate in another order (as after a
			// CPython .pyc load); they must be equal.
			if eq, err := object.Equal(x, y); err != nil || !eq {
				t.Fatalf("%s: const %d: %s vs %s", where, i, rx, ry)
			}
		} else if rx != ry {
			t.Fatalf("%s: const %d: %s vs %s", where, i, rx, ry)
		}
		if xs, ok := x.Object().(*object.Str); ok && object.IsInterned(xs) != object.IsInterned(y.Object().(*object.Str)) {
			t.Fatalf("%s: const %d: interning of %q lost", where, i, xs.S)
		}
	}
}

func stdlibFiles(t testing.TB) []string {
	lib := stdlib.Find("")
	if !lib.Found() {
		t.Skip("no CPython 3.10 Lib found")
	}
	var files []string
	for _, f := range []string{"typing.py", "argparse.py", "collections/__init__.py", "enum.py", "re.py", "sre_parse.py", "decimal.py", "_pydecimal.py", "datetime.py", "inspect.py", "dataclasses.py", "pickle.py"} {
		files = append(files, filepath.Join(lib.Dir, f))
	}
	return files
}

// TestRoundTrip encodes and decodes stdlib modules and compares every
// field with the compiler's output.
func TestRoundTrip(t *testing.T) {
	for _, f := range stdlibFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		co, err := interp.Compile(src, f, "exec", 0)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		b, err := Encode(co)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		back, err := Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		equalCode(t, filepath.Base(f), co, back)
	}
}

// TestCorrupt: every truncation of an entry is refused, never a panic.
func TestCorrupt(t *testing.T) {
	co, err := interp.Compile([]byte("def f(a, *b, c=1.5, **d):\n    return (a, 'x', b'y', 2**70, 1j, ...)\nclass C:\n    x = {1, 2}\n"), "t.py", "exec", 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Encode(co)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(b); i++ {
		if _, err := Decode(b[:i]); err == nil {
			t.Errorf("a %d-byte prefix of a %d-byte entry decoded", i, len(b))
		}
	}
	for i := 11; i < len(b); i++ {
		c := append([]byte(nil), b...)
		c[i] ^= 0xff
		Decode(c) // must not panic
	}
}

// TestCache stores and loads through the file system; every change of
// the source misses, whether the stat shows it (size, times, a replaced
// file) or only the source does (a same-size rewrite within the
// timestamps' granularity).
func TestCache(t *testing.T) {
	dir := t.TempDir()
	c := New(t.TempDir())
	file := filepath.Join(dir, "m.py")
	later := func() time.Time { return time.Now().Add(time.Hour) }
	write := func(text string) (os.FileInfo, *code.Code) {
		t.Helper()
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		co, err := interp.Compile([]byte(text), file, "exec", 0)
		if err != nil {
			t.Fatal(err)
		}
		return st, co
	}
	stat := func() os.FileInfo {
		t.Helper()
		st, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	// wait lets the file system's clock move on (its timestamps are coarse).
	wait := func() { time.Sleep(30 * time.Millisecond) }
	loadX := func() string {
		co := c.Load(file, stat())
		if co == nil {
			return "miss"
		}
		return co.Consts[0].String()
	}

	// A source as old as the Lib's: the stat alone validates it.
	SetClock(c, later)
	st, co := write("x = 1\n")
	if c.Load(file, st) != nil {
		t.Fatal("hit in an empty cache")
	}
	c.Store(file, st, []byte("x = 1\n"), co)
	if racy, ok := EntryRacy(c, file); !ok || racy {
		t.Fatalf("entry of an old source: racy %v, stored %v", racy, ok)
	}
	if got := loadX(); got != "1" {
		t.Fatalf("load after Store: %s", got)
	}
	if c.Load(filepath.Join(dir, "other.py"), st) != nil {
		t.Fatal("hit for another path")
	}
	wait()
	write("x = 22\n")
	if got := loadX(); got != "miss" {
		t.Fatalf("a longer source: %s", got)
	}
	st, co = write("x = 1\n")
	c.Store(file, st, []byte("x = 1\n"), co)
	wait()
	write("x = 3\n")
	if got := loadX(); got != "miss" {
		t.Fatalf("a same-size rewrite: %s", got)
	}
	// A same-size rewrite with the old times put back (cp -p, tar).
	st, co = write("x = 1\n")
	c.Store(file, st, []byte("x = 1\n"), co)
	wait()
	write("x = 4\n")
	if err := os.Chtimes(file, st.ModTime(), st.ModTime()); err != nil {
		t.Fatal(err)
	}
	if got := loadX(); got != "miss" {
		t.Fatalf("a rewrite with the old times: %s", got)
	}
	// Replaced by another file (an editor's save by rename).
	st, co = write("x = 1\n")
	c.Store(file, st, []byte("x = 1\n"), co)
	wait()
	other := filepath.Join(dir, "new.py")
	if err := os.WriteFile(other, []byte("x = 5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(other, file); err != nil {
		t.Fatal(err)
	}
	if got := loadX(); got != "miss" {
		t.Fatalf("a file replaced by rename: %s", got)
	}

	// A fresh source is racy: its entry keeps a digest, and a same-size
	// rewrite at once (same timestamps, possibly) misses.
	SetClock(c, time.Now)
	st, co = write("x = 6\n")
	c.Store(file, st, []byte("x = 6\n"), co)
	if racy, ok := EntryRacy(c, file); !ok || !racy {
		t.Fatalf("entry of a fresh source: racy %v, stored %v", racy, ok)
	}
	if got := loadX(); got != "6" {
		t.Fatalf("racy entry, unchanged source: %s", got)
	}
	for i := 0; i < 20; i++ {
		text := fmt.Sprintf("x = %d\n", 7+i%3)
		st, co = write(text)
		c.Store(file, st, []byte(text), co)
		write(fmt.Sprintf("x = %d\n", 7+(i+1)%3))
		if got, want := loadX(), "miss"; got != want {
			t.Fatalf("racy entry, source rewritten at once: %s", got)
		}
	}
	// Once the source is old enough, a load drops the digest.
	st, co = write("x = 6\n")
	c.Store(file, st, []byte("x = 6\n"), co)
	SetClock(c, later)
	if got := loadX(); got != "6" {
		t.Fatalf("racy entry, later: %s", got)
	}
	if racy, ok := EntryRacy(c, file); !ok || racy {
		t.Fatalf("entry after a later load: racy %v, stored %v", racy, ok)
	}
	if got := loadX(); got != "6" {
		t.Fatalf("entry without its digest: %s", got)
	}
}

func BenchmarkDecode(b *testing.B) {
	f := stdlibFiles(b)[0]
	src, _ := os.ReadFile(f)
	co, err := interp.Compile(src, f, "exec", 0)
	if err != nil {
		b.Fatal(err)
	}
	enc, _ := Encode(co)
	b.SetBytes(int64(len(enc)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Decode(enc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompile(b *testing.B) {
	f := stdlibFiles(b)[0]
	src, _ := os.ReadFile(f)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := interp.Compile(src, f, "exec", 0); err != nil {
			b.Fatal(err)
		}
	}
}
