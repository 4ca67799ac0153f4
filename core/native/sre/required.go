package sre

import "bytes"

// requiredLiteral finds the longest run of LITERAL operations in the
// pattern's top-level sequence: characters every match consumes, in a
// row. maxOff is the most characters a match can consume before them, or
// -1 when that is unbounded. search looks for them first: without them
// in the rest of the subject there is no match, and a match cannot start
// more than maxOff characters before their first occurrence. Patterns
// that start with a literal prefix (INFO) are left to its scan.
func requiredLiteral(code []uint32) (lit []uint32, maxOff int) {
	pc, off := 0, 0
	if code[0] == opInfo {
		if code[2]&infoPrefix != 0 {
			return nil, -1
		}
		pc = 1 + int(code[1])
	}
	maxOff = -1
	for code[pc] != opSuccess {
		if code[pc] == opLiteral {
			var run []uint32
			start := off
			for code[pc] == opLiteral {
				run = append(run, code[pc+1])
				pc += 2
				off = addWidth(off, 1)
			}
			if len(run) > len(lit) {
				lit, maxOff = run, start
			}
			continue
		}
		w, next, ok := opWidth(code, pc, 0)
		if !ok {
			break
		}
		off, pc = addWidth(off, w), next
	}
	return lit, maxOff
}

// addWidth adds two maximum widths, -1 meaning unbounded.
func addWidth(a, b int) int {
	if a < 0 || b < 0 || a+b > 1<<30 {
		return -1
	}
	return a + b
}

// opWidth returns the most characters the operation at pc can consume
// (-1: unbounded) and where the next operation starts; ok is false for
// the operations it does not follow.
func opWidth(code []uint32, pc, depth int) (w, next int, ok bool) {
	if depth > maxNesting {
		return 0, 0, false
	}
	switch code[pc] {
	case opMark, opAt:
		return 0, pc + 2, true
	case opAssert, opAssertNot:
		return 0, pc + 1 + int(code[pc+1]), true
	case opAny, opAnyAll:
		return 1, pc + 1, true
	case opCategory, opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
		opLiteralUniIgnore, opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
		return 1, pc + 2, true
	case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
		return 1, pc + 1 + int(code[pc+1]), true
	case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
		return -1, pc + 2, true
	case opRepeatOne, opMinRepeatOne:
		// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS>
		w = -1
		if code[pc+3] != MAXREPEAT {
			w = int(code[pc+3])
		}
		return w, pc + 1 + int(code[pc+1]), true
	case opRepeat:
		// <REPEAT> <skip> <min> <max> item <UNTIL>
		w = seqWidth(code, pc+4, depth+1)
		if max := code[pc+3]; max == MAXREPEAT || w < 0 || uint64(w)*uint64(max) > 1<<30 {
			w = -1
		} else {
			w *= int(max)
		}
		return w, pc + 2 + int(code[pc+1]), true
	case opBranch:
		// <BRANCH> (<skip> code <JUMP> <skip>)... <0>
		q := pc + 1
		for ; code[q] != 0; q += int(code[q]) {
			if aw := seqWidth(code, q+1, depth+1); aw < 0 || w < 0 {
				w = -1
			} else {
				w = max(w, aw)
			}
		}
		return w, q + 1, true
	}
	return 0, 0, false
}

// seqWidth is the most characters the sequence at pc can consume, up to
// the end of its block (JUMP, an UNTIL, SUCCESS), or -1.
func seqWidth(code []uint32, pc, depth int) int {
	total := 0
	for {
		switch code[pc] {
		case opJump, opMaxUntil, opMinUntil, opSuccess:
			return total
		}
		w, next, ok := opWidth(code, pc, depth)
		if !ok {
			return -1
		}
		if total = addWidth(total, w); total < 0 {
			return -1
		}
		pc = next
	}
}

// indexLiteral returns the first position at or after from where lit
// occurs whole before end, or -1.
func indexLiteral[C char](p *Program, s []C, from, end int) int {
	if b, isBytes := any(s).([]byte); isBytes {
		if p.litBytes == nil {
			return -1 // a character above 255
		}
		if i := bytes.Index(b[from:end], p.litBytes); i >= 0 {
			return from + i
		}
		return -1
	}
	lit := p.lit
	for i := from; i+len(lit) <= end; i++ {
		if uint32(s[i]) == lit[0] {
			j := 1
			for j < len(lit) && uint32(s[i+j]) == lit[j] {
				j++
			}
			if j == len(lit) {
				return i
			}
		}
	}
	return -1
}
