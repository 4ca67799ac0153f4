package object

import "sync"

var (
	internMu sync.Mutex
	interned = map[string]*Str{}
)

// Intern returns the one shared *Str for s, so that names used as
// namespace keys hash once and compare by pointer first.
func Intern(s string) *Str {
	internMu.Lock()
	p, ok := interned[s]
	if !ok {
		p = &Str{S: s, x: &strKinds[1][0]}
		interned[s] = p
	}
	internMu.Unlock()
	return p
}

// InternStr returns s if it is the interned *Str of its text, else the
// interned one: attribute names from getattr(), setattr() and the like
// without the table's lock and lookup when they are already interned.
func InternStr(s *Str) *Str {
	if s.x != nil && s.x.interned {
		return s
	}
	return Intern(s.S)
}

// IsInterned reports whether s is the shared *Str Intern returns for its
// text (without interning it).
func IsInterned(s *Str) bool {
	if s.x != nil && s.x.interned {
		return true
	}
	internMu.Lock()
	p, ok := interned[s.S]
	internMu.Unlock()
	return ok && p == s
}

// Names of special methods, interned once.
var (
	strCall          = Intern("__call__")
	strGet           = Intern("__get__")
	strSet           = Intern("__set__")
	strDelete        = Intern("__delete__")
	strGetattribute  = Intern("__getattribute__")
	strGetattr       = Intern("__getattr__")
	strSetattr       = Intern("__setattr__")
	strDelattr       = Intern("__delattr__")
	strRepr          = Intern("__repr__")
	strStr           = Intern("__str__")
	strFormat        = Intern("__format__")
	strHash          = Intern("__hash__")
	strBool          = Intern("__bool__")
	strLen           = Intern("__len__")
	strGetitem       = Intern("__getitem__")
	strSetitem       = Intern("__setitem__")
	strDelitem       = Intern("__delitem__")
	strMissing       = Intern("__missing__")
	strIter          = Intern("__iter__")
	strNext          = Intern("__next__")
	nameContains     = Intern("__contains__")
	strReversed      = Intern("__reversed__")
	strInit          = Intern("__init__")
	nameNew          = Intern("__new__")
	strIndex         = Intern("__index__")
	strInt           = Intern("__int__")
	strFloat         = Intern("__float__")
	strComplex       = Intern("__complex__")
	strRound         = Intern("__round__")
	strDict          = Intern("__dict__")
	strClass         = Intern("__class__")
	strName          = Intern("__name__")
	strQualname      = Intern("__qualname__")
	strModule        = Intern("__module__")
	strDoc           = Intern("__doc__")
	strClassCell     = Intern("__classcell__")
	strInitSubclass  = Intern("__init_subclass__")
	strSetName       = Intern("__set_name__")
	strMro           = Intern("mro")
	strEnter         = Intern("__enter__")
	strExit          = Intern("__exit__")
	strInstancecheck = Intern("__instancecheck__")
	strSubclasscheck = Intern("__subclasscheck__")
	strLengthHint    = Intern("__length_hint__")
	strAbs           = Intern("__abs__")
	strNeg           = Intern("__neg__")
	strPos           = Intern("__pos__")
	strInvert        = Intern("__invert__")
	strTrunc         = Intern("__trunc__")
	strFloor         = Intern("__floor__")
	strCeil          = Intern("__ceil__")
	strDivmod        = Intern("__divmod__")
	strRdivmod       = Intern("__rdivmod__")
)

// compareNames are the rich comparison methods in CompareOp order.
var compareNames = [...]*Str{Intern("__lt__"), Intern("__le__"), Intern("__eq__"), Intern("__ne__"), Intern("__gt__"), Intern("__ge__")}
