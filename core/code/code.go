// Package code is the contract between the compiler and the VM: CPython
// 3.10's opcodes (same names and numbers, so co_code bytes match the
// reference), the code-unit encoding, the Code object with its co_* fields,
// Dis in the layout of `python -m dis`, and Verify.
//
// An instruction is one 16-bit code unit, opcode in the low byte and its
// argument in the high byte, exactly CPython's _Py_CODEUNIT; arguments above
// 255 are prefixed with EXTENDED_ARG as CPython does. Keeping CPython's
// encoding means offsets, jump targets and the LOAD_GLOBAL opcache map are
// indexed as in the reference.
package code

import (
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// Opcode is a CPython 3.10 opcode number.
type Opcode uint8

// Argument classes, as the dis module groups opcodes.
const (
	ArgConst = 1 << iota
	ArgName
	ArgJrel
	ArgJabs
	ArgLocal
	ArgFree
	ArgCompare
)

type opInfo struct {
	name  string
	class int
}

// String returns the opcode's CPython name.
func (op Opcode) String() string {
	if n := opinfo[op].name; n != "" {
		return n
	}
	return "<" + itoa(int(op)) + ">"
}

// Valid reports whether op is a CPython 3.10 opcode.
func (op Opcode) Valid() bool { return opinfo[op].name != "" }

// HasArg reports whether op uses its argument (op >= HAVE_ARGUMENT).
func (op Opcode) HasArg() bool { return op >= HaveArgument }

// Class returns op's argument classes (ArgConst, ArgName, ...).
func (op Opcode) Class() int { return opinfo[op].class }

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

// Unit is one code unit: opcode in the low byte, argument in the high byte.
type Unit uint16

// MakeUnit encodes one code unit.
func MakeUnit(op Opcode, arg uint8) Unit { return Unit(op) | Unit(arg)<<8 }

// Op returns the unit's opcode.
func (u Unit) Op() Opcode { return Opcode(u) }

// Arg returns the unit's 8-bit argument.
func (u Unit) Arg() uint8 { return uint8(u >> 8) }

// Compile flags carry the optimization level (python -O, compile()'s
// optimize) in two bits above CPython's PyCF_* and CO_FUTURE_* bits, as
// level+1 so that 0 means "the interpreter's level".
const optimizeShift = 28

// WithOptimize returns flags asking for optimization level (0, 1 or 2)
// unless flags already name one.
func WithOptimize(flags, level int) int {
	if flags>>optimizeShift&3 != 0 {
		return flags
	}
	return flags | (min(max(level, 0), 2)+1)<<optimizeShift
}

// OptimizeLevel is the level flags ask for (0 when none).
func OptimizeLevel(flags int) int { return max(flags>>optimizeShift&3-1, 0) }

// OptimizeMask are the bits WithOptimize uses.
const OptimizeMask = 3 << optimizeShift

// IgnoreCookie is CPython's PyCF_IGNORE_COOKIE: the source was a str, so
// it is already text and a coding cookie in it means nothing.
const IgnoreCookie = 0x0800

// Code flags (co_flags), with CPython's values.
const (
	CoOptimized       = 0x0001
	CoNewlocals       = 0x0002
	CoVarargs         = 0x0004
	CoVarkeywords     = 0x0008
	CoNested          = 0x0010
	CoGenerator       = 0x0020
	CoNofree          = 0x0040
	CoCoroutine       = 0x0080
	CoIterableCorout  = 0x0100
	CoAsyncGenerator  = 0x0200
	CoFutureAnnotions = 0x1000000
)

// Code is a code object: the compiled form of one block (module, class
// body, function, lambda, comprehension).
type Code struct {
	Argcount        int
	Posonlyargcount int
	Kwonlyargcount  int
	Nlocals         int // len(Varnames)
	Stacksize       int
	Flags           int
	Code            []Unit         // co_code as code units
	Consts          []object.Value // co_consts; nested code objects appear here
	Names           []string       // co_names
	Varnames        []string       // co_varnames: parameters first
	Cellvars        []string       // co_cellvars
	Freevars        []string       // co_freevars
	Filename        string
	Name            string
	Qualname        string // what functions made from it show as __qualname__
	Firstlineno     int
	Lines           []int32 // source line of each code unit (CPython's line table, expanded); -1 for none

	// NameValues holds Names as interned str Values, so LOAD_NAME and
	// LOAD_GLOBAL hash each name once, ever.
	NameValues []object.Value
	// Cell2Arg maps each cell variable to the parameter it is initialised
	// from, or -1 (CPython's co_cell2arg); nil when no cell is a parameter.
	Cell2Arg []int

	// Linetable is co_linetable as given to the code constructor or
	// replace(); nil means the table LineTable derives from Lines.
	Linetable []byte
	// Declared holds co_nlocals and co_stacksize as given to the code
	// constructor or replace() when they differ from what the VM sizes
	// frames with (Nlocals, Stacksize); nil otherwise.
	Declared *DeclaredSizes

	// Cache is the per-code-object state of the LOAD_GLOBAL opcache
	// (co_opcache_flag, co_opcache_map, co_opcache): nil until the VM first
	// enters a frame of this code (opcache.Enter makes it).
	Cache *opcache.Cache
	// AttrCaches are the inline caches of LOAD_ATTR, LOAD_METHOD and
	// STORE_ATTR, three per name (index 3*namei + kind): nil until the VM
	// first runs one of them in this code.
	AttrCaches []object.AttrCache
	// Exec is the form of Code the VM runs (Quicken): co_code with some
	// pairs of instructions marked as internal superinstructions; nil
	// until the VM first enters a frame of this code.
	Exec []Unit
}

// DeclaredSizes are a code object's co_nlocals and co_stacksize as Python
// code gave them.
type DeclaredSizes struct{ Nlocals, Stacksize int }

// ShownNlocals is co_nlocals.
func (c *Code) ShownNlocals() int {
	if c.Declared != nil {
		return c.Declared.Nlocals
	}
	return c.Nlocals
}

// ShownStacksize is co_stacksize.
func (c *Code) ShownStacksize() int {
	if c.Declared != nil {
		return c.Declared.Stacksize
	}
	return c.Stacksize
}

// CodeType is the Python type of code objects; the VM registers the co_*
// attribute getters in its Dict.
var CodeType = object.NewBuiltinType("code", nil)

// Type returns CodeType.
func (c *Code) Type() *object.Type { return CodeType }

// Finish fills the fields the VM derives from the others: NameValues and
// Cell2Arg. The compiler and the code constructor call it last.
func (c *Code) Finish() {
	c.NameValues = make([]object.Value, len(c.Names))
	for i, n := range c.Names {
		c.NameValues[i] = object.FromObject(object.Intern(n))
	}
	c.Cell2Arg = nil
	nargs := c.Argcount + c.Kwonlyargcount
	if c.Flags&CoVarargs != 0 {
		nargs++
	}
	if c.Flags&CoVarkeywords != 0 {
		nargs++
	}
	nargs = min(nargs, len(c.Varnames))
	for i, cell := range c.Cellvars {
		for j, arg := range c.Varnames[:nargs] {
			if arg == cell {
				if c.Cell2Arg == nil {
					c.Cell2Arg = make([]int, len(c.Cellvars))
					for k := range c.Cell2Arg {
						c.Cell2Arg[k] = -1
					}
				}
				c.Cell2Arg[i] = j
			}
		}
	}
}

// LineTableBytes returns co_linetable: the table given to the constructor,
// or the one the assembler would write for Lines.
func (c *Code) LineTableBytes() []byte {
	if c.Linetable != nil {
		return c.Linetable
	}
	return LineTable(c)
}
