package vm

// Object lifetimes on Go's collector.
//
// CPython frees an object when its reference count drops to zero, at once
// and in a defined order, and finds garbage cycles in gc.collect(). pyvar
// has no reference counts: Go's collector frees what is unreachable when it
// runs. What Python code can observe of that (weak references that die,
// their callbacks, __del__, generators closed because they were dropped,
// atexit) is built here on three Go mechanisms:
//
//   - weak pointers (package weak): a weakref.ref holds its referent through
//     one, so it never keeps it alive and ref() answers None once Go has found
//     the referent unreachable (weakref.go);
//   - cleanups (runtime.AddCleanup) on the referents of weak references, and
//     finalizers (runtime.SetFinalizer) on instances of classes with __del__
//     and on generators suspended inside try/with blocks;
//   - the eval breaker: cleanups and finalizers run on Go's own goroutines,
//     so they only queue their object and trip the breaker; the interpreter
//     runs __del__, generator.close() and weakref callbacks on its own
//     goroutine at the next safe point (a loop back-edge or a frame entry, as
//     CPython runs pending calls), never concurrently with Python code.
//
// gc.collect() makes this deterministic (Collect): it runs Go's collector,
// waits until the finalizers it queued have run, then runs the pending
// __del__ methods in creation order, then scans every weak-reference list
// for dead referents and runs their callbacks, and repeats until nothing
// more dies (an object freed by a __del__ becomes unreachable only then).
// Scripts that call gc.collect() where CPython frees by reference count
// therefore see CPython's order.
//
// What stays different from CPython (said in the README too):
//   - without gc.collect(), objects die when Go's collector next runs, not
//     when their last reference goes;
//   - an object with __del__ that is part of a reference cycle through
//     itself is never freed by Go (a finalizer keeps everything it reaches
//     alive); its __del__ runs at exit, where every object still alive is
//     finalized;
//   - an object with __del__ that also has weak references: its references
//     answer None from the moment Go queues its finalizer (CPython keeps them
//     alive during __del__), and a resurrected object's references stay dead;
//   - a class that gets __del__ after its instances were made does not
//     finalize those instances (the finalizer is attached at creation; only
//     classes whose MRO has __del__ pay for it).
//
// At exit (Finalize) pyvar follows CPython's Py_FinalizeEx as far as a
// program can see it: atexit callbacks in LIFO order, then a collection
// (what the dropped traceback of an uncaught exception kept alive), then the
// finalizers of every object still alive (module globals, cycles, suspended
// generators) in creation order, which is the order CPython's last
// collection of the __main__ namespace finalizes them in.

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"github.com/pyvar/pyvar/core/object"
)

// current is the interpreter whose code is running (CPython's current
// thread state): native types are shared by all interpreters and reach the
// running one through Current. One interpreter runs at a time, as the
// recursion counter that package object shares already requires.
var current *Interp

// Current returns the interpreter whose code is running, or nil outside
// any run.
func Current() *Interp { return current }

// breakLife is the eval-breaker bit of pending finalizers and dead weak
// referents.
const breakLife = 4

// lifeState is the interpreter's object-lifetime machinery.
type lifeState struct {
	interp weak.Pointer[Interp]
	weak   weakTable

	// Filled by Go's finalizer and cleanup goroutines, under mu.
	mu       sync.Mutex
	pending  []finalizable // objects whose finalizer fired
	deadRefs []*weakList   // weak-reference lists whose referent was freed

	outstanding    atomic.Int64 // finalizers registered and not yet fired
	seq            uint64       // creation order of finalizable objects
	registry       []finalizable
	regPrune       int
	young          []*genBase                     // coroutines created since the last flushYoung
	running        bool                           // finalizers are running: no reentry from the breaker
	ranCode        int                            // how many finalizers and callbacks have run (Collect's fixed point)
	finalized      map[object.WeakObject]struct{} // objects whose __del__ ran (gc.is_finalized)
	finalizedPrune int
	shutdown       bool   // Finalize has run
	derefCycle     uint64 // 1 + gcCycles when CallWeakRef last collected (0: never)

	atexit []atexitEntry
}

// finalizable is an object with a finalizer: the object itself while it is
// queued, a weak reference to it in the registry.
type finalizable struct {
	o   object.Object
	w   object.WeakObject
	seq uint64
}

func newLifeState(in *Interp) *lifeState {
	return &lifeState{interp: weak.Make(in)}
}

func init() {
	object.FinalizeHook = func(o object.Object) {
		if in := current; in != nil {
			in.trackFinalizer(o)
		}
	}
}

// wake trips the breaker of the interpreter, if it still exists.
func (l *lifeState) wake() {
	if in := l.interp.Value(); in != nil {
		in.setBreak(breakLife)
	}
}

func (l *lifeState) push(o object.Object, seq uint64) {
	l.outstanding.Add(-1)
	l.mu.Lock()
	l.pending = append(l.pending, finalizable{o: o, seq: seq})
	l.mu.Unlock()
	l.wake()
}

// nextSeq numbers a finalizable object.
func (l *lifeState) nextSeq() uint64 {
	l.seq++
	return l.seq
}

// register remembers o (weakly) so that it is finalized at exit if it is
// still alive then, and attaches its Go finalizer.
func (l *lifeState) register(o object.Object, seq uint64, fin any) {
	if len(l.registry) >= l.regPrune {
		l.registry = slices.DeleteFunc(l.registry, func(f finalizable) bool { return f.w.Get() == nil })
		l.regPrune = max(64, 2*len(l.registry))
	}
	l.registry = append(l.registry, finalizable{w: object.MakeWeak(o), seq: seq})
	l.outstanding.Add(1)
	runtime.SetFinalizer(o, fin)
}

// youngLimit is how many coroutines may wait in lifeState.young before
// the unstarted ones among them get their finalizers.
const youngLimit = 256

// addYoung lists a new coroutine, unregistered.
func (l *lifeState) addYoung(g *genBase) {
	if len(l.young) >= youngLimit {
		l.flushYoung() // before g joins: it is about to start
	}
	g.young = true
	l.young = append(l.young, g)
}

// flushYoung gives the listed coroutines that have not started their
// finalizers and empties the list. The list holds them until then, so a
// coroutine dropped unawaited warns at the latest at the next flush: when
// the list fills, at gc.collect() or at exit.
func (l *lifeState) flushYoung() {
	in := l.interp.Value()
	for i, g := range l.young {
		if g.young && g.Frame != nil && in != nil {
			g.young = false
			in.trackGenerator(g)
		}
		l.young[i] = nil
	}
	l.young = l.young[:0]
}

// trackFinalizer gives a new instance of a class with __del__ its
// finalizer (object.FinalizeHook).
func (in *Interp) trackFinalizer(o object.Object) {
	l := in.life
	if l.shutdown {
		return
	}
	seq := l.nextSeq()
	l.register(o, seq, func(o object.Object) { l.push(o, seq) })
}

// trackGenerator gives a generator suspended inside a try/with block (or
// a coroutine) a finalizer that finalizes it as CPython does when it frees
// one (finalizeGen: close(), or the never-awaited warning).
func (in *Interp) trackGenerator(g *genBase) {
	l := in.life
	if l.shutdown || g.finalized {
		return
	}
	g.tracked = true
	seq := g.seq
	l.register(g.outer(), seq, func(o object.Object) { l.push(o, seq) })
}

// untrackGenerator drops the finalizer of a generator that finished.
func (in *Interp) untrackGenerator(g *genBase) {
	g.tracked = false
	runtime.SetFinalizer(g.outer(), nil)
	in.life.outstanding.Add(-1)
}

// finalize runs o's finalizer on the interpreter's goroutine: __del__ for
// instances, close() for generators. Errors are unraisable.
func (in *Interp) finalize(o object.Object) {
	v := object.FromObject(o)
	in.life.ranCode++
	if g := asGenBase(v); g != nil {
		if !g.tracked || g.running || g.Frame == nil {
			return
		}
		g.tracked, g.finalized = false, true
		if err := in.finalizeGen(g); err != nil {
			in.WriteUnraisable(err, "", v)
		}
		return
	}
	del := object.TypeOf(v).LookupString("__del__")
	if del.IsNull() {
		return
	}
	l := in.life
	if l.finalized == nil {
		l.finalized = map[object.WeakObject]struct{}{}
	}
	if len(l.finalized) >= l.finalizedPrune {
		// Forget the finalized objects that are gone (only a resurrected
		// one can still be asked about).
		for w := range l.finalized {
			if w.Get() == nil {
				delete(l.finalized, w)
			}
		}
		l.finalizedPrune = max(64, 2*len(l.finalized))
	}
	l.finalized[object.MakeWeak(o)] = struct{}{}
	if _, err := object.CallMethodValue(del, v, nil, nil); err != nil {
		in.WriteUnraisable(err, "", del)
	}
}

// IsFinalized reports whether v's __del__ has run (gc.is_finalized).
func (in *Interp) IsFinalized(v object.Value) bool {
	if v.Kind() != object.KindObject || in.life.finalized == nil {
		return false
	}
	_, ok := in.life.finalized[object.MakeWeak(v.Object())]
	return ok
}

// runPending runs the finalizers Go has queued, in creation order, then
// the callbacks of the weak references whose referents died; scan makes it
// look at every weak-reference list instead of only those the cleanups
// reported. It returns how many objects it finalized or found dead.
func (in *Interp) runPending(scan bool) int {
	l := in.life
	if l.running {
		return 0
	}
	l.running = true
	defer func() { l.running = false }()
	n := 0
	for {
		l.mu.Lock()
		batch, dead := l.pending, l.deadRefs
		l.pending, l.deadRefs = nil, nil
		l.mu.Unlock()
		slices.SortFunc(batch, func(a, b finalizable) int { return cmpSeq(a.seq, b.seq) })
		for i := range batch {
			in.finalize(batch[i].o)
			batch[i].o = nil
		}
		k := len(batch) + in.clearDeadLists(dead)
		if scan {
			k += in.collectWeakrefs()
			if len(l.weak.lists) == 0 {
				l.weak.lists = nil // let the map's memory go
			}
		}
		n += k
		if k == 0 {
			return n
		}
	}
}

func cmpSeq(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// collect runs Go's collector and returns once the finalizers it queued
// (and any queued before it) have run, that is, pushed their objects.
// Every object whose finalizer is set and not yet queued is counted in
// outstanding, and its registry entry's weak pointer goes nil when the
// finalizer is queued, so the finalizers still to come are outstanding
// less the armed objects the registry still reaches. (This waited for a
// sentinel's finalizer, which needed two collections, as a sentinel may
// run before the rest of its batch: at exit with asyncio's tasks and event
// loop, 5 to 7 full collections.)
func (l *lifeState) collect() {
	runtime.GC()
	want := l.armedAlive()
	if l.outstanding.Load() <= want {
		return
	}
	deadline := time.Now().Add(2 * time.Second)
	for l.outstanding.Load() > want && time.Now().Before(deadline) {
		time.Sleep(10 * time.Microsecond)
	}
}

// armedAlive counts the objects in the registry whose finalizer is set
// and not queued: instances of classes with __del__ and generators still
// tracked (one registered twice, tracked again after it was untracked,
// counts once).
func (l *lifeState) armedAlive() int64 {
	var n int64
	var gens map[uint64]bool
	for _, f := range l.registry {
		o := f.w.Get()
		if o == nil {
			continue
		}
		if g := asGenBase(object.FromObject(o)); g != nil {
			if !g.tracked || gens[g.seq] {
				continue
			}
			if gens == nil {
				gens = map[uint64]bool{}
			}
			gens[g.seq] = true
		}
		n++
	}
	return n
}

// Collect is gc.collect(): Go's collector runs, then the finalizers and
// weak-reference callbacks of what it freed, until nothing more dies. It
// returns how many objects with a finalizer or weak references died.
func (in *Interp) Collect() int {
	n := 0
	in.life.flushYoung()
	for range 1000 {
		in.clearStaleSlots()
		if in.life.outstanding.Load() > 0 {
			in.life.collect()
		} else {
			runtime.GC()
		}
		ran := in.life.ranCode
		n += in.runPending(true)
		if in.life.ranCode == ran {
			// No Python code ran, so nothing more can have become
			// garbage since the collection.
			break
		}
	}
	return n
}

// exitCollectionNeeded reports whether the collection at exit could find
// something a program sees: an object with a finalizer (a __del__, a
// suspended generator), a referent already found dead, or a weak reference
// with a callback whose referent might be garbage. A referent that a
// module in sys.modules holds in its namespace stays alive through that
// collection, so its callbacks cannot run; and with no finalizer left, no
// Python code runs after the collection to see which other referents died.
// A program that imports threading or logging holds two or three such
// references (threading's _dangling WeakSet of the main thread, logging's
// last-resort handler), and the full collection their presence forced was
// a fifth of `pyvar -c "import logging"`.
func (in *Interp) exitCollectionNeeded() bool {
	l := in.life
	l.flushYoung()
	if l.outstanding.Load() > 0 {
		return true
	}
	l.mu.Lock()
	queued := len(l.pending) + len(l.deadRefs)
	l.mu.Unlock()
	if queued > 0 {
		return true
	}
	var watched map[object.Object]bool // referents of references with callbacks
	for _, wl := range l.weak.lists {
		o := wl.referent.Get()
		if o == nil {
			return true
		}
		for _, p := range wl.refs {
			if w := p.Value(); w != nil && !w.dead && !w.Callback.IsNull() {
				if watched == nil {
					watched = map[object.Object]bool{}
				}
				watched[o] = true
				break
			}
		}
	}
	if len(watched) == 0 {
		return false
	}
	for _, mv := range in.Modules.All() {
		m, ok := mv.Object().(*object.Module)
		if !ok {
			continue
		}
		for _, v := range m.Dict.All() {
			if v.Kind() == object.KindObject {
				delete(watched, v.Object())
			}
		}
		if len(watched) == 0 {
			return false
		}
	}
	return true
}

// clearStaleSlots clears the value-stack slots above the stack top of the
// running frames: the eval loop pops values by moving its stack pointer
// only (clearing each slot would slow every call), so those slots still
// hold values CPython would have released, and would keep them alive. A
// frame's stack top is known exactly while it is inside a call opcode,
// which stores it and sets inCall; frames stopped elsewhere (an operator
// calling a dunder method) are left alone.
func (in *Interp) clearStaleSlots() {
	for f := in.frame; f != nil; f = f.Back {
		if f.inCall && f.sp >= f.stackBase && f.sp <= len(f.Localsplus) {
			clear(f.Localsplus[f.sp:])
		}
	}
}

// finalizeRemaining runs the finalizers of every object still alive (in
// creation order): the last step of the interpreter's life.
func (in *Interp) finalizeRemaining() {
	in.life.flushYoung()
	in.life.shutdown = true
	l := in.life
	var live []finalizable
	for _, f := range l.registry {
		if o := f.w.Get(); o != nil {
			live = append(live, finalizable{o: o, seq: f.seq})
		}
	}
	l.registry = nil
	// Every finalizer left is disarmed below (or its object is pending):
	// a gc.collect() in one of the __del__ methods run here must not wait
	// for them (collect).
	l.outstanding.Store(0)
	l.mu.Lock()
	live = append(live, l.pending...)
	l.pending = nil
	l.mu.Unlock()
	slices.SortFunc(live, func(a, b finalizable) int { return cmpSeq(a.seq, b.seq) })
	for _, f := range live {
		if g := asGenBase(object.FromObject(f.o)); g == nil || g.tracked {
			runtime.SetFinalizer(f.o, nil)
		}
		in.finalize(f.o)
	}
}
