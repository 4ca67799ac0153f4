package vm

import (
	"github.com/pyvar/pyvar/core/object"
)

// CPython 3.10 ends the message of an uncaught NameError with ". Did you
// mean: 'x'?" when a name close to the missing one exists in the failing
// frame's co_varnames, globals or builtins (searched in that order). The
// distance is a Levenshtein distance in which a case change costs 1 and
// any other edit 2; a candidate must need at most a third of the
// characters involved changed.
const (
	moveCost          = 2
	caseCost          = 1
	maxCandidateItems = 750
	maxStringSize     = 40
)

func nameErrorWithName(name string) error {
	e := object.NewException(object.NameError, object.NewStr("name '"+name+"' is not defined"))
	e.SetAttributeContext(object.NewStr(name), object.Null)
	return e
}

// attrErrorContext records the object and name of a failed attribute
// lookup on an AttributeError that does not have them yet (3.10's name
// and obj attributes), which the traceback printer uses for its suggestion.
func attrErrorContext(err error, obj, name object.Value) {
	e, ok := err.(*object.BaseException)
	if !ok || e.Class != object.AttributeError || e.Traceback != nil {
		return
	}
	if e.Ext != nil && !e.Ext.Name.IsNull() && !e.Ext.Name.IsNone() {
		return
	}
	e.SetAttributeContext(name, obj)
}

func suggestion(e *object.BaseException) string {
	if e.Class == object.AttributeError && e.Ext != nil {
		ns, ok := e.Ext.Name.Object().(*object.Str)
		obj := e.Ext.Object
		if !ok || obj.IsNull() {
			return ""
		}
		d, err := dirOf(obj)
		if err != nil {
			return ""
		}
		items, _ := object.ToSlice(d)
		names := make([]string, 0, len(items))
		for _, it := range items {
			if s, ok := it.Object().(*object.Str); ok {
				names = append(names, s.S)
			}
		}
		return bestMatch(names, ns.S)
	}
	if e.Class != object.NameError || e.Ext == nil || e.Traceback == nil {
		return ""
	}
	ns, ok := e.Ext.Name.Object().(*object.Str)
	if !ok {
		return ""
	}
	tb := e.Traceback
	for tb.Next != nil {
		tb = tb.Next
	}
	f, ok := tb.Frame.(*Frame)
	if !ok {
		return ""
	}
	if s := bestMatch(f.Code.Varnames, ns.S); s != "" {
		return s
	}
	if s := bestMatch(dictKeys(f.Globals), ns.S); s != "" {
		return s
	}
	if f.Builtins != nil {
		return bestMatch(dictKeys(f.Builtins), ns.S)
	}
	return ""
}

func dictKeys(d *object.Dict) []string {
	var out []string
	for i := 0; i < d.EntriesLen(); i++ {
		if k, _, live := d.EntryAt(i); live {
			if s, ok := k.Object().(*object.Str); ok {
				out = append(out, s.S)
			} else {
				out = append(out, "")
			}
		}
	}
	return out
}

func bestMatch(candidates []string, name string) string {
	if len(candidates) >= maxCandidateItems {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * moveCost / 6
		if bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := editDistance(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func substCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return caseCost
	}
	return moveCost
}

// editDistance returns the weighted edit distance of a and b, or some value
// above maxCost as soon as the result is known to exceed it.
func editDistance(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	var row [maxStringSize]int
	for i := range a {
		row[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		diag := bi * moveCost
		result = diag
		minimum := int(^uint(0) >> 1)
		for ai := 0; ai < len(a); ai++ {
			sub := diag + substCost(b[bi], a[ai])
			diag = row[ai]
			ins := min(result, diag) + moveCost
			result = min(ins, sub)
			row[ai] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
