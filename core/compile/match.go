package compile

import (
	"math/big"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/syntax"
)

// patternContext is the state of compiling one case pattern: the names
// captured so far (their values wait on the stack), how many other items
// sit above them, and the fail_pop blocks, where failure pops n items.
type patternContext struct {
	stores           []string
	allowIrrefutable bool
	failPop          []*block
	onTop            int
}

func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

func isStarWildcard(p syntax.Pattern) bool {
	st, ok := p.(*syntax.MatchStar)
	return ok && st.Name == ""
}

func (c *compiler) match(s *syntax.Match) {
	c.expr(s.Subject)
	end := c.newBlock()
	cases := len(s.Cases)
	last := s.Cases[cases-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && cases > 1 {
		hasDefault = 1
	}
	pc := &patternContext{}
	for i := 0; i < cases-hasDefault; i++ {
		m := s.Cases[i]
		c.setLoc(m.Pattern)
		if i != cases-hasDefault-1 {
			c.op(code.DUP_TOP)
		}
		pc.stores = nil
		pc.allowIrrefutable = m.Guard != nil || i == cases-1
		pc.failPop = nil
		pc.onTop = 0
		c.pattern(m.Pattern, pc)
		for _, name := range pc.stores {
			c.nameop(name, syntax.Store)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if i != cases-hasDefault-1 {
			c.op(code.POP_TOP)
		}
		c.stmts(m.Body)
		c.jump(code.JUMP_FORWARD, end)
		c.setLoc(m.Pattern)
		c.emitAndResetFailPop(pc)
	}
	if hasDefault == 1 {
		m := last
		c.setLoc(m.Pattern)
		if cases == 1 {
			c.op(code.POP_TOP)
		} else {
			c.op(code.NOP)
		}
		if m.Guard != nil {
			c.jumpIf(m.Guard, end, false)
		}
		c.stmts(m.Body)
	}
	c.useNextBlock(end)
}

func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.newBlock())
	}
}

func (c *compiler) jumpToFailPop(pc *patternContext, op code.Opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.jump(op, pc.failPop[pops])
	c.nextBlock()
}

func (c *compiler) emitAndResetFailPop(pc *patternContext) {
	if len(pc.failPop) == 0 {
		c.nextBlock()
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.useNextBlock(pc.failPop[i])
		c.op(code.POP_TOP)
	}
	c.useNextBlock(pc.failPop[0])
	pc.failPop = nil
}

func (c *compiler) storeCapture(name string, pc *patternContext) {
	if name == "" {
		c.op(code.POP_TOP)
		return
	}
	c.forbiddenName(name, syntax.Store)
	for _, s := range pc.stores {
		if s == name {
			c.errorf("multiple assignments to name '%s' in pattern", name)
		}
	}
	c.opArg(code.ROT_N, pc.onTop+len(pc.stores)+1)
	pc.stores = append(pc.stores, name)
}

func (c *compiler) subpattern(p syntax.Pattern, pc *patternContext) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

func (c *compiler) loadInt(i int) {
	c.loadConst(konst{v: syntax.IntValue(big.NewInt(int64(i)))})
}

func (c *compiler) pattern(p syntax.Pattern, pc *patternContext) {
	c.setLoc(p)
	switch p := p.(type) {
	case *syntax.MatchValue:
		v := c.folded(p.Value)
		switch v.(type) {
		case *syntax.Constant, *syntax.Attribute:
		default:
			c.errorf("patterns may only match literals and attribute lookups")
		}
		c.expr(p.Value)
		c.compareOp(syntax.Eq)
		c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	case *syntax.MatchSingleton:
		c.loadConst(konst{v: p.Value})
		c.compareOp(syntax.Is)
		c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	case *syntax.MatchSequence:
		c.patternSequence(p, pc)
	case *syntax.MatchMapping:
		c.patternMapping(p, pc)
	case *syntax.MatchClass:
		c.patternClass(p, pc)
	case *syntax.MatchStar:
		c.storeCapture(p.Name, pc)
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.errorf("name capture '%s' makes remaining patterns unreachable", p.Name)
				}
				c.errorf("wildcard makes remaining patterns unreachable")
			}
			c.storeCapture(p.Name, pc)
			return
		}
		pc.onTop++
		c.op(code.DUP_TOP)
		c.pattern(p.Pattern, pc)
		pc.onTop--
		c.storeCapture(p.Name, pc)
	case *syntax.MatchOr:
		c.patternOr(p, pc)
	default:
		panic(internalError("unexpected pattern node"))
	}
}

func (c *compiler) patternSequence(p *syntax.MatchSequence, pc *patternContext) {
	size := len(p.Patterns)
	star := -1
	onlyWildcard := true
	starWildcard := false
	for i, sub := range p.Patterns {
		if _, ok := sub.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.errorf("multiple starred names in sequence pattern")
			}
			starWildcard = isStarWildcard(sub)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(sub)
	}
	pc.onTop++
	c.op(code.MATCH_SEQUENCE)
	c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	if star < 0 {
		c.op(code.GET_LEN)
		c.loadInt(size)
		c.compareOp(syntax.Eq)
		c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	} else if size != 1 {
		c.op(code.GET_LEN)
		c.loadInt(size - 1)
		c.compareOp(syntax.GtE)
		c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.op(code.POP_TOP)
	case starWildcard:
		pc.onTop++
		for i, sub := range p.Patterns {
			if isWildcard(sub) || i == star {
				continue
			}
			c.op(code.DUP_TOP)
			if i < star {
				c.loadInt(i)
			} else {
				c.op(code.GET_LEN)
				c.loadInt(size - i)
				c.op(code.BINARY_SUBTRACT)
			}
			c.op(code.BINARY_SUBSCR)
			c.subpattern(sub, pc)
		}
		pc.onTop--
		c.op(code.POP_TOP)
	default:
		seenStar := false
		for i, sub := range p.Patterns {
			if _, ok := sub.(*syntax.MatchStar); ok {
				if seenStar {
					c.errorf("multiple starred expressions in sequence pattern")
				}
				if i >= 1<<8 || size-i-1 >= (1<<31-1)>>8 {
					c.errorf("too many expressions in star-unpacking sequence pattern")
				}
				c.opArg(code.UNPACK_EX, i+(size-i-1)<<8)
				seenStar = true
			}
		}
		if !seenStar {
			c.opArg(code.UNPACK_SEQUENCE, size)
		}
		pc.onTop += size
		for _, sub := range p.Patterns {
			pc.onTop--
			c.subpattern(sub, pc)
		}
	}
}

// patternKey is the identity of a constant mapping-pattern key for the
// duplicate check, with Python's numeric equality (1 == 1.0 == True).
func patternKey(v syntax.ConstValue) string {
	switch v.Kind {
	case syntax.ConstBool:
		if v.Bool {
			return "n1"
		}
		return "n0"
	case syntax.ConstInt:
		return "n" + v.Int.String()
	case syntax.ConstFloat:
		if f := v.Float; f == float64(int64(f)) {
			return "n" + big.NewInt(int64(f)).String()
		}
	}
	return konst{v: v}.key()
}

func (c *compiler) patternMapping(p *syntax.MatchMapping, pc *patternContext) {
	size := len(p.Keys)
	if size != len(p.Patterns) {
		c.errorf("keys (%d) / patterns (%d) length mismatch in mapping pattern", size, len(p.Patterns))
	}
	pc.onTop++
	c.op(code.MATCH_MAPPING)
	c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == "" {
		pc.onTop--
		c.op(code.POP_TOP)
		return
	}
	if size > 0 {
		c.op(code.GET_LEN)
		c.loadInt(size)
		c.compareOp(syntax.GtE)
		c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	}
	seen := map[string]bool{}
	for i, key := range p.Keys {
		if key == nil {
			c.setLoc(p.Patterns[i])
			c.errorf("can't use NULL keys in MatchMapping (set 'rest' parameter instead)")
		}
		switch k := c.folded(key).(type) {
		case *syntax.Constant:
			pk := patternKey(k.Value)
			if seen[pk] {
				c.errorf("mapping pattern checks duplicate key (%s)", reprConst(k.Value))
			}
			seen[pk] = true
		case *syntax.Attribute:
		default:
			c.errorf("mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(key)
	}
	c.opArg(code.BUILD_TUPLE, size)
	c.op(code.MATCH_KEYS)
	pc.onTop += 2
	c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	for i, sub := range p.Patterns {
		if isWildcard(sub) {
			continue
		}
		c.op(code.DUP_TOP)
		c.loadInt(i)
		c.op(code.BINARY_SUBSCR)
		c.subpattern(sub, pc)
	}
	pc.onTop -= 2
	c.op(code.POP_TOP)
	if p.Rest != "" {
		c.op(code.COPY_DICT_WITHOUT_KEYS)
		c.storeCapture(p.Rest, pc)
	} else {
		c.op(code.POP_TOP)
	}
	pc.onTop--
	c.op(code.POP_TOP)
}

func (c *compiler) patternClass(p *syntax.MatchClass, pc *patternContext) {
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		c.errorf("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs, len(p.KwdPatterns))
	}
	if nattrs > 0 {
		for i, attr := range p.KwdAttrs {
			c.setLoc(p.KwdPatterns[i])
			c.forbiddenName(attr, syntax.Store)
			for j := i + 1; j < nattrs; j++ {
				if p.KwdAttrs[j] == attr {
					c.setLoc(p.KwdPatterns[j])
					c.errorf("attribute name repeated in class pattern: %s", attr)
				}
			}
		}
		c.setLoc(p)
	}
	c.expr(p.Cls)
	names := make([]syntax.ConstValue, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = syntax.StrValue(a)
	}
	c.loadConst(konst{v: syntax.ConstValue{Kind: syntax.ConstTuple, Tuple: names}})
	c.opArg(code.MATCH_CLASS, nargs)
	pc.onTop++
	c.jumpToFailPop(pc, code.POP_JUMP_IF_FALSE)
	for i := 0; i < nargs+nattrs; i++ {
		var sub syntax.Pattern
		if i < nargs {
			sub = p.Patterns[i]
		} else {
			sub = p.KwdPatterns[i-nargs]
		}
		if isWildcard(sub) {
			continue
		}
		c.op(code.DUP_TOP)
		c.loadInt(i)
		c.op(code.BINARY_SUBSCR)
		c.subpattern(sub, pc)
	}
	pc.onTop--
	c.op(code.POP_TOP)
}

func (c *compiler) patternOr(p *syntax.MatchOr, pc *patternContext) {
	end := c.newBlock()
	size := len(p.Patterns)
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		c.setLoc(alt)
		pc.stores = nil
		pc.allowIrrefutable = i == size-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.op(code.DUP_TOP)
		c.pattern(alt, pc)
		nstores := len(pc.stores)
		if i == 0 {
			control = pc.stores
		} else if nstores != len(control) {
			c.errorf("alternative patterns bind different names")
		} else if nstores > 0 {
			for icontrol := nstores - 1; icontrol >= 0; icontrol-- {
				name := control[icontrol]
				istores := -1
				for k, s := range pc.stores {
					if s == name {
						istores = k
					}
				}
				if istores < 0 {
					c.errorf("alternative patterns bind different names")
				}
				if icontrol != istores {
					rotations := istores + 1
					rotated := append([]string(nil), pc.stores[:rotations]...)
					rest := append([]string(nil), pc.stores[rotations:]...)
					at := icontrol - istores
					ns := append([]string(nil), rest[:at]...)
					ns = append(ns, rotated...)
					ns = append(ns, rest[at:]...)
					pc.stores = ns
					for ; rotations > 0; rotations-- {
						c.opArg(code.ROT_N, icontrol+1)
					}
				}
			}
		}
		c.jump(code.JUMP_FORWARD, end)
		c.nextBlock()
		c.emitAndResetFailPop(pc)
	}
	*pc = old
	c.op(code.POP_TOP)
	c.jumpToFailPop(pc, code.JUMP_FORWARD)
	c.useNextBlock(end)
	nstores := len(control)
	nrots := nstores + 1 + pc.onTop + len(pc.stores)
	for i := 0; i < nstores; i++ {
		c.opArg(code.ROT_N, nrots)
		name := control[i]
		for _, s := range pc.stores {
			if s == name {
				c.errorf("multiple assignments to name '%s' in pattern", name)
			}
		}
		pc.stores = append(pc.stores, name)
	}
	c.op(code.POP_TOP)
}

// reprConst is a short repr of a literal for error messages.
func reprConst(v syntax.ConstValue) string {
	switch v.Kind {
	case syntax.ConstStr:
		return "'" + v.Str + "'"
	case syntax.ConstInt:
		return v.Int.String()
	case syntax.ConstNone:
		return "None"
	case syntax.ConstBool:
		if v.Bool {
			return "True"
		}
		return "False"
	}
	return konst{v: v}.key()
}
