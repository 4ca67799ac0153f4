package native

import (
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _pickle: the accelerator of the pickle module, with the semantics,
// byte streams and messages of CPython 3.10's Modules/_pickle.c: Pickler
// (pickle_save.go), Unpickler (pickle_load.go), their memo proxies, the
// module functions dump/dumps/load/loads, the three exceptions and
// PickleBuffer (pickle_buffer.go).

func init() { register("_pickle", newPickleModule) }

// The protocol's limits and framing constants.
const (
	pickleHighest       = 5
	pickleDefault       = 4
	pickleBatchSize     = 1000
	pickleFrameTarget   = 64 * 1024
	pickleFrameMin      = 4
	pickleFrameHeader   = 9
	pickleFastNestLimit = 50
)

// The opcodes.
const (
	opMARK            = '('
	opSTOP            = '.'
	opPOP             = '0'
	opPOP_MARK        = '1'
	opDUP             = '2'
	opFLOAT           = 'F'
	opINT             = 'I'
	opBININT          = 'J'
	opBININT1         = 'K'
	opLONG            = 'L'
	opBININT2         = 'M'
	opNONE            = 'N'
	opPERSID          = 'P'
	opBINPERSID       = 'Q'
	opREDUCE          = 'R'
	opSTRING          = 'S'
	opBINSTRING       = 'T'
	opSHORT_BINSTRING = 'U'
	opUNICODE         = 'V'
	opBINUNICODE      = 'X'
	opAPPEND          = 'a'
	opBUILD           = 'b'
	opGLOBAL          = 'c'
	opDICT            = 'd'
	opEMPTY_DICT      = '}'
	opAPPENDS         = 'e'
	opGET             = 'g'
	opBINGET          = 'h'
	opINST            = 'i'
	opLONG_BINGET     = 'j'
	opLIST            = 'l'
	opEMPTY_LIST      = ']'
	opOBJ             = 'o'
	opPUT             = 'p'
	opBINPUT          = 'q'
	opLONG_BINPUT     = 'r'
	opSETITEM         = 's'
	opTUPLE           = 't'
	opEMPTY_TUPLE     = ')'
	opSETITEMS        = 'u'
	opBINFLOAT        = 'G'

	opPROTO    = 0x80
	opNEWOBJ   = 0x81
	opEXT1     = 0x82
	opEXT2     = 0x83
	opEXT4     = 0x84
	opTUPLE1   = 0x85
	opTUPLE2   = 0x86
	opTUPLE3   = 0x87
	opNEWTRUE  = 0x88
	opNEWFALSE = 0x89
	opLONG1    = 0x8a
	opLONG4    = 0x8b

	opBINBYTES       = 'B'
	opSHORT_BINBYTES = 'C'

	opSHORT_BINUNICODE = 0x8c
	opBINUNICODE8      = 0x8d
	opBINBYTES8        = 0x8e
	opEMPTY_SET        = 0x8f
	opADDITEMS         = 0x90
	opFROZENSET        = 0x91
	opNEWOBJ_EX        = 0x92
	opSTACK_GLOBAL     = 0x93
	opMEMOIZE          = 0x94
	opFRAME            = 0x95

	opBYTEARRAY8      = 0x96
	opNEXT_BUFFER     = 0x97
	opREADONLY_BUFFER = 0x98
)

// pickleState is one interpreter's _pickle: its exceptions and types,
// and the tables of copyreg and _compat_pickle it consults (CPython's
// PickleState).
type pickleState struct {
	in                                        *vm.Interp
	pickleError, picklingError, unpicklingErr *object.Type
	picklerT, unpicklerT                      *object.Type
	pMemoProxyT, uMemoProxyT                  *object.Type

	dispatchTable     object.Value // copyreg.dispatch_table
	extensionRegistry object.Value // copyreg._extension_registry
	invertedRegistry  object.Value // copyreg._inverted_registry
	extensionCache    object.Value // copyreg._extension_cache
	nameMapping2to3   object.Value // _compat_pickle.NAME_MAPPING
	importMapping2to3 object.Value
	nameMapping3to2   object.Value // _compat_pickle.REVERSE_NAME_MAPPING
	importMapping3to2 object.Value
	codecsEncode      object.Value // codecs.encode
	getattrFn         object.Value // builtins.getattr
	partialFn         object.Value // functools.partial

	// funcModules is one module name object per module for the
	// built-in functions (see saveGlobal).
	funcModules map[string]object.Value

	// freeP and freeU are a pickler and an unpickler that dumps and
	// loads reuse (their memo tables, stacks and buffers); Python code
	// never sees them, and a nested dumps during a dumps makes its own.
	freeP *pickler
	freeU *unpickler

	// findHook, when set, replaces find_class (the fuzz test's safe
	// globals, with no interpreter to import from).
	findHook func(mod, name object.Value) (object.Value, error)
}

func newPickleModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_pickle", "Optimized C implementation for the Python pickle module.")
	st := &pickleState{in: in}
	st.pickleError = newException("_pickle", "PickleError", object.Exception)
	st.picklingError = newException("_pickle", "PicklingError", st.pickleError)
	st.unpicklingErr = newException("_pickle", "UnpicklingError", st.pickleError)
	if err := st.loadTables(); err != nil {
		return nil, err
	}
	st.makePicklerTypes()
	st.makeUnpicklerTypes()
	setAttr(m, "PickleError", typeValue(st.pickleError))
	setAttr(m, "PicklingError", typeValue(st.picklingError))
	setAttr(m, "UnpicklingError", typeValue(st.unpicklingErr))
	setAttr(m, "Pickler", typeValue(st.picklerT))
	setAttr(m, "Unpickler", typeValue(st.unpicklerT))
	setAttr(m, "PickleBuffer", typeValue(pickleBufferType))
	st.defModuleFuncs(m)
	return m, nil
}

// loadTables imports what _Pickle_InitState takes from copyreg,
// _compat_pickle, codecs and functools.
func (st *pickleState) loadTables() error {
	get := func(mod, name string) (object.Value, error) {
		m, err := st.in.ImportModule(mod)
		if err != nil {
			return object.Null, err
		}
		return object.GetAttrString(m, name)
	}
	type entry struct {
		dst       *object.Value
		mod, name string
		dict      bool
	}
	for _, e := range []entry{
		{&st.dispatchTable, "copyreg", "dispatch_table", true},
		{&st.extensionRegistry, "copyreg", "_extension_registry", true},
		{&st.invertedRegistry, "copyreg", "_inverted_registry", true},
		{&st.extensionCache, "copyreg", "_extension_cache", true},
		{&st.nameMapping2to3, "_compat_pickle", "NAME_MAPPING", true},
		{&st.importMapping2to3, "_compat_pickle", "IMPORT_MAPPING", true},
		{&st.nameMapping3to2, "_compat_pickle", "REVERSE_NAME_MAPPING", true},
		{&st.importMapping3to2, "_compat_pickle", "REVERSE_IMPORT_MAPPING", true},
		{&st.codecsEncode, "codecs", "encode", false},
		{&st.getattrFn, "builtins", "getattr", false},
		{&st.partialFn, "functools", "partial", false},
	} {
		v, err := get(e.mod, e.name)
		if err != nil {
			return err
		}
		if e.dict {
			if _, ok := v.Object().(*object.Dict); !ok {
				return object.Errorf(object.RuntimeError, "%s.%s should be a dict, not %s", e.mod, e.name, object.TypeOf(v).Name)
			}
		}
		*e.dst = v
	}
	return nil
}

// errorf makes an exception of one of the module's classes.
func pickleErr(t *object.Type, format string, a ...any) error {
	return object.Errorf(t, format, a...)
}

// reprOf is %R for messages; a failing repr gives its error's text.
func reprOf(v object.Value) string {
	s, err := object.Repr(v)
	if err != nil {
		object.Drop(err)
		return "<object>"
	}
	return s
}

// strOf is %S for messages.
func strOf(v object.Value) string {
	s, err := object.StrOf(v)
	if err != nil {
		object.Drop(err)
		return "<object>"
	}
	return s
}

// protocolArg converts the protocol argument (None: the default,
// negative: the highest) and checks it.
func protocolArg(v object.Value) (int, error) {
	if v.IsNull() || v.IsNone() {
		return pickleDefault, nil
	}
	n, err := object.ArgSsize(v)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return pickleHighest, nil
	}
	if n > pickleHighest {
		return 0, object.Errorf(object.ValueError, "pickle protocol must be <= %d", pickleHighest)
	}
	return int(n), nil
}

func (st *pickleState) defModuleFuncs(m *object.Module) {
	defFunc(m, "dump", func(args []object.Value, kw []string) (object.Value, error) {
		var a [5]object.Value
		if err := parseKw("dump", args, kw, []string{"obj", "file", "protocol", "fix_imports", "buffer_callback"}, 3, 2, a[:]); err != nil {
			return object.Null, err
		}
		p, err := st.newPickler(a[2], a[3], a[4])
		if err != nil {
			return object.Null, err
		}
		if err := p.setFile(a[1]); err != nil {
			return object.Null, err
		}
		if err := p.dump(a[0]); err != nil {
			return object.Null, err
		}
		return object.None, p.flushToFile()
	})
	defFunc(m, "dumps", func(args []object.Value, kw []string) (object.Value, error) {
		var a [4]object.Value
		if err := parseKw("dumps", args, kw, []string{"obj", "protocol", "fix_imports", "buffer_callback"}, 2, 1, a[:]); err != nil {
			return object.Null, err
		}
		p, err := st.takePickler(a[1], a[2], a[3])
		if err != nil {
			return object.Null, err
		}
		err = p.dump(a[0])
		var out object.Value
		if err == nil {
			out = object.NewBytes(append([]byte(nil), p.out...))
		}
		st.putPickler(p)
		return out, err
	})
	loadNames := []string{"file", "fix_imports", "encoding", "errors", "buffers"}
	defFunc(m, "load", func(args []object.Value, kw []string) (object.Value, error) {
		var a [5]object.Value
		if err := parseKw("load", args, kw, loadNames, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		u, err := st.newUnpickler("load", a[1], a[2], a[3], a[4])
		if err != nil {
			return object.Null, err
		}
		if err := u.setFile(a[0]); err != nil {
			return object.Null, err
		}
		return u.load()
	})
	defFunc(m, "loads", func(args []object.Value, kw []string) (object.Value, error) {
		var a [5]object.Value
		names := append([]string{"data"}, loadNames[1:]...)
		if err := parseKw("loads", args, kw, names, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		u, err := st.takeUnpickler("loads", a[1], a[2], a[3], a[4])
		if err != nil {
			return object.Null, err
		}
		if b, ok := a[0].Object().(*object.Bytes); ok {
			u.data = b.B
		} else {
			buf, err := object.GetBuffer(a[0], false)
			if err != nil {
				return object.Null, err
			}
			u.data = buf.Bytes()
			buf.Release()
		}
		v, err := u.load()
		st.putUnpickler(u)
		return v, err
	})
}

func (st *pickleState) takePickler(protocol, fixImports, bufferCallback object.Value) (*pickler, error) {
	p := st.freeP
	if p == nil {
		return st.newPickler(protocol, fixImports, bufferCallback)
	}
	st.freeP = nil
	if err := p.configure(protocol, fixImports, bufferCallback); err != nil {
		return nil, err
	}
	return p, nil
}

// putPickler keeps p for the next dumps, without the objects it saw.
func (st *pickleState) putPickler(p *pickler) {
	p.memo.clear()
	if cap(p.out) > 1<<20 {
		p.out = nil
	}
	p.out, p.frameStart, p.framing = p.out[:0], -1, false
	p.bufferCallback, p.reducerOvr = object.Null, object.Null
	p.fastMemo, p.fastNest = nil, 0
	st.freeP = p
}

func (st *pickleState) takeUnpickler(fname string, fixImports, encoding, errors, buffers object.Value) (*unpickler, error) {
	u := st.freeU
	if u == nil {
		return st.newUnpickler(fname, fixImports, encoding, errors, buffers)
	}
	st.freeU = nil
	if err := u.configure(fname, fixImports, encoding, errors, buffers); err != nil {
		return nil, err
	}
	return u, nil
}

// putUnpickler keeps u for the next loads, without the objects it made.
func (st *pickleState) putUnpickler(u *unpickler) {
	u.data, u.pos = nil, 0
	u.clearFrom(0)
	u.marks, u.fence = u.marks[:0], 0
	if len(u.memo) > 4096 {
		u.memo = nil
	} else {
		clear(u.memo)
	}
	u.memoBig, u.memoLen = nil, 0
	u.buffers = object.Null
	st.freeU = u
}
