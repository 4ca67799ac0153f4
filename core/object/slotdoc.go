package object

// slotDoc is the __doc__ and __text_signature__ CPython 3.10 gives the
// slot wrapper of each special-method name (typeobject.c's slotdefs), as
// inspect.signature and help() read them. A name in this table is what
// makes a built-in type's special method a wrapper_descriptor ("slot
// wrapper") rather than a method_descriptor.
type slotDoc struct{ doc, sig string }

var slotDocs = map[string]slotDoc{
	"__abs__":          {"abs(self)", "($self, /)"},
	"__add__":          {"Return self+value.", "($self, value, /)"},
	"__aiter__":        {"Return an awaitable, that resolves in asynchronous iterator.", "($self, /)"},
	"__and__":          {"Return self&value.", "($self, value, /)"},
	"__anext__":        {"Return a value or raise StopAsyncIteration.", "($self, /)"},
	"__await__":        {"Return an iterator to be used in await expression.", "($self, /)"},
	"__bool__":         {"True if self else False", "($self, /)"},
	"__call__":         {"Call self as a function.", "($self, /, *args, **kwargs)"},
	"__contains__":     {"Return key in self.", "($self, key, /)"},
	"__del__":          {"", ""},
	"__delattr__":      {"Implement delattr(self, name).", "($self, name, /)"},
	"__delete__":       {"Delete an attribute of instance.", "($self, instance, /)"},
	"__delitem__":      {"Delete self[key].", "($self, key, /)"},
	"__divmod__":       {"Return divmod(self, value).", "($self, value, /)"},
	"__eq__":           {"Return self==value.", "($self, value, /)"},
	"__float__":        {"float(self)", "($self, /)"},
	"__floordiv__":     {"Return self//value.", "($self, value, /)"},
	"__ge__":           {"Return self>=value.", "($self, value, /)"},
	"__get__":          {"Return an attribute of instance, which is of type owner.", "($self, instance, owner=None, /)"},
	"__getattribute__": {"Return getattr(self, name).", "($self, name, /)"},
	"__getitem__":      {"Return self[key].", "($self, key, /)"},
	"__gt__":           {"Return self>value.", "($self, value, /)"},
	"__hash__":         {"Return hash(self).", "($self, /)"},
	"__iadd__":         {"Return self+=value.", "($self, value, /)"},
	"__iand__":         {"Return self&=value.", "($self, value, /)"},
	"__ifloordiv__":    {"Return self//=value.", "($self, value, /)"},
	"__ilshift__":      {"Return self<<=value.", "($self, value, /)"},
	"__imatmul__":      {"Return self@=value.", "($self, value, /)"},
	"__imod__":         {"Return self%=value.", "($self, value, /)"},
	"__imul__":         {"Return self*=value.", "($self, value, /)"},
	"__index__":        {"Return self converted to an integer, if self is suitable for use as an index into a list.", "($self, /)"},
	"__init__":         {"Initialize self.  See help(type(self)) for accurate signature.", "($self, /, *args, **kwargs)"},
	"__int__":          {"int(self)", "($self, /)"},
	"__invert__":       {"~self", "($self, /)"},
	"__ior__":          {"Return self|=value.", "($self, value, /)"},
	"__ipow__":         {"Return self**=value.", "($self, value, /)"},
	"__irshift__":      {"Return self>>=value.", "($self, value, /)"},
	"__isub__":         {"Return self-=value.", "($self, value, /)"},
	"__iter__":         {"Implement iter(self).", "($self, /)"},
	"__itruediv__":     {"Return self/=value.", "($self, value, /)"},
	"__ixor__":         {"Return self^=value.", "($self, value, /)"},
	"__le__":           {"Return self<=value.", "($self, value, /)"},
	"__len__":          {"Return len(self).", "($self, /)"},
	"__lshift__":       {"Return self<<value.", "($self, value, /)"},
	"__lt__":           {"Return self<value.", "($self, value, /)"},
	"__matmul__":       {"Return self@value.", "($self, value, /)"},
	"__mod__":          {"Return self%value.", "($self, value, /)"},
	"__mul__":          {"Return self*value.", "($self, value, /)"},
	"__ne__":           {"Return self!=value.", "($self, value, /)"},
	"__neg__":          {"-self", "($self, /)"},
	"__next__":         {"Implement next(self).", "($self, /)"},
	"__or__":           {"Return self|value.", "($self, value, /)"},
	"__pos__":          {"+self", "($self, /)"},
	"__pow__":          {"Return pow(self, value, mod).", "($self, value, mod=None, /)"},
	"__radd__":         {"Return value+self.", "($self, value, /)"},
	"__rand__":         {"Return value&self.", "($self, value, /)"},
	"__rdivmod__":      {"Return divmod(value, self).", "($self, value, /)"},
	"__repr__":         {"Return repr(self).", "($self, /)"},
	"__rfloordiv__":    {"Return value//self.", "($self, value, /)"},
	"__rlshift__":      {"Return value<<self.", "($self, value, /)"},
	"__rmatmul__":      {"Return value@self.", "($self, value, /)"},
	"__rmod__":         {"Return value%self.", "($self, value, /)"},
	"__rmul__":         {"Return value*self.", "($self, value, /)"},
	"__ror__":          {"Return value|self.", "($self, value, /)"},
	"__rpow__":         {"Return pow(value, self, mod).", "($self, value, mod=None, /)"},
	"__rrshift__":      {"Return value>>self.", "($self, value, /)"},
	"__rshift__":       {"Return self>>value.", "($self, value, /)"},
	"__rsub__":         {"Return value-self.", "($self, value, /)"},
	"__rtruediv__":     {"Return value/self.", "($self, value, /)"},
	"__rxor__":         {"Return value^self.", "($self, value, /)"},
	"__set__":          {"Set an attribute of instance to value.", "($self, instance, value, /)"},
	"__setattr__":      {"Implement setattr(self, name, value).", "($self, name, value, /)"},
	"__setitem__":      {"Set self[key] to value.", "($self, key, value, /)"},
	"__str__":          {"Return str(self).", "($self, /)"},
	"__sub__":          {"Return self-value.", "($self, value, /)"},
	"__truediv__":      {"Return self/value.", "($self, value, /)"},
	"__xor__":          {"Return self^value.", "($self, value, /)"},
}

// slotMethodExceptions are special-method names that some built-in types
// define as ordinary methods (their tp_methods entry wins over the slot
// wrapper): method_descriptors with their own docstrings.
var slotMethodExceptions = map[string]string{
	"dict.__getitem__":       "x.__getitem__(y) <==> x[y]",
	"dict.__contains__":      "True if the dictionary has the specified key, else False.",
	"list.__getitem__":       "x.__getitem__(y) <==> x[y]",
	"set.__contains__":       "x.__contains__(y) <==> y in x.",
	"frozenset.__contains__": "x.__contains__(y) <==> y in x.",
}

// seqInplaceDocs are the docs of the sequence in-place slots
// (sq_inplace_concat, sq_inplace_repeat), which say "Implement" where the
// number slots say "Return".
var seqInplaceDocs = map[string]string{
	"__iadd__": "Implement self+=value.",
	"__imul__": "Implement self*=value.",
}

// isSeqInplace reports whether t's __iadd__/__imul__ are sequence slots.
func isSeqInplace(t *Type) bool {
	switch t.Name {
	case "list", "bytearray", "collections.deque", "deque", "array.array", "array":
		return true
	}
	return false
}
