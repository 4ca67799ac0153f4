package vm

import (
	"unsafe"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// The five families of name access, with CPython 3.10's lookup order and
// messages: *_FAST index the frame's slots, *_DEREF go through a cell,
// *_GLOBAL use f_globals then f_builtins, *_NAME use f_locals then
// f_globals then f_builtins, and LOAD_CLASSDEREF tries the class namespace
// before the cell.

func nameError(name string) error {
	return nameErrorWithName(name)
}

func unboundLocal(name string) error {
	return object.NewException(object.UnboundLocalError,
		object.NewStr("local variable '"+name+"' referenced before assignment"))
}

// unboundDeref is CPython's format_exc_unbound: an own cell is a local
// variable (UnboundLocalError), a free variable is a NameError.
func (f *Frame) unboundDeref(i int) error {
	co := f.Code
	if i < len(co.Cellvars) {
		return unboundLocal(co.Cellvars[i])
	}
	name := co.Freevars[i-len(co.Cellvars)]
	e := object.NewException(object.NameError, object.NewStr(
		"free variable '"+name+"' referenced before assignment in enclosing scope"))
	e.SetAttributeContext(object.NewStr(name), object.Null)
	return e
}

func isKeyError(err error) bool { return object.ExceptionMatches(err, object.KeyError) }

// mappingGet reads key from a non-dict mapping; found is false on KeyError.
func mappingGet(m, key object.Value) (object.Value, bool, error) {
	v, err := object.GetItem(m, key)
	if err != nil {
		if isKeyError(err) {
			return object.Null, false, nil
		}
		return object.Null, false, err
	}
	return v, true, nil
}

// lookupBuiltin reads name from f_builtins (a dict, or any mapping).
func (f *Frame) lookupBuiltin(key object.Value) (object.Value, bool, error) {
	if f.Builtins != nil {
		return f.Builtins.Get(key)
	}
	return mappingGet(f.BuiltinsV(), key)
}

// loadGlobalPlain is LOAD_GLOBAL without a cache: globals, then builtins.
// When either is not an exact dict, CPython reads both with the mapping
// protocol (so a dict subclass's __missing__ is honoured).
func (f *Frame) loadGlobalPlain(i int) (object.Value, error) {
	key := f.Code.NameValues[i]
	var v object.Value
	var ok bool
	var err error
	if f.globalsMap().IsNull() {
		v, ok, err = f.Globals.Get(key)
	} else {
		v, ok, err = mappingGet(f.globalsMap(), key)
	}
	if err != nil || ok {
		return v, err
	}
	return f.loadBuiltinOrFail(i, key)
}

func (f *Frame) loadName(i int) (object.Value, error) {
	key := f.Code.NameValues[i]
	var v object.Value
	var ok bool
	var err error
	switch {
	case f.LocalsDict != nil:
		v, ok, err = f.LocalsDict.Get(key)
	case f.Locals().IsNull():
		return object.Null, object.Errorf(object.SystemError, "no locals when loading '%s'", f.Code.Names[i])
	default:
		v, ok, err = mappingGet(f.Locals(), key)
	}
	if err != nil || ok {
		return v, err
	}
	return f.loadNameOuter(i)
}

// loadNameOuter is LOAD_NAME after a miss in the frame's locals: globals,
// then builtins, then NameError. Unlike LOAD_GLOBAL it reads globals as a
// plain dict even when they are a dict subclass, as CPython 3.10's
// LOAD_NAME does (PyDict_GetItemWithError), so __missing__ is not called.
func (f *Frame) loadNameOuter(i int) (object.Value, error) {
	key := f.Code.NameValues[i]
	v, ok, err := f.Globals.Get(key)
	if err != nil || ok {
		return v, err
	}
	return f.loadBuiltinOrFail(i, key)
}

// loadBuiltinOrFail ends LOAD_GLOBAL and LOAD_NAME: the builtins, or
// NameError for name i.
func (f *Frame) loadBuiltinOrFail(i int, key object.Value) (object.Value, error) {
	v, ok, err := f.lookupBuiltin(key)
	if err != nil || ok {
		return v, err
	}
	return object.Null, nameError(f.Code.Names[i])
}

// loadNameDict is LOAD_NAME of name i on a dict namespace d, the
// instruction being at code unit pc: its name slot answers while d's keys
// are unchanged; otherwise it looks the name up and fills the slot, then
// goes on to globals and builtins when d lacks the name. (The eval loop
// calls it rather than inlining the slot check: more code in run's switch
// costs every instruction through register spills.)
func (f *Frame) loadNameDict(d *object.Dict, i, pc int) (object.Value, error) {
	sl := f.oc.NameSlot(pc)
	if sl != nil && sl.Keys == d.KeysVersion() && sl.Index >= 0 {
		return d.ValueAt(int(sl.Index)), nil
	}
	return f.loadNameDictSlow(d, sl, i)
}

// loadNameDictSlow is loadNameDict when the slot does not hold the name's
// entry: the name is not in d (the slot says so while d's keys are
// unchanged), or the slot is stale or absent.
func (f *Frame) loadNameDictSlow(d *object.Dict, sl *opcache.NameSlot, i int) (object.Value, error) {
	if sl != nil && sl.Keys == d.KeysVersion() {
		return f.loadNameOuter(i)
	}
	j, err := d.Lookup(f.Code.NameValues[i])
	if err != nil {
		return object.Null, err
	}
	if sl != nil {
		sl.Fill(d.KeysVersion(), j)
	}
	if j >= 0 {
		return d.ValueAt(j), nil
	}
	return f.loadNameOuter(i)
}

// storeDict is STORE_NAME on a dict namespace d, or STORE_GLOBAL (d the
// globals): through the name slot while d's keys are unchanged, else the
// store, then the slot filled with where the name now is.
func (f *Frame) storeDict(d *object.Dict, i, pc int, v object.Value) error {
	sl := f.oc.NameSlot(pc)
	if sl != nil && sl.Keys == d.KeysVersion() && sl.Index >= 0 {
		d.StoreAt(int(sl.Index), v)
		return nil
	}
	return f.storeDictSlow(d, sl, i, v)
}

// storeDictSlow is storeDict without a valid name slot.
func (f *Frame) storeDictSlow(d *object.Dict, sl *opcache.NameSlot, i int, v object.Value) error {
	key := f.Code.NameValues[i]
	if err := d.Set(key, v); err != nil {
		return err
	}
	if sl != nil {
		// A str name finds its entry through the memo the store just set.
		if j, err := d.Lookup(key); err == nil {
			sl.Fill(d.KeysVersion(), j)
		}
	}
	return nil
}

func (f *Frame) storeName(i int, v object.Value) error {
	key := f.Code.NameValues[i]
	switch {
	case f.LocalsDict != nil:
		return f.LocalsDict.Set(key, v)
	case f.Locals().IsNull():
		return object.Errorf(object.SystemError, "no locals found when storing '%s'", f.Code.Names[i])
	}
	return object.SetItem(f.Locals(), key, v)
}

func (f *Frame) deleteName(i int) error {
	key := f.Code.NameValues[i]
	switch {
	case f.LocalsDict != nil:
		found, err := f.LocalsDict.Delete(key)
		if err != nil || !found {
			return nameError(f.Code.Names[i])
		}
		return nil
	case f.Locals().IsNull():
		return object.Errorf(object.SystemError, "no locals when deleting '%s'", f.Code.Names[i])
	}
	if err := object.DelItem(f.Locals(), key); err != nil {
		return nameError(f.Code.Names[i])
	}
	return nil
}

// loadClassDeref reads free variable i (an index into cells+frees) of a
// class body: the class namespace first, then the cell.
func (f *Frame) loadClassDeref(i, pc int) (object.Value, error) {
	co := f.Code
	if i < len(co.Cellvars) || i-len(co.Cellvars) >= len(co.Freevars) {
		return object.Null, object.Errorf(object.SystemError, "bad LOAD_CLASSDEREF argument %d", i)
	}
	var v object.Value
	var ok bool
	var err error
	d := f.LocalsDict
	sl := f.oc.NameSlot(pc)
	switch {
	case d != nil && sl != nil && sl.Keys == d.KeysVersion():
		// The slot knows whether the class namespace has the name.
		if sl.Index >= 0 {
			return d.ValueAt(int(sl.Index)), nil
		}
	case d != nil:
		key := f.interp.freevarKey(co, i-len(co.Cellvars))
		var j int
		if j, err = d.Lookup(key); err != nil {
			return object.Null, err
		}
		if sl != nil {
			sl.Fill(d.KeysVersion(), j)
		}
		if j >= 0 {
			return d.ValueAt(j), nil
		}
	case !f.Locals().IsNull():
		key := f.interp.freevarKey(co, i-len(co.Cellvars))
		v, ok, err = mappingGet(f.Locals(), key)
	}
	if err != nil || ok {
		return v, err
	}
	c := f.cell(i)
	if c.Ref.IsNull() {
		return object.Null, f.unboundDeref(i)
	}
	return c.Ref, nil
}

func (f *Frame) setupAnnotations() error {
	key := object.FromObject(strAnnotations)
	if f.LocalsDict != nil {
		_, ok, err := f.LocalsDict.Get(key)
		if err != nil || ok {
			return err
		}
		return f.LocalsDict.Set(key, object.FromObject(object.NewDict(0)))
	}
	if f.Locals().IsNull() {
		return object.Errorf(object.SystemError, "no locals found when setting up annotations")
	}
	_, ok, err := mappingGet(f.Locals(), key)
	if err != nil || ok {
		return err
	}
	return object.SetItem(f.Locals(), key, object.FromObject(object.NewDict(0)))
}

func (f *Frame) loadBuildClass() (object.Value, error) {
	key := object.FromObject(strBuildClass)
	v, ok, err := f.lookupBuiltin(key)
	if err != nil {
		return v, err
	}
	if !ok {
		return v, object.Errorf(object.NameError, "__build_class__ not found")
	}
	return v, nil
}

// freevarKey returns co_freevars[i] as an interned str Value. The code
// object only carries interned co_names, so the last few are remembered
// here: a LOAD_CLASSDEREF in a loop then costs no interning.
func (in *Interp) freevarKey(co *code.Code, i int) object.Value {
	slot := &in.freevarKeys[(uintptr(unsafe.Pointer(co))>>4+uintptr(i))%uintptr(len(in.freevarKeys))]
	if slot.co == co && slot.i == i {
		return slot.key
	}
	key := object.FromObject(object.Intern(co.Freevars[i]))
	*slot = freevarKeyEntry{co: co, i: i, key: key}
	return key
}

type freevarKeyEntry struct {
	co  *code.Code
	i   int
	key object.Value
}
