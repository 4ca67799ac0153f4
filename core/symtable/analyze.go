package symtable

import "github.com/pyvar/pyvar/core/syntax"

// nameSet is a set of names (CPython uses Python sets for bound, local,
// free and global during analysis).
type nameSet map[string]struct{}

func (s nameSet) has(n string) bool { _, ok := s[n]; return ok }
func (s nameSet) add(n string)      { s[n] = struct{}{} }
func (s nameSet) copy() nameSet {
	c := make(nameSet, len(s))
	for k := range s {
		c[k] = struct{}{}
	}
	return c
}
func (s nameSet) union(o nameSet) {
	for k := range o {
		s[k] = struct{}{}
	}
}

// analyze is the second pass: CPython's symtable_analyze.
func analyze(b *builder) error {
	return analyzeBlock(b, b.top, nil, nameSet{}, nameSet{})
}

// analyzeBlock decides the scopes of t's names given the names bound in the
// enclosing function scopes (bound, nil for the module) and declared global
// above (global); it adds to free the names t and its children need from
// outside. It follows CPython's analyze_block step by step.
func analyzeBlock(b *builder, t *Table, bound, free, global nameSet) error {
	local := nameSet{}
	scopes := make(map[string]Scope, len(t.Names))
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}

	// A class namespace is invisible to nested functions: what they see is
	// decided before the class's own names are analysed.
	if t.Kind == ClassBlock {
		newGlobal.union(global)
		if bound != nil {
			newBound.union(bound)
		}
	}
	for _, name := range t.Names {
		if err := analyzeName(b, t, scopes, name, t.Symbols[name].Flags, bound, local, free, global); err != nil {
			return err
		}
	}
	if t.Kind != ClassBlock {
		if t.Kind == FunctionBlock {
			newBound.union(local)
		}
		if bound != nil {
			newBound.union(bound)
		}
		newGlobal.union(global)
	} else {
		// Methods see the implicit __class__ cell of their class.
		newBound.add("__class__")
	}

	allFree := nameSet{}
	for _, c := range t.Children {
		childFree := newFree.copy()
		if err := analyzeBlock(b, c, newBound.copy(), childFree, newGlobal.copy()); err != nil {
			return err
		}
		allFree.union(childFree)
		if c.HasFree || c.ChildHasFree {
			t.ChildHasFree = true
		}
	}
	newFree.union(allFree)

	switch t.Kind {
	case FunctionBlock:
		// Locals that children need become cells, and stop travelling up.
		for _, name := range t.Names {
			if scopes[name] == Local && newFree.has(name) {
				scopes[name] = Cell
				delete(newFree, name)
			}
		}
	case ClassBlock:
		if newFree.has("__class__") {
			delete(newFree, "__class__")
			t.NeedsClassClosure = true
		}
	}
	updateSymbols(t, scopes, bound, newFree)
	free.union(newFree)
	return nil
}

// analyzeName decides one name's scope: CPython's analyze_name.
func analyzeName(b *builder, t *Table, scopes map[string]Scope, name string, flags Flag, bound, local, free, global nameSet) error {
	switch {
	case flags&DefGlobal != 0:
		if flags&DefNonlocal != 0 {
			return b.directiveError(t, name, "name '"+name+"' is nonlocal and global")
		}
		scopes[name] = GlobalExplicit
		global.add(name)
		if bound != nil {
			delete(bound, name)
		}
	case flags&DefNonlocal != 0:
		if bound == nil {
			return b.directiveError(t, name, "nonlocal declaration not allowed at module level")
		}
		if !bound.has(name) {
			return b.directiveError(t, name, "no binding for nonlocal '"+name+"' found")
		}
		scopes[name] = Free
		t.HasFree = true
		free.add(name)
	case flags&DefBound != 0:
		scopes[name] = Local
		local.add(name)
		delete(global, name)
	case bound != nil && bound.has(name):
		scopes[name] = Free
		t.HasFree = true
		free.add(name)
	case global.has(name):
		// Declared global in an enclosing block: CPython 3.10 still calls
		// it implicit here (so a class body reads it with LOAD_NAME).
		scopes[name] = GlobalImplicit
	default:
		if t.IsNested {
			t.HasFree = true
		}
		scopes[name] = GlobalImplicit
	}
	return nil
}

// updateSymbols stores the decided scopes and records the free names of
// children that pass through t: CPython's update_symbols.
func updateSymbols(t *Table, scopes map[string]Scope, bound, free nameSet) {
	for _, name := range t.Names {
		t.Symbols[name].Scope = scopes[name]
	}
	// Iterate in a fixed order so that Names stays deterministic.
	for _, name := range sortedNames(free) {
		if s := t.Symbols[name]; s != nil {
			// A method's free variable that the class body binds or
			// declares global: the class passes the outer cell through.
			if t.Kind == ClassBlock && s.Flags&(DefBound|DefGlobal) != 0 {
				s.Flags |= DefFreeClass
			}
			continue
		}
		if bound != nil && !bound.has(name) {
			continue // a global: nothing to pass through
		}
		s := t.symbol(name)
		s.Scope = Free
	}
}

func (b *builder) directiveError(t *Table, name, msg string) error {
	var p *syntax.Pos
	if t.directives != nil {
		p = t.directives[name]
	}
	return b.errorAt(p, msg)
}
