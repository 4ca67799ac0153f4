package object

// Instance layout figures: type.__basicsize__, __itemsize__,
// __dictoffset__ and __weakrefoffset__. pyvar's objects are Go values
// whose sizes say nothing to a Python program, so these are the figures
// CPython 3.10 gives (programs and test suites size buffers and estimate
// memory with them): its own for the built-in types (layouts_gen.go), and
// for a class the layout CPython's type_new would build over its base.

//go:generate sh -c "$(pyenv prefix 3.10.13)/bin/python3.10 gen_layouts.py | gofmt > layouts_gen.go"

const ptrSize = 8 // sizeof(PyObject *) on the 64-bit machines pyvar runs on

// layout returns t's (basicsize, itemsize, dictoffset, weakrefoffset).
func (t *Type) layout() [4]int32 {
	if !t.Heap {
		if l, ok := cpythonLayouts[t.Name]; ok {
			return [4]int32(l[:4])
		}
		if t.Base == nil {
			return [4]int32{2 * ptrSize, 0, 0, 0} // PyObject_HEAD
		}
		return t.Base.layout() // a built-in pyvar type CPython lacks: its base's
	}
	base := t.Base.layout()
	l := base
	own := t.nslots - t.Base.nslots // __slots__ names other than __dict__ and __weakref__
	l[0] += int32(own) * ptrSize
	if t.hasDict && base[2] == 0 {
		if base[1] != 0 {
			l[2] = -ptrSize // variable-size base: the dict pointer ends the object
		} else {
			l[2] = l[0]
		}
		l[0] += ptrSize
	}
	if t.weakrefable && base[3] == 0 && base[1] == 0 {
		l[3] = l[0]
		l[0] += ptrSize
	}
	return l
}

// haveGC reports whether CPython's collector tracks t's instances
// (Py_TPFLAGS_HAVE_GC): every class, and the built-in containers.
func (t *Type) haveGC() bool {
	if t.Heap {
		return true
	}
	if l, ok := cpythonLayouts[t.Name]; ok {
		return l[4] != 0
	}
	return true
}

func init() {
	for i, name := range []string{"__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__"} {
		TypeType.addGetter(name, func(self Value) (Value, error) {
			return Int(int64(self.o.(*Type).layout()[i])), nil
		})
	}
}
