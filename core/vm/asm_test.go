package vm

import (
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
)

// A tiny assembler for hand-written code objects, so the eval loop can be
// tested without the compiler. Jumps name labels; the assembler resolves
// them to CPython 3.10 arguments (instruction indexes, relative to the next
// instruction for FOR_ITER/JUMP_FORWARD/SETUP_*), adding EXTENDED_ARG when
// an argument needs it.

type insn struct {
	op    code.Opcode
	arg   int
	label string // jump target label, or "" for a plain argument
	line  int
	def   string // a label defined here (op is 0)
}

type asm struct {
	insns []insn
	line  int
}

func (a *asm) L(line int) *asm { a.line = line; return a }

func (a *asm) op(op code.Opcode, arg ...int) *asm {
	n := 0
	if len(arg) > 0 {
		n = arg[0]
	}
	a.insns = append(a.insns, insn{op: op, arg: n, line: a.line})
	return a
}

func (a *asm) jmp(op code.Opcode, label string) *asm {
	a.insns = append(a.insns, insn{op: op, label: label, line: a.line})
	return a
}

func (a *asm) label(name string) *asm {
	a.insns = append(a.insns, insn{def: name})
	return a
}

func relJump(op code.Opcode) bool {
	switch op {
	case code.FOR_ITER, code.JUMP_FORWARD, code.SETUP_FINALLY, code.SETUP_WITH:
		return true
	}
	return false
}

func extSize(arg int) int {
	n := 1
	for arg > 255 {
		n++
		arg >>= 8
	}
	return n
}

// assemble resolves labels by iterating until instruction sizes settle.
func (a *asm) assemble() ([]code.Unit, []int32) {
	sizes := make([]int, len(a.insns))
	for i := range sizes {
		if a.insns[i].def == "" {
			sizes[i] = 1
		}
	}
	for {
		pos := make([]int, len(a.insns)+1)
		labels := map[string]int{}
		for i, in := range a.insns {
			pos[i+1] = pos[i] + sizes[i]
			if in.def != "" {
				labels[in.def] = pos[i]
			}
		}
		changed := false
		args := make([]int, len(a.insns))
		for i, in := range a.insns {
			if in.def != "" {
				continue
			}
			arg := in.arg
			if in.label != "" {
				t, ok := labels[in.label]
				if !ok {
					panic("undefined label " + in.label)
				}
				if relJump(in.op) {
					arg = t - pos[i+1]
				} else {
					arg = t
				}
			}
			args[i] = arg
			if s := extSize(arg); s != sizes[i] {
				sizes[i] = s
				changed = true
			}
		}
		if changed {
			continue
		}
		var units []code.Unit
		var lines []int32
		for i, in := range a.insns {
			if in.def != "" {
				continue
			}
			arg := args[i]
			for k := sizes[i] - 1; k >= 1; k-- {
				units = append(units, code.MakeUnit(code.EXTENDED_ARG, uint8(arg>>(8*k))))
				lines = append(lines, int32(in.line))
			}
			units = append(units, code.MakeUnit(in.op, uint8(arg)))
			lines = append(lines, int32(in.line))
		}
		return units, lines
	}
}

// codeSpec describes a hand-made code object.
type codeSpec struct {
	name     string
	argcount int
	kwonly   int
	flags    int
	varnames []string
	cellvars []string
	freevars []string
	names    []string
	consts   []object.Value
	cell2arg []int
	stack    int
}

func (a *asm) code(spec codeSpec) *code.Code {
	units, lines := a.assemble()
	co := &code.Code{
		Argcount: spec.argcount, Kwonlyargcount: spec.kwonly, Nlocals: len(spec.varnames),
		Stacksize: spec.stack, Flags: spec.flags, Code: units, Consts: spec.consts,
		Names: spec.names, Varnames: spec.varnames, Cellvars: spec.cellvars, Freevars: spec.freevars,
		Filename: "<test>", Name: spec.name, Qualname: spec.name, Firstlineno: 1, Lines: lines,
		Cell2Arg: spec.cell2arg,
	}
	if co.Stacksize == 0 {
		co.Stacksize = 16
	}
	if co.Name == "" {
		co.Name, co.Qualname = "<module>", "<module>"
	}
	if co.Cell2Arg == nil {
		co.Cell2Arg = make([]int, len(co.Cellvars))
		for i := range co.Cell2Arg {
			co.Cell2Arg[i] = -1
		}
	}
	for _, n := range co.Names {
		co.NameValues = append(co.NameValues, object.FromObject(object.Intern(n)))
	}
	return co
}

func str(s string) object.Value { return object.NewStr(s) }

func codeVal(c *code.Code) object.Value { return object.FromObject(c) }

// testInterp is an interpreter whose builtins have what the tests use even
// before package object provides its builtins.
func testInterp(t testing.TB) *Interp {
	in := New(Options{})
	if _, ok := getStr(in.Builtins, "range"); !ok {
		setStr(in.Builtins, "range", object.NewBuiltin("range", func(_ object.Value, args []object.Value, kw []string) (object.Value, error) {
			switch len(args) {
			case 1:
				return object.NewRange(0, args[0].RawInt(), 1), nil
			case 2:
				return object.NewRange(args[0].RawInt(), args[1].RawInt(), 1), nil
			}
			return object.NewRange(args[0].RawInt(), args[1].RawInt(), args[2].RawInt()), nil
		}))
	}
	return in
}

func run(t testing.TB, in *Interp, co *code.Code) (object.Value, *object.Dict, error) {
	g := in.NewModuleGlobals("__main__")
	r, err := in.RunCode(co, g)
	return r, g, err
}
