package symtable

import (
	"fmt"

	"github.com/pyvar/pyvar/core/syntax"
)

// knownFutures are the feature names `from __future__ import` accepts in 3.10.
var knownFutures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// Future is what the leading `from __future__ import` statements of a
// module turn on (CPython's PyFutureFeatures).
type Future struct {
	// Annotations is `from __future__ import annotations`: annotations are
	// kept as strings and their names are not analysed.
	Annotations bool
	// BarryAsFLUFL is the `<>` easter egg.
	BarryAsFLUFL bool
	// Lineno is the line of the last future statement (ff_lineno); the
	// compiler refuses any later `from __future__ import` with "from
	// __future__ imports must occur at the beginning of the file".
	Lineno int
}

// parseFuture finds the future statements at the head of a module as
// future.c does: after an optional docstring, a run of `from __future__`
// imports; a future import after another statement on the same line is an
// error here, later ones are the compiler's.
func parseFuture(body []syntax.Stmt, filename string) (Future, error) {
	var ff Future
	i := 0
	if len(body) > 0 && isDocstring(body[0]) {
		i = 1
	}
	done, prevLine := false, 0
	for ; i < len(body); i++ {
		s := body[i]
		p := s.Position()
		if done && p.Lineno > prevLine {
			break
		}
		prevLine = p.Lineno
		f, ok := s.(*syntax.ImportFrom)
		if !ok || f.Module != "__future__" {
			done = true
			continue
		}
		if done {
			return ff, &syntax.Error{Kind: "SyntaxError", Filename: filename, Lineno: p.Lineno, EndLineno: p.Lineno, Offset: p.ColOffset,
				Msg: "from __future__ imports must occur at the beginning of the file"}
		}
		for _, a := range f.Names {
			switch {
			case a.Name == "annotations":
				ff.Annotations = true
			case a.Name == "barry_as_FLUFL":
				ff.BarryAsFLUFL = true
			case a.Name == "braces":
				return ff, &syntax.Error{Kind: "SyntaxError", Filename: filename, Lineno: p.Lineno, EndLineno: p.Lineno, Offset: p.ColOffset + 1, Msg: "not a chance"}
			case !knownFutures[a.Name]:
				return ff, &syntax.Error{Kind: "SyntaxError", Filename: filename, Lineno: p.Lineno, EndLineno: p.Lineno, Offset: p.ColOffset + 1,
					Msg: fmt.Sprintf("future feature %s is not defined", a.Name)}
			}
		}
		ff.Lineno = p.Lineno
	}
	return ff, nil
}

func isDocstring(s syntax.Stmt) bool {
	e, ok := s.(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*syntax.Constant)
	return ok && c.Value.Kind == syntax.ConstStr
}
