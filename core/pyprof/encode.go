package pyprof

// The pprof format is a protocol buffer (github.com/google/pprof's
// proto/profile.proto), gzipped. Recorder.Write encodes the few fields it
// needs by hand rather than through the pprof library, whose package
// initialisation would run at every start of the pyvar command. The tests
// read what it writes with the library.

// encoder holds a profile's string table (index 0 is "").
type encoder struct {
	strings map[string]int64
	table   []string
}

// str returns s's index in the string table, adding it.
func (e *encoder) str(s string) int64 {
	if i, ok := e.strings[s]; ok {
		return i
	}
	i := int64(len(e.table))
	e.strings[s] = i
	e.table = append(e.table, s)
	return i
}

// valueType encodes a ValueType message (type = 1, unit = 2).
func (e *encoder) valueType(typ, unit string) []byte {
	m := appendVarintField(nil, 1, uint64(e.str(typ)))
	return appendVarintField(m, 2, uint64(e.str(unit)))
}

func appendVarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// appendVarintField appends field number f as a varint (wire type 0).
func appendVarintField(b []byte, f int, v uint64) []byte {
	return appendVarint(appendVarint(b, uint64(f)<<3), v)
}

// appendBytesField appends field number f as length-delimited bytes (wire
// type 2): a string, a message or a packed repeated field.
func appendBytesField(b []byte, f int, v []byte) []byte {
	b = appendVarint(appendVarint(b, uint64(f)<<3|2), uint64(len(v)))
	return append(b, v...)
}
