package vm

import (
	"runtime/metrics"
	"slices"
	"weak"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// WeakRef is the state of one weak reference object: a weakref.ref, a
// proxy, or the payload of an instance of a subclass of ref (KeyedRef,
// WeakMethod). It refers to its referent through a Go weak pointer, so it
// never keeps it alive. The referent's weak-reference list (CPython's
// tp_weaklist) lives in the interpreter, keyed weakly by the referent, and
// holds the references weakly too: a reference that dies first is dropped
// and its callback never runs, as in CPython.
type WeakRef struct {
	typ      *object.Type // the payload's type: ReferenceType or a proxy type
	referent object.WeakObject
	// Callback is called with the reference object when the referent
	// dies; Null when there is none or once it has been called.
	Callback object.Value
	// Self is the Python object: the WeakRef itself, or the subclass
	// instance wrapping it (what callbacks and getweakrefs see).
	Self  object.Object
	Proxy bool
	basic bool // made without a callback by the exact type: shared, as CPython does
	// Hash caches hash(referent), which a dead reference still answers.
	Hash   int64
	Hashed bool
	dead   bool // the referent has been found dead: its callbacks were run
}

// Type returns the reference's built-in type.
func (w *WeakRef) Type() *object.Type { return w.typ }

// Referent returns the object referred to, or Null once it is dead.
func (w *WeakRef) Referent() object.Value {
	if w.dead {
		return object.Null
	}
	return object.FromObject(w.referent.Get())
}

// Call is weakref.__call__: the referent, or Null once it is dead. A
// finished generator, coroutine or async generator is one CPython has
// usually freed already: its consumer dropped it as it ended (an `async
// for` over an async generator, which asyncio's first-iteration hook keeps
// a weak reference to). Calling a reference to one first runs a
// collection (at most once per cycle of Go's collector), so that the
// program finds the others that nothing reaches dead, as under CPython,
// rather than, say, asyncio's shutdown_asyncgens closing every async
// generator the walk of a tree made in a task of its own.
func (in *Interp) CallWeakRef(w *WeakRef) object.Value {
	if w.dead {
		return object.Null
	}
	if g := asGenBase(object.FromObject(w.referent.Get())); g != nil && g.Frame == nil && !in.life.running {
		if c := gcCycles() + 1; c != in.life.derefCycle {
			in.life.derefCycle = c
			in.Collect()
			in.life.derefCycle = gcCycles() + 1
		}
	}
	return w.Referent()
}

// gcCycles is how many cycles Go's collector has completed.
func gcCycles() uint64 {
	s := [1]metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s[:])
	return s[0].Value.Uint64()
}

// weakList is one referent's list of weak references, in CPython's order:
// the basic ref, then the basic proxy, then the others, newest first.
type weakList struct {
	referent object.WeakObject
	seq      uint64 // creation order of the first reference, for the order of callbacks
	refs     []weak.Pointer[WeakRef]
	basics   int  // how many of refs are basic (0, 1 or 2), at the head
	done     bool // the referent was found dead and the callbacks run
	pruneAt  int  // prune dead references when refs grows past this
}

// weakTable is the interpreter's weak-reference bookkeeping. Only objects
// that have weak references appear in it, so other objects pay nothing.
type weakTable struct {
	lists map[object.WeakObject]*weakList
	seq   uint64
}

// CheckWeakrefable returns CPython's TypeError for objects that weak
// references cannot point to.
func CheckWeakrefable(v object.Value) error {
	t := object.TypeOf(v)
	if v.Kind() != object.KindObject || !t.Weakrefable() {
		return object.Errorf(object.TypeError, "cannot create weak reference to '%s' object", t.Name)
	}
	return nil
}

func (in *Interp) weakListOf(o object.Object, create bool) *weakList {
	wt := &in.life.weak
	key := object.MakeWeak(o)
	wl := wt.lists[key]
	if wl == nil && create {
		if wt.lists == nil {
			wt.lists = map[object.WeakObject]*weakList{}
		}
		wt.seq++
		wl = &weakList{referent: key, seq: wt.seq}
		wt.lists[key] = wl
		in.life.watch(o, wl)
	}
	return wl
}

// BasicWeakRef returns the referent's shared reference made without a
// callback (a ref, or a proxy when proxy is set), or nil.
func (in *Interp) BasicWeakRef(referent object.Value, proxy bool) *WeakRef {
	wl := in.weakListOf(referent.Object(), false)
	if wl == nil {
		return nil
	}
	for _, p := range wl.refs[:wl.basics] {
		if w := p.Value(); w != nil && w.Proxy == proxy && !w.dead {
			return w
		}
	}
	return nil
}

// NewWeakRef makes a weak reference to referent, of built-in type t, and
// enters it in the referent's list. basic marks the shared reference that
// the exact ref or proxy type makes without a callback. The caller sets
// Self when the Python object is a subclass instance wrapping it.
func (in *Interp) NewWeakRef(t *object.Type, referent, callback object.Value, proxy, basic bool) (*WeakRef, error) {
	if err := CheckWeakrefable(referent); err != nil {
		return nil, err
	}
	if callback.IsNone() {
		callback = object.Null
	}
	o := referent.Object()
	w := &WeakRef{typ: t, referent: object.MakeWeak(o), Callback: callback, Proxy: proxy, basic: basic}
	w.Self = w
	wl := in.weakListOf(o, true)
	if len(wl.refs) >= wl.pruneAt {
		wl.prune()
	}
	wp := weak.Make(w)
	switch {
	case basic && !proxy:
		wl.refs = slices.Insert(wl.refs, 0, wp)
		wl.basics++
	case basic:
		wl.refs = slices.Insert(wl.refs, wl.basics, wp)
		wl.basics++
	default:
		wl.refs = slices.Insert(wl.refs, wl.basics, wp)
	}
	return w, nil
}

// WeakRefsOf returns the live weak reference objects to v, in list order
// (weakref.getweakrefs).
func (in *Interp) WeakRefsOf(v object.Value) []object.Value {
	if v.Kind() != object.KindObject || !object.TypeOf(v).Weakrefable() {
		return nil
	}
	wl := in.weakListOf(v.Object(), false)
	if wl == nil {
		return nil
	}
	var out []object.Value
	for _, p := range wl.refs {
		if w := p.Value(); w != nil && !w.dead {
			out = append(out, object.FromObject(w.Self))
		}
	}
	return out
}

// collectWeakrefs finds the referents that Go's collector has freed since
// the last call and runs their references' callbacks, referents in the
// order their first weak reference was made, each list in CPython's order.
// It returns how many referents died.
func (in *Interp) collectWeakrefs() int {
	wt := &in.life.weak
	var dead []*weakList
	for key, wl := range wt.lists {
		if key.Get() != nil {
			if wl.prune(); len(wl.refs) == 0 {
				delete(wt.lists, key)
			}
			continue
		}
		delete(wt.lists, key)
		dead = append(dead, wl)
	}
	slices.SortFunc(dead, func(a, b *weakList) int { return cmpSeq(a.seq, b.seq) })
	for _, wl := range dead {
		in.clearWeakList(wl)
	}
	return len(dead)
}

// prune drops the references that died before their referent.
func (wl *weakList) prune() {
	live := wl.refs[:0]
	basics := 0
	for i, p := range wl.refs {
		if p.Value() != nil {
			live = append(live, p)
			if i < wl.basics {
				basics++
			}
		}
	}
	clear(wl.refs[len(live):])
	wl.refs, wl.basics = live, basics
	wl.pruneAt = max(8, 2*len(live))
}

// clearWeakList marks every reference of a dead referent dead, then calls
// their callbacks in list order (CPython's PyObject_ClearWeakRefs).
func (in *Interp) clearWeakList(wl *weakList) {
	wl.done = true
	var refs []*WeakRef
	for _, p := range wl.refs {
		if w := p.Value(); w != nil && !w.dead {
			w.dead = true
			refs = append(refs, w)
		}
	}
	for _, w := range refs {
		cb := w.Callback
		if cb.IsNull() {
			continue
		}
		w.Callback = object.Null
		in.life.ranCode++
		if _, err := in.call(cb, []object.Value{object.FromObject(w.Self)}, nil); err != nil {
			in.WriteUnraisable(err, "", cb)
		}
	}
}

func init() {
	object.FirstWeakRef = func(v object.Value) object.Value {
		if in := current; in != nil {
			if refs := in.WeakRefsOf(v); len(refs) > 0 {
				return refs[0]
			}
		}
		return object.None
	}
	// The VM's types that CPython gives a weak-reference list.
	for _, t := range []*object.Type{FunctionType, GeneratorType, CoroutineType, AsyncGeneratorType, code.CodeType} {
		t.SetWeakrefable()
	}
}

// watch arranges for the weak-reference list wl to be reported dead when
// Go collects its referent o: the cleanup queues it and trips the eval
// breaker, and the interpreter runs the callbacks at its next safe point.
func (l *lifeState) watch(o object.Object, wl *weakList) {
	lw := weak.Make(l)
	object.OnCollect(o, func(wl *weakList) {
		if l := lw.Value(); l != nil {
			l.mu.Lock()
			l.deadRefs = append(l.deadRefs, wl)
			l.mu.Unlock()
			l.wake()
		}
	}, wl)
}

// clearDeadLists runs the callbacks of the lists whose referents the
// cleanups reported dead (those a scan has not handled already), in the
// order their first references were made.
func (in *Interp) clearDeadLists(dead []*weakList) int {
	wt := &in.life.weak
	dead = slices.DeleteFunc(dead, func(wl *weakList) bool { return wl.done })
	slices.SortFunc(dead, func(a, b *weakList) int { return cmpSeq(a.seq, b.seq) })
	for _, wl := range dead {
		if wt.lists[wl.referent] == wl {
			delete(wt.lists, wl.referent)
		}
		in.clearWeakList(wl)
	}
	return len(dead)
}
