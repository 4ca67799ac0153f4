package vm

import (
	"sync/atomic"
	"unsafe"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// Why run stopped.
const (
	whyReturn = iota
	whyYield
	whyError
	whyReraise // an error that must not get a new traceback entry (bare raise, RERAISE)
)

// eval runs frame f until it returns, yields or raises. It links f into the
// frame chain, counts the recursion depth and drives run, which holds the
// hot loop; exceptions are dispatched to the frame's handlers here so that
// run stays small. A non-nil pending error is thrown into the frame at its
// current instruction (generator.throw). The Python functions f calls run
// in the same run loop (CPython 3.11's inlined calls, see enterInline), so
// the frame that raised is in.frame, f or one of those.
func (in *Interp) eval(f *Frame, pending error) (object.Value, bool, error) {
	if err := object.EnterRecursiveCall(""); err != nil {
		return object.Null, false, err
	}
	f.Back = in.frame
	in.frame = f
	f.running = true
	if c := opcache.Reenter(in.opcache.rt, f.Code.Cache); c != nil {
		f.oc = c
	} else {
		in.opcacheEnter(f)
	}
	var (
		res object.Value
		why int
		err error
	)
	if atomic.LoadInt32(&in.breaker) != 0 {
		in.profileCall(f) // a profiler keeps the breaker set (profile.go)
		if pending == nil {
			pending = in.breakIn(f, max(f.pc, 0))
		}
	}
	if pending != nil {
		why, err = whyError, pending
	} else {
		res, why, err = in.run(f)
	}
	if why >= whyError {
		res, why, err = in.unwind(f, why, err)
	}
	f.running = false
	in.frame = f.Back
	if in.prof.p != nil {
		in.profileReturn(f)
	}
	object.LeaveRecursiveCall()
	if why >= whyError {
		// The frame is done; a traceback may keep it, but not the values
		// its stack held (CPython pops them while unwinding).
		clear(f.Localsplus[f.stackBase:])
		return object.Null, false, err
	}
	return res, why == whyYield, nil
}

// unwind handles an exception run stopped with (why >= whyError): the
// frames run inline above f that have no handler for it are left, and run
// continues in the first that has one. It returns what run finally
// returned, or the error f itself does not handle.
func (in *Interp) unwind(f *Frame, why int, err error) (res object.Value, _ int, _ error) {
	for why >= whyError {
		// run stops in the frame that raised: f, or a frame it called
		// inline (in.frame), which the exception leaves for its caller
		// when it has no handler.
		cur := in.frame
		if in.handleError(cur, err, why == whyReraise) {
			res, why, err = in.run(cur)
			continue
		}
		if cur == f {
			break
		}
		if cur.genInline != nil {
			err = in.abandonGen(cur, err)
		} else {
			in.abandonInline(cur)
		}
		why = whyError
	}
	return res, why, err
}

// run is the interpreter loop: one switch over the code units of f,
// starting at f.pc with the value stack at f.sp. Hot state (code, stack,
// pc, sp) lives in locals and is written back to f when the loop leaves.
// A call of a plain Python function pushes its frame and continues here
// (Python recursion takes no Go stack); its RETURN_VALUE resumes the caller.
func (in *Interp) run(f *Frame) (result object.Value, why int, err error) {
	var arg int
	var op code.Opcode

	// A call of a Python function, and its return, switch frames here:
	// f's state is loaded again, outside the instruction loop so that
	// the loop's own state stays as it is in a single frame.
enter:
	units := f.Code.Exec // co_code with superinstructions (code.Quicken)
	// Exec ends with code.End and none of its jumps leaves it, so pc is
	// always one of its indexes: the dispatch reads it unchecked.
	ub := unsafe.Pointer(unsafe.SliceData(units))
	s := f.Localsplus
	pc := f.pc
	sp := f.sp

	for {
		u := unitAt(ub, pc)
		pc++
		op = code.Opcode(u)
		arg = int(u >> 8)
	dispatch:
		switch op {
		case code.NOP:

		case code.EXTENDED_ARG:
			u = unitAt(ub, pc)
			pc++
			op = code.Opcode(u)
			arg = arg<<8 | int(u>>8)
			goto dispatch

		case code.LOAD_FAST: // -> locals[arg]
			v := s[arg]
			if v.IsNull() {
				err = unboundLocal(f.Code.Varnames[arg])
				goto fail
			}
			s[sp] = v
			sp++

		case code.STORE_FAST: // v ->
			sp--
			s[arg] = s[sp]

		// Superinstructions (code.Quicken): the first half's argument
		// is arg, the second's is in the next unit, which is skipped.
		// An error in the second half is reported at the second unit.
		case code.LOAD_FAST__STORE_FAST: // x = y
			v := s[arg]
			if v.IsNull() {
				err = unboundLocal(f.Code.Varnames[arg])
				goto fail
			}
			s[int(unitAt(ub, pc)>>8)] = v
			pc++

		case code.LOAD_FAST__LOAD_FAST:
			v := s[arg]
			if v.IsNull() {
				err = unboundLocal(f.Code.Varnames[arg])
				goto fail
			}
			a2 := int(unitAt(ub, pc) >> 8)
			pc++
			w := s[a2]
			if w.IsNull() {
				err = unboundLocal(f.Code.Varnames[a2])
				goto fail
			}
			s[sp] = v
			s[sp+1] = w
			sp += 2

		case code.STORE_FAST__LOAD_FAST:
			sp--
			s[arg] = s[sp]
			a2 := int(unitAt(ub, pc) >> 8)
			pc++
			v := s[a2]
			if v.IsNull() {
				err = unboundLocal(f.Code.Varnames[a2])
				goto fail
			}
			s[sp] = v
			sp++

		case code.STORE_FAST__STORE_FAST:
			s[arg] = s[sp-1]
			s[int(unitAt(ub, pc)>>8)] = s[sp-2]
			sp -= 2
			pc++

		case code.LOAD_FAST__LOAD_CONST:
			v := s[arg]
			if v.IsNull() {
				err = unboundLocal(f.Code.Varnames[arg])
				goto fail
			}
			s[sp] = v
			s[sp+1] = f.Code.Consts[unitAt(ub, pc)>>8]
			sp += 2
			pc++

		case code.LOAD_CONST__LOAD_FAST:
			a2 := int(unitAt(ub, pc) >> 8)
			pc++
			v := s[a2]
			if v.IsNull() {
				err = unboundLocal(f.Code.Varnames[a2])
				goto fail
			}
			s[sp] = f.Code.Consts[arg]
			s[sp+1] = v
			sp += 2

		case code.LOAD_CONST__STORE_FAST: // x = 0
			s[int(unitAt(ub, pc)>>8)] = f.Code.Consts[arg]
			pc++

		case code.LOAD_CONST__ADD: // x + k, x += k; the next unit is the add
			a, b := s[sp-1], f.Code.Consts[arg]
			pc++
			if a.IsInt() && b.IsInt() {
				x, y := a.RawInt(), b.RawInt()
				if r := x + y; (r^x)&(r^y) >= 0 {
					if nu := unitAt(ub, pc); code.Opcode(nu) == code.STORE_FAST {
						s[int(nu>>8)] = object.Int(r)
						sp--
						pc++
						continue
					} else if code.Opcode(nu) == code.STORE_DEREF {
						// `count += 1` on a cell: stored at once.
						s[f.Code.Nlocals+int(nu>>8)].Object().(*object.Cell).Ref = object.Int(r)
						sp--
						pc++
						continue
					}
					s[sp-1] = object.Int(r)
					continue
				}
			} else if a.IsFloat() && b.IsFloat() {
				s[sp-1] = object.Float(a.RawFloat() + b.RawFloat())
				continue
			}
			var r object.Value
			f.Lasti = pc - 1
			if r, err = binaryOp(code.Opcode(unitAt(ub, pc-1)), a, b); err != nil {
				goto fail
			}
			s[sp-1] = r

		case code.LOAD_CONST__SUBTRACT: // x - k, x -= k; the next unit is the subtraction
			a, b := s[sp-1], f.Code.Consts[arg]
			pc++
			if a.IsInt() && b.IsInt() {
				x, y := a.RawInt(), b.RawInt()
				if r := x - y; (x^y)&(r^x) >= 0 {
					if nu := unitAt(ub, pc); code.Opcode(nu) == code.STORE_FAST {
						s[int(nu>>8)] = object.Int(r)
						sp--
						pc++
						continue
					}
					s[sp-1] = object.Int(r)
					continue
				}
			} else if a.IsFloat() && b.IsFloat() {
				s[sp-1] = object.Float(a.RawFloat() - b.RawFloat())
				continue
			}
			var r object.Value
			f.Lasti = pc - 1
			if r, err = binaryOp(code.Opcode(unitAt(ub, pc-1)), a, b); err != nil {
				goto fail
			}
			s[sp-1] = r

		case code.LOAD_GLOBAL__LOAD_FAST: // len(x): the global, then the local
			var p *object.Value
			// opcache.Cache.Hit written out, as in LOAD_GLOBAL.
			if c := f.oc; f.exactDicts && uint(pc-1) < uint(len(c.Map)) {
				if i := int(c.Map[pc-1]) - 1; uint(i) < uint(len(c.Entries)) {
					if e := &c.Entries[i]; e.GlobalsVer == f.Globals.Tag(c.Tag) && e.BuiltinsVer == f.Builtins.Tag(c.Tag) {
						e.Hits++
						p = e.Ref
					}
				}
			}
			if p != nil {
				s[sp] = *p
			} else {
				var v object.Value
				if v, err = f.loadGlobalSlow(arg, pc-1); err != nil {
					goto fail
				}
				s[sp] = v
			}
			arg = int(unitAt(ub, pc) >> 8)
			pc++
			if s[arg].IsNull() {
				err = unboundLocal(f.Code.Varnames[arg])
				goto fail
			}
			s[sp+1] = s[arg]
			sp += 2

		case code.LOAD_FAST__LOAD_GLOBAL: // total + STEP: the local, then the global
			if s[arg].IsNull() {
				err = unboundLocal(f.Code.Varnames[arg])
				goto fail
			}
			s[sp] = s[arg]
			var p *object.Value
			// opcache.Cache.Hit written out, as in LOAD_GLOBAL.
			if c := f.oc; f.exactDicts && uint(pc) < uint(len(c.Map)) {
				if i := int(c.Map[pc]) - 1; uint(i) < uint(len(c.Entries)) {
					if e := &c.Entries[i]; e.GlobalsVer == f.Globals.Tag(c.Tag) && e.BuiltinsVer == f.Builtins.Tag(c.Tag) {
						e.Hits++
						p = e.Ref
					}
				}
			}
			if p != nil {
				s[sp+1] = *p
				pc++
			} else {
				pc++
				var w object.Value
				if w, err = f.loadGlobalSlow(int(unitAt(ub, pc-1)>>8), pc-1); err != nil {
					goto fail
				}
				s[sp+1] = w
			}
			sp += 2

		case code.LOAD_FAST__LOAD_ATTR: // self.x: the local, then the attribute when it is an instance hit
			v := s[arg]
			if v.IsNull() {
				err = unboundLocal(f.Code.Varnames[arg])
				goto fail
			}
			s[sp] = v
			sp++
			// Anything but an instance attribute hit: LOAD_ATTR runs
			// alone, next.
			nu := unitAt(ub, pc)
			if r, ok := f.attrCache(int(nu>>8), attrLoad).InstanceAttrHit(v); ok {
				s[sp-1] = r
				pc++
			}

		case code.DELETE_FAST:
			if s[arg].IsNull() {
				err = unboundLocal(f.Code.Varnames[arg])
				goto fail
			}
			s[arg] = object.Null

		case code.LOAD_CONST:
			s[sp] = f.Code.Consts[arg]
			sp++

		case code.POP_TOP:
			sp--

		case code.ROT_TWO:
			s[sp-1], s[sp-2] = s[sp-2], s[sp-1]

		case code.ROT_THREE: // a b c -> c a b
			top := s[sp-1]
			s[sp-1] = s[sp-2]
			s[sp-2] = s[sp-3]
			s[sp-3] = top

		case code.ROT_FOUR:
			top := s[sp-1]
			s[sp-1] = s[sp-2]
			s[sp-2] = s[sp-3]
			s[sp-3] = s[sp-4]
			s[sp-4] = top

		case code.ROT_N:
			top := s[sp-1]
			copy(s[sp-arg+1:sp], s[sp-arg:sp-1])
			s[sp-arg] = top

		case code.DUP_TOP:
			s[sp] = s[sp-1]
			sp++

		case code.DUP_TOP_TWO:
			s[sp] = s[sp-2]
			s[sp+1] = s[sp-1]
			sp += 2

		case code.FOR_ITER: // iter -> iter next | (exhausted: jump by arg)
			if r, ok := s[sp-1].Object().(*rangeIter); ok {
				if r.n > 0 {
					v := object.Int(r.next)
					r.next += r.step
					r.n--
					// The loop target is almost always a fast local:
					// store it here and skip the STORE_FAST dispatch.
					if nu := unitAt(ub, pc); code.Opcode(nu) == code.STORE_FAST {
						s[int(nu>>8)] = v
						pc++
					} else {
						s[sp] = v
						sp++
					}
				} else {
					sp--
					pc += arg
				}
				continue
			}
			if li, ok := s[sp-1].Object().(*object.ListIterator); ok {
				if v, ok := li.Step(); ok {
					if nu := unitAt(ub, pc); code.Opcode(nu) == code.STORE_FAST {
						s[int(nu>>8)] = v
						pc++
					} else {
						s[sp] = v
						sp++
					}
				} else {
					li.Next()
					sp--
					pc += arg
				}
				continue
			}
			var v object.Value
			var ok bool
			f.Lasti = pc - 1
			if g, isGen := s[sp-1].Object().(*Generator); isGen {
				// The generator's frame runs in this loop (enterGen).
				if gf := in.enterGen(f, &g.genBase, pc, sp, arg); gf != nil {
					f = gf
					goto enter
				}
			}
			// `for a, b in zip(...)` / `in enumerate(...)`: the items go
			// straight to the stack, with no tuple to unpack.
			if nu := unitAt(ub, pc); code.Opcode(nu) == code.UNPACK_SEQUENCE {
				if handled, more, uerr := forIterUnpack(s[sp-1], s[sp:], int(nu>>8)); handled {
					if uerr != nil {
						err = uerr
						goto fail
					}
					if more {
						sp += int(nu >> 8)
						pc++
					} else {
						sp--
						pc += arg
					}
					continue
				}
			}
			// Go iterators (list, tuple, dict, str, generators...) are
			// stepped directly; iterNext handles Python-level __next__.
			if it, isIt := s[sp-1].Object().(object.Iterator); isIt {
				v, ok, err = it.Next()
			} else {
				v, ok, err = iterNext(s[sp-1])
			}
			if err != nil {
				goto fail
			}
			if ok {
				s[sp] = v
				sp++
			} else {
				sp--
				pc += arg
			}

		case code.JUMP_ABSOLUTE:
			if arg < pc {
				if f.oc.Warming {
					f.oc.Backedge()
				}
				if atomic.LoadInt32(&in.breaker) != 0 {
					if err = in.breakIn(f, pc-1); err != nil {
						goto fail
					}
				}
			}
			pc = arg

		case code.JUMP_BACK_FOR_ITER:
			goto jumpBack

		case code.POP_TOP__JUMP_BACK: // an expression statement ending a for loop's body
			sp--
			arg = int(unitAt(ub, pc) >> 8)
			pc++
			goto jumpBack

		case code.LIST_APPEND__JUMP_BACK: // [... for x in it]
			sp--
			l := s[sp-arg].Object().(*object.List)
			l.Items = object.AppendItemFrom(l.Items, s[sp], s[sp-arg+1]) // as LIST_APPEND
			arg = int(unitAt(ub, pc) >> 8)
			pc++
			goto jumpBack

		case code.JUMP_FORWARD:
			pc += arg

		case code.POP_JUMP_IF_FALSE:
			sp--
			v := s[sp]
			if v.IsBool() {
				if !v.RawBool() {
					if arg < pc {
						// A rotated while loop's back-edge.
						if f.oc.Warming {
							f.oc.Backedge()
						}
						if atomic.LoadInt32(&in.breaker) != 0 {
							if err = in.breakIn(f, pc-1); err != nil {
								goto fail
							}
						}
					}
					pc = arg
				}
				continue
			}
			var t bool
			f.Lasti = pc - 1
			if t, err = truth(v); err != nil {
				goto fail
			}
			if !t {
				pc = arg
			}

		case code.POP_JUMP_IF_TRUE:
			sp--
			v := s[sp]
			if v.IsBool() {
				if v.RawBool() {
					if arg < pc {
						// A rotated while loop's back-edge.
						if f.oc.Warming {
							f.oc.Backedge()
						}
						if atomic.LoadInt32(&in.breaker) != 0 {
							if err = in.breakIn(f, pc-1); err != nil {
								goto fail
							}
						}
					}
					pc = arg
				}
				continue
			}
			var t bool
			f.Lasti = pc - 1
			if t, err = truth(v); err != nil {
				goto fail
			}
			if t {
				pc = arg
			}

		case code.JUMP_IF_FALSE_OR_POP:
			var t bool
			f.Lasti = pc - 1
			if t, err = truth(s[sp-1]); err != nil {
				goto fail
			}
			if !t {
				pc = arg
			} else {
				sp--
			}

		case code.JUMP_IF_TRUE_OR_POP:
			var t bool
			f.Lasti = pc - 1
			if t, err = truth(s[sp-1]); err != nil {
				goto fail
			}
			if t {
				pc = arg
			} else {
				sp--
			}

		case code.BINARY_ADD, code.INPLACE_ADD:
			// The fast paths read the operands in place (copying both
			// Values out cost more than the arithmetic); a float result
			// is written as the left operand's payload alone.
			p, q := &s[sp-2], &s[sp-1]
			if p.IsInt() && q.IsInt() {
				x, y := p.RawInt(), q.RawInt()
				if r := x + y; (r^x)&(r^y) >= 0 {
					// `total += x`: a fast local takes the sum at once.
					if nu := unitAt(ub, pc); code.Opcode(nu) == code.STORE_FAST {
						s[int(nu>>8)] = object.Int(r)
						sp -= 2
						pc++
						continue
					} else if code.Opcode(nu) == code.STORE_DEREF {
						s[f.Code.Nlocals+int(nu>>8)].Object().(*object.Cell).Ref = object.Int(r)
						sp -= 2
						pc++
						continue
					}
					s[sp-2] = object.Int(r)
					sp--
					continue
				}
			} else if p.IsFloat() && q.IsFloat() {
				p.SetRawFloat(p.RawFloat() + q.RawFloat())
				sp--
				continue
			}
			a, b := *p, *q
			var r object.Value
			f.Lasti = pc - 1
			if _, ok := a.Object().(*object.Instance); ok {
				goto binaryInline
			}
			if r, err = binaryOp(code.Opcode(unitAt(ub, pc-1)), a, b); err != nil {
				goto fail
			}
			sp--
			s[sp-1] = r

		case code.BINARY_SUBTRACT, code.INPLACE_SUBTRACT:
			p, q := &s[sp-2], &s[sp-1]
			if p.IsInt() && q.IsInt() {
				x, y := p.RawInt(), q.RawInt()
				if r := x - y; (x^y)&(r^x) >= 0 {
					s[sp-2] = object.Int(r)
					sp--
					continue
				}
			} else if p.IsFloat() && q.IsFloat() {
				p.SetRawFloat(p.RawFloat() - q.RawFloat())
				sp--
				continue
			}
			a, b := *p, *q
			var r object.Value
			f.Lasti = pc - 1
			if _, ok := a.Object().(*object.Instance); ok {
				goto binaryInline
			}
			if r, err = binaryOp(code.Opcode(unitAt(ub, pc-1)), a, b); err != nil {
				goto fail
			}
			sp--
			s[sp-1] = r

		case code.BINARY_MULTIPLY, code.INPLACE_MULTIPLY:
			p, q := &s[sp-2], &s[sp-1]
			if p.IsFloat() && q.IsFloat() {
				p.SetRawFloat(p.RawFloat() * q.RawFloat())
				sp--
				continue
			}
			if p.IsInt() && q.IsInt() {
				// Factors within 32 bits cannot overflow the product.
				if x, y := p.RawInt(), q.RawInt(); x == int64(int32(x)) && y == int64(int32(y)) {
					s[sp-2] = object.Int(x * y)
					sp--
					continue
				}
			}
			a, b := *p, *q
			var r object.Value
			f.Lasti = pc - 1
			if _, ok := a.Object().(*object.Instance); ok {
				goto binaryInline
			}
			if r, err = binaryOp(code.Opcode(unitAt(ub, pc-1)), a, b); err != nil {
				goto fail
			}
			sp--
			s[sp-1] = r

		case code.BINARY_TRUE_DIVIDE, code.INPLACE_TRUE_DIVIDE:
			if p, q := &s[sp-2], &s[sp-1]; p.IsFloat() && q.IsFloat() && q.RawFloat() != 0 {
				p.SetRawFloat(p.RawFloat() / q.RawFloat())
				sp--
				continue
			}
			a, b := s[sp-2], s[sp-1]
			var r object.Value
			f.Lasti = pc - 1
			if _, ok := a.Object().(*object.Instance); ok {
				goto binaryInline
			}
			if r, err = binaryOp(code.Opcode(unitAt(ub, pc-1)), a, b); err != nil {
				goto fail
			}
			sp--
			s[sp-1] = r

		case code.BINARY_SUBSCR: // container key -> container[key]
			if l, ok := s[sp-2].Object().(*object.List); ok && s[sp-1].IsInt() {
				i := s[sp-1].RawInt()
				if i < 0 {
					i += int64(len(l.Items))
				}
				if uint64(i) < uint64(len(l.Items)) {
					s[sp-2] = l.Items[i]
					sp--
					continue
				}
			} else if t, ok := s[sp-2].Object().(*object.Tuple); ok && s[sp-1].IsInt() {
				i := s[sp-1].RawInt()
				if i < 0 {
					i += int64(len(t.Items))
				}
				if uint64(i) < uint64(len(t.Items)) {
					s[sp-2] = t.Items[i]
					sp--
					continue
				}
			} else if x, ok := s[sp-2].Object().(*object.Str); ok && s[sp-1].IsInt() {
				if r, ok := object.StrIndex(x, s[sp-1].RawInt()); ok {
					s[sp-2] = r
					sp--
					continue
				}
			}
			var r object.Value
			f.Lasti = pc - 1
			if r, err = binaryOp(code.BINARY_SUBSCR, s[sp-2], s[sp-1]); err != nil {
				goto fail
			}
			sp--
			s[sp-1] = r

		case code.BINARY_MODULO, code.INPLACE_MODULO,
			code.BINARY_POWER, code.INPLACE_POWER,
			code.BINARY_FLOOR_DIVIDE, code.INPLACE_FLOOR_DIVIDE,
			code.BINARY_LSHIFT, code.INPLACE_LSHIFT,
			code.BINARY_RSHIFT, code.INPLACE_RSHIFT,
			code.BINARY_AND, code.INPLACE_AND,
			code.BINARY_OR, code.INPLACE_OR,
			code.BINARY_XOR, code.INPLACE_XOR,
			code.BINARY_MATRIX_MULTIPLY, code.INPLACE_MATRIX_MULTIPLY:
			if p, q := &s[sp-2], &s[sp-1]; p.IsInt() && q.IsInt() {
				if r, ok := intBinary(code.Opcode(unitAt(ub, pc-1)), p.RawInt(), q.RawInt()); ok {
					s[sp-2] = object.Int(r)
					sp--
					continue
				}
			}
			var r object.Value
			f.Lasti = pc - 1
			if op := code.Opcode(unitAt(ub, pc-1)); op == code.BINARY_AND && lenOfResult(s, sp, unitAt(ub, pc)) && in.opts.Sampler == nil {
				// len(a & b) of two sets: the common members counted,
				// no set made.
				if n, counted, cerr := object.LenAnd(s[sp-2], s[sp-1]); counted {
					if err = cerr; err != nil {
						goto fail
					}
					sp -= 2
					s[sp-1] = object.Int(int64(n))
					pc++ // the len call, done
					continue
				}
			}
			if r, err = binaryOp(code.Opcode(unitAt(ub, pc-1)), s[sp-2], s[sp-1]); err != nil {
				goto fail
			}
			sp--
			s[sp-1] = r

		case code.COMPARE_OP:
			p, q := &s[sp-2], &s[sp-1]
			if p.IsInt() && q.IsInt() {
				sp--
				s[sp-1] = object.Bool(object.CompareOrdered(p.RawInt(), q.RawInt(), object.CompareOp(arg)))
				continue
			}
			if p.IsFloat() && q.IsFloat() {
				sp--
				s[sp-1] = object.Bool(object.CompareOrdered(p.RawFloat(), q.RawFloat(), object.CompareOp(arg)))
				continue
			}
			if x, ok := p.Object().(*object.Str); ok {
				if y, ok := q.Object().(*object.Str); ok {
					sp--
					s[sp-1] = object.Bool(object.CompareStr(x, y, object.CompareOp(arg)))
					continue
				}
			}
			a, b := *p, *q
			var r object.Value
			f.Lasti = pc - 1
			if r, err = compareOp(a, b, arg); err != nil {
				goto fail
			}
			sp--
			s[sp-1] = r

		case code.COMPARE_OP__POP_JUMP: // if a < b: the comparison, then the jump on its result
			var t bool
			if p, q := &s[sp-2], &s[sp-1]; p.IsInt() && q.IsInt() {
				t = object.CompareOrdered(p.RawInt(), q.RawInt(), object.CompareOp(arg))
			} else if p.IsFloat() && q.IsFloat() {
				t = object.CompareOrdered(p.RawFloat(), q.RawFloat(), object.CompareOp(arg))
			} else {
				x, ok1 := p.Object().(*object.Str)
				y, ok2 := q.Object().(*object.Str)
				if ok1 && ok2 {
					t = object.CompareStr(x, y, object.CompareOp(arg))
				} else {
					var r object.Value
					f.Lasti = pc - 1
					if r, err = compareOp(*p, *q, arg); err != nil {
						goto fail
					}
					if !r.IsBool() {
						// The jump takes the result's truth, run alone.
						sp--
						s[sp-1] = r
						continue
					}
					t = r.RawBool()
				}
			}
			sp -= 2
			nu := unitAt(ub, pc)
			pc++
			if t == (code.Opcode(nu) == code.POP_JUMP_IF_TRUE) {
				if target := int(nu >> 8); target >= pc {
					pc = target
					continue
				}
				// A rotated while loop's back-edge.
				if f.oc.Warming {
					f.oc.Backedge()
				}
				if atomic.LoadInt32(&in.breaker) != 0 {
					if err = in.breakIn(f, pc-1); err != nil {
						goto fail
					}
				}
				pc = int(nu >> 8)
			}

		case code.IS_OP:
			t := s[sp-2].Is(s[sp-1])
			sp--
			s[sp-1] = object.Bool(t != (arg == 1))

		case code.CONTAINS_OP:
			var t bool
			if c, ok := s[sp-1].Object().(*object.Str); ok {
				if x, ok := s[sp-2].Object().(*object.Str); ok {
					t = object.StrContains(c, x)
					goto contained
				}
			}
			f.Lasti = pc - 1
			if t, err = contains(s[sp-1], s[sp-2]); err != nil {
				goto fail
			}
		contained:
			sp--
			s[sp-1] = object.Bool(t != (arg == 1))

		case code.UNARY_POSITIVE, code.UNARY_NEGATIVE, code.UNARY_INVERT:
			if v := s[sp-1]; v.IsInt() && op == code.UNARY_NEGATIVE && v.RawInt() != -1<<63 {
				s[sp-1] = object.Int(-v.RawInt())
				continue
			}
			var r object.Value
			f.Lasti = pc - 1
			if r, err = unaryOp(code.Opcode(unitAt(ub, pc-1)), s[sp-1]); err != nil {
				goto fail
			}
			s[sp-1] = r

		case code.UNARY_NOT:
			var t bool
			f.Lasti = pc - 1
			if t, err = truth(s[sp-1]); err != nil {
				goto fail
			}
			s[sp-1] = object.Bool(!t)

		case code.STORE_SUBSCR: // v container key ->
			if l, ok := s[sp-2].Object().(*object.List); ok && s[sp-1].IsInt() {
				i := s[sp-1].RawInt()
				if i < 0 {
					i += int64(len(l.Items))
				}
				if uint64(i) < uint64(len(l.Items)) {
					l.Items[i] = s[sp-3]
					sp -= 3
					continue
				}
			}
			f.Lasti = pc - 1
			if err = setItem(s[sp-2], s[sp-1], s[sp-3]); err != nil {
				goto fail
			}
			sp -= 3

		case code.DELETE_SUBSCR: // container key ->
			f.Lasti = pc - 1
			if err = delItem(s[sp-2], s[sp-1]); err != nil {
				goto fail
			}
			sp -= 2

		case code.LOAD_GLOBAL:
			// opcache.Cache.Hit written out (run is too large for Go to
			// inline a call into it).
			if c := f.oc; f.exactDicts && uint(pc-1) < uint(len(c.Map)) {
				if i := int(c.Map[pc-1]) - 1; uint(i) < uint(len(c.Entries)) {
					if e := &c.Entries[i]; e.GlobalsVer == f.Globals.Tag(c.Tag) && e.BuiltinsVer == f.Builtins.Tag(c.Tag) {
						e.Hits++
						s[sp] = *e.Ref
						sp++
						continue
					}
				}
			}
			var v object.Value
			if v, err = f.loadGlobalSlow(arg, pc-1); err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case code.STORE_GLOBAL:
			sp--
			if err = f.storeDict(f.Globals, arg, pc-1, s[sp]); err != nil {
				goto fail
			}

		case code.DELETE_GLOBAL:
			var found bool
			if found, err = f.Globals.Delete(f.Code.NameValues[arg]); err != nil {
				goto fail
			}
			if !found {
				err = nameError(f.Code.Names[arg])
				goto fail
			}

		case code.LOAD_NAME:
			// A dict namespace (module, class body) is read here, with
			// no call; loadName serves mappings.
			var v object.Value
			if d := f.LocalsDict; d != nil {
				if v, err = f.loadNameDict(d, arg, pc-1); err != nil {
					goto fail
				}
			} else if v, err = f.loadName(arg); err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case code.STORE_NAME:
			sp--
			if d := f.LocalsDict; d != nil {
				err = f.storeDict(d, arg, pc-1, s[sp])
			} else {
				err = f.storeName(arg, s[sp])
			}
			if err != nil {
				goto fail
			}

		case code.DELETE_NAME:
			if err = f.deleteName(arg); err != nil {
				goto fail
			}

		case code.LOAD_DEREF:
			c := s[f.Code.Nlocals+arg].Object().(*object.Cell)
			if c.Ref.IsNull() {
				err = f.unboundDeref(arg)
				goto fail
			}
			s[sp] = c.Ref
			sp++

		case code.STORE_DEREF:
			sp--
			s[f.Code.Nlocals+arg].Object().(*object.Cell).Ref = s[sp]

		case code.DELETE_DEREF:
			c := s[f.Code.Nlocals+arg].Object().(*object.Cell)
			if c.Ref.IsNull() {
				err = f.unboundDeref(arg)
				goto fail
			}
			c.Ref = object.Null

		case code.LOAD_CLOSURE:
			s[sp] = s[f.Code.Nlocals+arg]
			sp++

		case code.LOAD_CLASSDEREF:
			var v object.Value
			if v, err = f.loadClassDeref(arg, pc-1); err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case code.LOAD_ATTR:
			c := f.attrCache(arg, attrLoad)
			v, ok := c.InstanceAttrHit(s[sp-1])
			if !ok {
				if v, ok = c.ClassAttrHit(s[sp-1]); ok {
					s[sp-1] = v
					continue
				}
				f.Lasti = pc - 1
				if nf, perr := in.enterProperty(f, c, sp, pc); nf != nil || perr != nil {
					// A property's getter runs in this loop.
					if nf == nil {
						err = perr
						goto fail
					}
					f = nf
					if perr != nil {
						return object.Null, whyError, perr
					}
					goto enter
				}
				if v, err = object.GetAttrCached(s[sp-1], nameStr(f.Code.NameValues[arg]), c); err != nil {
					attrErrorContext(err, s[sp-1], f.Code.NameValues[arg])
					goto fail
				}
			}
			s[sp-1] = v

		case code.STORE_ATTR: // v obj ->
			if c := f.attrCache(arg, attrStore); !c.InstanceStoreHit(s[sp-1], s[sp-2]) && !c.SlotStoreHit(s[sp-1], s[sp-2]) {
				f.Lasti = pc - 1
				if err = object.SetAttrCached(s[sp-1], nameStr(f.Code.NameValues[arg]), s[sp-2], c); err != nil {
					goto fail
				}
			}
			sp -= 2

		case code.DELETE_ATTR:
			f.Lasti = pc - 1
			if err = delAttr(s[sp-1], f.Code.NameValues[arg]); err != nil {
				goto fail
			}
			sp--

		case code.LOAD_METHOD: // obj -> meth obj | NULL bound
			c := f.attrCache(arg, attrMethod)
			meth, unbound := c.InstanceMethodHit(s[sp-1])
			if !unbound {
				f.Lasti = pc - 1
				if meth, unbound, err = object.LookupMethodCached(s[sp-1], nameStr(f.Code.NameValues[arg]), c); err != nil {
					attrErrorContext(err, s[sp-1], f.Code.NameValues[arg])
					goto fail
				}
			}
			if unbound {
				s[sp] = s[sp-1]
				s[sp-1] = meth
			} else {
				s[sp-1] = object.Null
				s[sp] = meth
			}
			sp++

		case code.CALL_METHOD:
			f.Lasti = pc - 1
			// While inCall is set, f.sp is exact: gc.collect() may clear
			// the stale slots above it (clearStaleSlots).
			f.sp, f.inCall = sp, true
			// A Python function runs in this loop (enterInline): its
			// RETURN_VALUE comes back to the next instruction.
			var r object.Value
			if s[sp-arg-2].IsNull() {
				// No method: a module's function, an instance attribute.
				if fn, ok := s[sp-arg-1].Object().(*Function); ok && fn.Code.Flags&notInlined == 0 {
					var nf *Frame
					if nf, err = in.enterInline(f, fn, s[sp-arg:sp], pc, sp-arg-1); nf != nil {
						f = nf
						if err != nil {
							// The eval breaker raised on entry, as in
							// eval: nothing ran in f.
							return object.Null, whyError, err
						}
						goto enter
					}
				} else if bf, ok := s[sp-arg-1].Object().(*object.BuiltinFunction); ok && arg == 1 && bf.Fast1 != nil && in.opts.Sampler == nil {
					r, err = bf.Fast1(s[sp-1]) // math.sqrt(x): no argument slice
				} else if ok && arg == 2 && bf.Fast2 != nil && in.opts.Sampler == nil {
					r, err = bf.Fast2(s[sp-2], s[sp-1])
				} else {
					r, err = in.call(s[sp-arg-1], s[sp-arg:sp], nil)
				}
			} else if fn, ok := s[sp-arg-2].Object().(*Function); ok {
				if fn.Code.Flags&notInlined == 0 {
					var nf *Frame
					if nf, err = in.enterInline(f, fn, s[sp-arg-1:sp], pc, sp-arg-1); nf != nil {
						f = nf
						if err != nil {
							// The eval breaker raised on entry, as in
							// eval: nothing ran in f.
							return object.Null, whyError, err
						}
						goto enter
					}
				} else {
					r, err = in.callFunction(fn, s[sp-arg-1:sp], nil)
				}
			} else if md, ok := s[sp-arg-2].Object().(*object.MethodDescr); ok && in.opts.Sampler == nil {
				// A built-in method (s.isdigit(), l.append(x)), as call
				// would, without its type switch.
				if r, err = md.Call(s[sp-arg-1:sp], nil); err == nil && in.breakPending() {
					err = in.breakAfterCall()
				}
			} else {
				r, err = in.call(s[sp-arg-2], s[sp-arg-1:sp], nil)
			}
			f.inCall = false
			if err != nil {
				goto fail
			}
			sp -= arg + 1
			s[sp-1] = r

		case code.CALL_FUNCTION:
			f.Lasti = pc - 1
			f.sp, f.inCall = sp, true
			var r object.Value
			if fn, ok := s[sp-arg-1].Object().(*Function); ok {
				if fn.Code.Flags&notInlined == 0 {
					var nf *Frame
					if nf, err = in.enterInline(f, fn, s[sp-arg:sp], pc, sp-arg); nf != nil {
						if fn == in.tempFns.pending {
							in.tempFns.calledTemp(fn)
						}
						f = nf
						if err != nil {
							// The eval breaker raised on entry, as in
							// eval: nothing ran in f.
							return object.Null, whyError, err
						}
						goto enter
					}
				} else {
					r, err = in.callFunction(fn, s[sp-arg:sp], nil)
					if fn == in.tempFns.pending && err == nil {
						in.tempFns.calledTemp(fn)
					}
				}
			} else if bf, ok := s[sp-arg-1].Object().(*object.BuiltinFunction); ok && arg == 1 && bf.Fast1 != nil && in.opts.Sampler == nil {
				r, err = bf.Fast1(s[sp-1]) // len(x), abs(x): no argument slice
			} else if ok && arg == 2 && bf.Fast2 != nil && in.opts.Sampler == nil {
				r, err = bf.Fast2(s[sp-2], s[sp-1]) // isinstance, min, max of two
			} else if t, ok := s[sp-arg-1].Object().(*object.Type); ok {
				if fn := inlinedInit(t); fn != nil {
					// A class whose __init__ runs in this loop (enterInit).
					var nf *Frame
					if nf, err = in.enterInit(f, t, fn, s[sp-arg-1:sp], pc, sp-arg); nf != nil {
						f = nf
						if err != nil {
							return object.Null, whyError, err
						}
						goto enter
					}
				} else if t == object.SuperType && (arg == 0 || arg == 2) && code.Opcode(units[pc]) == code.LOAD_METHOD {
					// super().m(...), super(C, self).m(...): the method
					// and self straight away (superMethod), else the super
					// object as usual.
					if m, self, ok := in.superMethod(s[sp-arg:sp], nameStr(f.Code.NameValues[units[pc]>>8])); ok {
						f.inCall = false
						sp -= arg
						s[sp-1], s[sp] = m, self
						sp++
						pc++
						continue
					}
					r, err = in.call(s[sp-arg-1], s[sp-arg:sp], nil)
				} else if arg == 1 && (t == object.SetType || t == object.FrozenSetType) && lenOfResult(s, sp, units[pc]) && in.opts.Sampler == nil {
					// len(set(it)): the members counted, no set made.
					n, counted, cerr := object.LenNewSet(s[sp-1])
					if counted {
						f.inCall = false
						if err = cerr; err != nil {
							goto fail
						}
						sp -= 2
						s[sp-1] = object.Int(int64(n))
						pc++ // the len call, done
						continue
					}
					r, err = in.callClass(s[sp-arg-1:sp], units[pc])
				} else {
					r, err = in.callClass(s[sp-arg-1:sp], units[pc])
				}
			} else if fn := inlinedMethod(s[sp-arg-1]); fn != nil {
				// A bound method object: self goes in its slot, before
				// the arguments, as CALL_METHOD has it.
				s[sp-arg-1] = s[sp-arg-1].Object().(*object.Method).Self
				var nf *Frame
				if nf, err = in.enterInline(f, fn, s[sp-arg-1:sp], pc, sp-arg); nf != nil {
					f = nf
					if err != nil {
						return object.Null, whyError, err
					}
					goto enter
				}
			} else {
				r, err = in.call(s[sp-arg-1], s[sp-arg:sp], nil)
			}
			f.inCall = false
			if err != nil {
				goto fail
			}
			sp -= arg
			s[sp-1] = r

		case code.CALL_FUNCTION_KW:
			f.Lasti = pc - 1
			f.sp, f.inCall = sp, true
			kwnames := in.kwNames(s[sp-1].Object().(*object.Tuple))
			sp--
			var r object.Value
			if fn, ok := s[sp-arg-1].Object().(*Function); ok && fn.Code.Flags&notInlined == 0 {
				var nf *Frame
				if nf, err = in.enterInlineSlow(f, fn, s[sp-arg:sp], kwnames, pc, sp-arg); nf != nil {
					f = nf
					if err != nil {
						return object.Null, whyError, err
					}
					goto enter
				}
			} else {
				r, err = in.call(s[sp-arg-1], s[sp-arg:sp], kwnames)
			}
			f.inCall = false
			if err != nil {
				goto fail
			}
			sp -= arg
			s[sp-1] = r

		case code.CALL_FUNCTION_EX:
			f.Lasti = pc - 1
			f.sp, f.inCall = sp, true
			var r object.Value
			if arg&1 != 0 {
				r, err = in.callEx(s[sp-3], s[sp-2], s[sp-1])
				sp -= 2
			} else {
				if nf, cerr := in.enterCallEx(f, sp, pc); nf != nil || cerr != nil {
					// f(*args) of a Python function runs in this loop.
					if nf == nil {
						f.inCall = false
						err = cerr
						goto fail
					}
					f = nf
					if cerr != nil {
						return object.Null, whyError, cerr
					}
					goto enter
				}
				r, err = in.callEx(s[sp-2], s[sp-1], object.Null)
				sp--
			}
			f.inCall = false
			if err != nil {
				goto fail
			}
			s[sp-1] = r

		case code.MAKE_FUNCTION:
			var fn *Function
			fn, sp, err = in.makeFunction(f, s, sp, arg)
			if err != nil {
				goto fail
			}
			s[sp] = object.FromObject(fn)
			sp++

		case code.RETURN_VALUE:
			sp--
			result = s[sp]
			f.sp = sp
			f.pc = pc
			f.Lasti = pc - 1
			if f.retSP != 0 {
				if f.genInline != nil {
					// A generator resumed by FOR_ITER or YIELD_FROM.
					f = in.returnGen(f, result)
					goto enter
				}
				// An inlined call returns to its caller's call instruction.
				caller, rsp := f.Back, f.retSP
				if !f.retHook.IsNull() {
					// __init__'s instance, an operator's NotImplemented:
					// an error is raised in the caller.
					if result, err = in.returnHook(f, result); err != nil {
						return object.Null, whyError, err
					}
				} else {
					in.leaveInline(f)
				}
				f = caller
				f.Localsplus[rsp-1] = result
				f.sp = rsp
				goto enter
			}
			return result, whyReturn, nil

		case code.YIELD_VALUE:
			sp--
			result = s[sp]
			s[sp] = object.Null // a suspended generator does not hold what it yielded
			f.sp = sp
			f.pc = pc
			f.Lasti = pc - 1
			if f.retSP != 0 {
				// Resumed by FOR_ITER or YIELD_FROM: back to the consumer.
				if f = in.yieldGen(f, result); f != nil {
					goto enter
				}
			}
			return result, whyYield, nil

		case code.YIELD_FROM: // receiver v -> receiver (suspended) | result
			f.Lasti = pc - 1
			sp--
			if gf := in.enterSend(f, s[sp-1], s[sp], pc, sp); gf != nil {
				// A generator or coroutine runs in this loop.
				f = gf
				goto enter
			}
			var r object.Value
			var done bool
			r, done, err = in.yieldFromStep(s[sp-1], s[sp])
			if err != nil {
				goto fail
			}
			if !done {
				f.sp = sp
				f.pc = pc - 1
				if f.retSP != 0 {
					// Resumed by FOR_ITER or YIELD_FROM: back to the consumer.
					if f = in.yieldGen(f, r); f != nil {
						goto enter
					}
				}
				return r, whyYield, nil
			}
			s[sp-1] = r

		case code.GEN_START:
			sp--

		case code.GET_AWAITABLE:
			var it object.Value
			f.Lasti = pc - 1
			prevprev := code.NOP
			if pc >= 3 {
				prevprev = code.Opcode(f.Code.Code[pc-3])
			}
			if it, err = in.getAwaitable(s[sp-1], prevprev, code.Opcode(f.Code.Code[pc-2])); err != nil {
				goto fail
			}
			s[sp-1] = it

		case code.GET_AITER:
			var it object.Value
			f.Lasti = pc - 1
			if it, err = in.getAIter(s[sp-1]); err != nil {
				goto fail
			}
			s[sp-1] = it

		case code.GET_ANEXT:
			var aw object.Value
			f.Lasti = pc - 1
			if aw, err = in.getANext(s[sp-1]); err != nil {
				goto fail
			}
			s[sp] = aw
			sp++

		case code.BEFORE_ASYNC_WITH:
			f.Lasti = pc - 1
			var enter, exit object.Value
			if enter, exit, err = asyncWithLookup(s[sp-1]); err != nil {
				goto fail
			}
			s[sp-1] = exit
			var r object.Value
			if r, err = in.call(enter, nil, nil); err != nil {
				goto fail
			}
			s[sp] = r
			sp++

		case code.SETUP_ASYNC_WITH: // exit res -> exit [block] res
			if err = f.pushBlock(blockSetupFinally, pc+arg, sp-1-f.stackBase); err != nil {
				goto fail
			}

		case code.END_ASYNC_FOR: // aiter [handler] prev(3) exc(3) -> | reraise
			if givenExceptionMatches(s[sp-1], object.StopAsyncIteration) {
				f.nblocks--
				lvl := f.stackBase + int(f.blockAt(f.nblocks).level)
				if e, ok := in.excInfo.exc.Object().(*object.BaseException); ok && e.Private {
					// The end of the loop, as POP_EXCEPT: the frames the
					// exception's traceback held go back to the free list.
					dropPrivate(e)
				}
				in.excInfo.exc = s[lvl+1]
				clear(s[lvl-1 : sp])
				sp = lvl - 1
				continue
			}
			err = reraiseError(s[sp-3], s[sp-2])
			sp -= 3
			f.sp, f.pc, f.Lasti = sp, pc, pc-1
			return object.Null, whyReraise, err

		case code.GET_ITER:
			var it object.Value
			f.Lasti = pc - 1
			if it, err = getIter(s[sp-1]); err != nil {
				goto fail
			}
			s[sp-1] = it

		case code.GET_YIELD_FROM_ITER:
			if _, ok := s[sp-1].Object().(*Coroutine); ok {
				if f.Code.Flags&(code.CoCoroutine|code.CoIterableCorout) == 0 {
					err = object.Errorf(object.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
					goto fail
				}
			} else if _, ok := s[sp-1].Object().(*Generator); !ok {
				var it object.Value
				f.Lasti = pc - 1
				if it, err = getIter(s[sp-1]); err != nil {
					goto fail
				}
				s[sp-1] = it
			}

		case code.BUILD_TUPLE:
			if nu := unitAt(ub, pc); nu.Op() == code.UNPACK_SEQUENCE && int(nu>>8) == arg {
				// `a, b, c, d = d, c, b, a`: the tuple would be unpacked at
				// once (last item first): reverse the items in place.
				for i, j := sp-arg, sp-1; i < j; i, j = i+1, j-1 {
					s[i], s[j] = s[j], s[i]
				}
				pc++
				continue
			} else if nu.Op() == code.RETURN_VALUE && f.retSP != 0 {
				// `return a, b` to a caller that unpacks it at once
				if c := in.returnUnpacked(f, s, sp, arg, pc); c != nil {
					f = c
					goto enter
				}
			}
			var t *object.Tuple
			if arg == 2 {
				// pairs are most tuples built: no size switch, no copy
				t = object.Tuple2(s[sp-2], s[sp-1])
			} else {
				t = object.MakeTuple(arg)
				copy(t.Items, s[sp-arg:sp])
			}
			sp -= arg
			s[sp] = object.FromObject(t)
			sp++

		case code.BUILD_LIST:
			l := object.NewListLen(arg)
			copy(l.Items, s[sp-arg:sp])
			sp -= arg
			s[sp] = object.FromObject(l)
			sp++

		case code.LIST_TO_TUPLE:
			// The list is the compiler's temporary (`(*a, b)`, `f(*a, b)`):
			// the tuple takes its items, the list is left empty.
			s[sp-1] = object.FromObject(object.ListToTuple(s[sp-1].Object().(*object.List)))

		case code.LIST_APPEND:
			sp--
			l := s[sp-arg].Object().(*object.List)
			// room for 4 at first, as list.append; s[sp-arg+1] is the
			// comprehension's outer iterator, which predicts its length
			l.Items = object.AppendItemFrom(l.Items, s[sp], s[sp-arg+1])

		case code.LIST_EXTEND:
			sp--
			f.Lasti = pc - 1
			if err = listExtend(s[sp-arg], s[sp]); err != nil {
				goto fail
			}

		case code.BUILD_SET:
			var v object.Value
			f.Lasti = pc - 1
			if v, err = buildSet(s[sp-arg : sp]); err != nil {
				goto fail
			}
			sp -= arg
			s[sp] = v
			sp++

		case code.SET_ADD:
			sp--
			f.Lasti = pc - 1
			if err = setAdd(s[sp-arg], s[sp]); err != nil {
				goto fail
			}

		case code.SET_UPDATE:
			sp--
			f.Lasti = pc - 1
			if err = setUpdate(s[sp-arg], s[sp]); err != nil {
				goto fail
			}

		case code.BUILD_MAP:
			d := object.NewDict(arg)
			for i := sp - 2*arg; i < sp; i += 2 {
				if err = d.Set(s[i], s[i+1]); err != nil {
					goto fail
				}
			}
			sp -= 2 * arg
			s[sp] = object.FromObject(d)
			sp++

		case code.BUILD_CONST_KEY_MAP:
			keys := s[sp-1].Object().(*object.Tuple).Items
			d := object.NewDict(arg)
			for i, k := range keys {
				if err = d.Set(k, s[sp-1-arg+i]); err != nil {
					goto fail
				}
			}
			sp -= arg + 1
			s[sp] = object.FromObject(d)
			sp++

		case code.MAP_ADD: // ... map ... key value ->
			// s[sp-1-arg] is the comprehension's outer iterator, which
			// predicts the dict's size
			if err = s[sp-2-arg].Object().(*object.Dict).SetFrom(s[sp-2], s[sp-1], s[sp-1-arg]); err != nil {
				goto fail
			}
			sp -= 2

		case code.DICT_UPDATE:
			sp--
			f.Lasti = pc - 1
			if err = dictUpdate(s[sp-arg], s[sp]); err != nil {
				goto fail
			}

		case code.DICT_MERGE:
			sp--
			f.Lasti = pc - 1
			if err = dictMerge(s[sp-arg], s[sp], s[sp-arg-2]); err != nil {
				goto fail
			}

		case code.BUILD_SLICE:
			// x[a:b] and x[a:b] = v on an exact list (or tuple) need no
			// slice object: the next instruction is done here and skipped.
			// code.SliceTemp marks `x[a:b] = y[c:d]` (sliceTemps).
			temp := arg&code.SliceTemp != 0
			arg &^= code.SliceTemp
			if pc < len(units) {
				switch code.Opcode(units[pc]) {
				case code.BINARY_SUBSCR: // container start stop [step] -> result
					f.Lasti = pc
					var ok bool
					if temp {
						ok, err = in.subscrSliceTemp(s, sp, arg)
					} else {
						ok, err = subscrSlice(s, sp, arg)
					}
					if ok {
						if err != nil {
							goto fail
						}
						sp -= arg
						pc++
						continue
					}
				case code.STORE_SUBSCR: // v container start stop ->
					if arg != 2 {
						break
					}
					f.Lasti = pc
					ok, e := object.StoreSubscrSlice(s[sp-3], s[sp-2], s[sp-1], s[sp-4])
					if temp {
						in.releaseSliceTemp(s[sp-4], ok && e == nil)
					}
					if ok {
						if e != nil {
							err = e
							goto fail
						}
						sp -= 4
						pc++
						continue
					}
				}
			}
			var v object.Value
			if arg == 3 {
				v = object.NewSlice(s[sp-3], s[sp-2], s[sp-1])
			} else {
				v = object.NewSlice(s[sp-2], s[sp-1], object.None)
			}
			sp -= arg
			s[sp] = v
			sp++

		case code.BUILD_STRING:
			var v object.Value
			f.Lasti = pc - 1
			if v, err = buildString(s[sp-arg : sp]); err != nil {
				goto fail
			}
			sp -= arg
			s[sp] = v
			sp++

		case code.FORMAT_VALUE:
			spec := object.Null
			if arg&0x04 != 0 {
				sp--
				spec = s[sp]
			}
			var v object.Value
			f.Lasti = pc - 1
			if v, err = formatValue(s[sp-1], arg&3, spec); err != nil {
				goto fail
			}
			s[sp-1] = v

		case code.UNPACK_SEQUENCE:
			// `a, b = b, a` and `for x, y in pairs`: a tuple of the right
			// length is unpacked here (pushed last item first).
			if t, ok := s[sp-1].Object().(*object.Tuple); ok && len(t.Items) == arg {
				items := t.Items
				sp--
				for i := arg - 1; i >= 0; i-- {
					s[sp] = items[i]
					sp++
				}
				continue
			}
			f.Lasti = pc - 1
			if sp, err = unpackSequence(s, sp, arg); err != nil {
				goto fail
			}

		case code.UNPACK_EX:
			f.Lasti = pc - 1
			if sp, err = unpackEx(s, sp, arg&0xff, arg>>8); err != nil {
				goto fail
			}

		case code.SETUP_FINALLY:
			if err = f.pushBlock(blockSetupFinally, pc+arg, sp-f.stackBase); err != nil {
				goto fail
			}

		case code.POP_BLOCK:
			f.nblocks--

		case code.POP_EXCEPT: // [retval] prev_tb prev_value prev_type ->
			f.nblocks--
			if f.blockAt(f.nblocks).kind != blockExceptHandler {
				err = object.Errorf(object.SystemError, "popped block is not an except handler")
				goto fail
			}
			if e, ok := in.excInfo.exc.Object().(*object.BaseException); ok && e.Private {
				dropPrivate(e)
			}
			in.excInfo.exc = s[sp-2]
			sp -= 3
			// The saved and the handled exceptions (popped before) are
			// dead: their tracebacks must not keep frames alive.
			clear(s[sp:min(sp+6, len(s))])

		case code.RERAISE: // tb value type ->
			err = reraiseError(s[sp-3], s[sp-2])
			sp -= 3
			f.sp, f.pc, f.Lasti = sp, pc, pc-1
			if arg != 0 && f.nblocks > 0 {
				// Report the line where the exception was first caught.
				f.Lasti = int(f.blockAt(f.nblocks - 1).handler)
			}
			why = whyReraise
			goto unwinding

		case code.JUMP_IF_NOT_EXC_MATCH:
			var m bool
			if m, err = exceptionMatches(s[sp-2], s[sp-1]); err != nil {
				goto fail
			}
			sp -= 2
			if !m {
				pc = arg
			} else {
				caughtExc(f.Code, pc, s[sp-2])
			}

		case code.RAISE_VARARGS:
			var reraise bool
			switch arg {
			case 0:
				err, reraise = in.reraise()
			case 1:
				sp--
				err = in.doRaise(s[sp], object.Null)
			default:
				sp -= 2
				err = in.doRaise(s[sp], s[sp+1])
			}
			if reraise {
				f.sp, f.pc, f.Lasti = sp, pc, pc-1
				why = whyReraise
				goto unwinding
			}
			goto fail

		case code.LOAD_ASSERTION_ERROR:
			s[sp] = object.FromObject(object.AssertionError)
			sp++

		case code.SETUP_WITH:
			f.Lasti = pc - 1
			var exit, r object.Value
			if exit, r, err = in.withEnter(s[sp-1]); err != nil {
				goto fail
			}
			s[sp-1] = exit
			if err = f.pushBlock(blockSetupFinally, pc+arg, sp-f.stackBase); err != nil {
				goto fail
			}
			s[sp] = r
			sp++

		case code.WITH_EXCEPT_START:
			f.Lasti = pc - 1
			exposeExc(s[sp-2]) // __exit__ sees it
			var r object.Value
			args := [3]object.Value{s[sp-1], s[sp-2], s[sp-3]}
			if r, err = in.call(s[sp-7], args[:], nil); err != nil {
				goto fail
			}
			s[sp] = r
			sp++

		case code.LOAD_BUILD_CLASS:
			var v object.Value
			if v, err = f.loadBuildClass(); err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case code.SETUP_ANNOTATIONS:
			if err = f.setupAnnotations(); err != nil {
				goto fail
			}

		case code.IMPORT_NAME:
			f.Lasti = pc - 1
			var m object.Value
			if m, err = in.importName(f, f.Code.Names[arg], s[sp-1], s[sp-2]); err != nil {
				goto fail
			}
			sp--
			s[sp-1] = m

		case code.IMPORT_FROM:
			var v object.Value
			if v, err = in.importFrom(s[sp-1], f.Code.Names[arg]); err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case code.IMPORT_STAR:
			sp--
			if err = in.importStar(f, s[sp]); err != nil {
				goto fail
			}

		case code.PRINT_EXPR:
			sp--
			if err = in.printExpr(s[sp]); err != nil {
				goto fail
			}

		case code.GET_LEN:
			var n int
			f.Lasti = pc - 1
			if n, err = length(s[sp-1]); err != nil {
				goto fail
			}
			s[sp] = object.Int(int64(n))
			sp++

		case code.MATCH_MAPPING:
			s[sp] = object.Bool(matchMapping(s[sp-1]))
			sp++

		case code.MATCH_SEQUENCE:
			s[sp] = object.Bool(matchSequence(s[sp-1]))
			sp++

		case code.MATCH_KEYS: // subject keys -> subject keys values|None ok
			f.Lasti = pc - 1
			var v object.Value
			if v, err = matchKeys(s[sp-2], s[sp-1]); err != nil {
				goto fail
			}
			if v.IsNull() {
				s[sp], s[sp+1] = object.None, object.False
			} else {
				s[sp], s[sp+1] = v, object.True
			}
			sp += 2

		case code.COPY_DICT_WITHOUT_KEYS: // subject keys -> subject rest
			f.Lasti = pc - 1
			var v object.Value
			if v, err = copyDictWithoutKeys(s[sp-2], s[sp-1]); err != nil {
				goto fail
			}
			s[sp-1] = v

		case code.MATCH_CLASS: // subject type names -> attrs True | subject False
			f.Lasti = pc - 1
			var v object.Value
			if v, err = matchClass(s[sp-3], s[sp-2], arg, s[sp-1]); err != nil {
				goto fail
			}
			sp--
			if v.IsNull() {
				s[sp-1] = object.False
			} else {
				s[sp-2], s[sp-1] = v, object.True
			}

		case 0, 255:
			// Never valid. Listed so that the switch's jump table spans
			// every byte: the dispatch then has no range check.
			if pc > len(f.Code.Code) { // code.End: off the end of co_code
				pc = len(f.Code.Code)
				err = object.Errorf(object.SystemError, "execution ran off the end of the code")
				goto fail
			}
			fallthrough
		default:
			err = object.Errorf(object.NotImplementedError, "%s", code.Opcode(f.Code.Code[pc-1]).String())
			goto fail
		}
		continue

	binaryInline:
		// An arithmetic operator whose left operand is an instance: its
		// class's Python method runs in this loop (enterBinary), else the
		// generic path.
		{
			nf, berr := in.enterBinary(f, code.Opcode(unitAt(ub, pc-1)), sp, pc)
			if nf != nil {
				f = nf
				if berr != nil {
					return object.Null, whyError, berr
				}
				goto enter
			}
			if err = berr; err != nil {
				goto fail
			}
			var r object.Value
			if r, err = binaryOp(code.Opcode(unitAt(ub, pc-1)), s[sp-2], s[sp-1]); err != nil {
				goto fail
			}
			sp--
			s[sp-1] = r
			continue
		}

	jumpBack:
		// JUMP_BACK_FOR_ITER, a for loop's back-edge (code.Quicken), to
		// FOR_ITER at arg; its superinstructions come here after their
		// first half.
		if f.oc.Warming {
			f.oc.Backedge()
		}
		if atomic.LoadInt32(&in.breaker) != 0 {
			if err = in.breakIn(f, pc-1); err != nil {
				goto fail
			}
		}
		// Over a range, FOR_ITER's step is done here, without its
		// dispatch.
		if r, ok := s[sp-1].Object().(*rangeIter); ok {
			pc = arg + 1
			if r.n > 0 {
				v := object.Int(r.next)
				r.next += r.step
				r.n--
				if nu := unitAt(ub, pc); code.Opcode(nu) == code.STORE_FAST {
					s[int(nu>>8)] = v
					pc++
				} else {
					s[sp] = v
					sp++
				}
			} else {
				sp--
				pc += int(unitAt(ub, arg) >> 8)
			}
			continue
		}
		if li, ok := s[sp-1].Object().(*object.ListIterator); ok {
			pc = arg + 1
			if v, ok := li.Step(); ok {
				if nu := unitAt(ub, pc); code.Opcode(nu) == code.STORE_FAST {
					s[int(nu>>8)] = v
					pc++
				} else {
					s[sp] = v
					sp++
				}
			} else {
				li.Next()
				sp--
				pc += int(unitAt(ub, arg) >> 8)
			}
			continue
		}
		pc = arg
		continue

	fail:
		f.sp = sp
		f.pc = pc
		f.Lasti = pc - 1
		why = whyError
	unwinding:
		// The exception is handled here when f, or a frame that called
		// it inline, has a handler for it (CPython 3.11's
		// exception_unwind): returning to unwind made every caught
		// exception enter run again. Generator frames and the frame run
		// was entered with are left to unwind.
		if in.frame == f {
			if in.handleError(f, err, why == whyReraise) {
				err = nil
				goto enter
			}
			why = whyReraise // its traceback entry is recorded
			if f.retSP != 0 && f.genInline == nil {
				in.abandonInline(f)
				f = in.frame
				why = whyError
				goto unwinding
			}
		}
		return object.Null, why, err
	}
}

// handleError records err in the traceback (unless it is a re-raise) and
// unwinds f's block stack to the innermost SETUP_FINALLY handler, which it
// prepares as CPython's exception_unwind does: an EXCEPT_HANDLER block, the
// previous exc_info (tb, value, type) and the new exception (tb, value, type)
// pushed, exc_info set, pc at the handler. It reports whether a handler was
// found; if not, the frame is done and err propagates.
func (in *Interp) handleError(f *Frame, err error, reraise bool) bool {
	exc := object.AsException(err)
	if !reraise {
		if exc.Traceback == nil && !in.thrown {
			in.chainContext(exc)
		}
		in.thrown = false
		f.holdForTraceback(exc.Private)
		exc.Traceback = &object.Traceback{Next: exc.Traceback, Frame: f, Lineno: int32(f.LineNumber()), Lasti: int32(f.Lasti)}
	}
	s := f.Localsplus
	for f.nblocks > 0 {
		f.nblocks--
		b := *f.blockAt(f.nblocks)
		lvl := f.stackBase + int(b.level)
		if b.kind == blockExceptHandler {
			in.excInfo.exc = s[lvl+1]
		}
		// Unwinding pops the values above the block's level.
		clear(s[lvl:max(lvl, f.sp)])
		if b.kind == blockExceptHandler {
			f.sp = lvl
			continue
		}
		f.sp = lvl
		*f.blockAt(f.nblocks) = block{kind: blockExceptHandler, handler: int32(f.Lasti), level: int32(lvl - f.stackBase)}
		f.nblocks++
		sp := f.sp
		prev := in.excInfo.exc
		if prev.IsNull() || prev.IsNone() {
			s[sp], s[sp+1], s[sp+2] = object.None, object.None, object.None
		} else {
			pe := prev.Object().(*object.BaseException)
			s[sp], s[sp+1], s[sp+2] = tbValue(pe.Traceback), prev, object.FromObject(pe.Class)
		}
		ev := object.FromObject(exc)
		s[sp+3], s[sp+4], s[sp+5] = tbValue(exc.Traceback), ev, object.FromObject(exc.Class)
		f.sp = sp + 6
		in.excInfo.exc = ev
		f.pc = int(b.handler)
		return true
	}
	return false
}

// tbValue returns a traceback as a Value (None when there is none).
func tbValue(tb *object.Traceback) object.Value {
	if tb == nil {
		return object.None
	}
	return object.FromObject(tb)
}

// reraiseError is the exception RERAISE and END_ASYNC_FOR raise again with
// the traceback saved beside it on the stack, as _PyErr_Restore(exc, val,
// tb) does: what happened to its __traceback__ since (a throw() into a
// generator adds that generator's frames) is not kept.
func reraiseError(tb, v object.Value) error {
	e, ok := v.Object().(*object.BaseException)
	if !ok {
		return object.Errorf(object.SystemError, "exception expected on the stack")
	}
	if t, ok := tb.Object().(*object.Traceback); ok || tb.IsNone() {
		e.Traceback = t
	}
	return e
}

// unitAt is units[i] for run's units, read without a bounds check: Exec
// ends with code.End and none of its jumps leaves it (code.Quicken), so
// the next unit of any instruction, and any jump target, is inside it.
func unitAt(ub unsafe.Pointer, i int) code.Unit {
	return *(*code.Unit)(unsafe.Add(ub, uintptr(i)*2))
}
