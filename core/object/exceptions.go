package object

import (
	"fmt"
	"strings"
)

// Traceback is one entry of an exception's traceback chain (CPython's
// PyTracebackObject): the VM prepends one per frame the exception unwinds.
type Traceback struct {
	Next   *Traceback
	Frame  Object // the frame: it names the file and function (tbFrame)
	Lineno int32
	Lasti  int32 // f_lasti when the frame was left, in code units (tb_lasti is twice it)
}

// tbFrame is what a traceback entry's frame tells of its code (the VM's
// frames): a frame a traceback refers to is never reused, so the entry
// need not copy the names (an entry is made for every frame an
// exception passes through).
type tbFrame interface {
	CodeFilename() string
	CodeName() string
}

// Filename is the entry's co_filename.
func (tb *Traceback) Filename() string {
	if f, ok := tb.Frame.(tbFrame); ok {
		return f.CodeFilename()
	}
	return ""
}

// Name is the entry's co_name.
func (tb *Traceback) Name() string {
	if f, ok := tb.Frame.(tbFrame); ok {
		return f.CodeName()
	}
	return ""
}

// Type returns TracebackType.
func (tb *Traceback) Type() *Type { return TracebackType }

// BaseException is every Python exception instance, built-in or of a user
// class deriving from BaseException. It is also a Go error, so Python
// exceptions travel through Go code as ordinary error returns.
type BaseException struct {
	Class           *Type
	Args            *Tuple
	Traceback       *Traceback
	Cause           Value // __cause__ (Null: unset, shown as None)
	Context         Value // __context__
	SuppressContext bool
	// Private is true while only the VM can reach the exception: it was
	// made by Go code (NewException, Errorf) or by a raise of a built-in
	// class, and nothing has handed it to Python since (an except clause
	// binding it, sys.exc_info, becoming a __context__, __exit__: the VM
	// clears it then, and Go code that gives one to Python must too).
	// When the VM drops a private exception it caught, the frames its
	// traceback kept are reused, as CPython frees them by refcount.
	Private bool
	Dict    *Dict // instance attributes of subclasses; nil until used
	// Value is StopIteration.value and SystemExit.code.
	Value Value
	// Ext holds the fields of SyntaxError, ImportError, OSError and
	// UnicodeError; nil for other exceptions.
	Ext *ExceptionFields
}

// ExceptionFields are the extra attributes of a few exception families.
type ExceptionFields struct {
	Msg, Filename, Lineno, Offset, Text, EndLineno, EndOffset, PrintFileAndLine Value // SyntaxError
	Name, Path                                                                  Value // ImportError
	Errno, Strerror, Filename2                                                  Value // OSError
	Encoding, Object, Start, End, Reason                                        Value // UnicodeError
}

// Type returns the exception's class.
func (e *BaseException) Type() *Type { return e.Class }

// Error implements error as "TypeName: str(e)".
func (e *BaseException) Error() string {
	s, err := StrOf(FromObject(e))
	if err != nil {
		s = "<exception str() failed>"
	}
	if s == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + s
}

// InstanceDict returns the instance attribute dict, creating it.
func (e *BaseException) InstanceDict() *Dict {
	if e.Dict == nil {
		e.Dict = NewDict(0)
	}
	return e.Dict
}

// Arg returns args[i] or None.
func (e *BaseException) Arg(i int) Value {
	if e.Args != nil && i < len(e.Args.Items) {
		return e.Args.Items[i]
	}
	return None
}

// NewException makes an exception of type t with the given args, setting
// the family-specific attributes as t's __init__ would.
func NewException(t *Type, args ...Value) *BaseException {
	// The args tuple is one allocation (MakeTuple), and the variadic
	// slice, which escapes into it when wrapped, is copied instead.
	tup := MakeTuple(len(args))
	copy(tup.Items, args)
	e := &BaseException{Class: t, Args: tup, Private: true}
	excInitFields(e, tup.Items, nil, nil)
	newFinalizable(t, e)
	return e
}

// Errorf returns an exception of type t whose single argument is the
// formatted message.
func Errorf(t *Type, format string, a ...any) error {
	return NewException(t, NewStr(fmt.Sprintf(format, a...)))
}

// DropHook is how the VM takes back the frames a private exception's
// traceback kept (set by package vm; see Drop).
var DropHook func(*BaseException)

// Drop is for Go code that caught err and keeps nothing of it (the end of
// an iteration, getattr's default): when err is a private exception
// (BaseException.Private), no one else can reach it either, and the
// frames its traceback kept are reused.
func Drop(err error) {
	if e, ok := err.(*BaseException); ok && e.Private && e.Traceback != nil && DropHook != nil {
		DropHook(e)
	}
}

// AsException returns err as a Python exception: *BaseException values are
// returned as is, other Go errors become SystemError.
func AsException(err error) *BaseException {
	if e, ok := err.(*BaseException); ok {
		return e
	}
	return NewException(SystemError, NewStr(err.Error()))
}

// SetAttributeContext records the name (and, for AttributeError, the
// object) an AttributeError or NameError is about: the name and obj
// attributes that 3.10's "Did you mean" suggestions use.
func (e *BaseException) SetAttributeContext(name, obj Value) {
	if e.Ext == nil {
		e.Ext = &ExceptionFields{Name: None, Object: None}
	}
	e.Ext.Name = name
	if !obj.IsNull() {
		e.Ext.Object = obj
	}
}

// ExceptionMatches reports whether err is a Python exception of type t.
func ExceptionMatches(err error, t *Type) bool {
	e, ok := err.(*BaseException)
	return ok && e.Class.IsSubtype(t)
}

// TracebackType is the type of traceback objects.
var TracebackType = newBuiltinType("traceback", ObjectType)

func newExc(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	t.hasDict = true
	return t
}

// The built-in exception hierarchy, named as in CPython.
var (
	BaseExceptionType         = newExc("BaseException", ObjectType)
	SystemExit                = newExc("SystemExit", BaseExceptionType)
	KeyboardInterrupt         = newExc("KeyboardInterrupt", BaseExceptionType)
	GeneratorExit             = newExc("GeneratorExit", BaseExceptionType)
	Exception                 = newExc("Exception", BaseExceptionType)
	StopIteration             = newExc("StopIteration", Exception)
	StopAsyncIteration        = newExc("StopAsyncIteration", Exception)
	ArithmeticError           = newExc("ArithmeticError", Exception)
	FloatingPointError        = newExc("FloatingPointError", ArithmeticError)
	OverflowError             = newExc("OverflowError", ArithmeticError)
	ZeroDivisionError         = newExc("ZeroDivisionError", ArithmeticError)
	AssertionError            = newExc("AssertionError", Exception)
	AttributeError            = newExc("AttributeError", Exception)
	BufferError               = newExc("BufferError", Exception)
	EOFError                  = newExc("EOFError", Exception)
	ImportError               = newExc("ImportError", Exception)
	ModuleNotFoundError       = newExc("ModuleNotFoundError", ImportError)
	LookupError               = newExc("LookupError", Exception)
	IndexError                = newExc("IndexError", LookupError)
	KeyError                  = newExc("KeyError", LookupError)
	MemoryError               = newExc("MemoryError", Exception)
	NameError                 = newExc("NameError", Exception)
	UnboundLocalError         = newExc("UnboundLocalError", NameError)
	OSError                   = newExc("OSError", Exception)
	BlockingIOError           = newExc("BlockingIOError", OSError)
	ChildProcessError         = newExc("ChildProcessError", OSError)
	ConnectionError           = newExc("ConnectionError", OSError)
	BrokenPipeError           = newExc("BrokenPipeError", ConnectionError)
	ConnectionAbortedError    = newExc("ConnectionAbortedError", ConnectionError)
	ConnectionRefusedError    = newExc("ConnectionRefusedError", ConnectionError)
	ConnectionResetError      = newExc("ConnectionResetError", ConnectionError)
	FileExistsError           = newExc("FileExistsError", OSError)
	FileNotFoundError         = newExc("FileNotFoundError", OSError)
	InterruptedError          = newExc("InterruptedError", OSError)
	IsADirectoryError         = newExc("IsADirectoryError", OSError)
	NotADirectoryError        = newExc("NotADirectoryError", OSError)
	PermissionError           = newExc("PermissionError", OSError)
	ProcessLookupError        = newExc("ProcessLookupError", OSError)
	TimeoutError              = newExc("TimeoutError", OSError)
	ReferenceError            = newExc("ReferenceError", Exception)
	RuntimeError              = newExc("RuntimeError", Exception)
	NotImplementedError       = newExc("NotImplementedError", RuntimeError)
	RecursionError            = newExc("RecursionError", RuntimeError)
	SyntaxError               = newExc("SyntaxError", Exception)
	IndentationError          = newExc("IndentationError", SyntaxError)
	TabError                  = newExc("TabError", IndentationError)
	SystemError               = newExc("SystemError", Exception)
	TypeError                 = newExc("TypeError", Exception)
	ValueError                = newExc("ValueError", Exception)
	UnicodeError              = newExc("UnicodeError", ValueError)
	UnicodeDecodeError        = newExc("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError        = newExc("UnicodeEncodeError", UnicodeError)
	UnicodeTranslateError     = newExc("UnicodeTranslateError", UnicodeError)
	Warning                   = newExc("Warning", Exception)
	DeprecationWarning        = newExc("DeprecationWarning", Warning)
	PendingDeprecationWarning = newExc("PendingDeprecationWarning", Warning)
	RuntimeWarning            = newExc("RuntimeWarning", Warning)
	SyntaxWarning             = newExc("SyntaxWarning", Warning)
	UserWarning               = newExc("UserWarning", Warning)
	FutureWarning             = newExc("FutureWarning", Warning)
	ImportWarning             = newExc("ImportWarning", Warning)
	UnicodeWarning            = newExc("UnicodeWarning", Warning)
	BytesWarning              = newExc("BytesWarning", Warning)
	EncodingWarning           = newExc("EncodingWarning", Warning)
	ResourceWarning           = newExc("ResourceWarning", Warning)
)

// ExceptionTypes lists every built-in exception type (for the builtins
// namespace), plus the EnvironmentError and IOError aliases of OSError.
func ExceptionTypes() map[string]*Type {
	m := map[string]*Type{"EnvironmentError": OSError, "IOError": OSError}
	for _, t := range allExceptionTypes {
		m[t.Name] = t
	}
	return m
}

var allExceptionTypes = []*Type{BaseExceptionType, SystemExit, KeyboardInterrupt, GeneratorExit,
	Exception, StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError,
	ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
	ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError,
	OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
	ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError,
	FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
	ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError,
	RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError,
	UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning,
	DeprecationWarning, PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, UserWarning,
	FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, EncodingWarning, ResourceWarning}

// errnoTypes maps the errno values OSError(errno, ...) turns into subclasses.
var errnoTypes = map[int64]*Type{
	2: FileNotFoundError, 17: FileExistsError, 13: PermissionError, 1: PermissionError,
	21: IsADirectoryError, 20: NotADirectoryError, 3: ProcessLookupError, 110: TimeoutError,
	4: InterruptedError, 10: ChildProcessError, 32: BrokenPipeError, 104: ConnectionResetError,
	111: ConnectionRefusedError, 103: ConnectionAbortedError, 11: BlockingIOError,
}

func excNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if t == OSError && len(args)-len(kwnames) >= 2 {
		if n, ok := args[0].AsInt(); ok && args[0].IsInt() {
			if sub, ok := errnoTypes[n]; ok {
				t = sub
			}
		}
	}
	e := &BaseException{Class: t, Args: copyTuple(args[:len(args)-len(kwnames)])}
	newFinalizable(t, e)
	return FromObject(e), nil
}

// copyTuple returns a new tuple of the values of args (one allocation for
// up to four), the empty tuple for none.
func copyTuple(args []Value) *Tuple {
	t := MakeTuple(len(args))
	copy(t.Items, args)
	return t
}

// sameValues reports whether a and b hold the same values, identical as
// `is` sees them.
func sameValues(a, b []Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Is(b[i]) {
			return false
		}
	}
	return true
}

// excInit is BaseException.__init__ and the family initialisers.
func excInit(e *BaseException, args []Value, kwnames []string) error {
	pos := args[:len(args)-len(kwnames)]
	kw := args[len(pos):]
	if len(kwnames) > 0 && !e.Class.IsSubtype(ImportError) && !e.Class.IsSubtype(AttributeError) && !e.Class.IsSubtype(NameError) {
		return Errorf(TypeError, "%s() takes no keyword arguments", e.Class.Name)
	}
	if e.Args == nil || !sameValues(e.Args.Items, pos) {
		// BaseException.__new__ already stored these arguments when
		// type.__call__ passes the same ones to __init__: the tuple is
		// equal to the new one, and nothing can have seen it yet except
		// __new__ overrides, which may keep it.
		e.Args = copyTuple(pos)
	}
	return excInitFields(e, pos, kwnames, kw)
}

// The exception families whose __init__ does more than set args, the
// values of Type.excFamily on their built-in roots.
const (
	excFamilyStopIteration = 1 + iota
	excFamilySystemExit
	excFamilySyntaxError
	excFamilyImportError
	excFamilyAttributeError
	excFamilyNameError
	excFamilyOSError
	excFamilyUnicodeDecodeError
	excFamilyUnicodeEncodeError
	excFamilyUnicodeTranslateError
)

// excFamilies returns the set of families on t's MRO, bit 1<<family each.
func excFamilies(t *Type) uint32 {
	if t.excFams != 0 {
		return t.excFams &^ (1 << 31)
	}
	var m uint32
	if t.MRO == nil {
		for _, r := range []*Type{StopIteration, SystemExit, SyntaxError, ImportError, AttributeError, NameError,
			OSError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError} {
			if t.IsSubtype(r) {
				m |= 1 << r.excFamily
			}
		}
		return m
	}
	for _, c := range t.MRO {
		m |= 1 << c.excFamily
	}
	return m &^ 1
}

func excInitFields(e *BaseException, pos []Value, kwnames []string, kw []Value) error {
	t := e.Class
	fam := excFamilies(t)
	if fam == 0 {
		return nil
	}
	switch {
	case t.IsSubtype(StopIteration), t.IsSubtype(SystemExit):
		switch {
		case len(pos) == 0:
			e.Value = None
		case len(pos) == 1 || t.IsSubtype(StopIteration):
			e.Value = pos[0]
		default:
			e.Value = FromObject(e.Args)
		}
	case t.IsSubtype(SyntaxError):
		x := &ExceptionFields{Msg: None, Filename: None, Lineno: None, Offset: None, Text: None,
			EndLineno: None, EndOffset: None, PrintFileAndLine: None}
		e.Ext = x
		if len(pos) >= 1 {
			x.Msg = pos[0]
		}
		if len(pos) == 2 {
			// SyntaxError_init: PySequence_Tuple(info) parsed as "OOOO|OO".
			items, err := ToSlice(pos[1])
			if err != nil {
				return err
			}
			switch n := len(items); {
			case n < 4:
				return Errorf(TypeError, "function takes at least 4 arguments (%d given)", n)
			case n > 6:
				return Errorf(TypeError, "function takes at most 6 arguments (%d given)", n)
			case n == 5:
				return Errorf(TypeError, "end_offset must be provided when end_lineno is provided")
			}
			f := []*Value{&x.Filename, &x.Lineno, &x.Offset, &x.Text, &x.EndLineno, &x.EndOffset}
			for i, v := range items {
				*f[i] = v
			}
		}
	case t.IsSubtype(ImportError):
		x := &ExceptionFields{Name: None, Path: None, Msg: None}
		e.Ext = x
		if len(pos) == 1 {
			x.Msg = pos[0]
		}
		for i, k := range kwnames {
			switch k {
			case "name":
				x.Name = kw[i]
			case "path":
				x.Path = kw[i]
			default:
				return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, t.Name)
			}
		}
	case t.IsSubtype(AttributeError), t.IsSubtype(NameError):
		x := &ExceptionFields{Name: None, Object: None}
		e.Ext = x
		for i, k := range kwnames {
			switch {
			case k == "name":
				x.Name = kw[i]
			case k == "obj" && t.IsSubtype(AttributeError):
				x.Object = kw[i]
			default:
				return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, t.Name)
			}
		}
	case t.IsSubtype(OSError):
		x := &ExceptionFields{Errno: None, Strerror: None, Filename: None, Filename2: None}
		e.Ext = x
		if len(pos) >= 2 && len(pos) <= 5 {
			x.Errno, x.Strerror = pos[0], pos[1]
			if len(pos) >= 3 {
				x.Filename = pos[2]
				e.Args = NewTuple(pos[0], pos[1])
			}
			if len(pos) >= 5 {
				x.Filename2 = pos[4]
			}
		}
	case t.IsSubtype(UnicodeDecodeError), t.IsSubtype(UnicodeEncodeError), t.IsSubtype(UnicodeTranslateError):
		return unicodeErrorInit(e, pos)
	}
	return nil
}

// excStr is BaseException.__str__ and its family overrides.
func excStr(e *BaseException) (string, error) {
	t := e.Class
	args := e.Args
	if args == nil {
		args = emptyTuple
	}
	switch {
	case t.IsSubtype(KeyError):
		if len(args.Items) == 1 {
			return Repr(args.Items[0])
		}
	case t.IsSubtype(SyntaxError) && e.Ext != nil:
		msg, err := StrOf(e.Ext.Msg)
		if err != nil {
			return "", err
		}
		fn, _ := e.Ext.Filename.o.(*Str)
		line, hasLine := e.Ext.Lineno.AsInt()
		hasLine = hasLine && e.Ext.Lineno.IsInt()
		if fn != nil {
			name := fn.S
			if i := strings.LastIndexByte(name, '/'); i >= 0 {
				name = name[i+1:]
			}
			if hasLine {
				return fmt.Sprintf("%s (%s, line %d)", msg, name, line), nil
			}
			return fmt.Sprintf("%s (%s)", msg, name), nil
		}
		if hasLine {
			return fmt.Sprintf("%s (line %d)", msg, line), nil
		}
		return msg, nil
	case t.IsSubtype(ImportError) && e.Ext != nil:
		if !e.Ext.Msg.IsNone() {
			return StrOf(e.Ext.Msg)
		}
	case t.IsSubtype(OSError) && e.Ext != nil && !e.Ext.Errno.IsNone():
		errno, err := StrOf(e.Ext.Errno)
		if err != nil {
			return "", err
		}
		msg, err := StrOf(e.Ext.Strerror)
		if err != nil {
			return "", err
		}
		if !e.Ext.Filename.IsNone() {
			f1, err := Repr(e.Ext.Filename)
			if err != nil {
				return "", err
			}
			if !e.Ext.Filename2.IsNone() {
				f2, err := Repr(e.Ext.Filename2)
				if err != nil {
					return "", err
				}
				return fmt.Sprintf("[Errno %s] %s: %s -> %s", errno, msg, f1, f2), nil
			}
			return fmt.Sprintf("[Errno %s] %s: %s", errno, msg, f1), nil
		}
		return fmt.Sprintf("[Errno %s] %s", errno, msg), nil
	case (t.IsSubtype(UnicodeEncodeError) || t.IsSubtype(UnicodeTranslateError)) && e.Ext != nil && !e.Ext.Object.IsNull():
		reason, err := StrOf(e.Ext.Reason)
		if err != nil {
			return "", err
		}
		prefix := "can't translate"
		if t.IsSubtype(UnicodeEncodeError) {
			enc, err := StrOf(e.Ext.Encoding)
			if err != nil {
				return "", err
			}
			prefix = "'" + enc + "' codec can't encode"
		}
		start, _ := e.Ext.Start.AsInt()
		end, _ := e.Ext.End.AsInt()
		if s, ok := Unwrap(e.Ext.Object).o.(*Str); ok && start >= 0 && int(start) < s.Len() && end == start+1 {
			c := strRunes(s)[start]
			var cs string
			switch {
			case c < 0x100:
				cs = fmt.Sprintf("\\x%02x", c)
			case c < 0x10000:
				cs = fmt.Sprintf("\\u%04x", c)
			default:
				cs = fmt.Sprintf("\\U%08x", c)
			}
			return fmt.Sprintf("%s character '%s' in position %d: %s", prefix, cs, start, reason), nil
		}
		return fmt.Sprintf("%s characters in position %d-%d: %s", prefix, start, end-1, reason), nil
	case t.IsSubtype(UnicodeDecodeError) && e.Ext != nil && !e.Ext.Object.IsNull():
		enc, err := StrOf(e.Ext.Encoding)
		if err != nil {
			return "", err
		}
		reason, err := StrOf(e.Ext.Reason)
		if err != nil {
			return "", err
		}
		start, _ := e.Ext.Start.AsInt()
		end, _ := e.Ext.End.AsInt()
		if b, ok := BytesLike(e.Ext.Object); ok && start >= 0 && start < int64(len(b)) && end == start+1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[start], start, reason), nil
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason), nil
	}
	switch len(args.Items) {
	case 0:
		return "", nil
	case 1:
		return StrOf(args.Items[0])
	}
	return Repr(FromObject(args))
}

// excRepr is BaseException.__repr__: the class name and the args.
func excRepr(e *BaseException) (string, error) {
	args := e.Args
	if args == nil {
		args = emptyTuple
	}
	name := e.Class.Name
	if len(args.Items) == 1 {
		r, err := Repr(args.Items[0])
		if err != nil {
			return "", err
		}
		return name + "(" + r + ")", nil
	}
	r, err := Repr(FromObject(args))
	if err != nil {
		return "", err
	}
	return name + r, nil
}

// unicodeErrorInit is the __init__ of UnicodeEncodeError (encoding,
// object, start, end, reason), UnicodeDecodeError (the same, object
// bytes-like, kept as bytes) and UnicodeTranslateError (object, start,
// end, reason).
func unicodeErrorInit(e *BaseException, pos []Value) error {
	translate := e.Class.IsSubtype(UnicodeTranslateError)
	want := 5
	if translate {
		want = 4
	}
	if len(pos) != want {
		return Errorf(TypeError, "function takes exactly %d arguments (%d given)", want, len(pos))
	}
	x := &ExceptionFields{Encoding: None}
	args := pos
	if !translate {
		if _, ok := Unwrap(pos[0]).o.(*Str); !ok {
			return Errorf(TypeError, "argument 1 must be str, not %s", TypeOf(pos[0]).Name)
		}
		x.Encoding = pos[0]
		args = pos[1:]
	}
	n := want - 3
	obj := args[0]
	if e.Class.IsSubtype(UnicodeDecodeError) {
		b, ok := BytesLike(obj)
		if !ok {
			return Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeOf(obj).Name)
		}
		if _, exact := obj.o.(*Bytes); !exact {
			obj = NewBytes(append([]byte(nil), b...))
		}
	} else if _, ok := Unwrap(obj).o.(*Str); !ok {
		return Errorf(TypeError, "argument %d must be str, not %s", n, TypeOf(obj).Name)
	}
	x.Object = obj
	for i, f := range []*Value{&x.Start, &x.End} {
		v := args[1+i]
		if _, err := AsIndex(v); err != nil {
			return err
		}
		iv, err := Index(v)
		if err != nil {
			return err
		}
		*f = iv
	}
	if _, ok := Unwrap(args[3]).o.(*Str); !ok {
		return Errorf(TypeError, "argument %d must be str, not %s", n+3, TypeOf(args[3]).Name)
	}
	x.Reason = args[3]
	e.Ext = x
	return nil
}
