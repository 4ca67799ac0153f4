package code

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

// PyRepr returns the repr of a code object, as CPython prints it.
func (c *Code) PyRepr() (string, error) {
	return fmt.Sprintf("<code object %s at 0x%x, file \"%s\", line %d>", c.Name, object.ObjectID(c), c.Filename, c.Firstlineno), nil
}

var compareOps = [...]string{"<", "<=", "==", "!=", ">", ">="}

var formatConverters = [...]string{"", "str", "repr", "ascii"}

var makeFunctionFlags = [...]string{"defaults", "kwdefaults", "annotations", "closure"}

// Instruction is one decoded instruction, as dis.Instruction.
type Instruction struct {
	Offset       int    // byte offset (2 * code-unit index)
	Op           Opcode // the opcode
	Arg          int    // full argument (EXTENDED_ARG prefixes folded in); -1 when op has none
	ArgRepr      string // what dis prints in parentheses
	StartsLine   int    // line that starts here, or 0
	IsJumpTarget bool
}

// Instructions decodes co's bytecode the way dis._get_instructions_bytes
// does: EXTENDED_ARG prefixes stay visible and extend the next argument.
func Instructions(co *Code) []Instruction {
	labels := map[int]bool{}
	forEachOparg(co, func(off int, op Opcode, arg int) {
		if arg < 0 {
			return
		}
		if op.IsRelativeJump() {
			labels[off+2+arg*2] = true
		} else if op.IsJump() {
			labels[arg*2] = true
		}
	})
	starts := LineStarts(co)
	var out []Instruction
	cells := append(append([]string{}, co.Cellvars...), co.Freevars...)
	forEachOparg(co, func(off int, op Opcode, arg int) {
		in := Instruction{Offset: off, Op: op, Arg: arg, StartsLine: starts[off], IsJumpTarget: labels[off]}
		if arg >= 0 {
			in.ArgRepr = argRepr(co, cells, off, op, arg)
		}
		out = append(out, in)
	})
	return out
}

func forEachOparg(co *Code, fn func(off int, op Opcode, arg int)) {
	ext := 0
	for i, u := range co.Code {
		op := u.Op()
		arg := -1
		if op.HasArg() {
			arg = int(u.Arg()) | ext
			if op == EXTENDED_ARG {
				ext = arg << 8
			} else {
				ext = 0
			}
		} else {
			ext = 0
		}
		fn(2*i, op, arg)
	}
}

func nameAt(list []string, i int) string {
	if i >= 0 && i < len(list) {
		return list[i]
	}
	return strconv.Itoa(i)
}

func argRepr(co *Code, cells []string, off int, op Opcode, arg int) string {
	cl := op.Class()
	switch {
	case cl&ArgConst != 0:
		if arg < len(co.Consts) {
			return ConstRepr(co.Consts[arg])
		}
		return strconv.Itoa(arg)
	case cl&ArgName != 0:
		return nameAt(co.Names, arg)
	case cl&ArgJabs != 0:
		return "to " + strconv.Itoa(arg*2)
	case cl&ArgJrel != 0:
		return "to " + strconv.Itoa(off+2+arg*2)
	case cl&ArgLocal != 0:
		return nameAt(co.Varnames, arg)
	case cl&ArgCompare != 0:
		if arg < len(compareOps) {
			return compareOps[arg]
		}
		return strconv.Itoa(arg)
	case cl&ArgFree != 0:
		return nameAt(cells, arg)
	case op == FORMAT_VALUE:
		s := formatConverters[arg&3]
		if arg&4 != 0 {
			if s != "" {
				s += ", "
			}
			s += "with format"
		}
		return s
	case op == MAKE_FUNCTION:
		var parts []string
		for i, n := range makeFunctionFlags {
			if arg&(1<<i) != 0 {
				parts = append(parts, n)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// ConstRepr returns repr() of a constant as dis shows it.
func ConstRepr(v object.Value) string {
	if c, ok := v.Object().(*Code); ok {
		s, _ := c.PyRepr()
		return s
	}
	s, err := object.Repr(v)
	if err != nil {
		return "<repr failed: " + err.Error() + ">"
	}
	return s
}

// LineStarts maps the byte offset of each instruction that starts a new
// source line to that line (dis.findlinestarts); instructions without a
// line (-1) never start one.
func LineStarts(co *Code) map[int]int {
	starts := map[int]int{}
	last := -1
	for i, l := range co.Lines {
		line := int(l)
		if line >= 0 && line != last {
			starts[2*i] = line
			last = line
		}
	}
	return starts
}

// Dis writes the disassembly of co and, after it, of every code object in
// its constants (recursively), in the layout of CPython 3.10's
// `python -m dis`.
func Dis(w io.Writer, co *Code) { DisWith(w, co, nil) }

// DisWith is Dis with a note appended (after two spaces) to the line of
// each instruction for which note returns a non-empty string; unit is the
// instruction's code-unit index in co.
func DisWith(w io.Writer, co *Code, note func(co *Code, unit int) string) {
	disassemble(w, co, note)
	for _, k := range co.Consts {
		if sub, ok := k.Object().(*Code); ok {
			r, _ := sub.PyRepr()
			fmt.Fprintf(w, "\nDisassembly of %s:\n", r)
			DisWith(w, sub, note)
		}
	}
}

func disassemble(w io.Writer, co *Code, note func(co *Code, unit int) string) {
	ins := Instructions(co)
	starts := LineStarts(co)
	linenoWidth := 0
	if len(starts) > 0 {
		maxLine := 0
		for _, l := range starts {
			if l > maxLine {
				maxLine = l
			}
		}
		linenoWidth = 3
		if maxLine >= 1000 {
			linenoWidth = len(strconv.Itoa(maxLine))
		}
	}
	offsetWidth := 4
	if maxOff := 2*len(co.Code) - 2; maxOff >= 10000 {
		offsetWidth = len(strconv.Itoa(maxOff))
	}
	for _, in := range ins {
		_, newLine := starts[in.Offset]
		if linenoWidth > 0 && newLine && in.Offset > 0 {
			fmt.Fprintln(w)
		}
		var fields []string
		if linenoWidth > 0 {
			if newLine {
				fields = append(fields, fmt.Sprintf("%*d", linenoWidth, in.StartsLine))
			} else {
				fields = append(fields, strings.Repeat(" ", linenoWidth))
			}
		}
		fields = append(fields, "   ")
		if in.IsJumpTarget {
			fields = append(fields, ">>")
		} else {
			fields = append(fields, "  ")
		}
		fields = append(fields, fmt.Sprintf("%*d", offsetWidth, in.Offset))
		fields = append(fields, fmt.Sprintf("%-20s", in.Op.String()))
		if in.Arg >= 0 {
			fields = append(fields, fmt.Sprintf("%5d", in.Arg))
			if in.ArgRepr != "" {
				fields = append(fields, "("+in.ArgRepr+")")
			}
		}
		line := strings.TrimRight(strings.Join(fields, " "), " ")
		if note != nil {
			if n := note(co, in.Offset/2); n != "" {
				line += "  " + n
			}
		}
		fmt.Fprintln(w, line)
	}
}
