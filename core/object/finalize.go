package object

import (
	"runtime"
	"unsafe"
)

// FinalizeHook, set by the VM, is called with every new instance of a
// class whose MRO defines __del__ (and only those: other allocations pay a
// flag test), so that the VM can attach a finalizer that queues the
// instance for __del__ when Go's collector finds it unreachable.
var FinalizeHook func(o Object)

var strDel = Intern("__del__")

// newFinalizable reports o to FinalizeHook when its class has __del__.
func newFinalizable(t *Type, o Object) {
	if t.finalize && FinalizeHook != nil {
		FinalizeHook(o)
	}
}

// updateFinalize recomputes whether instances of t and of its subclasses
// need a finalizer, after __del__ was defined or removed somewhere on
// their MRO.
func updateFinalize(t *Type) {
	t.finalize = !t.Lookup(strDel).IsNull()
	for _, s := range t.Subclasses() {
		updateFinalize(s)
	}
}

// OnCollect arranges for fn(arg) to be called on a Go goroutine some time
// after o has become unreachable (runtime.AddCleanup on the object o
// points to). arg must not reach o, or o is never collected.
func OnCollect[S any](o Object, fn func(S), arg S) {
	w := (*ifaceWords)(unsafe.Pointer(&o))
	runtime.AddCleanup((*byte)(w.data), fn, arg)
}
