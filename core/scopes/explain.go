package scopes

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/compile"
	"github.com/pyvar/pyvar/core/symtable"
	"github.com/pyvar/pyvar/core/syntax"
)

// Explain writes, for each .py file under paths (files or directories), a
// human explanation of every scope and name: the scope chosen, the opcodes
// the compiled code uses for it, and the lines that decided it.
func Explain(w io.Writer, paths []string) error {
	files, _, err := PyFiles("", paths)
	if err != nil {
		return err
	}
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := ExplainSource(w, src, f); err != nil {
			return err
		}
	}
	return nil
}

// ExplainSource explains one source file (see Explain). A file that does
// not compile is explained by its SyntaxError, which is not an error of
// ExplainSource.
func ExplainSource(w io.Writer, src []byte, filename string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error: %v", filename, r)
		}
	}()
	fmt.Fprintf(w, "%s\n", filename)
	mod, err := syntax.Parse(filename, src, syntax.Exec)
	if err != nil {
		fmt.Fprintf(w, "  does not compile: %v\n", err)
		return nil
	}
	top, err := symtable.Build(mod, filename)
	if err != nil {
		fmt.Fprintf(w, "  does not compile: %v\n", err)
		return nil
	}
	co, err := compile.CompileAST(mod, filename, 0)
	if err != nil {
		fmt.Fprintf(w, "  does not compile: %v\n", err)
		return nil
	}
	e := &explainer{w: w}
	e.block(top, co)
	return nil
}

type explainer struct {
	w io.Writer
}

// childCodes pairs t's child tables with the code objects compiled for
// them (by name and line; a decorated def's code starts at its decorator).
func childCodes(t *symtable.Table, co *code.Code) map[*symtable.Table]*code.Code {
	out := map[*symtable.Table]*code.Code{}
	if co == nil {
		return out
	}
	used := map[*symtable.Table]bool{}
	for _, k := range co.Consts {
		sub, ok := k.Object().(*code.Code)
		if !ok {
			continue
		}
		// Same name, the same line if possible, else the nearest line below
		// (a decorated def's code starts at its first decorator).
		want := strings.Trim(sub.Name, "<>")
		var pick *symtable.Table
		for _, c := range t.Children {
			if used[c] || c.Name != want || c.Lineno < sub.Firstlineno {
				continue
			}
			if pick == nil || c.Lineno < pick.Lineno {
				pick = c
			}
		}
		if pick != nil {
			used[pick] = true
			out[pick] = sub
		}
	}
	return out
}

func blockTitle(t *symtable.Table, co *code.Code) string {
	qual := ""
	if co != nil {
		qual = co.Qualname
	}
	switch {
	case t.Kind == symtable.ModuleBlock:
		return "module"
	case t.Kind == symtable.ClassBlock:
		return fmt.Sprintf("class %s (line %d)", qual, t.Lineno)
	case t.Comprehension != symtable.NotComprehension:
		return fmt.Sprintf("%s %s (line %d)", t.Name, qual, t.Lineno)
	case t.Name == "lambda":
		return fmt.Sprintf("lambda %s (line %d)", qual, t.Lineno)
	}
	return fmt.Sprintf("function %s (line %d)", qual, t.Lineno)
}

func (e *explainer) block(t *symtable.Table, co *code.Code) {
	fmt.Fprintf(e.w, "  %s:\n", blockTitle(t, co))
	ops := map[string][]string{}
	var inOrder []string // names as the bytecode first uses them, so the output is stable
	if co != nil {
		seen := map[[2]string]bool{}
		for _, in := range Decode(co) {
			if _, ok := opFamily[in.Op]; !ok {
				continue
			}
			name, ok := nameOf(co, in.Op, in.Arg)
			if !ok || seen[[2]string{name, in.Op.String()}] {
				continue
			}
			seen[[2]string{name, in.Op.String()}] = true
			if ops[name] == nil {
				inOrder = append(inOrder, name)
			}
			ops[name] = append(ops[name], in.Op.String())
		}
	}
	names := append([]string(nil), t.Names...)
	for _, n := range inOrder {
		if t.Symbols[n] == nil {
			names = append(names, n)
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return firstLine(t, names[i]) < firstLine(t, names[j]) })
	for _, n := range names {
		line := "    " + n + ": " + e.reason(t, n)
		if o := ops[n]; len(o) > 0 {
			sort.Strings(o)
			line += " -> " + strings.Join(o, ", ")
		} else if t.Symbols[n] != nil {
			line += " -> (no instruction)"
		}
		fmt.Fprintln(e.w, line)
	}
	codes := childCodes(t, co)
	for _, c := range t.Children {
		e.block(c, codes[c])
	}
}

func firstLine(t *symtable.Table, name string) int {
	s := t.Symbols[name]
	if s == nil {
		return 0
	}
	best := 1 << 30
	for _, l := range [][]symtable.Site{s.Binds, s.Uses} {
		if len(l) > 0 && l[0].Lineno < best {
			best = l[0].Lineno
		}
	}
	if s.Decl.Lineno != 0 && s.Decl.Lineno < best {
		best = s.Decl.Lineno
	}
	return best
}

func lines(sites []symtable.Site) string {
	var out []string
	last := -1
	for _, s := range sites {
		if s.Lineno != last {
			out = append(out, fmt.Sprint(s.Lineno))
			last = s.Lineno
		}
		if len(out) == 4 {
			out = append(out, "...")
			break
		}
	}
	return strings.Join(out, ", ")
}

func boundRead(s *symtable.Symbol) string {
	var parts []string
	if len(s.Binds) > 0 {
		verb := "bound"
		if s.IsParam() {
			verb = "parameter"
		} else if s.Flags&symtable.DefImport != 0 {
			verb = "imported"
		}
		parts = append(parts, verb+" at "+lines(s.Binds))
	}
	if len(s.Uses) > 0 {
		parts = append(parts, "read at "+lines(s.Uses))
	} else if s.IsParam() {
		parts = append(parts, "never read")
	}
	return strings.Join(parts, ", ")
}

// shortLabel names a block without its enclosing blocks.
func shortLabel(t *symtable.Table) string {
	if t.Kind == symtable.FunctionBlock && t.Comprehension == symtable.NotComprehension && t.Name != "lambda" {
		return t.Name
	}
	return label(t)
}

// label names a block for explanations, with its enclosing defs and classes.
func label(t *symtable.Table) string {
	switch {
	case t.Kind == symtable.ModuleBlock:
		return "the module"
	case t.Kind == symtable.ClassBlock:
		return "class " + t.Name
	case t.Comprehension != symtable.NotComprehension || t.Name == "lambda":
		return fmt.Sprintf("the %s at line %d", t.Name, t.Lineno)
	}
	name := t.Name
	for p := t.Parent; p != nil && p.Kind != symtable.ModuleBlock; p = p.Parent {
		if p.Comprehension != symtable.NotComprehension || p.Name == "lambda" {
			break
		}
		name = p.Name + "." + name
	}
	return name
}

// users finds the nested blocks (at any depth) that use name as a free
// variable reaching t, with their first use.
func users(t *symtable.Table, name string) []string {
	var out []string
	var walk func(c *symtable.Table)
	walk = func(c *symtable.Table) {
		s := c.Symbols[name]
		if s == nil || s.Scope != symtable.Free {
			return
		}
		if len(s.Uses) > 0 || len(s.Binds) > 0 {
			site := s.Uses
			verb := "read"
			if len(site) == 0 {
				site, verb = s.Binds, "assigned"
			}
			if c.Comprehension != symtable.NotComprehension || c.Name == "lambda" {
				out = append(out, fmt.Sprintf("%s by a nested %s at %d", verb, c.Name, site[0].Lineno))
			} else {
				out = append(out, fmt.Sprintf("%s by nested %s at %d", verb, shortLabel(c), site[0].Lineno))
			}
		}
		for _, g := range c.Children {
			walk(g)
		}
	}
	for _, c := range t.Children {
		walk(c)
	}
	return out
}

func semi(s string) string {
	if s == "" {
		return ""
	}
	return "; " + s
}

// declarer finds the first block below t that declares name global.
func declarer(t *symtable.Table, name string) *symtable.Table {
	for _, c := range t.Children {
		if s := c.Symbols[name]; s != nil && s.Flags&symtable.DefGlobal != 0 && s.Decl.Lineno != 0 {
			return c
		}
		if d := declarer(c, name); d != nil {
			return d
		}
	}
	return nil
}

// enclosingBinder finds an enclosing function block that binds name.
func enclosingBinder(t *symtable.Table, name string) *symtable.Table {
	for p := t.Parent; p != nil; p = p.Parent {
		if p.Kind != symtable.FunctionBlock {
			continue
		}
		if s := p.Symbols[name]; s != nil && (s.Scope == symtable.Local || s.Scope == symtable.Cell || s.Scope == symtable.Free) {
			return p
		}
	}
	return nil
}

// binder finds the enclosing function block that owns the cell of a free name.
func binder(t *symtable.Table, name string) *symtable.Table {
	for p := t.Parent; p != nil; p = p.Parent {
		if p.Kind != symtable.FunctionBlock {
			continue
		}
		if s := p.Symbols[name]; s != nil && s.Scope == symtable.Cell {
			return p
		}
	}
	return nil
}

func (e *explainer) reason(t *symtable.Table, name string) string {
	s := t.Symbols[name]
	if s == nil {
		switch name {
		case "__module__", "__qualname__":
			return "implicit class-body name, stored first by the compiler"
		case "__classcell__":
			return "implicit: hands the __class__ cell to type() so methods' super() works"
		case "__name__":
			return "implicit: the module's __name__, read to set __module__"
		case "__annotations__":
			return "implicit annotations dict of the namespace"
		case "__class__":
			return "the implicit __class__ cell, created because a method uses super() or __class__"
		}
		return "implicit name used by the compiler"
	}
	if name == ".0" {
		return "the comprehension's hidden iterator argument (the first iterable is evaluated outside)"
	}
	br := boundRead(s)
	switch t.Kind {
	case symtable.ModuleBlock:
		switch s.Scope {
		case symtable.GlobalExplicit:
			where := fmt.Sprintf("at line %d", s.Decl.Lineno)
			if d := declarer(t, name); d != nil && d.Comprehension != symtable.NotComprehension {
				where = fmt.Sprintf("by an assignment expression in %s", label(d))
			} else if d != nil {
				where = fmt.Sprintf("in %s at line %d", label(d), d.Symbols[name].Decl.Lineno)
			}
			return fmt.Sprintf("global explicit (declared global %s, so module code uses *_GLOBAL too%s)", where, semi(br))
		case symtable.GlobalImplicit:
			return fmt.Sprintf("global implicit (%s; never bound in the module: globals, then builtins)", br)
		}
		return fmt.Sprintf("global, in the module namespace (%s)", br)
	case symtable.ClassBlock:
		switch s.Scope {
		case symtable.Local:
			msg := fmt.Sprintf("name in the class namespace (%s; methods cannot see it", br)
			if s.Flags&symtable.DefFreeClass != 0 {
				msg += "; a nested function's free variable of the same name is passed through from the enclosing function"
			}
			if len(s.Uses) > 0 {
				msg += "; reads use LOAD_NAME: the class namespace, then globals, then builtins"
				if b := enclosingBinder(t, name); b != nil {
					msg += fmt.Sprintf(", never %s's %s", label(b), name)
				}
			}
			return msg + ")"
		case symtable.GlobalImplicit:
			return fmt.Sprintf("name (%s; not bound in %s: class namespace, then globals, then builtins)", br, label(t))
		case symtable.GlobalExplicit:
			return fmt.Sprintf("global explicit (declared global at line %d; %s)", s.Decl.Lineno, br)
		case symtable.Free:
			if s.Flags&symtable.DefNonlocal != 0 {
				return fmt.Sprintf("free (declared nonlocal at line %d; %s)", s.Decl.Lineno, br)
			}
			where := ""
			if b := binder(t, name); b != nil {
				where = " " + label(b)
			}
			if br == "" {
				return fmt.Sprintf("free (passed through the class to nested methods; bound%s)", where)
			}
			return fmt.Sprintf("free (%s; bound in enclosing function%s: class namespace first, then the cell)", br, where)
		}
	default:
		switch s.Scope {
		case symtable.Local:
			return fmt.Sprintf("local (%s)", br)
		case symtable.Cell:
			u := users(t, name)
			if len(u) > 2 {
				u = append(u[:2], "...")
			}
			return fmt.Sprintf("cell (%s; %s)", br, strings.Join(u, "; "))
		case symtable.Free:
			if s.Flags&symtable.DefNonlocal != 0 {
				if t.Comprehension != symtable.NotComprehension {
					// No nonlocal statement can appear in a comprehension.
					return fmt.Sprintf("free (an assignment expression in a comprehension binds the enclosing function's variable; %s)", br)
				}
				return fmt.Sprintf("free (declared nonlocal at line %d; %s)", s.Decl.Lineno, br)
			}
			where := "an enclosing function"
			if b := binder(t, name); b != nil {
				where = label(b)
			}
			if name == "__class__" {
				return "free: the class cell, used by super() or __class__ in a method"
			}
			if br == "" {
				return fmt.Sprintf("free (only passed through to a nested block; bound in %s)", where)
			}
			return fmt.Sprintf("free (%s; bound in %s)", br, where)
		case symtable.GlobalExplicit:
			if s.Flags&symtable.DefGlobal != 0 && t.Comprehension != symtable.NotComprehension {
				return fmt.Sprintf("global explicit (an assignment expression in a comprehension binds the global; %s)", br)
			}
			if s.Flags&symtable.DefGlobal != 0 {
				return fmt.Sprintf("global explicit (declared global at line %d; %s)", s.Decl.Lineno, br)
			}
			return fmt.Sprintf("global explicit (%s)", br)
		case symtable.GlobalImplicit:
			return fmt.Sprintf("global implicit (%s, never bound in %s)", br, shortLabel(t))
		}
	}
	return s.Scope.String()
}
