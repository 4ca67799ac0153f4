// Package codecache keeps compiled modules between runs, as CPython's
// .pyc files do, so that importing the standard library does not parse
// and compile it every time. pyvar's imports write nothing beside the
// sources (only py_compile and the like write .pyvar-310.pyc files, with
// this package's encoding through marshal): entries live under the user
// cache directory, os.UserCacheDir()/pyvar/<build>/, one file per module
// keyed by a hash of the module's path. <build> names the
// pyvar binary that wrote them (its path, size and modification time), so
// a rebuilt pyvar, whose compiler may differ, never reads another's code;
// build directories untouched for a day are removed.
//
// The encoding is pyvar's own (a code object's fields and its constants:
// None, bools, ints, floats, complex numbers, strs, bytes, tuples,
// frozensets, Ellipsis and nested code objects); a module whose constants
// fall outside that set is simply not cached. PYVAR_CODECACHE=0 turns the
// cache off.
//
// An entry is valid while the source file's stat is what it was when the
// entry was written (size, modification and change times to the
// nanosecond, inode and device), so a hit reads neither the source nor a
// hash of it, as CPython's timestamp-based .pyc files (whose times are in
// seconds). The change time cannot be set by a program (utime sets it to
// now), so a file rewritten, replaced, copied with its old times or
// restored from an archive always misses. What a stat cannot show is a
// second write within the file system's timestamp granularity (a few
// milliseconds): a source whose times are within racyWindow of the moment
// its entry is written is "racy", as git calls such index entries, and its
// entry also keeps a SHA-256 of the source, which a load then reads and
// compares (and drops once the source is old enough).
package codecache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io/fs"
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

// racyWindow: a source changed less than this before its entry is written
// may change again with the same stat (see the package comment). It is far
// above any local file system's timestamp granularity.
const racyWindow = 2 * time.Second

// Cache is an on-disk cache of compiled modules.
type Cache struct {
	dir string           // the build's directory; "" when the cache is off
	now func() time.Time // the clock racy sources are judged by (tests move it)
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
		defaultCache = &Cache{dir: dir, now: time.Now}
	})
	return defaultCache
}

// New returns a cache keeping its entries in dir (tests).
func New(dir string) *Cache { return &Cache{dir: dir, now: time.Now} }

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

// entryMagic starts an entry: the stamp, the digest of a racy source, then
// the code as Encode writes it.
const entryMagic = "pyvar-entry\x01"

const (
	stampLen  = 5 * 8
	digestLen = sha256.Size
	headerLen = len(entryMagic) + 1 + stampLen // entryMagic, the racy flag, the stamp
)

// stamp is what a stat of the source says, its validator.
type stamp struct{ size, mtime, ctime, ino, dev uint64 }

func (s stamp) append(b []byte) []byte {
	for _, x := range []uint64{s.size, s.mtime, s.ctime, s.ino, s.dev} {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	return b
}

// racy reports whether the source changed too recently for its stat to
// tell a later change (or its times are in the future).
func (s stamp) racy(now time.Time) bool {
	limit := uint64(now.Add(-racyWindow).UnixNano())
	return s.mtime > limit || s.ctime > limit
}

func (c *Cache) path(filename string) string {
	h := sha256.Sum256([]byte(filename))
	return filepath.Join(c.dir, hex.EncodeToString(h[:20]))
}

// Load returns the code compiled earlier from the source file at filename
// if the file is unchanged since: st is its stat, taken before anything
// else reads it. Nil when there is no valid entry.
func (c *Cache) Load(filename string, st fs.FileInfo) *code.Code {
	if !c.Enabled() || st == nil {
		return nil
	}
	s, ok := stampOf(st)
	if !ok {
		return nil
	}
	p := c.path(filename)
	b, err := os.ReadFile(p)
	if err != nil || len(b) < headerLen || string(b[:len(entryMagic)]) != entryMagic {
		return nil
	}
	if !bytes.Equal(b[len(entryMagic)+1:headerLen], s.append(nil)) {
		return nil
	}
	body := b[headerLen:]
	if b[len(entryMagic)] != 0 {
		// A racy entry: the source itself must match.
		if len(body) < digestLen {
			return nil
		}
		src, err := os.ReadFile(filename)
		if err != nil || uint64(len(src)) != s.size {
			return nil
		}
		sum := sha256.Sum256(src)
		if !bytes.Equal(sum[:], body[:digestLen]) {
			return nil
		}
		body = body[digestLen:]
		if !s.racy(c.now()) {
			// Old enough now: the stat alone will do from here on.
			fresh := append([]byte(entryMagic), 0)
			c.write(p, append(s.append(fresh), body...))
		}
	}
	co, err := Decode(body)
	if err != nil {
		return nil
	}
	return co
}

// Store keeps co, compiled from src, read from the file at filename whose
// stat, taken before the read, is st. Failures are ignored: a cache that
// cannot be written is a cache that misses.
func (c *Cache) Store(filename string, st fs.FileInfo, src []byte, co *code.Code) {
	if !c.Enabled() || st == nil {
		return
	}
	s, ok := stampOf(st)
	if !ok {
		return
	}
	enc, err := Encode(co)
	if err != nil {
		return
	}
	b := make([]byte, 0, headerLen+digestLen+len(enc))
	b = append(b, entryMagic...)
	if s.racy(c.now()) {
		b = append(b, 1)
		b = s.append(b)
		sum := sha256.Sum256(src)
		b = append(b, sum[:]...)
	} else {
		b = append(b, 0)
		b = s.append(b)
	}
	c.write(c.path(filename), append(b, enc...))
}

// write replaces the entry at p, through a temporary file and a rename so
// that a concurrent reader sees the old entry or the new one.
func (c *Cache) write(p string, b []byte) {
	tmp := p + ".tmp" + strconv.Itoa(os.Getpid())
	if os.WriteFile(tmp, b, 0o644) != nil {
		os.Remove(tmp)
		return
	}
	if os.Rename(tmp, p) != nil {
		os.Remove(tmp)
	}
}
