package native

import "github.com/pyvar/pyvar/core/object"

// setFuncDoc sets the docstring (__doc__) of the built-in function name
// of module m, defined before with defFunc.
func setFuncDoc(m *object.Module, name, doc string) {
	v, ok, _ := m.Dict.Get(object.FromObject(object.Intern(name)))
	if !ok {
		panic("native: setFuncDoc: no function " + name)
	}
	v.Object().(*object.BuiltinFunction).Doc = doc
}
