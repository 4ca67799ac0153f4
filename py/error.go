package py

import (
	"errors"
	"fmt"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// Error is a Python exception that ended a run (or one a Go function
// raises, see Raise). Error() is the last line CPython prints for it
// ("ZeroDivisionError: division by zero"); Traceback is the whole report.
type Error struct {
	typ, msg, tb string
	exc          object.Value
	cause        error
}

// newError captures err (a Python exception or a Go error) with its
// traceback; it runs under the execution lock (str() of the exception
// may run Python code).
func newError(err error) *Error {
	var pe *Error
	if errors.As(err, &pe) {
		return pe
	}
	e := object.AsException(err)
	return &Error{typ: e.Class.Name, msg: e.Error(), tb: vm.FormatException(e), exc: object.FromObject(e)}
}

// Error returns "Type: message" as CPython's traceback ends.
func (e *Error) Error() string { return e.msg }

// Type returns the exception's class name ("ValueError").
func (e *Error) Type() string { return e.typ }

// Traceback returns the report CPython 3.10 prints for the exception:
// "Traceback (most recent call last):", the frames with their source
// lines, chained exceptions, and the final "Type: message" line.
func (e *Error) Traceback() string {
	if e.tb == "" {
		return e.msg + "\n"
	}
	return e.tb
}

// Exception returns the Python exception object (None for an Error made
// by Raise that was not raised yet).
func (e *Error) Exception() Value {
	if e.exc.IsNull() {
		return None
	}
	return Value{e.exc}
}

// Unwrap returns what caused a cancelled or budget-exhausted run: the
// context's error, or ErrStepLimit.
func (e *Error) Unwrap() error { return e.cause }

// ExitCode reports the status a SystemExit asks for (sys.exit(n)): ok is
// false for other exceptions.
func (e *Error) ExitCode() (code int, ok bool) {
	x, _ := e.exc.Object().(*object.BaseException)
	if x == nil || !x.Class.IsSubtype(object.SystemExit) {
		return 0, false
	}
	switch v := x.Value; {
	case v.IsNull() || v.IsNone():
		return 0, true
	case v.IsInt():
		return int(v.RawInt()), true
	}
	return 1, true
}

// Raise returns an error that a Go function returns to raise the built-in
// exception typ ("ValueError", "KeyError", ...) with a formatted message.
func Raise(typ string, format string, args ...any) error {
	return &Error{typ: typ, msg: fmt.Sprintf(format, args...)}
}

// toPython turns what a Go function returned into the exception Python
// sees: Raise's into its type, an *Error into its exception, any other
// error into RuntimeError with its text.
func (in *Interp) toPython(err error) error {
	var pe *Error
	if errors.As(err, &pe) {
		if !pe.exc.IsNull() {
			return pe.exc.Object().(*object.BaseException)
		}
		if t, ok := in.builtinType(pe.typ); ok {
			return object.NewException(t, object.NewStr(pe.msg))
		}
		return object.Errorf(object.RuntimeError, "%s: %s", pe.typ, pe.msg)
	}
	var be *object.BaseException
	if errors.As(err, &be) {
		return be
	}
	return object.Errorf(object.RuntimeError, "%s", err.Error())
}

// builtinType finds a built-in exception class by name.
func (in *Interp) builtinType(name string) (*object.Type, bool) {
	v, err := in.vm.ImportModule("builtins")
	if err != nil {
		return nil, false
	}
	c, err := object.GetAttrString(v, name)
	if err != nil {
		return nil, false
	}
	t, ok := c.Object().(*object.Type)
	if !ok || !t.IsSubtype(object.BaseExceptionType) {
		return nil, false
	}
	return t, true
}
