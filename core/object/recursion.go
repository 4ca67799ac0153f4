package object

// RecursionDepth and RecursionLimit are the interpreter's one recursion
// counter, shared by the VM's Python frames and the object code's own
// recursions (repr of nested containers, comparisons, ...), as CPython's
// tstate->recursion_depth is. The VM sets RecursionLimit from
// sys.setrecursionlimit.
var (
	RecursionDepth int
	RecursionLimit = 1000
)

// EnterRecursiveCall is Py_EnterRecursiveCall: it counts one more level
// and fails with RecursionError ("maximum recursion depth exceeded" + where)
// past the limit. Every successful call must be paired with
// LeaveRecursiveCall.
func EnterRecursiveCall(where string) error {
	RecursionDepth++
	if RecursionDepth > RecursionLimit {
		RecursionDepth--
		return Errorf(RecursionError, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

// LeaveRecursiveCall undoes EnterRecursiveCall.
func LeaveRecursiveCall() { RecursionDepth-- }
