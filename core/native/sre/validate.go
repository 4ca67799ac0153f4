package sre

// maxNesting bounds how deeply Compile follows nested blocks; sre_parse
// cannot produce patterns nearly this deep under Python's recursion limit.
const maxNesting = 5000

// Compile validates code (as _sre.c's _validate does) and returns it as a
// Program for groups capture groups. The check is structural: every
// operation has its operands, every skip lands on an operation of the
// enclosing block, group numbers are in range and each sub-block ends the
// way the engine expects, so the engine never reads outside code.
func Compile(code []uint32, groups int) (*Program, error) {
	if groups < 0 || groups > MAXGROUPS {
		return nil, ErrInvalid
	}
	if len(code) == 0 || code[len(code)-1] != opSuccess {
		return nil, ErrInvalid
	}
	// The code is a block of operations followed by the SUCCESS that
	// ends the match (an operand that happens to be 1 does not count).
	v := validator{code: code, groups: groups}
	if err := v.block(0, len(code)-1, 0); err != nil {
		return nil, err
	}
	p := &Program{Code: code, Groups: groups, infoSet: -1}
	p.setIndex = make([]int32, len(code))
	for _, pc := range v.sets {
		p.setIndex[pc] = int32(len(p.sets))
		bits, ok := setBitmap(code, pc)
		if !ok {
			for c := uint32(0); c < 256; c++ {
				if matchOne(code, pc, c) {
					bits[c>>5] |= 1 << (c & 31)
				}
			}
		}
		p.sets = append(p.sets, bits)
	}
	p.first = firstOp(code)
	p.hasFirst = p.firstChars(0, &p.firstBits, 0)
	if n, _ := p.posSets(0, 0, &p.posBits, 0); n > 1 {
		p.npos = n
	}
	if p.lit, p.litOff = requiredLiteral(code); len(p.lit) > 0 {
		p.litBytes = make([]byte, len(p.lit))
		for i, c := range p.lit {
			if c > 255 {
				p.litBytes = nil
				break
			}
			p.litBytes[i] = byte(c)
		}
	}
	if code[0] == opInfo && code[2]&infoPrefix == 0 && code[2]&infoCharset != 0 {
		var bits [8]uint32
		for c := uint32(0); c < 256; c++ {
			if inCharset(code, 5, c) {
				bits[c>>5] |= 1 << (c & 31)
			}
		}
		p.infoSet = int32(len(p.sets))
		p.sets = append(p.sets, bits)
	}
	if code[0] == opInfo && code[2]&infoPrefix != 0 {
		// search starts matching after the prefix's first prefix_skip
		// characters: those must be LITERAL operations.
		pc := 1 + int(code[1])
		for k := 0; k < int(code[6]); k++ {
			if pc+1 >= len(code) || code[pc] != opLiteral {
				return nil, ErrInvalid
			}
			pc += 2
		}
	}
	return p, nil
}

type validator struct {
	code   []uint32
	groups int
	sets   []int // positions of IN operations
}

// block checks the operations in code[pc:end], which must end exactly
// at end.
func (v *validator) block(pc, end, depth int) error {
	if depth > maxNesting {
		return ErrTooDeep
	}
	code := v.code
	for pc < end {
		op := code[pc]
		pc++
		// args reports whether k operand words follow within the block.
		args := func(k int) bool { return pc+k <= end }
		switch op {
		case opSuccess, opFailure, opAny, opAnyAll:

		case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
			opLiteralUniIgnore, opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
			if !args(1) {
				return ErrInvalid
			}
			pc++

		case opAt:
			if !args(1) || code[pc] > atUniNonBoundary {
				return ErrInvalid
			}
			pc++

		case opCategory:
			if !args(1) || code[pc] > catUniNotLinebreak {
				return ErrInvalid
			}
			pc++

		case opMark:
			if !args(1) || int64(code[pc]) >= 2*int64(v.groups) {
				return ErrInvalid
			}
			pc++

		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			if !args(1) || int64(code[pc]) >= int64(v.groups) {
				return ErrInvalid
			}
			pc++

		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			// <IN> <skip> set...FAILURE
			if !args(1) {
				return ErrInvalid
			}
			v.sets = append(v.sets, pc-1)
			skip := int(code[pc])
			if skip < 2 || !args(skip) {
				return ErrInvalid
			}
			if err := v.charset(pc+1, pc+skip); err != nil {
				return err
			}
			pc += skip

		case opInfo:
			// <INFO> <skip> <flags> <min> <max> [prefix or charset]
			if !args(4) {
				return ErrInvalid
			}
			skip := int(code[pc])
			if skip < 4 || !args(skip) {
				return ErrInvalid
			}
			flags, next := code[pc+1], pc+skip
			if flags&infoPrefix != 0 {
				// <length> <skip> <prefix> <overlap>
				if pc+6 > next {
					return ErrInvalid
				}
				n := int64(code[pc+4])
				if int64(code[pc+5]) > n || int64(pc+6)+2*n != int64(next) || n == 0 {
					return ErrInvalid
				}
				for i := pc + 6 + int(n); i < next; i++ {
					if int64(code[i]) >= n {
						return ErrInvalid
					}
				}
			} else if flags&infoCharset != 0 {
				if err := v.charset(pc+4, next); err != nil {
					return err
				}
			} else if skip != 4 {
				return ErrInvalid
			}
			pc = next

		case opBranch:
			// <BRANCH> (<skip> code <JUMP> <skip>)... <0>
			var targets []int
			for {
				if !args(1) {
					return ErrInvalid
				}
				skip := int(code[pc])
				if skip == 0 {
					pc++
					break
				}
				if skip < 3 || !args(skip) || code[pc+skip-2] != opJump {
					return ErrInvalid
				}
				if err := v.block(pc+1, pc+skip-2, depth+1); err != nil {
					return err
				}
				targets = append(targets, pc+skip-1+int(code[pc+skip-1]))
				pc += skip
			}
			for _, t := range targets {
				if t != pc {
					return ErrInvalid
				}
			}

		case opRepeatOne, opMinRepeatOne:
			// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS>
			if !args(3) {
				return ErrInvalid
			}
			skip := int(code[pc])
			if skip < 4 || !args(skip) || code[pc+1] > code[pc+2] || code[pc+skip-1] != opSuccess {
				return ErrInvalid
			}
			if n, err := v.single(pc+3, pc+skip-1); err != nil || n != skip-4 {
				return ErrInvalid
			}
			pc += skip

		case opRepeat:
			// <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL>
			if !args(3) {
				return ErrInvalid
			}
			skip := int(code[pc])
			if skip < 3 || !args(skip+1) || code[pc+1] > code[pc+2] {
				return ErrInvalid
			}
			if u := code[pc+skip]; u != opMaxUntil && u != opMinUntil {
				return ErrInvalid
			}
			if err := v.block(pc+3, pc+skip, depth+1); err != nil {
				return err
			}
			pc += skip + 1

		case opGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]
			if !args(2) || int64(code[pc]) >= int64(v.groups) {
				return ErrInvalid
			}
			skip := int(code[pc+1])
			if skip < 2 || !args(skip) {
				return ErrInvalid
			}
			target := pc + skip // the no-code, or the end
			if skip >= 4 && code[target-2] == opJump {
				if err := v.block(pc+2, target-2, depth+1); err != nil {
					return err
				}
				jskip := int(code[target-1])
				if jskip < 1 || target-1+jskip > end {
					return ErrInvalid
				}
				if err := v.block(target, target-1+jskip, depth+1); err != nil {
					return err
				}
				pc = target - 1 + jskip
			} else {
				if err := v.block(pc+2, target, depth+1); err != nil {
					return err
				}
				pc = target
			}

		case opAssert, opAssertNot:
			// <ASSERT> <skip> <back> pattern <SUCCESS>
			if !args(2) {
				return ErrInvalid
			}
			skip := int(code[pc])
			if skip < 3 || !args(skip) || code[pc+skip-1] != opSuccess || code[pc+1]&0x80000000 != 0 {
				return ErrInvalid
			}
			if err := v.block(pc+2, pc+skip-1, depth+1); err != nil {
				return err
			}
			pc += skip

		default:
			return ErrInvalid
		}
	}
	if pc != end {
		return ErrInvalid
	}
	return nil
}

// single checks that code[pc:end] starts with one single-character
// operation and returns its length in words.
func (v *validator) single(pc, end int) (int, error) {
	code := v.code
	if pc >= end {
		return 0, ErrInvalid
	}
	switch code[pc] {
	case opAny, opAnyAll:
		return 1, nil
	case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
		opLiteralUniIgnore, opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
		if pc+2 > end {
			return 0, ErrInvalid
		}
		return 2, nil
	case opCategory:
		if pc+2 > end || code[pc+1] > catUniNotLinebreak {
			return 0, ErrInvalid
		}
		return 2, nil
	case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
		if pc+2 > end {
			return 0, ErrInvalid
		}
		skip := int(code[pc+1])
		if skip < 2 || pc+1+skip > end {
			return 0, ErrInvalid
		}
		if err := v.charset(pc+2, pc+1+skip); err != nil {
			return 0, err
		}
		v.sets = append(v.sets, pc)
		return 1 + skip, nil
	}
	return 0, ErrInvalid
}

// charset checks a set's items in code[pc:end], ending with FAILURE.
func (v *validator) charset(pc, end int) error {
	code := v.code
	for pc < end {
		op := code[pc]
		pc++
		switch op {
		case opFailure:
			if pc != end {
				return ErrInvalid
			}
			return nil
		case opLiteral:
			pc++
		case opCategory:
			if pc < end && code[pc] > catUniNotLinebreak {
				return ErrInvalid
			}
			pc++
		case opRange, opRangeUniIgnore:
			pc += 2
		case opNegate:
		case opCharset:
			pc += 8
		case opBigCharset:
			if pc >= end {
				return ErrInvalid
			}
			n := int64(code[pc])
			pc++
			if int64(pc)+64+n*8 > int64(end) {
				return ErrInvalid
			}
			for i := 0; i < 256; i++ {
				if int64(code[pc+i/4]>>(8*(i%4))&0xff) >= n {
					return ErrInvalid
				}
			}
			pc += 64 + int(n)*8
		default:
			return ErrInvalid
		}
	}
	return ErrInvalid
}

// firstOp returns the position of a single-character operation that every
// match must begin with (looking past the group marks and into a
// REPEAT_ONE of at least one item), or -1: search skips the positions
// where it fails, as the match would fail there at once.
func firstOp(code []uint32) int {
	pc := 0
	if code[0] == opInfo {
		pc = 1 + int(code[1])
	}
	for code[pc] == opMark {
		pc += 2
	}
	switch code[pc] {
	case opRepeatOne, opMinRepeatOne:
		if code[pc+2] >= 1 {
			return pc + 4
		}
	case opAny, opAnyAll, opCategory, opIn, opInIgnore, opInUniIgnore, opInLocIgnore,
		opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
		opLiteralUniIgnore, opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
		return pc
	}
	return -1
}

// firstChars adds to bits the characters below 256 that can begin a match
// of the code at pc, up to the end of its sequence, and reports whether
// every match begins with one of them: false when a match could be empty,
// or starts with something the analysis does not follow (a group
// reference, a conditional). Zero-width operations (marks, AT, lookarounds)
// are stepped over: they only narrow what follows. search skips the
// positions whose character is not in the set, where run would fail
// without looking further anyway.
func (p *Program) firstChars(pc int, bits *[8]uint32, depth int) bool {
	if depth > maxNesting {
		return false
	}
	code := p.Code
	addOne := func(pc int) { p.opChars(pc, bits) }
	for {
		switch code[pc] {
		case opMark, opAt:
			pc += 2
		case opInfo, opAssert, opAssertNot:
			pc += 1 + int(code[pc+1])
		case opAny, opAnyAll, opCategory, opIn, opInIgnore, opInUniIgnore, opInLocIgnore,
			opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
			opLiteralUniIgnore, opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
			addOne(pc)
			return true
		case opBranch:
			// <BRANCH> (<skip> code <JUMP> <skip>)... <0>: every
			// alternative must begin with a character.
			for q := pc + 1; code[q] != 0; q += int(code[q]) {
				if !p.firstChars(q+1, bits, depth+1) {
					return false
				}
			}
			return true
		case opRepeatOne, opMinRepeatOne:
			// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
			addOne(pc + 4)
			if code[pc+2] >= 1 {
				return true
			}
			pc += 1 + int(code[pc+1])
		case opRepeat:
			// <REPEAT> <skip> <min> <max> item <UNTIL> tail
			if !p.firstChars(pc+4, bits, depth+1) {
				return false
			}
			if code[pc+2] >= 1 {
				return true
			}
			pc += 2 + int(code[pc+1])
		default:
			return false
		}
	}
}

// opChars adds to bits the characters below 256 that the single-character
// operation at pc accepts.
func (p *Program) opChars(pc int, bits *[8]uint32) {
	code := p.Code
	switch code[pc] {
	case opLiteral:
		if c := code[pc+1]; c < 256 {
			bits[c>>5] |= 1 << (c & 31)
		}
	case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
		// The set's bitmap, made already.
		for i, w := range p.sets[p.setIndex[pc]] {
			bits[i] |= w
		}
	default:
		for c := uint32(0); c < 256; c++ {
			if matchOne(code, pc, c) {
				bits[c>>5] |= 1 << (c & 31)
			}
		}
	}
}

// maxPos is how many leading characters of a match posSets follows.
const maxPos = 8

// posSets walks the sequence at pc, which every match path reaches
// having consumed exactly k characters, and adds to sets[k], sets[k+1],
// ... the characters below 256 that each further offset of a match can
// hold. It returns n, the offset up to which every path is known to
// consume one character per offset (sets[k:n] are then complete), and
// whether every path reaches the sequence's end (a JUMP, SUCCESS) at
// offset n exactly, so that what follows starts at n. Zero-width
// operations (marks, AT, lookarounds) are stepped over: they only narrow
// the matches. search tests the offsets after the first before it runs
// the engine at a position (a match there would fail at once otherwise).
func (p *Program) posSets(pc, k int, sets *[maxPos][8]uint32, depth int) (n int, whole bool) {
	if depth > maxNesting {
		return k, false
	}
	code := p.Code
	for k < maxPos {
		switch code[pc] {
		case opJump, opSuccess:
			return k, true
		case opMark, opAt:
			pc += 2
		case opInfo, opAssert, opAssertNot:
			pc += 1 + int(code[pc+1])
		case opAny, opAnyAll:
			p.opChars(pc, &sets[k])
			k, pc = k+1, pc+1
		case opCategory, opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
			opLiteralUniIgnore, opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
			p.opChars(pc, &sets[k])
			k, pc = k+1, pc+2
		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			p.opChars(pc, &sets[k])
			k, pc = k+1, pc+1+int(code[pc+1])
		case opBranch:
			// <BRANCH> (<skip> code <JUMP> <skip>)... <0>: the offsets
			// every alternative covers; what follows only when all of
			// them end at the same offset.
			n, whole = maxPos, true
			q := pc + 1
			for ; code[q] != 0; q += int(code[q]) {
				an, aw := p.posSets(q+1, k, sets, depth+1)
				if q != pc+1 && an != n {
					whole = false
				}
				n, whole = min(n, an), whole && aw
			}
			if !whole {
				return n, false
			}
			k, pc = n, q+1
		case opRepeatOne, opMinRepeatOne:
			// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: min
			// characters of item; what follows only when max is min.
			lo := int(min(code[pc+2], maxPos))
			for i := 0; i < lo && k < maxPos; i++ {
				p.opChars(pc+4, &sets[k])
				k++
			}
			if code[pc+2] != code[pc+3] || k == maxPos {
				return k, false
			}
			pc += 1 + int(code[pc+1])
		default:
			return k, false
		}
	}
	return k, false
}

// setBitmap is the verdict of the plain IN operation at pc on the
// characters below 256, read from its items a word at a time as inCharset
// would decide them (the first item that holds a character decides, with
// the NEGATE state of that point); false for the other IN variants and
// items it does not read.
func setBitmap(code []uint32, pc int) (bits [8]uint32, ok bool) {
	if code[pc] != opIn {
		return bits, false
	}
	var decided [8]uint32
	neg := false
	// take gives the characters of m not decided yet the verdict !neg.
	take := func(m *[8]uint32) {
		for i := range m {
			fresh := m[i] &^ decided[i]
			decided[i] |= fresh
			if !neg {
				bits[i] |= fresh
			}
		}
	}
	for pc += 2; ; {
		var m [8]uint32
		switch code[pc] {
		case opFailure:
			if neg {
				for i := range bits {
					bits[i] |= ^decided[i]
				}
			}
			return bits, true
		case opLiteral:
			if c := code[pc+1]; c < 256 {
				m[c>>5] |= 1 << (c & 31)
			}
			pc += 2
		case opRange:
			for c := code[pc+1]; c <= code[pc+2] && c < 256; c++ {
				m[c>>5] |= 1 << (c & 31)
			}
			pc += 3
		case opCharset:
			copy(m[:], code[pc+1:pc+9])
			pc += 9
		case opCategory:
			for c := uint32(0); c < 256; c++ {
				if category(code[pc+1], c) {
					m[c>>5] |= 1 << (c & 31)
				}
			}
			pc += 2
		case opBigCharset:
			// <BIGCHARSET> <count> <256 block indices as bytes> <blocks>:
			// block 0's index is the low byte of the first word.
			b := int(code[pc+2] & 0xff)
			copy(m[:], code[pc+2+64+b*8:pc+2+64+b*8+8])
			pc += 2 + 64 + int(code[pc+1])*8
		case opNegate:
			neg = !neg
			pc++
			continue
		default:
			return bits, false
		}
		take(&m)
	}
}
