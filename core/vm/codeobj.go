package vm

import (
	"strconv"
	"sync/atomic"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// Making code objects and functions from Python: types.CodeType(...),
// code.replace(...), types.FunctionType(...), and the line-table views of
// a code object (co_linetable, co_lnotab, co_lines()).

// lastInterp is the interpreter that most recently started running code.
// Calls of the function type from Go code (map(), a native module) carry
// no interpreter; the function they make belongs to this one. Calls from
// Python code go through Interp.call, which passes its own.
var lastInterp atomic.Pointer[Interp]

var funcParams = []string{"code", "globals", "name", "argdefs", "closure"}

// newFunctionObject is types.FunctionType(code, globals[, name[, argdefs[,
// closure]]]) (CPython's func_new): the builtins are those globals name,
// or the running frame's when globals has no __builtins__ (3.10's rule).
func (in *Interp) newFunctionObject(args []object.Value, kwnames []string) (object.Value, error) {
	var a [5]object.Value
	if err := object.ParseArgs("function", args, kwnames, funcParams, 5, 2, a[:]); err != nil {
		return object.Null, err
	}
	co, ok := a[0].Object().(*code.Code)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "function() argument 'code' must be code, not %s", object.TypeOf(a[0]).Name)
	}
	globals, ok := object.Unwrap(a[1]).Object().(*object.Dict)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "function() argument 'globals' must be dict, not %s", object.TypeOf(a[1]).Name)
	}
	name, defaults, closure := orNone(a[2]), orNone(a[3]), orNone(a[4])
	if _, ok := name.Object().(*object.Str); !ok && !name.IsNone() {
		return object.Null, object.Errorf(object.TypeError, "arg 3 (name) must be None or string")
	}
	if _, ok := defaults.Object().(*object.Tuple); !ok && !defaults.IsNone() {
		return object.Null, object.Errorf(object.TypeError, "arg 4 (defaults) must be None or tuple")
	}
	cells, isTuple := closure.Object().(*object.Tuple)
	if !isTuple {
		if len(co.Freevars) > 0 {
			return object.Null, object.Errorf(object.TypeError, "arg 5 (closure) must be tuple")
		}
		if !closure.IsNone() {
			return object.Null, object.Errorf(object.TypeError, "arg 5 (closure) must be None or tuple")
		}
	}
	ncells := 0
	if cells != nil {
		ncells = len(cells.Items)
	}
	if ncells != len(co.Freevars) {
		return object.Null, object.Errorf(object.ValueError, "%s requires closure of length %d, not %d", co.Name, len(co.Freevars), ncells)
	}
	fn := &Function{Code: co, origin: co, Globals: globals, interp: in}
	if co.Qualname != co.Name {
		// 3.10's PyFunction_New: the qualified name is the code's name.
		fn.SetQualname(co.Name)
	}
	if globals.Type() != object.DictType || a[1].Object() != globals {
		fn.setGlobalsMap(a[1])
	}
	for i := 0; i < ncells; i++ {
		c, ok := cells.Items[i].Object().(*object.Cell)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "arg 5 (closure) expected cell, found %s", object.TypeOf(cells.Items[i]).Name)
		}
		fn.Closure = append(fn.Closure, c)
	}
	b, bv, err := in.builtinsFromGlobals(globals)
	if err != nil {
		return object.Null, err
	}
	fn.setBuiltins(b, bv)
	fn.Module, _ = getStr(globals, "__name__")
	if s, ok := name.Object().(*object.Str); ok && s.S != co.Name {
		fn.SetName(s.S)
	}
	if t, ok := defaults.Object().(*object.Tuple); ok {
		fn.Defaults = t
	}
	return object.FromObject(fn), nil
}

// codeParams are the code constructor's positional parameters and
// replace()'s keywords (with a co_ prefix), in order.
var codeParams = []string{"argcount", "posonlyargcount", "kwonlyargcount", "nlocals", "stacksize", "flags",
	"codestring", "constants", "names", "varnames", "filename", "name", "firstlineno", "linetable", "freevars", "cellvars"}

// codeArgs are the parts of a code object as the constructor takes them.
type codeArgs struct {
	argcount, posonly, kwonly, nlocals, stacksize, flags, firstlineno int
	units                                                             []code.Unit
	consts                                                            []object.Value
	names, varnames, freevars, cellvars                               []string
	filename, name                                                    string
	linetable                                                         []byte
	replacing                                                         bool // replace(), which checks less than the constructor
}

// build is PyCode_NewWithPosOnlyArgs: the flags get CO_NOFREE right. Since
// pyvar runs what it is given, the bytecode must pass code's checks
// (known opcodes, operands in range, a consistent stack), and frames are
// sized from the variable names and the stack the code really needs;
// co_nlocals and co_stacksize still answer what was given.
func (a *codeArgs) build(qualname string) (*code.Code, error) {
	if a.argcount < a.posonly || a.posonly < 0 || a.kwonly < 0 || a.nlocals < 0 || a.stacksize < 0 || a.flags < 0 {
		return nil, object.Errorf(object.SystemError, "bad argument to internal function")
	}
	flags := a.flags
	if len(a.cellvars) == 0 && len(a.freevars) == 0 {
		flags |= code.CoNofree
	} else {
		flags &^= code.CoNofree
	}
	total := a.argcount + a.kwonly
	if flags&code.CoVarargs != 0 {
		total++
	}
	if flags&code.CoVarkeywords != 0 {
		total++
	}
	if total > len(a.varnames) {
		return nil, object.Errorf(object.ValueError, "code: varnames is too small")
	}
	co := &code.Code{
		Argcount: a.argcount, Posonlyargcount: a.posonly, Kwonlyargcount: a.kwonly,
		Nlocals:   len(a.varnames),
		Stacksize: a.stacksize, Flags: flags, Code: a.units, Consts: a.consts,
		Names: a.names, Varnames: a.varnames, Freevars: a.freevars, Cellvars: a.cellvars,
		Filename: a.filename, Name: a.name, Qualname: qualname, Firstlineno: a.firstlineno,
		Lines:     code.LinesFromTable(a.linetable, a.firstlineno, len(a.units)),
		Linetable: a.linetable,
	}
	co.Finish()
	need, err := code.StackNeeded(co)
	if err != nil {
		return nil, object.Errorf(object.ValueError, "pyvar cannot run this bytecode: %s", err.Error())
	}
	co.Stacksize = max(a.stacksize, need)
	if co.Nlocals != a.nlocals || co.Stacksize != a.stacksize {
		co.Declared = &code.DeclaredSizes{Nlocals: a.nlocals, Stacksize: a.stacksize}
	}
	return co, nil
}

// argsOf returns the parts of co.
func codeArgsOf(co *code.Code) codeArgs {
	return codeArgs{argcount: co.Argcount, posonly: co.Posonlyargcount, kwonly: co.Kwonlyargcount,
		nlocals: co.ShownNlocals(), stacksize: co.ShownStacksize(), flags: co.Flags, firstlineno: co.Firstlineno,
		units: co.Code, consts: co.Consts, names: co.Names, varnames: co.Varnames,
		freevars: co.Freevars, cellvars: co.Cellvars, filename: co.Filename, name: co.Name,
		linetable: co.LineTableBytes()}
}

// setCodeArg converts one constructor or replace() argument. what names
// it in errors ("code() argument 7", "replace() argument 'co_code'").
func (a *codeArgs) set(i int, v object.Value, what string) error {
	mustBe := func(tn string) error {
		return object.Errorf(object.TypeError, "%s must be %s, not %s", what, tn, object.TypeOf(v).Name)
	}
	toInt := func(dst *int) error {
		if v.IsFloat() {
			return object.Errorf(object.TypeError, "'float' object cannot be interpreted as an integer")
		}
		n, err := object.AsIndex(v)
		if err != nil {
			return err
		}
		if n != int(int32(n)) {
			return object.Errorf(object.OverflowError, "Python int too large to convert to C int")
		}
		*dst = n
		return nil
	}
	strs := func(dst *[]string) error {
		t, ok := v.Object().(*object.Tuple)
		if !ok {
			return mustBe("tuple")
		}
		out := make([]string, len(t.Items))
		for k, x := range t.Items {
			s, ok := object.Unwrap(x).Object().(*object.Str)
			if !ok {
				if a.replacing {
					return object.Errorf(object.SystemError, "non-string found in code slot")
				}
				return object.Errorf(object.TypeError, "name tuples must contain only strings, not '%s'", object.TypeOf(x).Name)
			}
			out[k] = s.S
		}
		*dst = out
		return nil
	}
	str := func(dst *string) error {
		s, ok := object.Unwrap(v).Object().(*object.Str)
		if !ok {
			return mustBe("str")
		}
		*dst = s.S
		return nil
	}
	byts := func() ([]byte, error) {
		b, ok := v.Object().(*object.Bytes)
		if !ok {
			return nil, mustBe("bytes")
		}
		return b.B, nil
	}
	switch i {
	case 0:
		return toInt(&a.argcount)
	case 1:
		return toInt(&a.posonly)
	case 2:
		return toInt(&a.kwonly)
	case 3:
		return toInt(&a.nlocals)
	case 4:
		return toInt(&a.stacksize)
	case 5:
		return toInt(&a.flags)
	case 6:
		b, err := byts()
		if err != nil {
			return err
		}
		if len(b)%2 != 0 {
			return object.Errorf(object.ValueError, "pyvar cannot run this bytecode: odd length %d", len(b))
		}
		units := make([]code.Unit, len(b)/2)
		for k := range units {
			units[k] = code.Unit(b[2*k]) | code.Unit(b[2*k+1])<<8
		}
		a.units = units
	case 7:
		t, ok := v.Object().(*object.Tuple)
		if !ok {
			return mustBe("tuple")
		}
		a.consts = append([]object.Value(nil), t.Items...)
	case 8:
		return strs(&a.names)
	case 9:
		return strs(&a.varnames)
	case 10:
		return str(&a.filename)
	case 11:
		return str(&a.name)
	case 12:
		return toInt(&a.firstlineno)
	case 13:
		b, err := byts()
		if err != nil {
			return err
		}
		a.linetable = append(make([]byte, 0, len(b)), b...)
	case 14:
		return strs(&a.freevars)
	case 15:
		return strs(&a.cellvars)
	}
	return nil
}

// codeNew is code(argcount, posonlyargcount, kwonlyargcount, nlocals,
// stacksize, flags, codestring, constants, names, varnames, filename,
// name, firstlineno, linetable[, freevars[, cellvars]]).
func codeNew(_ *object.Type, args []object.Value, kwnames []string) (object.Value, error) {
	if err := object.NoKwargs("code", kwnames); err != nil {
		return object.Null, err
	}
	if err := object.CheckPositional("code", len(args), 14, 16); err != nil {
		return object.Null, err
	}
	a := codeArgs{freevars: []string{}, cellvars: []string{}}
	for i, v := range args {
		if err := a.set(i, v, "code() argument "+strconv.Itoa(i+1)); err != nil {
			return object.Null, err
		}
	}
	for i, n := range []int{a.argcount, a.posonly, a.kwonly, a.nlocals} {
		if n < 0 {
			return object.Null, object.Errorf(object.ValueError, "code: %s must not be negative", codeParams[i])
		}
	}
	co, err := a.build(a.name)
	if err != nil {
		return object.Null, err
	}
	return object.FromObject(co), nil
}

// codeReplace is code.replace(**changes).
func codeReplace(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	co := self.Object().(*code.Code)
	if len(args) > len(kwnames) {
		return object.Null, object.Errorf(object.TypeError, "replace() takes no positional arguments")
	}
	a := codeArgsOf(co)
	a.replacing = true
	for k, kw := range kwnames {
		v := args[k]
		i := -1
		for j, p := range codeParams {
			if "co_"+p == kw || p == "codestring" && kw == "co_code" || p == "constants" && kw == "co_consts" {
				i = j
			}
		}
		if i < 0 {
			return object.Null, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for replace()", kw)
		}
		if err := a.set(i, v, "replace() argument '"+kw+"'"); err != nil {
			return object.Null, err
		}
	}
	qualname := co.Qualname
	if a.name != co.Name {
		qualname = a.name
	}
	nc, err := a.build(qualname)
	if err != nil {
		return object.Null, err
	}
	return object.FromObject(nc), nil
}

// lineIterator is what co_lines() returns: (start, end, line) for each
// address range of the line table.
type lineIterator struct {
	ranges []code.LineRange
	i      int
}

var lineIteratorType = newType("line_iterator", nil)

func (it *lineIterator) Type() *object.Type { return lineIteratorType }

// Next returns the next range.
func (it *lineIterator) Next() (object.Value, bool, error) {
	if it.i >= len(it.ranges) {
		return object.Null, false, nil
	}
	r := it.ranges[it.i]
	it.i++
	line := object.None
	if r.Line >= 0 {
		line = object.Int(int64(r.Line))
	}
	return object.FromObject(object.NewTuple(object.Int(int64(r.Start)), object.Int(int64(r.End)), line)), true, nil
}

func initCodeConstruction() {
	t := code.CodeType
	t.New = codeNew
	addMethod(t, "replace", codeReplace)
	addMethod(t, "co_lines", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		if err := object.NoArgs("co_lines", args, kwnames); err != nil {
			return object.Null, err
		}
		co := self.Object().(*code.Code)
		return object.FromObject(&lineIterator{ranges: code.LineRanges(co.LineTableBytes(), co.Firstlineno)}), nil
	})
	addGetter(t, "co_linetable", func(self object.Value) (object.Value, error) {
		return object.FromObject(&object.Bytes{B: self.Object().(*code.Code).LineTableBytes()}), nil
	})
	addGetter(t, "co_lnotab", func(self object.Value) (object.Value, error) {
		co := self.Object().(*code.Code)
		return object.FromObject(&object.Bytes{B: code.Lnotab(co.LineTableBytes(), co.Firstlineno)}), nil
	})
	lt := lineIteratorType
	addMethod(lt, "__iter__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) { return self, nil })
	addMethod(lt, "__next__", func(self object.Value, args []object.Value, kwnames []string) (object.Value, error) {
		v, ok, err := self.Object().(*lineIterator).Next()
		if err == nil && !ok {
			return object.Null, object.NewException(object.StopIteration)
		}
		return v, err
	})
	FunctionType.New = func(_ *object.Type, args []object.Value, kwnames []string) (object.Value, error) {
		in := lastInterp.Load()
		if in == nil {
			return object.Null, object.Errorf(object.SystemError, "no interpreter to make a function in")
		}
		return in.newFunctionObject(args, kwnames)
	}
}
