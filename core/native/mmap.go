package native

import (
	"bytes"
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// mmap: memory-mapped files and anonymous shared memory (CPython's
// Modules/mmapmodule.c, Linux flavour), over mmap(2), mremap(2), msync(2)
// and madvise(2). A map exports its memory through the buffer protocol;
// while a buffer is exported the map can be neither closed nor resized.

func init() { register("mmap", newMmapModule) }

const (
	mmapAccessDefault = iota
	mmapAccessRead
	mmapAccessWrite
	mmapAccessCopy
)

var mmapAccessNames = [...]string{"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"}

// MmapType is mmap.mmap.
var MmapType = object.NewBaseType("mmap.mmap", nil)

// mmapRegion is what the garbage collector's cleanup of an unreachable map
// releases: the mapping and the map's own descriptor.
type mmapRegion struct {
	data []byte // the mapping as unix.Mmap returned it (nil when released)
	fd   int
}

func (r *mmapRegion) release() {
	if r.fd >= 0 {
		_ = syscall.Close(r.fd)
		r.fd = -1
	}
	if r.data != nil {
		_ = unix.Munmap(r.data)
		r.data = nil
	}
}

// mmapObj is the payload of an mmap.mmap.
type mmapObj struct {
	data    []byte // nil once closed
	pos     int    // may lie past len(data) after a shrinking resize
	offset  int64
	access  int
	exports int
	reg     *mmapRegion
}

func (m *mmapObj) Type() *object.Type { return MmapType }

func mmapSelf(v object.Value) *mmapObj { return object.Unwrap(v).Object().(*mmapObj) }

func errMmapClosed() error { return object.Errorf(object.ValueError, "mmap closed or invalid") }

func (m *mmapObj) check() error {
	if m.data == nil {
		return errMmapClosed()
	}
	return nil
}

func (m *mmapObj) writable() error {
	if m.access == mmapAccessRead {
		return object.Errorf(object.TypeError, "mmap can't modify a readonly memory map.")
	}
	return nil
}

// GetBuffer exports the mapped memory (read-only for ACCESS_READ maps).
func (m *mmapObj) GetBuffer(writable bool) (*object.Buffer, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	ro := m.access == mmapAccessRead
	if writable && ro {
		return nil, object.Errorf(object.BufferError, "Object is not writable.")
	}
	m.exports++
	return object.NewBuffer(object.FromObject(m), m.data, ro, "B", 1, func() { m.exports-- }), nil
}

// close unmaps the memory and closes the map's descriptor. The address
// range is first overlaid with fresh anonymous memory, so that a slice of
// the old mapping some object may still hold (a re.Match's subject) reads
// zeros rather than faulting; that overlay is unmapped when the map is
// collected.
func (m *mmapObj) close() error {
	if m.exports > 0 {
		return object.Errorf(object.BufferError, "cannot close exported pointers exist")
	}
	r := m.reg
	if r.fd >= 0 {
		_ = syscall.Close(r.fd)
		r.fd = -1
	}
	if m.data != nil {
		_, err := unix.MmapPtr(-1, 0, unsafe.Pointer(unsafe.SliceData(r.data)), uintptr(len(r.data)),
			unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_FIXED)
		if err != nil {
			_ = unix.Munmap(r.data)
			r.data = nil
		}
		m.data = nil
	}
	return nil
}

// guard turns a memory fault while the map's memory is touched (a shared
// map grown past its file or anonymous object raises SIGBUS) into an
// OSError instead of killing the process. Use as
// defer m.guard(debug.SetPanicOnFault(true), &err).
func mmapGuard(old bool, err *error) {
	debug.SetPanicOnFault(old)
	if r := recover(); r != nil {
		if re, ok := r.(runtime.Error); ok {
			if _, isAddr := re.(interface{ Addr() uintptr }); isAddr {
				*err = errnoError(syscall.EFAULT)
				return
			}
		}
		panic(r)
	}
}

func newMmapModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("mmap", "")
	setAttr(m, "mmap", object.FromObject(MmapType))
	setAttr(m, "error", object.FromObject(object.OSError))
	ints := []struct {
		name string
		v    int
	}{
		{"PROT_EXEC", unix.PROT_EXEC}, {"PROT_READ", unix.PROT_READ}, {"PROT_WRITE", unix.PROT_WRITE},
		{"MAP_SHARED", unix.MAP_SHARED}, {"MAP_PRIVATE", unix.MAP_PRIVATE},
		{"MAP_DENYWRITE", unix.MAP_DENYWRITE}, {"MAP_EXECUTABLE", unix.MAP_EXECUTABLE},
		{"MAP_ANON", unix.MAP_ANONYMOUS}, {"MAP_ANONYMOUS", unix.MAP_ANONYMOUS},
		{"MAP_POPULATE", unix.MAP_POPULATE},
		{"PAGESIZE", unix.Getpagesize()}, {"ALLOCATIONGRANULARITY", unix.Getpagesize()},
		{"ACCESS_DEFAULT", mmapAccessDefault}, {"ACCESS_READ", mmapAccessRead},
		{"ACCESS_WRITE", mmapAccessWrite}, {"ACCESS_COPY", mmapAccessCopy},
		{"MADV_NORMAL", unix.MADV_NORMAL}, {"MADV_RANDOM", unix.MADV_RANDOM},
		{"MADV_SEQUENTIAL", unix.MADV_SEQUENTIAL}, {"MADV_WILLNEED", unix.MADV_WILLNEED},
		{"MADV_DONTNEED", unix.MADV_DONTNEED}, {"MADV_REMOVE", unix.MADV_REMOVE},
		{"MADV_DONTFORK", unix.MADV_DONTFORK}, {"MADV_DOFORK", unix.MADV_DOFORK},
		{"MADV_HWPOISON", unix.MADV_HWPOISON}, {"MADV_MERGEABLE", unix.MADV_MERGEABLE},
		{"MADV_UNMERGEABLE", unix.MADV_UNMERGEABLE}, {"MADV_HUGEPAGE", unix.MADV_HUGEPAGE},
		{"MADV_NOHUGEPAGE", unix.MADV_NOHUGEPAGE}, {"MADV_DONTDUMP", unix.MADV_DONTDUMP},
		{"MADV_DODUMP", unix.MADV_DODUMP}, {"MADV_FREE", unix.MADV_FREE},
	}
	for _, c := range ints {
		setAttr(m, c.name, object.Int(int64(c.v)))
	}
	return m, nil
}

const mmapDoc = `Windows: mmap(fileno, length[, tagname[, access[, offset]]])

Maps length bytes from the file specified by the file handle fileno,
and returns a mmap object.  If length is larger than the current size
of the file, the file is extended to contain length bytes.  If length
is 0, the maximum length of the map is the current size of the file,
except that if the file is empty Windows raises an exception (you cannot
create an empty mapping on Windows).

Unix: mmap(fileno, length[, flags[, prot[, access[, offset]]]])

Maps length bytes from the file specified by the file descriptor fileno,
and returns a mmap object.  If length is 0, the maximum length of the map
will be the current size of the file when mmap is called.
flags specifies the nature of the mapping. MAP_PRIVATE creates a
private copy-on-write mapping, so changes to the contents of the mmap
object will be private to this process, and MAP_SHARED creates a mapping
that's shared with all other processes mapping the same areas of the file.
The default value is MAP_SHARED.

To map anonymous memory, pass -1 as the fileno (both versions).`

// mmapParseNew binds mmap()'s arguments as PyArg_ParseTupleAndKeywords
// does for a format without a function name ("in|iiiL"): its messages
// say "function".
func mmapParseNew(args []object.Value, kwnames []string) ([6]object.Value, error) {
	var out [6]object.Value
	names := [6]string{"fileno", "length", "flags", "prot", "access", "offset"}
	npos := len(args) - len(kwnames)
	if len(args) > 6 {
		return out, object.Errorf(object.TypeError, "function takes at most 6 arguments (%d given)", len(args))
	}
	copy(out[:], args[:npos])
	for j, k := range kwnames {
		idx := -1
		for i, n := range names {
			if n == k {
				idx = i
			}
		}
		if idx < 0 {
			return out, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
		if idx < npos {
			return out, object.Errorf(object.TypeError, "argument for function given by name ('%s') and position (%d)", k, idx+1)
		}
		out[idx] = args[npos+j]
	}
	for i := 0; i < 2; i++ {
		if out[i].IsNull() {
			return out, object.Errorf(object.TypeError, "function missing required argument '%s' (pos %d)", names[i], i+1)
		}
	}
	return out, nil
}

func mmapNew(cls *object.Type, args []object.Value, kwnames []string) (object.Value, error) {
	a, err := mmapParseNew(args, kwnames)
	if err != nil {
		return object.Null, err
	}
	fd, err := cIntArg(a[0])
	if err != nil {
		return object.Null, err
	}
	size64, err := asSsize(a[1])
	if err != nil {
		return object.Null, err
	}
	flags, prot, access := unix.MAP_SHARED, unix.PROT_READ|unix.PROT_WRITE, mmapAccessDefault
	for i, p := range []*int{&flags, &prot, &access} {
		if !a[2+i].IsNull() {
			if *p, err = cIntArg(a[2+i]); err != nil {
				return object.Null, err
			}
		}
	}
	var offset int64
	if !a[5].IsNull() {
		if offset, err = offArg(a[5]); err != nil {
			return object.Null, err
		}
	}
	if size64 < 0 {
		return object.Null, object.Errorf(object.OverflowError, "memory mapped length must be positive")
	}
	if offset < 0 {
		return object.Null, object.Errorf(object.OverflowError, "memory mapped offset must be positive")
	}
	if access != mmapAccessDefault && (flags != unix.MAP_SHARED || prot != unix.PROT_READ|unix.PROT_WRITE) {
		return object.Null, object.Errorf(object.ValueError, "mmap can't specify both access and flags, prot.")
	}
	switch access {
	case mmapAccessRead:
		flags, prot = unix.MAP_SHARED, unix.PROT_READ
	case mmapAccessWrite:
		flags, prot = unix.MAP_SHARED, unix.PROT_READ|unix.PROT_WRITE
	case mmapAccessCopy:
		flags, prot = unix.MAP_PRIVATE, unix.PROT_READ|unix.PROT_WRITE
	case mmapAccessDefault:
		if prot&unix.PROT_READ != 0 && prot&unix.PROT_WRITE != 0 {
			// stays ACCESS_DEFAULT
		} else if prot&unix.PROT_WRITE != 0 {
			access = mmapAccessWrite
		} else {
			access = mmapAccessRead
		}
	default:
		return object.Null, object.Errorf(object.ValueError, "mmap invalid access parameter.")
	}
	size := size64
	if fd != -1 {
		var st unix.Stat_t
		if unix.Fstat(fd, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG {
			if size == 0 {
				if st.Size == 0 {
					return object.Null, object.Errorf(object.ValueError, "cannot mmap an empty file")
				}
				if offset >= st.Size {
					return object.Null, object.Errorf(object.ValueError, "mmap offset is greater than file size")
				}
				size = st.Size - offset
			} else if offset > st.Size || st.Size-offset < size {
				return object.Null, object.Errorf(object.ValueError, "mmap length is greater than file size")
			}
		}
	}
	reg := &mmapRegion{fd: -1}
	if fd == -1 {
		flags |= unix.MAP_ANONYMOUS
	} else {
		if isRuntimeFD(fd) {
			return object.Null, errnoError(syscall.EBADF)
		}
		nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		reg.fd = nfd
	}
	data, err := unix.Mmap(fd, offset, int(size), prot, flags)
	if err != nil {
		reg.release()
		return object.Null, osErrorOf(err)
	}
	reg.data = data
	m := &mmapObj{data: data, offset: offset, access: access, reg: reg}
	runtime.AddCleanup(m, func(r *mmapRegion) { r.release() }, reg)
	return object.WrapBuiltin(cls, object.FromObject(m)), nil
}

// mmapFindArgs parses find's and rfind's "y*|nn" arguments.
func mmapFindArgs(m *mmapObj, name string, args []object.Value, kw []string) ([]byte, int, int, error) {
	if err := object.ParseTupleOnly(name, args, kw, 1, 3); err != nil {
		return nil, 0, 0, err
	}
	needle, err := object.AsBytes(args[0])
	if err != nil {
		return nil, 0, 0, err
	}
	needle = append([]byte(nil), needle...)
	start, end := int64(m.pos), int64(len(m.data))
	if len(args) > 1 {
		if start, err = asSsize(args[1]); err != nil {
			return nil, 0, 0, err
		}
	}
	if len(args) > 2 {
		if end, err = asSsize(args[2]); err != nil {
			return nil, 0, 0, err
		}
	}
	n := int64(len(m.data))
	clamp := func(i int64) int {
		if i < 0 {
			i += n
		}
		if i < 0 {
			return 0
		}
		if i > n {
			return int(n)
		}
		return int(i)
	}
	return needle, clamp(start), clamp(end), nil
}

// mmapByteArg is the "b" format unit (an unsigned char).
func mmapByteArg(v object.Value) (byte, error) {
	n, err := cLongArg(v)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, object.Errorf(object.OverflowError, "unsigned byte integer is less than minimum")
	}
	if n > 255 {
		return 0, object.Errorf(object.OverflowError, "unsigned byte integer is greater than maximum")
	}
	return byte(n), nil
}

func init() {
	t := MmapType
	t.SetWeakrefable()
	t.SetAttrString("__doc__", object.NewStr(mmapDoc))
	t.SetNew(mmapNew, nil)

	// method adds a method that checks the map is open before it parses
	// its arguments, as CPython's do, and guards its memory accesses.
	method := func(name string, f func(m *mmapObj, args []object.Value, kw []string) (object.Value, error)) {
		t.AddMethod(name, func(v object.Value, args []object.Value, kw []string) (r object.Value, err error) {
			m := mmapSelf(v)
			if err := m.check(); err != nil {
				return object.Null, err
			}
			defer mmapGuard(debug.SetPanicOnFault(true), &err)
			return f(m, args, kw)
		})
	}
	// noArgs adds a METH_NOARGS method: the argument check comes first.
	noArgs := func(name string, f func(m *mmapObj) (object.Value, error)) {
		t.AddMethod(name, func(v object.Value, args []object.Value, kw []string) (r object.Value, err error) {
			if err := object.NoArgs("mmap."+name, args, kw); err != nil {
				return object.Null, err
			}
			m := mmapSelf(v)
			defer mmapGuard(debug.SetPanicOnFault(true), &err)
			return f(m)
		})
	}

	noArgs("close", func(m *mmapObj) (object.Value, error) {
		return object.None, m.close()
	})
	t.AddGetter("closed", func(v object.Value) (object.Value, error) {
		return object.Bool(mmapSelf(v).data == nil), nil
	})
	find := func(name string, reverse bool) {
		method(name, func(m *mmapObj, args []object.Value, kw []string) (object.Value, error) {
			needle, start, end, err := mmapFindArgs(m, name, args, kw)
			if err != nil {
				return object.Null, err
			}
			if end < start {
				return object.Int(-1), nil
			}
			hay := m.data[start:end]
			var i int
			if reverse {
				i = bytes.LastIndex(hay, needle)
			} else {
				i = bytes.Index(hay, needle)
			}
			if i < 0 {
				return object.Int(-1), nil
			}
			return object.Int(int64(start + i)), nil
		})
	}
	find("find", false)
	find("rfind", true)
	method("flush", func(m *mmapObj, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ParseTupleOnly("flush", args, kw, 0, 2); err != nil {
			return object.Null, err
		}
		offset, size := int64(0), int64(len(m.data))
		var err error
		if len(args) > 0 {
			if offset, err = asSsize(args[0]); err != nil {
				return object.Null, err
			}
		}
		if len(args) > 1 {
			if size, err = asSsize(args[1]); err != nil {
				return object.Null, err
			}
		}
		if size < 0 || offset < 0 || int64(len(m.data))-offset < size {
			return object.Null, object.Errorf(object.ValueError, "flush values out of range")
		}
		if m.access == mmapAccessRead || m.access == mmapAccessCopy {
			return object.None, nil
		}
		if _, _, e := unix.Syscall(unix.SYS_MSYNC, uintptr(unsafe.Pointer(unsafe.SliceData(m.data)))+uintptr(offset), uintptr(size), unix.MS_SYNC); e != 0 {
			return object.Null, errnoError(e)
		}
		return object.None, nil
	})
	method("madvise", func(m *mmapObj, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ParseTupleOnly("madvise", args, kw, 1, 3); err != nil {
			return object.Null, err
		}
		option, err := cIntArg(args[0])
		if err != nil {
			return object.Null, err
		}
		start, length := int64(0), int64(len(m.data))
		if len(args) > 1 {
			if start, err = asSsize(args[1]); err != nil {
				return object.Null, err
			}
		}
		if len(args) > 2 {
			if length, err = asSsize(args[2]); err != nil {
				return object.Null, err
			}
		}
		if start < 0 || start >= int64(len(m.data)) {
			return object.Null, object.Errorf(object.ValueError, "madvise start out of bounds")
		}
		if length < 0 {
			return object.Null, object.Errorf(object.ValueError, "madvise length invalid")
		}
		if math.MaxInt64-start < length {
			return object.Null, object.Errorf(object.OverflowError, "madvise length too large")
		}
		if start+length > int64(len(m.data)) {
			length = int64(len(m.data)) - start
		}
		if _, _, e := unix.Syscall(unix.SYS_MADVISE, uintptr(unsafe.Pointer(unsafe.SliceData(m.data)))+uintptr(start), uintptr(length), uintptr(option)); e != 0 {
			return object.Null, errnoError(e)
		}
		return object.None, nil
	})
	method("move", func(m *mmapObj, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ParseTupleOnly("move", args, kw, 3, 3); err != nil {
			return object.Null, err
		}
		var n [3]int64
		for i := range n {
			var err error
			if n[i], err = asSsize(args[i]); err != nil {
				return object.Null, err
			}
		}
		if err := m.writable(); err != nil {
			return object.Null, err
		}
		dest, src, cnt, size := n[0], n[1], n[2], int64(len(m.data))
		if dest < 0 || src < 0 || cnt < 0 || size-dest < cnt || size-src < cnt {
			return object.Null, object.Errorf(object.ValueError, "source, destination, or count out of range")
		}
		copy(m.data[dest:dest+cnt], m.data[src:src+cnt])
		return object.None, nil
	})
	method("read", func(m *mmapObj, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ParseTupleOnly("read", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		n := -1
		if len(args) == 1 && !args[0].IsNone() {
			if !object.IndexCheck(args[0]) {
				return object.Null, object.Errorf(object.TypeError, "argument should be integer or None, not '%s'", object.TypeOf(args[0]).Name)
			}
			var err error
			if n, err = object.AsSsize(args[0], object.OverflowError); err != nil {
				return object.Null, err
			}
		}
		remaining := 0
		if m.pos < len(m.data) {
			remaining = len(m.data) - m.pos
		}
		if n < 0 || n > remaining {
			n = remaining
		}
		if n == 0 {
			return object.NewBytes(nil), nil
		}
		out := object.NewBytes(append([]byte(nil), m.data[m.pos:m.pos+n]...))
		m.pos += n
		return out, nil
	})
	noArgs("read_byte", func(m *mmapObj) (object.Value, error) {
		if err := m.check(); err != nil {
			return object.Null, err
		}
		if m.pos >= len(m.data) {
			return object.Null, object.Errorf(object.ValueError, "read byte out of range")
		}
		b := m.data[m.pos]
		m.pos++
		return object.Int(int64(b)), nil
	})
	noArgs("readline", func(m *mmapObj) (object.Value, error) {
		if err := m.check(); err != nil {
			return object.Null, err
		}
		if m.pos >= len(m.data) {
			return object.NewBytes(nil), nil
		}
		rest := m.data[m.pos:]
		n := len(rest)
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			n = i + 1
		}
		out := object.NewBytes(append([]byte(nil), rest[:n]...))
		m.pos += n
		return out, nil
	})
	method("resize", func(m *mmapObj, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ParseTupleOnly("resize", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		newSize, err := asSsize(args[0])
		if err != nil {
			return object.Null, err
		}
		if m.exports > 0 {
			return object.Null, object.Errorf(object.BufferError, "mmap can't resize with extant buffers exported.")
		}
		if m.access != mmapAccessWrite && m.access != mmapAccessDefault {
			return object.Null, object.Errorf(object.TypeError, "mmap can't resize a readonly or copy-on-write memory map.")
		}
		if newSize < 0 || math.MaxInt64-newSize < m.offset {
			return object.Null, object.Errorf(object.ValueError, "new size out of range")
		}
		if m.reg.fd != -1 {
			if err := unix.Ftruncate(m.reg.fd, m.offset+newSize); err != nil {
				return object.Null, osErrorOf(err)
			}
		}
		data, err := unix.Mremap(m.data, int(newSize), unix.MREMAP_MAYMOVE)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		m.data, m.reg.data = data, data
		return object.None, nil
	})
	method("seek", func(m *mmapObj, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ParseTupleOnly("seek", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		dist, err := asSsize(args[0])
		if err != nil {
			return object.Null, err
		}
		how := 0
		if len(args) > 1 {
			if how, err = cIntArg(args[1]); err != nil {
				return object.Null, err
			}
		}
		var where int64
		size := int64(len(m.data))
		switch how {
		case 0:
			where = dist
		case 1:
			if dist > 0 && int64(m.pos) > math.MaxInt64-dist {
				return object.Null, object.Errorf(object.ValueError, "seek out of range")
			}
			where = int64(m.pos) + dist
		case 2:
			if dist > 0 && size > math.MaxInt64-dist {
				return object.Null, object.Errorf(object.ValueError, "seek out of range")
			}
			where = size + dist
		default:
			return object.Null, object.Errorf(object.ValueError, "unknown seek type")
		}
		if where < 0 || where > size {
			return object.Null, object.Errorf(object.ValueError, "seek out of range")
		}
		m.pos = int(where)
		return object.None, nil
	})
	noArgs("size", func(m *mmapObj) (object.Value, error) {
		if err := m.check(); err != nil {
			return object.Null, err
		}
		var st unix.Stat_t
		if err := unix.Fstat(m.reg.fd, &st); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(st.Size), nil
	})
	noArgs("tell", func(m *mmapObj) (object.Value, error) {
		if err := m.check(); err != nil {
			return object.Null, err
		}
		return object.Int(int64(m.pos)), nil
	})
	method("write", func(m *mmapObj, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ParseTupleOnly("write", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		b, err := object.AsBytes(args[0])
		if err != nil {
			return object.Null, err
		}
		if err := m.writable(); err != nil {
			return object.Null, err
		}
		if m.pos > len(m.data) || len(m.data)-m.pos < len(b) {
			return object.Null, object.Errorf(object.ValueError, "data out of range")
		}
		copy(m.data[m.pos:], b)
		m.pos += len(b)
		return object.Int(int64(len(b))), nil
	})
	method("write_byte", func(m *mmapObj, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ParseTupleOnly("write_byte", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		b, err := mmapByteArg(args[0])
		if err != nil {
			return object.Null, err
		}
		if err := m.writable(); err != nil {
			return object.Null, err
		}
		if m.pos >= len(m.data) {
			return object.Null, object.Errorf(object.ValueError, "write byte out of range")
		}
		m.data[m.pos] = b
		m.pos++
		return object.None, nil
	})
	t.AddRawMethod("__enter__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("mmap.__enter__", args, kw); err != nil {
			return object.Null, err
		}
		if err := mmapSelf(v).check(); err != nil {
			return object.Null, err
		}
		return v, nil
	})
	t.AddMethod("__exit__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("__exit__", kw); err != nil {
			return object.Null, err
		}
		return object.None, mmapSelf(v).close()
	})

	t.AddSlot("__repr__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		m := mmapSelf(v)
		name := object.TypeOf(v).Name
		if m.data == nil {
			return object.NewStr("<" + name + " closed=True>"), nil
		}
		return object.NewStr(fmt.Sprintf("<%s closed=False, access=%s, length=%d, pos=%d, offset=%d>",
			name, mmapAccessNames[m.access], len(m.data), m.pos, m.offset)), nil
	})
	t.AddSlot("__len__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		m := mmapSelf(v)
		if err := m.check(); err != nil {
			return object.Null, err
		}
		return object.Int(int64(len(m.data))), nil
	})
	t.AddSlot("__getitem__", func(v object.Value, args []object.Value, kw []string) (r object.Value, err error) {
		m := mmapSelf(v)
		if err := m.check(); err != nil {
			return object.Null, err
		}
		defer mmapGuard(debug.SetPanicOnFault(true), &err)
		key := args[0]
		if object.IndexCheck(key) {
			i, err := object.AsSsize(key, object.IndexError)
			if err != nil {
				return object.Null, err
			}
			if i < 0 {
				i += len(m.data)
			}
			if i < 0 || i >= len(m.data) {
				return object.Null, object.Errorf(object.IndexError, "mmap index out of range")
			}
			return object.Int(int64(m.data[i])), nil
		}
		sl, ok := key.Object().(*object.Slice)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "mmap indices must be integers")
		}
		start, _, step, n, err := sl.Indices(len(m.data))
		if err != nil {
			return object.Null, err
		}
		if n <= 0 {
			return object.NewBytes(nil), nil
		}
		if step == 1 {
			return object.NewBytes(append([]byte(nil), m.data[start:start+n]...)), nil
		}
		out := make([]byte, n)
		for i := range out {
			out[i] = m.data[start+i*step]
		}
		return object.NewBytes(out), nil
	})
	assign := func(v, key, val object.Value) (err error) {
		m := mmapSelf(v)
		if err := m.check(); err != nil {
			return err
		}
		if err := m.writable(); err != nil {
			return err
		}
		defer mmapGuard(debug.SetPanicOnFault(true), &err)
		if object.IndexCheck(key) {
			i, err := object.AsSsize(key, object.IndexError)
			if err != nil {
				return err
			}
			if i < 0 {
				i += len(m.data)
			}
			if i < 0 || i >= len(m.data) {
				return object.Errorf(object.IndexError, "mmap index out of range")
			}
			if val.IsNull() {
				return object.Errorf(object.TypeError, "mmap doesn't support item deletion")
			}
			if !object.IndexCheck(val) {
				return object.Errorf(object.TypeError, "mmap item value must be an int")
			}
			b, err := object.AsSsize(val, object.TypeError)
			if err != nil {
				return err
			}
			if b < 0 || b > 255 {
				return object.Errorf(object.ValueError, "mmap item value must be in range(0, 256)")
			}
			if m.data == nil || i >= len(m.data) { // __index__ may have closed or resized it
				return errMmapClosed()
			}
			m.data[i] = byte(b)
			return nil
		}
		sl, ok := key.Object().(*object.Slice)
		if !ok {
			return object.Errorf(object.TypeError, "mmap indices must be integer")
		}
		start, _, step, n, err := sl.Indices(len(m.data))
		if err != nil {
			return err
		}
		if val.IsNull() {
			return object.Errorf(object.TypeError, "mmap object doesn't support slice deletion")
		}
		buf, err := object.GetBuffer(val, false)
		if err != nil {
			return err
		}
		defer buf.Release()
		src := buf.Bytes()
		if n < 0 {
			n = 0
		}
		if len(src) != n {
			return object.Errorf(object.IndexError, "mmap slice assignment is wrong size")
		}
		if m.data == nil || (n > 0 && (start >= len(m.data) || start+(n-1)*step >= len(m.data))) {
			return errMmapClosed()
		}
		if step == 1 {
			copy(m.data[start:start+n], src)
			return nil
		}
		for i := 0; i < n; i++ {
			m.data[start+i*step] = src[i]
		}
		return nil
	}
	t.AddSlot("__setitem__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.None, assign(v, args[0], args[1])
	})
	t.AddSlot("__delitem__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.None, assign(v, args[0], object.Null)
	})
}
