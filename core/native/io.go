package native

import (
	"syscall"
	"weak"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _io: CPython 3.10's I/O stack — the abstract bases (_IOBase,
// _RawIOBase, _BufferedIOBase, _TextIOBase), FileIO over file
// descriptors, the buffered layers, TextIOWrapper, StringIO and BytesIO,
// IncrementalNewlineDecoder and open(). Lib/io.py subclasses the bases
// with ABCMeta and user code subclasses the concrete classes, so where
// CPython's C code calls a method by name (TextIOWrapper calling
// buffer.read1, a BufferedReader calling raw.readinto, IOBase.close
// calling self.flush) this code does too, with direct Go calls only
// when the object is exactly one of these types.
//
// The types are made per interpreter (as CPython 3.12 makes them per
// module): their methods reach the interpreter through the module state,
// and no interpreter sees another's classes.

func init() { register("_io", newIOModule) }

// defaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const defaultBufferSize = 8192

// ioState is the _io module state of one interpreter.
type ioState struct {
	in  *vm.Interp
	mod *object.Module

	iobase, rawiobase, bufferediobase, textiobase *object.Type
	fileio, bytesio, stringio                     *object.Type
	bufreader, bufwriter, bufrandom, bufrwpair    *object.Type
	textwrapper, nldecoder                        *object.Type
	unsupported                                   *object.Type

	// live are the objects that hold data to flush or descriptors to
	// close when the interpreter ends, newest last (weak: an object the
	// program dropped is not kept alive for this).
	live []weak.Pointer[ioObj]

	reprActive map[object.Object]bool // reprs under way (Py_ReprEnter)
}

// ioStateOf returns an interpreter's _io state, importing _io if it is
// not yet (it is made at interpreter start for sys.stdout).
func ioStateOf(in *vm.Interp) (*ioState, error) {
	if st, ok := in.ModuleState("_io").(*ioState); ok {
		return st, nil
	}
	if _, err := in.ImportModule("_io"); err != nil {
		return nil, err
	}
	st, _ := in.ModuleState("_io").(*ioState)
	return st, nil
}

// ioObj is the part every _io object shares: its exact native type, its
// module state and its instance __dict__ (CPython's _io objects have one).
type ioObj struct {
	t    *object.Type
	st   *ioState
	dict *object.Dict
	// finalize flushes and closes what the object holds at interpreter
	// exit; nil for objects with nothing to do.
	finalize func()
}

// Type returns the object's native type.
func (o *ioObj) Type() *object.Type { return o.t }

// base returns the shared part of any _io object.
func (o *ioObj) base() *ioObj { return o }

// InstanceDict returns the instance __dict__.
func (o *ioObj) InstanceDict() *object.Dict {
	if o.dict == nil {
		o.dict = object.NewDict(0)
	}
	return o.dict
}

func (o *ioObj) header() *ioObj { return o }

// ioPayload is implemented by every _io payload.
type ioPayload interface {
	object.Object
	header() *ioObj
}

// track registers an object to be finalized when the interpreter ends.
func (st *ioState) track(o *ioObj) {
	if len(st.live) > 64 && len(st.live)%64 == 0 {
		kept := st.live[:0]
		for _, w := range st.live {
			if w.Value() != nil {
				kept = append(kept, w)
			}
		}
		st.live = kept
	}
	st.live = append(st.live, weak.Make(o))
}

// finalizeAll runs the finalizers of the objects still alive, newest
// first, as CPython's collection of module globals closes files left open.
func (st *ioState) finalizeAll() {
	for i := len(st.live) - 1; i >= 0; i-- {
		if o := st.live[i].Value(); o != nil && o.finalize != nil {
			o.finalize()
		}
	}
	st.live = nil
}

func newIOModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_io", ioDoc)
	setAttr(m, "__name__", object.NewStr("io"))
	st := &ioState{in: in, mod: m}
	st.makeTypes()
	for _, t := range []*object.Type{st.iobase, st.rawiobase, st.bufferediobase, st.textiobase,
		st.fileio, st.bytesio, st.stringio, st.bufreader, st.bufwriter, st.bufrandom, st.bufrwpair,
		st.textwrapper, st.nldecoder} {
		setAttr(m, t.Name[len("_io."):], object.FromObject(t))
	}
	setAttr(m, "DEFAULT_BUFFER_SIZE", object.Int(defaultBufferSize))
	setAttr(m, "UnsupportedOperation", object.FromObject(st.unsupported))
	setAttr(m, "BlockingIOError", object.FromObject(object.BlockingIOError))
	st.defOpen(m)
	in.SetModuleState("_io", st)
	return m, nil
}

const ioDoc = "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n"

// unsupportedOp raises io.UnsupportedOperation(msg).
func (st *ioState) unsupportedOp(msg string) error {
	return object.NewException(st.unsupported, object.NewStr(msg))
}

// Argument helpers with Argument Clinic's messages.

// sizeArg reads an optional size argument that may be an int or None
// (Py_ssize_t(accept={int, NoneType})); def when absent or None.
func sizeArg(args []object.Value, i int, def int) (int, error) {
	if i >= len(args) || args[i].IsNone() {
		return def, nil
	}
	return ioIndex(args[i])
}

// indexArg converts an int-like argument (__index__) to an int.
func ioIndex(v object.Value) (int, error) {
	// PyNumber_AsSsize_t(v, PyExc_OverflowError), as io's size and
	// position converters do.
	n, err := asSsize(v)
	return int(n), err
}

// intArgStrict reads an optional int argument (Py_ssize_t without None).
func intArgStrict(args []object.Value, i int, def int) (int, error) {
	if i >= len(args) {
		return def, nil
	}
	if args[i].IsNone() {
		return 0, object.Errorf(object.TypeError, "'NoneType' object cannot be interpreted as an integer")
	}
	return ioIndex(args[i])
}

// callMethod calls obj.name(*args) the way PyObject_CallMethod does.
func callMethod(obj object.Value, name string, args ...object.Value) (object.Value, error) {
	fn, err := object.GetAttrString(obj, name)
	if err != nil {
		return object.Null, err
	}
	return object.Call(fn, args, nil)
}

// lookupAttr is _PyObject_LookupAttr: the attribute, or Null when there
// is none (AttributeError swallowed).
func lookupAttr(obj object.Value, name string) (object.Value, error) {
	return object.LookupAttr(obj, object.Intern(name))
}

// truth calls bool(v).
func truth(v object.Value) (bool, error) { return object.Truth(v) }

// bytesArg reads a bytes-like argument (Py_buffer).
func bytesArg(v object.Value) ([]byte, error) {
	if b, ok := object.BytesLike(v); ok {
		return b, nil
	}
	return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", object.TypeOf(v).Name)
}

// writableArg reads a writable bytes-like argument (Py_buffer(accept=
// {rwbuffer})).
func writableArg(v object.Value) ([]byte, error) {
	if b, ok := object.WritableBytes(v); ok {
		return b, nil
	}
	if _, ok := object.BytesLike(v); ok {
		return nil, object.Errorf(object.TypeError, "argument must be read-write bytes-like object, not %s", object.TypeOf(v).Name)
	}
	return nil, object.Errorf(object.TypeError, "argument must be read-write bytes-like object, not %s", object.TypeOf(v).Name)
}

// newBlockingIOError is BlockingIOError(errno, msg, characters_written).
func newBlockingIOError(msg string, written int) error {
	e := object.NewException(object.BlockingIOError, object.Int(int64(syscall.EAGAIN)), object.NewStr(msg), object.Int(int64(written)))
	return e
}

// isClosedFile is the ValueError every closed stream raises.
func errClosed() error {
	return object.Errorf(object.ValueError, "I/O operation on closed file.")
}

// fsPathArg is os.fspath(v) for str and bytes (and PathLike objects).
func fsPathArg(v object.Value) (object.Value, error) {
	switch object.Unwrap(v).Object().(type) {
	case *object.Str, *object.Bytes:
		return v, nil
	}
	fn, err := lookupAttr(object.FromObject(object.TypeOf(v)), "__fspath__")
	if err != nil {
		return object.Null, err
	}
	if fn.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "expected str, bytes or os.PathLike object, not %s", object.TypeOf(v).Name)
	}
	r, err := object.Call(fn, []object.Value{v}, nil)
	if err != nil {
		return object.Null, err
	}
	switch object.Unwrap(r).Object().(type) {
	case *object.Str, *object.Bytes:
		return r, nil
	}
	return object.Null, object.Errorf(object.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", object.TypeOf(v).Name, object.TypeOf(r).Name)
}
