package sre

import "bytes"

// char is the element type of a subject: bytes or code points.
type char interface{ ~uint8 | ~int32 }

// Continuations: where a parent context resumes when a child returns
// (sre_lib.h's JUMP_* values).
const (
	jNone uint8 = iota
	jMaxUntil1
	jMaxUntil2
	jMaxUntil3
	jMinUntil1
	jMinUntil2
	jMinUntil3
	jRepeat
	jRepeatOne1
	jRepeatOne2
	jMinRepeatOne
	jBranch
	jAssert
	jAssertNot
)

// run is SRE(match): it matches the code at pc0 against s from st.Ptr,
// and on success leaves the end of the match in st.Ptr. Sub-matches are
// contexts on st.ctxs, never Go recursion; see the package comment.
func run[C char](st *State, s []C, pc0 int, toplevel bool) (bool, error) {
	var (
		code = st.code
		prog = st.prog
		end  = st.EndPos
		ctx  *context
		ret  bool
		err  error
		jump uint8
		n    int
		rp   *repeat
		ok   bool
		pc   int
		ptr  int
		// The context and saved-mark stacks live in locals while the
		// match runs (no write to st on every push), and go back to st
		// when it ends so that their memory is reused.
		ctxs  = st.ctxs[:0]
		saved = st.saved[:0]
		steps = st.steps
	)
	ctxs = append(ctxs, context{pc: pc0, toplevel: toplevel, jump: jNone})
	ctx = &ctxs[0]

entrance:
	ctx.ptr = st.Ptr
	if code[ctx.pc] == opInfo {
		// <INFO> <skip> <flags> <min> ...: reject a subject too short.
		if m := int(code[ctx.pc+3]); m != 0 && end-ctx.ptr >= 0 && end-ctx.ptr < m {
			goto fail
		}
		ctx.pc += int(code[ctx.pc+1]) + 1
	}

dispatch:
	// pc and ptr live in registers while operations run in this context;
	// ctx gets them back before anything that leaves the loop and resumes.
	pc, ptr = ctx.pc, ctx.ptr
	for {
		steps++
		if steps&0xfff == 0 && st.Cancel != nil {
			if err = st.Cancel(); err != nil {
				goto abort
			}
		}
		op := code[pc]
		pc++
		switch op {
		case opMark:
			i := int(code[pc])
			if i&1 != 0 {
				st.LastIndex = i/2 + 1
			}
			if i > st.LastMark {
				// Marks skipped over were not reached: unset them.
				for j := st.LastMark + 1; j < i; j++ {
					st.Marks[j] = -1
				}
				st.LastMark = i
			}
			st.Marks[i] = ptr
			pc++

		case opLiteral:
			if ptr >= end || uint32(s[ptr]) != code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opNotLiteral:
			if ptr >= end || uint32(s[ptr]) == code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opSuccess:
			if ctx.toplevel && ((st.matchAll && ptr != end) || (st.MustAdvance && ptr == st.Start)) {
				goto fail
			}
			st.Ptr = ptr
			goto success

		case opAt:
			if !at(st, s, ptr, code[pc]) {
				goto fail
			}
			pc++

		case opCategory:
			if ptr >= end || !category(code[pc], uint32(s[ptr])) {
				goto fail
			}
			pc++
			ptr++

		case opAny:
			if ptr >= end || s[ptr] == '\n' {
				goto fail
			}
			ptr++

		case opAnyAll:
			if ptr >= end {
				goto fail
			}
			ptr++

		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			if ptr >= end || !prog.inSet(pc-1, uint32(s[ptr])) {
				goto fail
			}
			pc += int(code[pc])
			ptr++

		case opLiteralIgnore:
			if ptr >= end || LowerASCII(uint32(s[ptr])) != code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opLiteralUniIgnore:
			if ptr >= end || LowerUnicode(uint32(s[ptr])) != code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opLiteralLocIgnore:
			if ptr >= end || !charLocIgnore(code[pc], uint32(s[ptr])) {
				goto fail
			}
			pc++
			ptr++

		case opNotLiteralIgnore:
			if ptr >= end || LowerASCII(uint32(s[ptr])) == code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opNotLiteralUniIgnore:
			if ptr >= end || LowerUnicode(uint32(s[ptr])) == code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opNotLiteralLocIgnore:
			if ptr >= end || charLocIgnore(code[pc], uint32(s[ptr])) {
				goto fail
			}
			pc++
			ptr++

		case opJump, opInfo:
			pc += int(code[pc])

		case opBranch:
			// <BRANCH> <skip> code <JUMP> ... <0>
			ctx.lastmark, ctx.lastindex = st.LastMark, st.LastIndex
			ctx.inRepeat = st.repeat >= 0
			if ctx.inRepeat {
				if saved, ok = markPush(saved, st.Marks, ctx.lastmark); !ok {
					goto nomem
				}
			}
			ctx.pc, ctx.ptr = pc, ptr
			goto branchNext

		case opRepeatOne:
			// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: a
			// greedy repeat of one character, counted in one go.
			if int(code[pc+1]) > end-ptr {
				goto fail
			}
			st.Ptr = ptr
			n = count(st, s, pc+3, int(code[pc+2]))
			ctx.count = n
			ptr += n
			if n < int(code[pc+1]) {
				goto fail
			}
			next := pc + int(code[pc])
			if code[next] == opSuccess && ptr == end &&
				!(ctx.toplevel && st.MustAdvance && ptr == st.Start) {
				// The tail is empty: done.
				st.Ptr = ptr
				goto success
			}
			// The tail starts with a literal (perhaps after marks of
			// groups not yet reached, which a failed tail leaves unset
			// again): only try the positions where it occurs.
			for code[next] == opMark && int(code[next+1]) > st.LastMark {
				next += 2
			}
			if code[next] == opLiteral {
				ctx.lastmark, ctx.lastindex = st.LastMark, st.LastIndex
				ctx.chr = code[next+1]
				ctx.pc, ctx.ptr = pc, ptr
				goto repeatOneLiteral
			}
			ctx.lastmark, ctx.lastindex = st.LastMark, st.LastIndex
			ctx.pc, ctx.ptr = pc, ptr
			goto repeatOneGeneral

		case opMinRepeatOne:
			// <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
			if int(code[pc+1]) > end-ptr {
				goto fail
			}
			st.Ptr = ptr
			if code[pc+1] == 0 {
				ctx.count = 0
			} else {
				n = count(st, s, pc+3, int(code[pc+1]))
				if n < int(code[pc+1]) {
					goto fail
				}
				ctx.count = n
				ptr += n
			}
			if code[pc+int(code[pc])] == opSuccess &&
				!(ctx.toplevel && ((st.matchAll && ptr != end) || (st.MustAdvance && ptr == st.Start))) {
				st.Ptr = ptr
				goto success
			}
			ctx.lastmark, ctx.lastindex = st.LastMark, st.LastIndex
			ctx.pc, ctx.ptr = pc, ptr
			goto minRepeatOne

		case opRepeat:
			// <REPEAT> <skip> <min> <max> item <UNTIL> tail: install a
			// repeat context; the UNTIL operators do the work.
			if ctx.rep, err = st.newRepeat(pc); err != nil {
				goto abort
			}
			st.repeat = ctx.rep
			st.Ptr = ptr
			ctx.pc, ctx.ptr = pc, ptr
			if ctxs, ok = pushContext(ctxs, jRepeat, pc+int(code[pc]), ctx.toplevel); !ok {
				goto nomem
			}
			ctx = &ctxs[len(ctxs)-1]
			goto entrance

		case opMaxUntil:
			// Greedy repeat: one more item if possible, else the tail.
			if st.repeat < 0 {
				err = ErrState
				goto abort
			}
			ctx.rep = st.repeat
			rp = &st.reps[ctx.rep]
			st.Ptr = ptr
			ctx.count = rp.count + 1
			if ctx.count < int(code[rp.pc+1]) {
				// Not enough items yet.
				rp.count = ctx.count
				ctx.pc, ctx.ptr = pc, ptr
				if ctxs, ok = pushContext(ctxs, jMaxUntil1, rp.pc+3, ctx.toplevel); !ok {
					goto nomem
				}
				ctx = &ctxs[len(ctxs)-1]
				goto entrance
			}
			if (ctx.count < int(code[rp.pc+2]) || code[rp.pc+2] == MAXREPEAT) && st.Ptr != rp.lastPtr {
				rp.count = ctx.count
				ctx.lastmark, ctx.lastindex = st.LastMark, st.LastIndex
				if saved, ok = markPush(saved, st.Marks, ctx.lastmark); !ok {
					goto nomem
				}
				ctx.savedLastPtr = rp.lastPtr
				rp.lastPtr = st.Ptr
				ctx.pc, ctx.ptr = pc, ptr
				if ctxs, ok = pushContext(ctxs, jMaxUntil2, rp.pc+3, ctx.toplevel); !ok {
					goto nomem
				}
				ctx = &ctxs[len(ctxs)-1]
				goto entrance
			}
			ctx.pc, ctx.ptr = pc, ptr
			goto maxUntilTail

		case opMinUntil:
			// Lazy repeat: the tail first, then one more item.
			if st.repeat < 0 {
				err = ErrState
				goto abort
			}
			ctx.rep = st.repeat
			rp = &st.reps[ctx.rep]
			st.Ptr = ptr
			ctx.count = rp.count + 1
			if ctx.count < int(code[rp.pc+1]) {
				rp.count = ctx.count
				ctx.pc, ctx.ptr = pc, ptr
				if ctxs, ok = pushContext(ctxs, jMinUntil1, rp.pc+3, ctx.toplevel); !ok {
					goto nomem
				}
				ctx = &ctxs[len(ctxs)-1]
				goto entrance
			}
			// Try the tail. CPython 3.10 saves lastmark only, not the
			// marks themselves (bpo-35859).
			st.repeat = rp.prev
			ctx.lastmark, ctx.lastindex = st.LastMark, st.LastIndex
			ctx.pc, ctx.ptr = pc, ptr
			if ctxs, ok = pushContext(ctxs, jMinUntil2, pc, ctx.toplevel); !ok {
				goto nomem
			}
			ctx = &ctxs[len(ctxs)-1]
			goto entrance

		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			g := 2 * int(code[pc])
			if g >= st.LastMark {
				goto fail
			}
			p, e := st.Marks[g], st.Marks[g+1]
			if p < 0 || e < 0 || e < p {
				goto fail
			}
			if p < e && e-p > end-ptr {
				goto fail
			}
			switch op {
			case opGroupref:
				for ; p < e; p++ {
					if s[ptr] != s[p] {
						goto fail
					}
					ptr++
				}
			case opGrouprefIgnore:
				for ; p < e; p++ {
					if LowerASCII(uint32(s[ptr])) != LowerASCII(uint32(s[p])) {
						goto fail
					}
					ptr++
				}
			case opGrouprefUniIgnore:
				for ; p < e; p++ {
					if LowerUnicode(uint32(s[ptr])) != LowerUnicode(uint32(s[p])) {
						goto fail
					}
					ptr++
				}
			default:
				for ; p < e; p++ {
					if lowerLocale(uint32(s[ptr])) != lowerLocale(uint32(s[p])) {
						goto fail
					}
					ptr++
				}
			}
			pc++

		case opGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> yes-code <JUMP> no-code
			g := 2 * int(code[pc])
			if g >= st.LastMark {
				pc += int(code[pc+1])
				break
			}
			if p, e := st.Marks[g], st.Marks[g+1]; p < 0 || e < 0 || e < p {
				pc += int(code[pc+1])
				break
			}
			pc += 2

		case opAssert:
			// <ASSERT> <skip> <back> pattern
			if ptr < int(code[pc+1]) {
				goto fail
			}
			st.Ptr = ptr - int(code[pc+1])
			ctx.pc, ctx.ptr = pc, ptr
			if ctxs, ok = pushContext(ctxs, jAssert, pc+2, false); !ok {
				goto nomem
			}
			ctx = &ctxs[len(ctxs)-1]
			goto entrance

		case opAssertNot:
			// <ASSERT_NOT> <skip> <back> pattern
			if ptr >= int(code[pc+1]) {
				st.Ptr = ptr - int(code[pc+1])
				ctx.pc, ctx.ptr = pc, ptr
				if ctxs, ok = pushContext(ctxs, jAssertNot, pc+2, false); !ok {
					goto nomem
				}
				ctx = &ctxs[len(ctxs)-1]
				goto entrance
			}
			pc += int(code[pc])

		case opFailure:
			goto fail

		default:
			err = ErrIllegal
			goto abort
		}
	}

branchNext:
	// Try the alternative whose <skip> is at ctx.pc; a cheap look at its
	// first operation skips those that cannot match here.
	for code[ctx.pc] != 0 {
		if op := code[ctx.pc+1]; op == opLiteral {
			// All its leading literals (Python|Perl): a literal has no
			// effect but to fail.
			q, p := ctx.pc+1, ctx.ptr
			for code[q] == opLiteral && p < end && uint32(s[p]) == code[q+1] {
				q += 2
				p++
			}
			if code[q] == opLiteral {
				ctx.pc += int(code[ctx.pc])
				continue
			}
		} else if op == opIn {
			if ctx.ptr >= end || !prog.inSet(ctx.pc+1, uint32(s[ctx.ptr])) {
				ctx.pc += int(code[ctx.pc])
				continue
			}
		}
		st.Ptr = ctx.ptr
		if ctxs, ok = pushContext(ctxs, jBranch, ctx.pc+1, ctx.toplevel); !ok {
			goto nomem
		}
		ctx = &ctxs[len(ctxs)-1]
		goto entrance
	}
	if ctx.inRepeat {
		saved = markDiscard(saved, ctx.lastmark)
	}
	goto fail

repeatOneLiteral:
	// Back off until the next character is the tail's literal.
	if p, n, lo := ctx.ptr, ctx.count, int(code[ctx.pc+1]); n >= lo {
		if b, isBytes := any(s).([]byte); isBytes && ctx.chr < 256 {
			// The last occurrence at or before p, no further back
			// than where n would be lo.
			from := p - (n - lo)
			if i := bytes.LastIndexByte(b[from:min(p+1, end)], byte(ctx.chr)); i >= 0 {
				n -= p - (from + i)
				p = from + i
			} else {
				n = lo - 1
			}
		} else {
			for n >= lo && (p >= end || uint32(s[p]) != ctx.chr) {
				p--
				n--
			}
		}
		ctx.ptr, ctx.count = p, n
	}
	if ctx.count < int(code[ctx.pc+1]) {
		goto fail
	}
	st.Ptr = ctx.ptr
	if ctxs, ok = pushContext(ctxs, jRepeatOne1, ctx.pc+int(code[ctx.pc]), ctx.toplevel); !ok {
		goto nomem
	}
	ctx = &ctxs[len(ctxs)-1]
	goto entrance

repeatOneGeneral:
	if ctx.count < int(code[ctx.pc+1]) {
		goto fail
	}
	st.Ptr = ctx.ptr
	if ctxs, ok = pushContext(ctxs, jRepeatOne2, ctx.pc+int(code[ctx.pc]), ctx.toplevel); !ok {
		goto nomem
	}
	ctx = &ctxs[len(ctxs)-1]
	goto entrance

minRepeatOne:
	if code[ctx.pc+2] != MAXREPEAT && ctx.count > int(code[ctx.pc+2]) {
		goto fail
	}
	st.Ptr = ctx.ptr
	if ctxs, ok = pushContext(ctxs, jMinRepeatOne, ctx.pc+int(code[ctx.pc]), ctx.toplevel); !ok {
		goto nomem
	}
	ctx = &ctxs[len(ctxs)-1]
	goto entrance

maxUntilTail:
	// No more items here: the tail must match.
	st.repeat = st.reps[ctx.rep].prev
	if ctxs, ok = pushContext(ctxs, jMaxUntil3, ctx.pc, ctx.toplevel); !ok {
		goto nomem
	}
	ctx = &ctxs[len(ctxs)-1]
	goto entrance

fail:
	ret = false
	goto exit
success:
	ret = true
exit:
	// Return from the current context to its parent's continuation.
	jump = ctx.jump
	ctxs = ctxs[:len(ctxs)-1]
	if len(ctxs) == 0 {
		st.ctxs, st.saved, st.steps = ctxs, saved[:0], steps
		return ret, nil
	}
	ctx = &ctxs[len(ctxs)-1]
	switch jump {
	case jBranch:
		if ret {
			if ctx.inRepeat {
				saved = markDiscard(saved, ctx.lastmark)
			}
			goto success
		}
		if ctx.inRepeat {
			markPopKeep(saved, st.Marks, ctx.lastmark)
		}
		st.LastMark, st.LastIndex = ctx.lastmark, ctx.lastindex
		ctx.pc += int(code[ctx.pc])
		goto branchNext

	case jRepeatOne1:
		if ret {
			goto success
		}
		st.LastMark, st.LastIndex = ctx.lastmark, ctx.lastindex
		ctx.ptr--
		ctx.count--
		goto repeatOneLiteral

	case jRepeatOne2:
		if ret {
			goto success
		}
		ctx.ptr--
		ctx.count--
		st.LastMark, st.LastIndex = ctx.lastmark, ctx.lastindex
		goto repeatOneGeneral

	case jMinRepeatOne:
		if ret {
			goto success
		}
		st.Ptr = ctx.ptr
		if count(st, s, ctx.pc+3, 1) == 0 {
			goto fail
		}
		ctx.ptr++
		ctx.count++
		st.LastMark, st.LastIndex = ctx.lastmark, ctx.lastindex
		goto minRepeatOne

	case jRepeat:
		st.repeat = st.reps[ctx.rep].prev
		st.reps = st.reps[:ctx.rep]
		if ret {
			goto success
		}
		goto fail

	case jMaxUntil1, jMinUntil1:
		if ret {
			goto success
		}
		st.reps[ctx.rep].count = ctx.count - 1
		st.Ptr = ctx.ptr
		goto fail

	case jMaxUntil2:
		rp = &st.reps[ctx.rep]
		rp.lastPtr = ctx.savedLastPtr
		if ret {
			saved = markDiscard(saved, ctx.lastmark)
			goto success
		}
		saved = markPop(saved, st.Marks, ctx.lastmark)
		st.LastMark, st.LastIndex = ctx.lastmark, ctx.lastindex
		rp.count = ctx.count - 1
		st.Ptr = ctx.ptr
		goto maxUntilTail

	case jMaxUntil3:
		if ret {
			goto success
		}
		st.repeat = ctx.rep
		st.Ptr = ctx.ptr
		goto fail

	case jMinUntil2:
		if ret {
			goto success
		}
		st.LastMark, st.LastIndex = ctx.lastmark, ctx.lastindex
		st.repeat = ctx.rep
		st.Ptr = ctx.ptr
		rp = &st.reps[ctx.rep]
		if (ctx.count >= int(code[rp.pc+2]) && code[rp.pc+2] != MAXREPEAT) || st.Ptr == rp.lastPtr {
			goto fail
		}
		rp.count = ctx.count
		ctx.savedLastPtr = rp.lastPtr
		rp.lastPtr = st.Ptr
		if ctxs, ok = pushContext(ctxs, jMinUntil3, rp.pc+3, ctx.toplevel); !ok {
			goto nomem
		}
		ctx = &ctxs[len(ctxs)-1]
		goto entrance

	case jMinUntil3:
		rp = &st.reps[ctx.rep]
		rp.lastPtr = ctx.savedLastPtr
		if ret {
			goto success
		}
		rp.count = ctx.count - 1
		st.Ptr = ctx.ptr
		goto fail

	case jAssert:
		if !ret {
			goto fail
		}
		ctx.pc += int(code[ctx.pc])
		goto dispatch

	case jAssertNot:
		if ret {
			goto fail
		}
		ctx.pc += int(code[ctx.pc])
		goto dispatch
	}
	err = ErrState
	goto abort

nomem:
	err = ErrMemory
abort:
	st.ctxs, st.saved, st.steps = ctxs[:0], saved[:0], steps
	return false, err
}

// pushContext starts a child context (DO_JUMP); false when the stack is
// full.
func pushContext(ctxs []context, jump uint8, pc int, toplevel bool) ([]context, bool) {
	if len(ctxs) >= maxContexts {
		return ctxs, false
	}
	return append(ctxs, context{pc: pc, jump: jump, toplevel: toplevel}), true
}

// search is SRE(search): the first match at or after st.Start, using the
// INFO block's literal prefix or first-character set to skip ahead.
func search[C char](st *State, s []C) (bool, error) {
	code := st.code
	ptr, end := st.Start, st.EndPos
	if ptr > end {
		return false, nil
	}
	if prog := st.prog; len(prog.lit) > 0 {
		// Literals every match consumes: none, no match; found, no
		// match starts further before them than litOff.
		k := indexLiteral(prog, s, ptr, end)
		if k < 0 {
			return false, nil
		}
		if prog.litOff >= 0 && k-prog.litOff > ptr {
			ptr = k - prog.litOff
		}
	}
	pc := 0
	var flags uint32
	prefixLen, prefixSkip, prefix, charset := 0, 0, 0, -1
	if code[0] == opInfo {
		// <INFO> <skip> <flags> <min> <max> <prefix info>
		flags = code[2]
		m := int(code[3])
		if m != 0 && end-ptr < m {
			return false, nil
		}
		if m > 1 {
			// Leave room for the shortest match (the literal scans
			// below use the real end again).
			end -= m - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPrefix != 0 {
			// <length> <skip> <prefix data> <overlap data>
			prefixLen, prefixSkip, prefix = int(code[5]), int(code[6]), 7
		} else if flags&infoCharset != 0 {
			charset = 5
		}
		pc = 1 + int(code[1])
	}

	if prefixLen == 1 {
		// The pattern starts with a literal character.
		c := code[prefix]
		end = st.EndPos
		st.MustAdvance = false
		for ptr < end {
			for uint32(s[ptr]) != c {
				ptr++
				if ptr >= end {
					return false, nil
				}
			}
			st.Start, st.Ptr = ptr, ptr+prefixSkip
			if flags&infoLiteral != 0 {
				return true, nil
			}
			if ok, err := run(st, s, pc+2*prefixSkip, false); ok || err != nil {
				return ok, err
			}
			ptr++
			st.LastMark, st.LastIndex = -1, -1
		}
		return false, nil
	}

	if prefixLen > 1 {
		// A known literal prefix: Knuth-Morris-Pratt with the overlap
		// table sre_compile made.
		overlap := prefix + prefixLen - 1
		end = st.EndPos
		if prefixLen > end-ptr {
			return false, nil
		}
		for ptr < end {
			c := code[prefix]
			for {
				ch := uint32(s[ptr])
				ptr++
				if ch == c {
					break
				}
				if ptr >= end {
					return false, nil
				}
			}
			if ptr >= end {
				return false, nil
			}
			i := 1
			st.MustAdvance = false
			for {
				if uint32(s[ptr]) == code[prefix+i] {
					i++
					if i != prefixLen {
						ptr++
						if ptr >= end {
							return false, nil
						}
						continue
					}
					// A potential match.
					st.Start = ptr - (prefixLen - 1)
					st.Ptr = ptr - (prefixLen - prefixSkip - 1)
					if flags&infoLiteral != 0 {
						return true, nil
					}
					if ok, err := run(st, s, pc+2*prefixSkip, false); ok || err != nil {
						return ok, err
					}
					ptr++
					if ptr >= end {
						return false, nil
					}
					st.LastMark, st.LastIndex = -1, -1
				}
				i = int(code[overlap+i])
				if i == 0 {
					break
				}
			}
		}
		return false, nil
	}

	if charset >= 0 {
		// The first character comes from a known set.
		end = st.EndPos
		st.MustAdvance = false
		for {
			bits := &st.prog.sets[st.prog.infoSet]
			for ptr < end {
				if ch := uint32(s[ptr]); ch < 256 {
					if bits[ch>>5]&(1<<(ch&31)) != 0 {
						break
					}
				} else if inCharset(code, charset, ch) {
					break
				}
				ptr++
			}
			if ptr >= end {
				return false, nil
			}
			if np := st.prog.npos; np > 1 {
				if ptr+np > end {
					return false, nil
				}
				if !posOK(st.prog, s, ptr) {
					ptr++
					continue
				}
			}
			st.Start, st.Ptr = ptr, ptr
			if ok, err := run(st, s, pc, false); ok || err != nil {
				return ok, err
			}
			ptr++
			st.LastMark, st.LastIndex = -1, -1
		}
	}

	// The general case: try every position.
	st.Start, st.Ptr = ptr, ptr
	ok, err := run(st, s, pc, true)
	st.MustAdvance = false
	prog := st.prog
	for !ok && err == nil && ptr < end {
		ptr++
		if prog.hasFirst {
			for ptr < end && !prog.startsAt(uint32(s[ptr])) {
				ptr++
			}
		}
		if np := prog.npos; np > 1 {
			// No match starts where its next characters cannot
			// follow; none starts where fewer than npos remain.
			for ptr < end && (ptr+np > st.EndPos || !posOK(prog, s, ptr)) {
				ptr++
			}
		}
		st.LastMark, st.LastIndex = -1, -1
		st.Start, st.Ptr = ptr, ptr
		ok, err = run(st, s, pc, false)
	}
	return ok, err
}

// count is SRE(count): how many times (up to maxcount) the
// single-character operation at pc matches from st.Ptr on.
func count[C char](st *State, s []C, pc int, maxcount int) int {
	code := st.code
	ptr, end := st.Ptr, st.EndPos
	if maxcount < end-ptr && maxcount != MAXREPEAT {
		end = ptr + maxcount
	}
	switch code[pc] {
	case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
		bits := &st.prog.sets[st.prog.setIndex[pc]]
		for ptr < end {
			if ch := uint32(s[ptr]); ch < 256 {
				if bits[ch>>5]&(1<<(ch&31)) == 0 {
					break
				}
			} else if !matchOne(code, pc, ch) {
				break
			}
			ptr++
		}
	case opAny:
		if b, isBytes := any(s).([]byte); isBytes {
			if i := bytes.IndexByte(b[ptr:end], '\n'); i >= 0 {
				return i
			}
			return end - ptr
		}
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case opAnyAll:
		ptr = max(ptr, end)
	case opLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) == c {
			ptr++
		}
	case opNotLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) != c {
			ptr++
		}
	case opLiteralIgnore:
		c := code[pc+1]
		for ptr < end && LowerASCII(uint32(s[ptr])) == c {
			ptr++
		}
	case opNotLiteralIgnore:
		c := code[pc+1]
		for ptr < end && LowerASCII(uint32(s[ptr])) != c {
			ptr++
		}
	case opLiteralUniIgnore:
		c := code[pc+1]
		for ptr < end && LowerUnicode(uint32(s[ptr])) == c {
			ptr++
		}
	case opNotLiteralUniIgnore:
		c := code[pc+1]
		for ptr < end && LowerUnicode(uint32(s[ptr])) != c {
			ptr++
		}
	default:
		for ptr < end && matchOne(code, pc, uint32(s[ptr])) {
			ptr++
		}
	}
	return ptr - st.Ptr
}

// matchOne reports whether the single-character operation at pc accepts
// ch (Compile makes sure a REPEAT_ONE item is one).
func matchOne(code []uint32, pc int, ch uint32) bool {
	switch code[pc] {
	case opAny:
		return ch != '\n'
	case opAnyAll:
		return true
	case opLiteral:
		return ch == code[pc+1]
	case opNotLiteral:
		return ch != code[pc+1]
	case opLiteralIgnore:
		return LowerASCII(ch) == code[pc+1]
	case opNotLiteralIgnore:
		return LowerASCII(ch) != code[pc+1]
	case opLiteralUniIgnore:
		return LowerUnicode(ch) == code[pc+1]
	case opNotLiteralUniIgnore:
		return LowerUnicode(ch) != code[pc+1]
	case opLiteralLocIgnore:
		return charLocIgnore(code[pc+1], ch)
	case opNotLiteralLocIgnore:
		return !charLocIgnore(code[pc+1], ch)
	case opCategory:
		return category(code[pc+1], ch)
	case opIn:
		return inCharset(code, pc+2, ch)
	case opInIgnore:
		return inCharset(code, pc+2, LowerASCII(ch))
	case opInUniIgnore:
		return inCharset(code, pc+2, LowerUnicode(ch))
	case opInLocIgnore:
		return inCharsetLocIgnore(code, pc+2, ch)
	}
	return false
}

// inCharset is SRE(charset): whether ch is in the set whose items start
// at pc (up to its FAILURE).
func inCharset(code []uint32, pc int, ch uint32) bool {
	ok := true
	for {
		switch code[pc] {
		case opFailure:
			return !ok
		case opLiteral:
			if ch == code[pc+1] {
				return ok
			}
			pc += 2
		case opCategory:
			if category(code[pc+1], ch) {
				return ok
			}
			pc += 2
		case opCharset:
			// <CHARSET> <bitmap of 256 bits>
			if ch < 256 && code[pc+1+int(ch>>5)]&(1<<(ch&31)) != 0 {
				return ok
			}
			pc += 1 + 8
		case opRange:
			if code[pc+1] <= ch && ch <= code[pc+2] {
				return ok
			}
			pc += 3
		case opRangeUniIgnore:
			// ch is already lower case.
			if code[pc+1] <= ch && ch <= code[pc+2] {
				return ok
			}
			if u := UpperUnicode(ch); code[pc+1] <= u && u <= code[pc+2] {
				return ok
			}
			pc += 3
		case opNegate:
			ok = !ok
			pc++
		case opBigCharset:
			// <BIGCHARSET> <count> <256 block indices as bytes> <blocks>
			nblocks := int(code[pc+1])
			pc += 2
			if ch < 0x10000 {
				hi := ch >> 8
				block := (code[pc+int(hi>>2)] >> (8 * (hi & 3))) & 0xff
				if code[pc+64+int(block*8+(ch&255)>>5)]&(1<<(ch&31)) != 0 {
					return ok
				}
			}
			pc += 64 + nblocks*8
		default:
			return false
		}
	}
}

// inCharsetLocIgnore is SRE(charset_loc_ignore).
func inCharsetLocIgnore(code []uint32, pc int, ch uint32) bool {
	lo := lowerLocale(ch)
	if inCharset(code, pc, lo) {
		return true
	}
	up := upperLocale(ch)
	return up != lo && inCharset(code, pc, up)
}

// at is SRE(at): whether position ptr satisfies the AT code.
func at[C char](st *State, s []C, ptr int, code uint32) bool {
	end := st.EndPos
	switch code {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || s[ptr-1] == '\n'
	case atEnd:
		return (end-ptr == 1 && s[ptr] == '\n') || ptr == end
	case atEndLine:
		// ptr may lie past the end when pos > endpos; C reads the string
		// (or its terminating NUL) there.
		return ptr == end || (ptr < len(s) && s[ptr] == '\n')
	case atEndString:
		return ptr == end
	case atBoundary, atNonBoundary, atLocBoundary, atLocNonBoundary, atUniBoundary, atUniNonBoundary:
		if end == 0 {
			return false
		}
		word := isWord
		switch code {
		case atLocBoundary, atLocNonBoundary:
			word = isLocWord
		case atUniBoundary, atUniNonBoundary:
			word = uniIsWord
		}
		that := ptr > 0 && word(uint32(s[ptr-1]))
		this := ptr < end && word(uint32(s[ptr]))
		if code == atBoundary || code == atLocBoundary || code == atUniBoundary {
			return this != that
		}
		return this == that
	}
	return false
}
