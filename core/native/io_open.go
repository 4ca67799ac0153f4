package native

import (
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

// open(), open_code() and text_encoding(), and the assembly of the _io
// types.

func (st *ioState) makeTypes() {
	ns := object.NewDict(2)
	ns.SetStr("__module__", object.NewStr("io"))
	unsup, err := object.NewClass(nil, "UnsupportedOperation", []*object.Type{object.OSError, object.ValueError}, ns)
	if err != nil {
		panic("_io: " + err.Error())
	}
	st.unsupported = unsup
	st.makeBaseTypes()
	st.makeFileIO()
	st.makeBytesIO()
	st.makeStringIO()
	st.makeBuffered()
	st.makeTextIOWrapper()
}

func (st *ioState) defOpen(m *object.Module) {
	open := func(args []object.Value, kw []string) (object.Value, error) {
		var a [8]object.Value
		if err := object.ParseArgs("open", args, kw,
			[]string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 8, 1, a[:]); err != nil {
			return object.Null, err
		}
		return st.open(a)
	}
	defFunc(m, "open", open)
	defFunc(m, "open_code", func(args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("open_code", args, kw, []string{"path"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		if _, ok := object.Unwrap(a[0]).Object().(*object.Str); !ok {
			return object.Null, object.Errorf(object.TypeError, "open_code() argument 'path' must be str, not %s", object.TypeOf(a[0]).Name)
		}
		return st.open([8]object.Value{a[0], object.NewStr("rb")})
	})
	defFunc(m, "text_encoding", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("text_encoding", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		if !args[0].IsNone() {
			return args[0], nil
		}
		return object.NewStr("locale"), nil
	})
}

// open is io.open.
func (st *ioState) open(a [8]object.Value) (object.Value, error) {
	file := a[0]
	isNumber := file.IsInt() || file.IsBool()
	if !isNumber {
		if _, ok := file.Object().(*object.BigInt); ok {
			isNumber = true
		}
	}
	pathOrFD := file
	if !isNumber {
		if file.IsFloat() {
			isNumber = true
		} else {
			p, err := fsPathArg(file)
			if err != nil {
				return object.Null, err
			}
			pathOrFD = p
		}
	}
	mode := "r"
	if !a[1].IsNull() {
		s, ok := object.Unwrap(a[1]).Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "open() argument 'mode' must be str, not %s", object.TypeOf(a[1]).Name)
		}
		mode = s.S
	}
	buffering := -1
	if !a[2].IsNull() {
		n, err := ioIndex(a[2])
		if err != nil {
			return object.Null, err
		}
		buffering = n
	}
	for i, arg := range []string{"encoding", "errors", "newline"} {
		v := a[3+i]
		if v.IsNull() || v.IsNone() {
			continue
		}
		if _, ok := object.Unwrap(v).Object().(*object.Str); !ok {
			return object.Null, object.Errorf(object.TypeError, "open() argument '%s' must be str or None, not %s", arg, object.TypeOf(v).Name)
		}
	}
	closefd := true
	if !a[6].IsNull() {
		c, err := truth(a[6])
		if err != nil {
			return object.Null, err
		}
		closefd = c
	}
	var creating, reading, writing, appending, updating, text, binary, universal bool
	for i, c := range mode {
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		case 'U':
			universal, reading = true, true
		default:
			return object.Null, object.Errorf(object.ValueError, "invalid mode: '%s'", mode)
		}
		if strings.ContainsRune(mode[i+1:], c) {
			return object.Null, object.Errorf(object.ValueError, "invalid mode: '%s'", mode)
		}
	}
	var raw strings.Builder
	for _, f := range []struct {
		on bool
		c  byte
	}{{creating, 'x'}, {reading, 'r'}, {writing, 'w'}, {appending, 'a'}, {updating, '+'}} {
		if f.on {
			raw.WriteByte(f.c)
		}
	}
	given := func(v object.Value) bool { return !v.IsNull() && !v.IsNone() }
	if universal {
		if creating || writing || appending || updating {
			return object.Null, object.Errorf(object.ValueError, "mode U cannot be combined with 'x', 'w', 'a', or '+'")
		}
		if err := object.Warn(object.DeprecationWarning, "'U' mode is deprecated", 1); err != nil {
			return object.Null, err
		}
		reading = true
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	switch {
	case text && binary:
		return object.Null, object.Errorf(object.ValueError, "can't have text and binary mode at once")
	case n > 1:
		return object.Null, object.Errorf(object.ValueError, "must have exactly one of create/read/write/append mode")
	case binary && given(a[3]):
		return object.Null, object.Errorf(object.ValueError, "binary mode doesn't take an encoding argument")
	case binary && given(a[4]):
		return object.Null, object.Errorf(object.ValueError, "binary mode doesn't take an errors argument")
	case binary && given(a[5]):
		return object.Null, object.Errorf(object.ValueError, "binary mode doesn't take a newline argument")
	}
	if binary && buffering == 1 {
		if err := object.Warn(object.RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", 1); err != nil {
			return object.Null, err
		}
	}
	opener := object.None
	if !a[7].IsNull() {
		opener = a[7]
	}
	rawObj, err := object.Call(object.FromObject(st.fileio), []object.Value{pathOrFD, object.NewStr(raw.String()), object.Bool(closefd), opener}, nil)
	if err != nil {
		return object.Null, err
	}
	result := rawObj
	fail := func(err error) (object.Value, error) {
		_, cerr := callMethod(result, "close")
		return object.Null, chain(err, cerr)
	}
	lineBuffering := false
	isatty := false
	if buffering < 0 {
		r, err := callMethod(rawObj, "isatty")
		if err != nil {
			return fail(err)
		}
		if isatty, err = truth(r); err != nil {
			return fail(err)
		}
	}
	if buffering == 1 || isatty {
		buffering, lineBuffering = -1, true
	}
	if buffering < 0 {
		v, err := object.GetAttrString(rawObj, "_blksize")
		if err != nil {
			return fail(err)
		}
		if buffering, err = object.AsIndex(v); err != nil {
			return fail(err)
		}
	}
	if buffering < 0 {
		return fail(object.Errorf(object.ValueError, "invalid buffering size"))
	}
	if buffering == 0 {
		if !binary {
			return fail(object.Errorf(object.ValueError, "can't have unbuffered text I/O"))
		}
		return result, nil
	}
	var cls *object.Type
	switch {
	case updating:
		cls = st.bufrandom
	case creating || writing || appending:
		cls = st.bufwriter
	case reading:
		cls = st.bufreader
	default:
		return fail(object.Errorf(object.ValueError, "unknown mode: '%s'", mode))
	}
	buffer, err := object.Call(object.FromObject(cls), []object.Value{rawObj, object.Int(int64(buffering))}, nil)
	if err != nil {
		return fail(err)
	}
	result = buffer
	if binary {
		return result, nil
	}
	none := func(v object.Value) object.Value {
		if v.IsNull() {
			return object.None
		}
		return v
	}
	wrapper, err := object.Call(object.FromObject(st.textwrapper), []object.Value{buffer, none(a[3]), none(a[4]), none(a[5]), object.Bool(lineBuffering)}, nil)
	if err != nil {
		return fail(err)
	}
	result = wrapper
	if err := object.SetAttr(wrapper, object.Intern("mode"), object.NewStr(mode)); err != nil {
		return fail(err)
	}
	return result, nil
}
