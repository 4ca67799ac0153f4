package interp

import (
	"errors"
	"fmt"
	"unsafe"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/symtable"
	"github.com/pyvar/pyvar/core/syntax"
	"github.com/pyvar/pyvar/core/vm"
)

// _symtable: the C half of Lib's symtable module (here rather than in
// core/native, which must not reach the front end). symtable(source,
// filename, mode) parses the source and returns the top block's entry
// from pyvar's own symbol table (core/symtable, which decides scopes as
// CPython 3.10's Python/symtable.c): each entry reports the block's name,
// type, line, nesting, parameters (varnames), children, and per name the
// DEF_* flags with the scope in bits SCOPE_OFF and up.

// stEntry is a "symtable entry": its members are made once, so that
// children, symbols and varnames are the same objects at every access,
// as CPython's members are.
type stEntry struct {
	t                           *symtable.Table
	typ                         *object.Type
	children, symbols, varnames object.Value
}

func (e *stEntry) Type() *object.Type { return e.typ }

// The flag and scope values CPython's _symtable exports (the flags are
// core/symtable's bits, which follow CPython's).
const (
	stScopeOff  = 11
	stScopeMask = 0xf
)

// blockType is the block's _Py_block_ty: TYPE_FUNCTION 0, TYPE_CLASS 1,
// TYPE_MODULE 2 (and 3 for an annotation block).
func blockType(k symtable.BlockKind) int64 {
	switch k {
	case symtable.FunctionBlock:
		return 0
	case symtable.ClassBlock:
		return 1
	case symtable.ModuleBlock:
		return 2
	}
	return 3
}

func newSymtableModule(in *vm.Interp) (*object.Module, error) {
	m := object.NewModule("_symtable")
	setAttr := func(name string, v object.Value) { m.Dict.Set(object.FromObject(object.Intern(name)), v) }
	setAttr("__doc__", object.None)
	entryT := object.NewBaseType("symtable entry", nil)
	entryT.SetFinal()
	self := func(v object.Value) *stEntry { return object.Unwrap(v).Object().(*stEntry) }
	entryT.AddReadonlyMember("id", func(v object.Value) (object.Value, error) {
		// CPython's id is the address of the block's AST node; the
		// table's address is as unique while the entry lives.
		return object.Int(int64(uintptr(unsafe.Pointer(self(v).t)))), nil
	})
	entryT.AddReadonlyMember("name", func(v object.Value) (object.Value, error) { return object.NewStr(self(v).t.Name), nil })
	entryT.AddReadonlyMember("symbols", func(v object.Value) (object.Value, error) { return self(v).symbols, nil })
	entryT.AddReadonlyMember("varnames", func(v object.Value) (object.Value, error) { return self(v).varnames, nil })
	entryT.AddReadonlyMember("children", func(v object.Value) (object.Value, error) { return self(v).children, nil })
	entryT.AddReadonlyMember("nested", func(v object.Value) (object.Value, error) {
		if self(v).t.IsNested {
			return object.Int(1), nil
		}
		return object.Int(0), nil
	})
	entryT.AddReadonlyMember("type", func(v object.Value) (object.Value, error) { return object.Int(blockType(self(v).t.Kind)), nil })
	entryT.AddReadonlyMember("lineno", func(v object.Value) (object.Value, error) { return object.Int(int64(self(v).t.Lineno)), nil })
	entryT.AddSlot("__repr__", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		e := self(v)
		return object.NewStr(fmt.Sprintf("<symtable entry %s(%d), line %d>", e.t.Name, uintptr(unsafe.Pointer(e.t)), e.t.Lineno)), nil
	})
	var wrap func(t *symtable.Table) object.Value
	var passedFree map[*symtable.Table][]string
	wrap = func(t *symtable.Table) object.Value {
		e := &stEntry{t: t, typ: entryT}
		syms := object.NewDict(len(t.Names))
		for _, n := range symbolOrder(t, passedFree) {
			s := t.Symbols[n]
			syms.Set(object.NewStr(n), object.Int(int64(s.Flags)|int64(s.Scope)<<stScopeOff))
		}
		e.symbols = object.FromObject(syms)
		vn := make([]object.Value, len(t.Varnames))
		for i, n := range t.Varnames {
			vn[i] = object.NewStr(n)
		}
		e.varnames = object.FromObject(object.NewList(vn...))
		ch := make([]object.Value, len(t.Children))
		for i, c := range t.Children {
			ch[i] = wrap(c)
		}
		e.children = object.FromObject(object.NewList(ch...))
		return object.FromObject(e)
	}
	fn := object.NewBuiltin("symtable", func(_ object.Value, args []object.Value, kw []string) (object.Value, error) {
		if len(kw) > 0 {
			return object.Null, object.NoKwargs("_symtable.symtable", kw)
		}
		if err := object.CheckPositional("symtable", len(args), 3, 3); err != nil {
			return object.Null, err
		}
		src, text, err := symtableSource(args[0])
		if err != nil {
			return object.Null, err
		}
		filename, err := in.FSDecoder(args[1])
		if err != nil {
			return object.Null, err
		}
		ms, ok := object.Unwrap(args[2]).Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "symtable() argument 3 must be str, not %s", object.TypeOf(args[2]).Name)
		}
		var mode syntax.Mode
		switch ms.S {
		case "exec":
			mode = syntax.Exec
		case "eval":
			mode = syntax.Eval
		case "single":
			mode = syntax.Single
		default:
			return object.Null, object.Errorf(object.ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'")
		}
		parse := syntax.Parse
		if text {
			parse = func(fn string, b []byte, md syntax.Mode) (syntax.Mod, error) {
				return syntax.ParseTextWarn(fn, b, md, nil)
			}
		}
		mod, err := parse(filename, src, mode)
		if err != nil {
			return object.Null, parseError(err)
		}
		top, err := symtable.Build(mod, filename)
		if err != nil {
			return object.Null, symtableError(err)
		}
		passedFree = map[*symtable.Table][]string{}
		if _, err := freeSetOf(top, passedFree); err != nil {
			return object.Null, err
		}
		return wrap(top), nil
	})
	b := fn.Object().(*object.BuiltinFunction)
	b.Self, b.Doc = object.FromObject(m), "Return symbol and scope dictionaries used internally by compiler."
	setAttr("symtable", fn)
	for _, c := range []struct {
		name string
		v    int64
	}{
		{"USE", int64(symtable.Use)}, {"DEF_GLOBAL", int64(symtable.DefGlobal)}, {"DEF_NONLOCAL", int64(symtable.DefNonlocal)},
		{"DEF_LOCAL", int64(symtable.DefLocal)}, {"DEF_PARAM", int64(symtable.DefParam)}, {"DEF_FREE", int64(symtable.DefFree)},
		{"DEF_FREE_CLASS", int64(symtable.DefFreeClass)}, {"DEF_IMPORT", int64(symtable.DefImport)},
		{"DEF_BOUND", int64(symtable.DefBound)}, {"DEF_ANNOT", int64(symtable.DefAnnot)},
		{"TYPE_FUNCTION", 0}, {"TYPE_CLASS", 1}, {"TYPE_MODULE", 2},
		{"LOCAL", int64(symtable.Local)}, {"GLOBAL_EXPLICIT", int64(symtable.GlobalExplicit)},
		{"GLOBAL_IMPLICIT", int64(symtable.GlobalImplicit)}, {"FREE", int64(symtable.Free)}, {"CELL", int64(symtable.Cell)},
		{"SCOPE_OFF", stScopeOff}, {"SCOPE_MASK", stScopeMask},
	} {
		setAttr(c.name, object.Int(c.v))
	}
	return m, nil
}

// symtableSource is _Py_SourceAsString for symtable(): the text of a str
// (its coding cookie not applied), or the bytes of a bytes-like object.
func symtableSource(v object.Value) (src []byte, text bool, err error) {
	switch s := object.Unwrap(v).Object().(type) {
	case *object.Str:
		return []byte(s.S), true, nil
	case *object.Bytes:
		return s.B, false, nil
	}
	if !object.IsBuffer(v) {
		return nil, false, object.Errorf(object.TypeError, "symtable() arg 1 must be a string or bytes object")
	}
	b, err := object.AsBytes(v)
	return append([]byte(nil), b...), false, err
}

// parseError is AsPython for the parser's errors, except that a
// wrong source encoding is reported as CPython's string parser does:
// line 0, offset -1.
func parseError(err error) error {
	var se *syntax.Error
	if errors.As(err, &se) && se.Lineno == 0 && se.Kind == "SyntaxError" {
		info := object.NewTuple(object.NewStr(se.Filename), object.Int(0), object.Int(-1), object.None)
		return object.NewException(object.SyntaxError, object.NewStr(se.Msg), object.FromObject(info))
	}
	return AsPython(err)
}

// symtableError is AsPython for the symbol table's own errors, which
// CPython raises with the message alone as args and the location in the
// attributes only (PyErr_RangedSyntaxLocationObject).
func symtableError(err error) error {
	e := AsPython(err)
	if be, ok := e.(*object.BaseException); ok && be.Ext != nil && be.Args != nil && len(be.Args.Items) == 2 {
		be.Args = object.NewTuple(be.Args.Items[0])
	}
	return e
}

// passedThrough reports whether the analysis added s to its block: a
// name free in a child that the block only passes through (no flags).
func passedThrough(s *symtable.Symbol) bool { return s.Flags == 0 && s.Scope == symtable.Free }

// symbolOrder is the order of t's names in CPython's ste_symbols: the
// names the block itself mentions, in first-seen order, then the ones
// the analysis added, in the order of the set CPython iterated to add
// them (passed, made by freeSetOf).
func symbolOrder(t *symtable.Table, passed map[*symtable.Table][]string) []string {
	names := make([]string, 0, len(t.Names))
	for _, n := range t.Names {
		if !passedThrough(t.Symbols[n]) {
			names = append(names, n)
		}
	}
	return append(names, passed[t]...)
}

// freeSetOf replays, with Python sets, the set operations of CPython's
// analyze_block on the free names of t and its children, so that the
// names update_symbols adds to each block come in the same order as
// CPython's (a set's iteration order, which depends on the hashes and on
// the history of the set). It records that order in passed and returns
// t's free set as its parent receives it.
func freeSetOf(t *symtable.Table, passed map[*symtable.Table][]string) (*object.Set, error) {
	newSet := func() *object.Set {
		v, _ := object.NewSet(false)
		return v.Object().(*object.Set)
	}
	free := newSet()
	for _, n := range t.Names {
		if s := t.Symbols[n]; s.Scope == symtable.Free && !passedThrough(s) {
			if err := free.Add(object.NewStr(n)); err != nil {
				return nil, err
			}
		}
	}
	allFree := newSet()
	for _, c := range t.Children {
		cf, err := freeSetOf(c, passed)
		if err != nil {
			return nil, err
		}
		if err := allFree.Update(object.FromObject(cf)); err != nil {
			return nil, err
		}
	}
	newFree := newSet()
	if err := newFree.Update(object.FromObject(allFree)); err != nil {
		return nil, err
	}
	discard := func(n string) error {
		_, err := object.CallMethodByName(object.FromObject(newFree), "discard", object.NewStr(n))
		return err
	}
	switch t.Kind {
	case symtable.FunctionBlock:
		for _, n := range t.Names {
			if t.Symbols[n].Scope == symtable.Cell {
				if err := discard(n); err != nil {
					return nil, err
				}
			}
		}
	case symtable.ClassBlock:
		if err := discard("__class__"); err != nil {
			return nil, err
		}
	}
	for _, v := range newFree.Items() {
		n := object.Unwrap(v).Object().(*object.Str).S
		if s := t.Symbols[n]; s != nil && passedThrough(s) {
			passed[t] = append(passed[t], n)
		}
	}
	if err := free.Update(object.FromObject(newFree)); err != nil {
		return nil, err
	}
	return free, nil
}
