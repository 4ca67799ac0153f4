// Package codecache keeps compiled modules between runs, as CPython's
// .pyc files do, so that importing the standard library does not parse
// and compile it every time. pyvar writes nothing beside the sources
// (sys.implementation.cache_tag is None): entries live under the user
// cache directory, os.UserCacheDir()/pyvar/<build>/, one file per module
// keyed by a hash of the module's path and source. <build> names the
// pyvar binary that wrote them (its path, size and modification time), so
// a rebuilt pyvar, whose compiler may differ, never reads another's code;
// build directories untouched for a day are removed.
//
// The encoding is pyvar's own (a code object's fields and its constants:
// None, bools, ints, floats, complex numbers, strs, bytes, tuples,
// frozensets, Ellipsis and nested code objects); a module whose constants
// fall outside that set is simply not cached. PYVAR_CODECACHE=0 turns the
// cache off.
package codecache

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/pyvar/pyvar/core/code"
)

// formatVersion changes whenever the encoding does.
const formatVersion = 1

// EnvVar turns the cache off when set to 0.
const EnvVar = "PYVAR_CODECACHE"

// Cache is an on-disk cache of compiled modules.
type Cache struct {
	dir string // the build's directory; "" when the cache is off
}

var (
	defaultOnce  sync.Once
	defaultCache *Cache
)

// Default returns the cache of this pyvar binary under the user cache
// directory, or a disabled cache when there is none or PYVAR_CODECACHE=0.
func Default() *Cache {
	if os.Getenv(EnvVar) == "0" {
		return &Cache{}
	}
	defaultOnce.Do(func() {
		defaultCache = &Cache{}
		base, err := os.UserCacheDir()
		if err != nil {
			return
		}
		build, err := buildKey()
		if err != nil {
			return
		}
		root := filepath.Join(base, "pyvar")
		dir := filepath.Join(root, build)
		if _, err := os.Stat(dir); err != nil {
			if os.MkdirAll(dir, 0o755) != nil {
				return
			}
			prune(root, dir)
		}
		defaultCache = &Cache{dir: dir}
	})
	return defaultCache
}

// New returns a cache keeping its entries in dir (tests).
func New(dir string) *Cache { return &Cache{dir: dir} }

// Enabled reports whether the cache reads and writes entries.
func (c *Cache) Enabled() bool { return c != nil && c.dir != "" }

// buildKey identifies the running binary.
func buildKey() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	st, err := os.Stat(exe)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00%s\x00%s\x00%d\x00%d", formatVersion, runtime.Version(), exe, st.Size(), st.ModTime().UnixNano())
	return hex.EncodeToString(h.Sum(nil))[:24], nil
}

// prune removes other builds' directories not modified for a day (test binaries make a new build at every change).
func prune(root, keep string) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	for _, e := range entries {
		p := filepath.Join(root, e.Name())
		if p == keep || !e.IsDir() {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > 24*time.Hour {
			os.RemoveAll(p)
		}
	}
}

func (c *Cache) path(filename string, src []byte) string {
	h := sha256.New()
	h.Write([]byte(filename))
	h.Write([]byte{0})
	h.Write(src)
	return filepath.Join(c.dir, hex.EncodeToString(h.Sum(nil))[:40])
}

// Load returns the code compiled earlier from src at filename, or nil.
func (c *Cache) Load(filename string, src []byte) *code.Code {
	if !c.Enabled() {
		return nil
	}
	b, err := os.ReadFile(c.path(filename, src))
	if err != nil {
		return nil
	}
	co, err := Decode(b)
	if err != nil {
		return nil
	}
	return co
}

// Store keeps co, compiled from src at filename. Failures are ignored: a
// cache that cannot be written is a cache that misses.
func (c *Cache) Store(filename string, src []byte, co *code.Code) {
	if !c.Enabled() {
		return
	}
	b, err := Encode(co)
	if err != nil {
		return
	}
	p := c.path(filename, src)
	tmp := p + ".tmp" + strconv.Itoa(os.Getpid())
	if os.WriteFile(tmp, b, 0o644) != nil {
		os.Remove(tmp)
		return
	}
	if os.Rename(tmp, p) != nil {
		os.Remove(tmp)
	}
}
