package symtable

import (
	"sort"
	"strings"
)

// Mangle returns name as it is stored inside class private (CPython's
// _Py_Mangle): inside a class body or anything nested in it, `__x` becomes
// `_Class__x` unless the name ends with two underscores or contains a dot
// (dotted import names), and leading underscores are stripped from the class
// name; a class named only with underscores mangles nothing.
func Mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (t *Table) sortedWithScope(sc Scope, freeClass bool) []string {
	var out []string
	for _, n := range t.Names {
		s := t.Symbols[n]
		if s.Scope == sc || (freeClass && s.Flags&DefFreeClass != 0) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func sortedNames(s nameSet) []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
