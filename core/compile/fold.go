package compile

import (
	"github.com/pyvar/pyvar/core/crmath"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/syntax"
)

// Limits of CPython's AST optimizer (Python/ast_opt.c): folding never
// builds values bigger than these.
const (
	maxIntSize        = 128 // bits
	maxCollectionSize = 256
	maxStrSize        = 4096
	maxTotalItems     = 1024
)

// folded returns e as CPython's AST optimizer would leave it: a Constant
// when e folds to one, a Compare when `not` folds into it, else e. New
// nodes are made instead of changing the tree.
func (c *compiler) folded(e syntax.Expr) syntax.Expr {
	if e == nil {
		return nil
	}
	if f, ok := c.fold[e]; ok {
		return f
	}
	f := c.doFold(e)
	if c.fold == nil {
		c.fold = map[syntax.Expr]syntax.Expr{}
	}
	c.fold[e] = f
	return f
}

func mkConst(pos syntax.Pos, v syntax.ConstValue) *syntax.Constant {
	return &syntax.Constant{Pos: pos, Value: v}
}

func (c *compiler) constOf(e syntax.Expr) (syntax.ConstValue, bool) {
	if k, ok := c.folded(e).(*syntax.Constant); ok {
		return k.Value, true
	}
	return syntax.ConstValue{}, false
}

func (c *compiler) doFold(e syntax.Expr) syntax.Expr {
	switch e := e.(type) {
	case *syntax.Name:
		if e.Ctx == syntax.Load && e.Id == "__debug__" {
			return mkConst(e.Pos, syntax.BoolValue(c.optimize == 0))
		}
	case *syntax.UnaryOp:
		v, ok := c.constOf(e.Operand)
		if !ok {
			if e.Op == syntax.Not {
				if cmp, ok := c.folded(e.Operand).(*syntax.Compare); ok && len(cmp.Ops) == 1 {
					var op syntax.CmpOp
					switch cmp.Ops[0] {
					case syntax.Is:
						op = syntax.IsNot
					case syntax.IsNot:
						op = syntax.Is
					case syntax.In:
						op = syntax.NotIn
					case syntax.NotIn:
						op = syntax.In
					}
					if op != 0 {
						n := *cmp
						n.Ops = []syntax.CmpOp{op}
						return &n
					}
				}
			}
			return e
		}
		if r, ok := foldUnary(e.Op, v); ok {
			return mkConst(e.Pos, r)
		}
	case *syntax.BinOp:
		l, ok1 := c.constOf(e.Left)
		r, ok2 := c.constOf(e.Right)
		if ok1 && ok2 {
			if v, ok := foldBinary(e.Op, l, r); ok {
				return mkConst(e.Pos, v)
			}
		}
	case *syntax.Tuple:
		if e.Ctx != syntax.Load {
			return e
		}
		if v, ok := c.constTuple(e.Elts); ok {
			return mkConst(e.Pos, v)
		}
	case *syntax.Subscript:
		if e.Ctx != syntax.Load {
			return e
		}
		v, ok1 := c.constOf(e.Value)
		i, ok2 := c.constOf(e.Slice)
		if ok1 && ok2 {
			if r, ok := foldSubscript(v, i); ok {
				return mkConst(e.Pos, r)
			}
		}
	}
	return e
}

func (c *compiler) constTuple(elts []syntax.Expr) (syntax.ConstValue, bool) {
	vals := make([]syntax.ConstValue, len(elts))
	for i, x := range elts {
		v, ok := c.constOf(x)
		if !ok {
			return syntax.ConstValue{}, false
		}
		vals[i] = v
	}
	return syntax.ConstValue{Kind: syntax.ConstTuple, Tuple: vals}, true
}

// foldIter is fold_iter: a list display used as the iterable of a for loop
// or the right operand of `in` becomes a tuple (a constant one if it can),
// a set display of constants a frozenset constant.
func (c *compiler) foldIter(e syntax.Expr) (syntax.Expr, *konst) {
	switch x := e.(type) {
	case *syntax.List:
		for _, el := range x.Elts {
			if _, ok := el.(*syntax.Starred); ok {
				return e, nil
			}
		}
		if v, ok := c.constTuple(x.Elts); ok {
			return mkConst(x.Pos, v), nil
		}
		return &syntax.Tuple{Pos: x.Pos, Elts: x.Elts, Ctx: x.Ctx}, nil
	case *syntax.Set:
		if v, ok := c.constTuple(x.Elts); ok {
			return nil, &konst{v: v, frozen: true}
		}
	}
	return e, nil
}

// ---- evaluation of constant operators ----

func isNum(v syntax.ConstValue) bool {
	switch v.Kind {
	case syntax.ConstBool, syntax.ConstInt, syntax.ConstFloat, syntax.ConstComplex:
		return true
	}
	return false
}

// asInt returns an int or bool as a big.Int.
func asInt(v syntax.ConstValue) (*big.Int, bool) {
	switch v.Kind {
	case syntax.ConstInt:
		return v.Int, true
	case syntax.ConstBool:
		if v.Bool {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

func intVal(i *big.Int) syntax.ConstValue { return syntax.IntValue(i) }

func floatVal(f float64) syntax.ConstValue {
	return syntax.ConstValue{Kind: syntax.ConstFloat, Float: f}
}

func complexVal(c complex128) syntax.ConstValue {
	return syntax.ConstValue{Kind: syntax.ConstComplex, Complex: c}
}

// asFloat converts an int/bool/float to float64; ok is false for ints too
// large for a float (CPython raises OverflowError, so nothing is folded).
func asFloat(v syntax.ConstValue) (float64, bool) {
	if v.Kind == syntax.ConstFloat {
		return v.Float, true
	}
	if i, ok := asInt(v); ok {
		f, _ := new(big.Float).SetInt(i).Float64()
		if math.IsInf(f, 0) {
			return 0, false
		}
		return f, true
	}
	return 0, false
}

func asComplex(v syntax.ConstValue) (complex128, bool) {
	if v.Kind == syntax.ConstComplex {
		return v.Complex, true
	}
	f, ok := asFloat(v)
	return complex(f, 0), ok
}

func foldUnary(op syntax.UnaryOperator, v syntax.ConstValue) (syntax.ConstValue, bool) {
	if op == syntax.Not {
		return syntax.BoolValue(!truthy(konst{v: v})), true
	}
	switch v.Kind {
	case syntax.ConstInt, syntax.ConstBool:
		i, _ := asInt(v)
		switch op {
		case syntax.UAdd:
			return intVal(i), true
		case syntax.USub:
			return intVal(new(big.Int).Neg(i)), true
		case syntax.Invert:
			return intVal(new(big.Int).Not(i)), true
		}
	case syntax.ConstFloat:
		switch op {
		case syntax.UAdd:
			return v, true
		case syntax.USub:
			return floatVal(-v.Float), true
		}
	case syntax.ConstComplex:
		switch op {
		case syntax.UAdd:
			return v, true
		case syntax.USub:
			return complexVal(-v.Complex), true
		}
	}
	return v, false
}

func bitLen(i *big.Int) int { return i.BitLen() }

func foldBinary(op syntax.Operator, l, r syntax.ConstValue) (syntax.ConstValue, bool) {
	switch op {
	case syntax.Mult:
		if !safeMultiply(l, r) {
			return l, false
		}
	case syntax.Pow:
		li, ok1 := asInt(l)
		ri, ok2 := asInt(r)
		if ok1 && ok2 && li.Sign() != 0 && ri.Sign() > 0 {
			if !ri.IsInt64() || ri.Int64() > maxIntSize || int64(bitLen(li)) > maxIntSize/ri.Int64() {
				return l, false
			}
		}
	case syntax.LShift:
		li, ok1 := asInt(l)
		ri, ok2 := asInt(r)
		if ok1 && ok2 && li.Sign() != 0 && ri.Sign() != 0 {
			if ri.Sign() < 0 || !ri.IsInt64() || ri.Int64() > maxIntSize || int64(bitLen(li)) > maxIntSize-ri.Int64() {
				return l, false
			}
		}
	case syntax.Modulo:
		if l.Kind == syntax.ConstStr || l.Kind == syntax.ConstBytes {
			return l, false
		}
	case syntax.MatMult:
		return l, false
	}
	// Sequences.
	if l.Kind == syntax.ConstStr || l.Kind == syntax.ConstBytes || l.Kind == syntax.ConstTuple ||
		r.Kind == syntax.ConstStr || r.Kind == syntax.ConstBytes || r.Kind == syntax.ConstTuple {
		return foldSeq(op, l, r)
	}
	if !isNum(l) || !isNum(r) {
		return l, false
	}
	li, lInt := asInt(l)
	ri, rInt := asInt(r)
	if l.Kind == syntax.ConstBool && r.Kind == syntax.ConstBool {
		switch op {
		case syntax.BitAnd:
			return syntax.BoolValue(l.Bool && r.Bool), true
		case syntax.BitOr:
			return syntax.BoolValue(l.Bool || r.Bool), true
		case syntax.BitXor:
			return syntax.BoolValue(l.Bool != r.Bool), true
		}
	}
	if lInt && rInt {
		return foldInt(op, li, ri)
	}
	if l.Kind == syntax.ConstComplex || r.Kind == syntax.ConstComplex {
		return foldComplex(op, l, r)
	}
	lf, ok1 := asFloat(l)
	rf, ok2 := asFloat(r)
	if !ok1 || !ok2 {
		return l, false
	}
	return foldFloat(op, lf, rf)
}

func safeMultiply(l, r syntax.ConstValue) bool {
	li, lInt := asInt(l)
	ri, rInt := asInt(r)
	if l.Kind == syntax.ConstInt && r.Kind == syntax.ConstInt {
		if li.Sign() != 0 && ri.Sign() != 0 && bitLen(li)+bitLen(ri) > maxIntSize {
			return false
		}
		return true
	}
	if lInt && !rInt {
		return safeRepeat(li, r)
	}
	if rInt && !lInt {
		return safeRepeat(ri, l)
	}
	return true
}

func safeRepeat(n *big.Int, seq syntax.ConstValue) bool {
	switch seq.Kind {
	case syntax.ConstTuple:
		size := len(seq.Tuple)
		if size == 0 {
			return true
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > int64(maxCollectionSize/size) {
			return false
		}
		if n.Int64() != 0 && complexity(seq, maxTotalItems/int(n.Int64())) < 0 {
			return false
		}
	case syntax.ConstStr:
		size := utf8.RuneCountInString(seq.Str)
		if size == 0 {
			return true
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > int64(maxStrSize/size) {
			return false
		}
	case syntax.ConstBytes:
		size := len(seq.Str)
		if size == 0 {
			return true
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > int64(maxStrSize/size) {
			return false
		}
	}
	return true
}

// complexity is check_complexity: the remaining item budget, negative when
// the nested tuples hold too many items.
func complexity(v syntax.ConstValue, limit int) int {
	if v.Kind == syntax.ConstTuple {
		limit -= len(v.Tuple)
		for _, e := range v.Tuple {
			if limit < 0 {
				break
			}
			limit = complexity(e, limit)
		}
	}
	return limit
}

func foldSeq(op syntax.Operator, l, r syntax.ConstValue) (syntax.ConstValue, bool) {
	switch op {
	case syntax.Add:
		if l.Kind != r.Kind {
			return l, false
		}
		switch l.Kind {
		case syntax.ConstStr, syntax.ConstBytes:
			return syntax.ConstValue{Kind: l.Kind, Str: l.Str + r.Str}, true
		case syntax.ConstTuple:
			t := append(append([]syntax.ConstValue{}, l.Tuple...), r.Tuple...)
			return syntax.ConstValue{Kind: syntax.ConstTuple, Tuple: t}, true
		}
	case syntax.Mult:
		seq, n := l, r
		if _, ok := asInt(l); ok {
			seq, n = r, l
		}
		ni, ok := asInt(n)
		if !ok || !ni.IsInt64() {
			return l, false
		}
		k := int(ni.Int64())
		if k < 0 {
			k = 0
		}
		switch seq.Kind {
		case syntax.ConstStr, syntax.ConstBytes:
			return syntax.ConstValue{Kind: seq.Kind, Str: strings.Repeat(seq.Str, k)}, true
		case syntax.ConstTuple:
			var t []syntax.ConstValue
			for i := 0; i < k; i++ {
				t = append(t, seq.Tuple...)
			}
			return syntax.ConstValue{Kind: syntax.ConstTuple, Tuple: t}, true
		}
	}
	return l, false
}

// floorDivMod returns Python's a // b and a % b for ints (b != 0).
func floorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int), new(big.Int)
	q.DivMod(a, b, m) // Euclidean: 0 <= m < |b|
	if m.Sign() != 0 && b.Sign() < 0 {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

func foldInt(op syntax.Operator, a, b *big.Int) (syntax.ConstValue, bool) {
	switch op {
	case syntax.Add:
		return intVal(new(big.Int).Add(a, b)), true
	case syntax.Sub:
		return intVal(new(big.Int).Sub(a, b)), true
	case syntax.Mult:
		return intVal(new(big.Int).Mul(a, b)), true
	case syntax.FloorDiv:
		if b.Sign() == 0 {
			return syntax.ConstValue{}, false
		}
		q, _ := floorDivMod(a, b)
		return intVal(q), true
	case syntax.Modulo:
		if b.Sign() == 0 {
			return syntax.ConstValue{}, false
		}
		_, m := floorDivMod(a, b)
		return intVal(m), true
	case syntax.Div:
		if b.Sign() == 0 {
			return syntax.ConstValue{}, false
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return syntax.ConstValue{}, false
		}
		return floatVal(f), true
	case syntax.Pow:
		if b.Sign() < 0 {
			if a.Sign() == 0 {
				return syntax.ConstValue{}, false
			}
			af, ok1 := asFloat(intVal(a))
			bf, ok2 := asFloat(intVal(b))
			if !ok1 || !ok2 {
				return syntax.ConstValue{}, false
			}
			return foldFloat(op, af, bf)
		}
		if !b.IsInt64() {
			return syntax.ConstValue{}, false
		}
		if a.BitLen() > 1 && b.Int64() > 1<<20 {
			return syntax.ConstValue{}, false
		}
		return intVal(new(big.Int).Exp(a, b, nil)), true
	case syntax.LShift:
		if b.Sign() < 0 || !b.IsInt64() || b.Int64() > 1<<20 {
			return syntax.ConstValue{}, false
		}
		return intVal(new(big.Int).Lsh(a, uint(b.Int64()))), true
	case syntax.RShift:
		if b.Sign() < 0 {
			return syntax.ConstValue{}, false
		}
		if !b.IsInt64() || b.Int64() > int64(a.BitLen()) {
			if a.Sign() < 0 {
				return intVal(big.NewInt(-1)), true
			}
			return intVal(big.NewInt(0)), true
		}
		return intVal(new(big.Int).Rsh(a, uint(b.Int64()))), true
	case syntax.BitAnd:
		return intVal(new(big.Int).And(a, b)), true
	case syntax.BitOr:
		return intVal(new(big.Int).Or(a, b)), true
	case syntax.BitXor:
		return intVal(new(big.Int).Xor(a, b)), true
	}
	return syntax.ConstValue{}, false
}

func foldFloat(op syntax.Operator, a, b float64) (syntax.ConstValue, bool) {
	switch op {
	case syntax.Add:
		return floatVal(a + b), true
	case syntax.Sub:
		return floatVal(a - b), true
	case syntax.Mult:
		return floatVal(a * b), true
	case syntax.Div:
		if b == 0 {
			return syntax.ConstValue{}, false
		}
		return floatVal(a / b), true
	case syntax.FloorDiv, syntax.Modulo:
		if b == 0 {
			return syntax.ConstValue{}, false
		}
		floordiv, mod := object.FloatDivMod(a, b)
		if op == syntax.FloorDiv {
			return floatVal(floordiv), true
		}
		return floatVal(mod), true
	case syntax.Pow:
		if a == 0 && b < 0 {
			return syntax.ConstValue{}, false
		}
		if a < 0 && b != math.Trunc(b) {
			// CPython returns a complex here; leave it to run time.
			return syntax.ConstValue{}, false
		}
		r := math.Pow(a, b) // special values
		if a != 0 && b != 0 && a != 1 && !math.IsInf(a, 0) && !math.IsInf(b, 0) && a == a && b == b {
			r = crmath.Pow(a, b) // the run time's (glibc's) result, to the last bit
		}
		if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return syntax.ConstValue{}, false
		}
		return floatVal(r), true
	}
	return syntax.ConstValue{}, false
}

func foldComplex(op syntax.Operator, l, r syntax.ConstValue) (syntax.ConstValue, bool) {
	a, ok1 := asComplex(l)
	b, ok2 := asComplex(r)
	if !ok1 || !ok2 {
		return syntax.ConstValue{}, false
	}
	switch op {
	case syntax.Add:
		return complexVal(a + b), true
	case syntax.Sub:
		return complexVal(a - b), true
	case syntax.Mult:
		return complexVal(cProd(a, b)), true
	case syntax.Div:
		q, ok := cQuot(a, b)
		if !ok {
			return syntax.ConstValue{}, false
		}
		return complexVal(q), true
	case syntax.Pow:
		var p complex128
		ok := true
		if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
			p, ok = cPowi(a, int(real(b)))
		} else {
			p, ok = cPow(a, b)
		}
		if !ok || math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
			return syntax.ConstValue{}, false
		}
		return complexVal(p), true
	}
	return syntax.ConstValue{}, false
}

// The complex arithmetic of CPython's Objects/complexobject.c, so that
// folded results are bit-for-bit what the runtime computes.

func cProd(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

func cQuot(a, b complex128) (complex128, bool) {
	absBr, absBi := math.Abs(real(b)), math.Abs(imag(b))
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := imag(b) / real(b)
		denom := real(b) + imag(b)*ratio
		return complex((real(a)+imag(a)*ratio)/denom, (imag(a)-real(a)*ratio)/denom), true
	case absBi >= absBr:
		ratio := real(b) / imag(b)
		denom := real(b)*ratio + imag(b)
		return complex((real(a)*ratio+imag(a))/denom, (imag(a)*ratio-real(a))/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

func cPowu(x complex128, n int) complex128 {
	r, p := complex(1, 0), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

func cPowi(x complex128, n int) (complex128, bool) {
	if n > 0 {
		return cPowu(x, n), true
	}
	return cQuot(complex(1, 0), cPowu(x, -n))
}

func cPow(a, b complex128) (complex128, bool) {
	if b == 0 {
		return complex(1, 0), true
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return 0, false
		}
		return 0, true
	}
	// As the run time computes it (object's complex pow), with the C
	// library's functions as core/crmath provides them.
	vabs := crmath.Hypot(real(a), imag(a))
	l := math.Pow(vabs, real(b))
	if vabs != 0 && real(b) != 0 && vabs != 1 && !math.IsInf(vabs, 0) && !math.IsInf(real(b), 0) && vabs == vabs && real(b) == real(b) {
		l = crmath.Pow(vabs, real(b))
	}
	at := crmath.Atan2Full(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= crmath.Exp(at * imag(b))
		phase += imag(b) * crmath.Log(vabs)
	}
	return complex(l*crmath.Cos(phase), l*crmath.Sin(phase)), true
}

// foldSubscript folds `constant[constant]` for str, bytes and tuple with an
// int index.
func foldSubscript(v, i syntax.ConstValue) (syntax.ConstValue, bool) {
	idx, ok := asInt(i)
	if !ok || !idx.IsInt64() {
		return v, false
	}
	n := idx.Int64()
	switch v.Kind {
	case syntax.ConstStr:
		runes := []rune(v.Str)
		if !utf8.ValidString(v.Str) {
			return v, false
		}
		if n < 0 {
			n += int64(len(runes))
		}
		if n < 0 || n >= int64(len(runes)) {
			return v, false
		}
		return syntax.StrValue(string(runes[n])), true
	case syntax.ConstBytes:
		if n < 0 {
			n += int64(len(v.Str))
		}
		if n < 0 || n >= int64(len(v.Str)) {
			return v, false
		}
		return intVal(big.NewInt(int64(v.Str[n]))), true
	case syntax.ConstTuple:
		if n < 0 {
			n += int64(len(v.Tuple))
		}
		if n < 0 || n >= int64(len(v.Tuple)) {
			return v, false
		}
		return v.Tuple[n], true
	}
	return v, false
}
