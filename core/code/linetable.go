package code

// CPython 3.10's line table (co_linetable, Objects/lnotab_notes.txt): a
// sequence of (bytecode delta, line delta) byte pairs, each describing one
// address range: the range is bdelta bytes long (0..254) and its line is
// the previous line plus ldelta (-127..127), or none when ldelta is -128.
// Line deltas start from co_firstlineno. Long ranges and big line jumps are
// split the way the assembler splits them, so the bytes equal CPython's.

// LineTable encodes co.Lines (one line per code unit, -1 for none) as
// CPython 3.10's assembler writes co_linetable.
func LineTable(co *Code) []byte {
	var out []byte
	prevLine := co.Firstlineno // a_prevlineno
	curLine := co.Firstlineno  // a_lineno
	start := 0                 // a_lineno_start, in code units
	emitRange := func(end int) {
		bdelta := 2 * (end - start)
		if bdelta == 0 {
			return
		}
		var ldelta int
		if curLine < 0 {
			ldelta = -128
		} else {
			ldelta = curLine - prevLine
			prevLine = curLine
			for ; ldelta > 127; ldelta -= 127 {
				out = append(out, 0, 127)
			}
			for ; ldelta < -127; ldelta += 127 {
				out = append(out, 0, byte(0x100-127))
			}
		}
		for ; bdelta > 254; bdelta -= 254 {
			out = append(out, 254, byte(int8(ldelta)))
			if curLine < 0 {
				ldelta = -128
			} else {
				ldelta = 0
			}
		}
		out = append(out, byte(bdelta), byte(int8(ldelta)))
		start = end
	}
	for i := 0; i < len(co.Code); i++ {
		line := -1
		if i < len(co.Lines) {
			line = int(co.Lines[i])
		}
		if line == curLine {
			continue
		}
		emitRange(i)
		curLine = line
	}
	emitRange(len(co.Code))
	return out
}

// LineRange is one entry of co_lines(): code bytes [Start, End) are on
// Line (-1 for none).
type LineRange struct {
	Start, End, Line int
}

// LineRanges decodes a line table as co_lines() walks it
// (PyLineTable_NextAddressRange): ranges of zero length are skipped.
func LineRanges(table []byte, firstlineno int) []LineRange {
	var out []LineRange
	end, line := 0, firstlineno
	for i := 0; i+1 < len(table); i += 2 {
		start := end
		end += int(table[i])
		l := -1
		if ld := int8(table[i+1]); ld != -128 {
			line += int(ld)
			l = line
		}
		if end != start {
			out = append(out, LineRange{start, end, l})
		}
	}
	return out
}

// LinesFromTable expands a line table into one line per code unit (-1 for
// units no range covers), the form Code.Lines keeps.
func LinesFromTable(table []byte, firstlineno, nunits int) []int32 {
	lines := make([]int32, nunits)
	for i := range lines {
		lines[i] = -1
	}
	for _, r := range LineRanges(table, firstlineno) {
		for b := r.Start; b < r.End; b += 2 {
			if u := b / 2; u < nunits {
				lines[u] = int32(r.Line)
			}
		}
	}
	return lines
}

// (The encoders were checked against CPython 3.10 on every code object of
// its standard library: identical tables wherever the bytecode is.)

// Lnotab is co_lnotab as CPython 3.10 derives it from the line table
// (decode_linetable): (bytecode delta, line delta) pairs at each change of
// line, the old format that dis.findlinestarts used to read.
func Lnotab(table []byte, firstlineno int) []byte {
	var out []byte
	emit := func(b, l int) { out = append(out, byte(b), byte(int8(l))) }
	codeOff, line := 0, firstlineno
	computed := firstlineno
	end := 0
	for i := 0; i+1 < len(table); i += 2 {
		start := end
		end += int(table[i])
		if ld := int8(table[i+1]); ld != -128 {
			computed += int(ld)
		}
		if end == start || computed == line {
			continue
		}
		bdelta, ldelta := start-codeOff, computed-line
		for ; bdelta > 255; bdelta -= 255 {
			emit(255, 0)
		}
		for ; ldelta > 127; ldelta -= 127 {
			emit(bdelta, 127)
			bdelta = 0
		}
		for ; ldelta < -128; ldelta += 128 {
			emit(bdelta, -128)
			bdelta = 0
		}
		emit(bdelta, ldelta)
		codeOff, line = start, computed
	}
	return out
}
