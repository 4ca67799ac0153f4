package object

// ThreadState is what package object keeps in package-level variables on
// behalf of the running interpreter (CPython keeps the same things in its
// thread state): the recursion counter and limit, the repr recursion
// guard, the int<->str digit limit, the
// codec registry, the allocation cap and the interrupt poll. Only one
// interpreter runs at a time (the VM's execution lock), and the VM saves
// these into its interpreter when it hands the lock to another one
// (SaveThreadState) and puts them back when it takes it again
// (LoadThreadState). Threading them through every call would be the
// better design; this keeps the hot paths (EnterRecursiveCall) as they are.
type ThreadState struct {
	// ThreadLocal is the running Python thread's part; the rest is the
	// interpreter's, whichever of its threads runs.
	ThreadLocal
	RecursionLimit  int
	IntMaxStrDigits int
	// AllocLimit caps the bytes one allocation that a program sizes may
	// take (0: the machine's memory); see CheckAlloc.
	AllocLimit uint64
	// Poll, when set, is what long-running built-in operations (sorting,
	// str * n, big-int arithmetic) call now and then: a non-nil error
	// (KeyboardInterrupt, a cancellation) stops them. See Poll.
	Poll func() error
	// Owner identifies the interpreter (the VM's *Interp): classes it
	// makes are its own, and type.__subclasses__ shows them to it alone.
	Owner any

	codecs *CodecRegistry
}

// ThreadLocal is the part of a ThreadState that each Python thread of an
// interpreter has for itself: the recursion counter and the repr guard.
type ThreadLocal struct {
	RecursionDepth int
	reprStack      []Object
}

// allocLimit is the running interpreter's allocation cap (0: none but the
// machine's memory).
var allocLimit uint64

// poll is the running interpreter's interrupt check (ThreadState.Poll).
var poll func() error

// owner is the running interpreter (ThreadState.Owner).
var owner any

// SaveThreadState copies the package-level state into ts.
func SaveThreadState(ts *ThreadState) {
	ts.RecursionDepth, ts.RecursionLimit, ts.IntMaxStrDigits = RecursionDepth, RecursionLimit, IntMaxStrDigits
	ts.AllocLimit, ts.Poll, ts.Owner = allocLimit, poll, owner
	ts.reprStack, ts.codecs = reprStack, activeCodecs
}

// LoadThreadState makes ts the package-level state. A zero ThreadState
// (a new interpreter) gets the defaults: limit 1000, 4300 digits.
func LoadThreadState(ts *ThreadState) {
	if ts.RecursionLimit == 0 {
		ts.RecursionLimit = 1000
		ts.IntMaxStrDigits = 4300
	}
	RecursionDepth, RecursionLimit, IntMaxStrDigits = ts.RecursionDepth, ts.RecursionLimit, ts.IntMaxStrDigits
	allocLimit, poll, owner = ts.AllocLimit, ts.Poll, ts.Owner
	reprStack = ts.reprStack
	if ts.codecs != nil {
		activeCodecs = ts.codecs
	}
}

// SetAllocLimit caps the size of one program-sized allocation for the
// running interpreter (0: the machine's memory).
func SetAllocLimit(n uint64) { allocLimit = n }

// SetPoll installs the running interpreter's interrupt check.
func SetPoll(fn func() error) { poll = fn }

// Poll is PyErr_CheckSignals for Go code that may run long without
// returning to the eval loop: it returns the error (KeyboardInterrupt, a
// cancellation, ...) that should stop it, or nil. It is cheap; callers
// still call it only every few thousand steps.
func Poll() error {
	if poll == nil {
		return nil
	}
	return poll()
}
