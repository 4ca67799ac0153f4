package object

import (
	"fmt"
	"strings"
)

// String returns Python's repr of v, so that fmt prints Values usefully
// (%v, %s, Println). It never runs Python code, which may only run on
// the interpreter's own terms: built-in scalars, str, bytes, and the
// plain containers holding them print as repr does; other objects print
// as <type object at 0x...> (an interpreter's Repr gives their own repr).
func (v Value) String() string {
	var b strings.Builder
	goRepr(&b, v, 0)
	return b.String()
}

// GoString is String, for %#v.
func (v Value) GoString() string { return v.String() }

// goRepr writes the repr of v (see String) to b; depth bounds nesting.
func goRepr(b *strings.Builder, v Value, depth int) {
	if depth > 32 {
		b.WriteString("...")
		return
	}
	seq := func(open, close string, items []Value) {
		b.WriteString(open)
		for i, x := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			goRepr(b, x, depth+1)
		}
		if len(items) == 1 && open == "(" {
			b.WriteString(",")
		}
		b.WriteString(close)
	}
	if v.IsNull() {
		b.WriteString("<NULL>")
		return
	}
	switch o := v.Object().(type) {
	case *kindTag: // a scalar: its repr below
	case *List:
		seq("[", "]", o.Items)
		return
	case *Tuple:
		seq("(", ")", o.Items)
		return
	case *Dict:
		if o.class != nil {
			break
		}
		b.WriteString("{")
		i := 0
		for k, x := range o.All() {
			if i > 0 {
				b.WriteString(", ")
			}
			i++
			goRepr(b, k, depth+1)
			b.WriteString(": ")
			goRepr(b, x, depth+1)
		}
		b.WriteString("}")
		return
	case *Set:
		if o.Len() == 0 {
			break
		}
		items := o.Items()
		if o.frozen {
			seq("frozenset({", "})", items)
		} else {
			seq("{", "}", items)
		}
		return
	case *Str, *Bytes, *ByteArray, *BigInt:
	default:
		if t := TypeOf(v); t != nil && !t.Heap {
			if _, ok := o.(Reprer); ok {
				break
			}
		}
		fmt.Fprintf(b, "<%s object at %#x>", TypeOf(v).Name, ObjectID(v.o))
		return
	}
	s, err := safeRepr(v)
	if err != nil {
		fmt.Fprintf(b, "<%s object at %#x>", TypeOf(v).Name, ObjectID(v.o))
		return
	}
	b.WriteString(s)
}

// safeRepr is Repr with a Go panic turned into an error.
func safeRepr(v Value) (s string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("repr panicked: %v", p)
		}
	}()
	return Repr(v)
}
