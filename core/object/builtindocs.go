package object

// Docstrings of built-in functions, methods and types, as help() and
// doctest read them. They are pyvar's own text; those with examples are
// run by doctest (CPython's test_builtin runs the examples in the
// docstrings of the builtins module).

// builtinFuncDocs are the docstrings of the functions of builtins.
var builtinFuncDocs = map[string]string{
	"bin": "Return the binary form of an integer, as a str prefixed with '0b'.\n\n" +
		"   >>> bin(10)\n   '0b1010'\n   >>> bin(-5)\n   '-0b101'",
	"oct": "Return the octal form of an integer, as a str prefixed with '0o'.\n\n" +
		"   >>> oct(64)\n   '0o100'\n   >>> oct(-9)\n   '-0o11'",
	"hex": "Return the hexadecimal form of an integer, as a str prefixed with '0x'.\n\n" +
		"   >>> hex(255)\n   '0xff'\n   >>> hex(-4096)\n   '-0x1000'",
}

// builtinTypeDocs are the docstrings of built-in types.
var builtinTypeDocs = map[*Type]string{
	IntType: "int([x]) -> integer\nint(x, base=10) -> integer\n\n" +
		"Make an integer from a number or a string; int() is 0. A number is\n" +
		"converted with its __int__ or __index__ (a float is truncated towards\n" +
		"zero); __trunc__ is the last resort.\n\n" +
		"A str, bytes or bytearray x (the only kinds allowed with base) holds an\n" +
		"integer literal in the given base, 2 to 36, with an optional sign and\n" +
		"surrounding whitespace. Base 0 reads the base from the literal's prefix,\n" +
		"as Python source does.\n\n" +
		">>> int(' -42 ')\n-42\n>>> int('ff', 16)\n255\n>>> int('0o17', base=0)\n15",
	ZipType: "zip(*iterables, strict=False) --> an iterator of tuples.\n\n" +
		"   >>> list(zip([1, 2, 3], 'xy'))\n   [(1, 'x'), (2, 'y')]\n\n" +
		"The i-th tuple holds the i-th item of each iterable passed to zip();\n" +
		"the iterator stops when the shortest iterable is exhausted.\n\n" +
		"With strict true, iterables of different lengths raise ValueError.",
}

// hexDoc is the docstring of bytes.hex, bytearray.hex and memoryview.hex,
// with an example value of each type.
func hexDoc(what, value string) string {
	return "Return the " + what + " as a str of hexadecimal digits, two per byte.\n\n" +
		"  sep\n    An optional single character (str or bytes) put between groups.\n" +
		"  bytes_per_sep\n    How many bytes a group has. Groups are counted from the right when\n" +
		"    positive, from the left when negative.\n\n" +
		"Example:\n>>> v = " + value + "\n>>> v.hex()\n'0a1b2c'\n>>> v.hex('-')\n'0a-1b-2c'\n" +
		">>> v.hex(' ', 2)\n'0a 1b2c'\n>>> v.hex(' ', -2)\n'0a1b 2c'"
}

// builtinMethodDocs are the docstrings of methods of built-in types,
// keyed by "type.method".
var builtinMethodDocs = map[string]string{
	"int.bit_length": "Return the number of bits needed to write abs(self) in binary.\n\n" +
		">>> bin(20)\n'0b10100'\n>>> (20).bit_length()\n5",
	"int.bit_count": "Return the number of one bits in abs(self) (its population count).\n\n" +
		">>> bin(-11)\n'-0b1011'\n>>> (-11).bit_count()\n3",
	"int.as_integer_ratio": "Return the pair (self, 1): the integer as a fraction in lowest terms.\n\n" +
		">>> (7).as_integer_ratio()\n(7, 1)\n>>> (-3).as_integer_ratio()\n(-3, 1)",
	"float.as_integer_ratio": "Return a pair of integers whose ratio is exactly the float, with a\n" +
		"positive denominator.\n\nInfinities raise OverflowError and NaNs ValueError.\n\n" +
		">>> (2.5).as_integer_ratio()\n(5, 2)\n>>> (-0.125).as_integer_ratio()\n(-1, 8)",
	"float.hex": "Return the float in hexadecimal notation, exact to the last bit.\n\n" +
		">>> (1.5).hex()\n'0x1.8000000000000p+0'\n>>> (-2.0).hex()\n'-0x1.0000000000000p+1'",
	"float.fromhex": "Make a float from a str in hexadecimal notation (as float.hex writes).\n\n" +
		">>> float.fromhex('0x1.8p1')\n3.0\n>>> float.fromhex('-0x1p-2')\n-0.25",
	"bytes.hex":      hexDoc("bytes", "bytes([10, 27, 44])"),
	"bytearray.hex":  hexDoc("bytearray's bytes", "bytearray(b'\\x0a\\x1b\\x2c')"),
	"memoryview.hex": hexDoc("bytes of the buffer", "memoryview(b'\\n\\x1b,')"),
}

// initBuiltinDocs gives the methods and types above their docstrings.
func initBuiltinDocs() {
	for t, doc := range builtinTypeDocs {
		t.Doc = doc
	}
	for _, t := range []*Type{IntType, FloatType, BytesType, ByteArrayType, MemoryViewType} {
		for i := 0; i < t.Dict.EntriesLen(); i++ {
			k, v, live := t.Dict.EntryAt(i)
			if !live {
				continue
			}
			doc, ok := builtinMethodDocs[t.Name+"."+k.o.(*Str).S]
			if !ok {
				continue
			}
			switch d := v.o.(type) {
			case *MethodDescr:
				d.Doc = doc
			case *ClassMethodDescr:
				d.Doc = doc
			}
		}
	}
}
