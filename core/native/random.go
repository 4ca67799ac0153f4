package native

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/big"
	"os"
	"time"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _random: the Mersenne Twister (MT19937) behind random.Random, seeded
// exactly as CPython 3.10 seeds it, so that equal seeds give equal
// sequences on both.

func init() { register("_random", newRandomModule) }

const mtN, mtM = 624, 397

// mtRandom is the payload of a _random.Random instance.
type mtRandom struct {
	state [mtN]uint32
	index int
}

// RandomType is _random.Random; random.Random derives from it.
var RandomType = object.NewBaseType("_random.Random", nil)

func (r *mtRandom) Type() *object.Type { return RandomType }

func (r *mtRandom) initGenrand(s uint32) {
	mt := &r.state
	mt[0] = s
	for i := 1; i < mtN; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	r.index = mtN
}

func (r *mtRandom) initByArray(key []uint32) {
	mt := &r.state
	r.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

func (r *mtRandom) genrand() uint32 {
	mt := &r.state
	if r.index >= mtN {
		const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
		var y uint32
		kk := 0
		for ; kk < mtN-mtM; kk++ {
			y = (mt[kk] & upper) | (mt[kk+1] & lower)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ ((y & 1) * matrixA)
		}
		for ; kk < mtN-1; kk++ {
			y = (mt[kk] & upper) | (mt[kk+1] & lower)
			mt[kk] = mt[kk+(mtM-mtN)] ^ (y >> 1) ^ ((y & 1) * matrixA)
		}
		y = (mt[mtN-1] & upper) | (mt[0] & lower)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ ((y & 1) * matrixA)
		r.index = 0
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is CPython's random_random: 53 bits from two draws.
func (r *mtRandom) random() float64 {
	a, b := r.genrand()>>5, r.genrand()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seed is CPython's random_seed: None seeds from the OS's entropy (the
// time and pid if that fails), an int by its absolute value's 32-bit
// words, anything else by its hash.
func (r *mtRandom) seed(arg object.Value) error {
	if arg.IsNull() || arg.IsNone() {
		var buf [mtN * 4]byte
		key := make([]uint32, mtN)
		if _, err := crand.Read(buf[:]); err == nil {
			for i := range key {
				key[i] = binary.LittleEndian.Uint32(buf[i*4:])
			}
		} else {
			now := uint64(time.Now().UnixNano())
			key = []uint32{uint32(now), uint32(now >> 32), uint32(os.Getpid()), uint32(now >> 7), 0}
		}
		r.initByArray(key)
		return nil
	}
	var n *big.Int
	if b, ok := object.ToBigInt(arg); ok {
		n = b.Abs(b)
	} else {
		h, err := object.Hash(arg)
		if err != nil {
			return err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	// The key has as many words as the number needs, and at least one.
	nw := (n.BitLen() + 31) / 32
	if nw == 0 {
		nw = 1
	}
	for len(key) < nw {
		key = append(key, 0)
	}
	r.initByArray(key[:nw])
	return nil
}

// getrandbits is CPython's: k bits, filled 32 at a time from the least
// significant word, the last word keeping its most significant bits.
func (r *mtRandom) getrandbits(k int) object.Value {
	if k <= 32 {
		if k == 0 {
			return object.Int(0)
		}
		return object.Int(int64(r.genrand() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	limbs := make([]big.Word, (words+1)/2)
	for i := 0; i < words; i, k = i+1, k-32 {
		w := r.genrand()
		if k < 32 {
			w >>= 32 - k
		}
		limbs[i/2] |= big.Word(uint64(w) << (32 * (i % 2)))
	}
	return object.NewBigInt(new(big.Int).SetBits(limbs))
}

// cInt converts an argument as Argument Clinic's "int" converter does.
func cInt(v object.Value) (int, error) {
	if v.IsFloat() {
		return 0, object.Errorf(object.TypeError, "'float' object cannot be interpreted as an integer")
	}
	iv, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	i, ok := iv.AsInt()
	if !ok || i > 1<<31-1 || i < -1<<31 {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C int")
	}
	return int(i), nil
}

func randomSelf(v object.Value) *mtRandom { return object.Unwrap(v).Object().(*mtRandom) }

func init() {
	t := RandomType
	t.SetAttrString("__doc__", object.NewStr("Random() -> create a random number generator with its own internal state."))
	t.SetNew(func(cls *object.Type, args []object.Value, kwnames []string) (object.Value, error) {
		if cls == RandomType && len(kwnames) > 0 {
			return object.Null, object.Errorf(object.TypeError, "Random()() takes no keyword arguments")
		}
		pos := args[:len(args)-len(kwnames)]
		if len(pos) > 1 {
			return object.Null, object.Errorf(object.TypeError, "Random() requires 0 or 1 argument")
		}
		r := &mtRandom{}
		var arg object.Value
		if len(pos) == 1 {
			arg = pos[0]
		}
		if err := r.seed(arg); err != nil {
			return object.Null, err
		}
		return object.WrapBuiltin(cls, object.FromObject(r)), nil
	}, nil)
	t.AddMethod("random", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("Random.random", args, kw); err != nil {
			return object.Null, err
		}
		return object.Float(randomSelf(self).random()), nil
	})
	t.AddMethod("seed", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.PositionalOnly("seed", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		var arg object.Value
		if len(args) == 1 {
			arg = args[0]
		}
		return object.None, randomSelf(self).seed(arg)
	})
	t.AddMethod("getstate", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("Random.getstate", args, kw); err != nil {
			return object.Null, err
		}
		r := randomSelf(self)
		items := make([]object.Value, mtN+1)
		for i, w := range r.state {
			items[i] = object.Int(int64(w))
		}
		items[mtN] = object.Int(int64(r.index))
		return object.FromObject(object.NewTuple(items...)), nil
	})
	t.AddMethod("setstate", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("Random.setstate", args, kw); err != nil {
			return object.Null, err
		}
		tup, ok := object.Unwrap(args[0]).Object().(*object.Tuple)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "state vector must be a tuple")
		}
		if len(tup.Items) != mtN+1 {
			return object.Null, object.Errorf(object.ValueError, "state vector is the wrong size")
		}
		var st [mtN]uint32
		for i := 0; i < mtN; i++ {
			w, err := asUnsignedLong(tup.Items[i])
			if err != nil {
				return object.Null, err
			}
			st[i] = uint32(w)
		}
		idx, err := asLong(tup.Items[mtN])
		if err != nil {
			return object.Null, err
		}
		if idx < 0 || idx > mtN {
			return object.Null, object.Errorf(object.ValueError, "invalid state")
		}
		r := randomSelf(self)
		r.state, r.index = st, int(idx)
		return object.None, nil
	})
	t.AddMethod("getrandbits", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("Random.getrandbits", args, kw); err != nil {
			return object.Null, err
		}
		k, err := cInt(args[0])
		if err != nil {
			return object.Null, err
		}
		if k < 0 {
			return object.Null, object.Errorf(object.ValueError, "number of bits must be non-negative")
		}
		return randomSelf(self).getrandbits(k), nil
	})
}

// asUnsignedLong is PyLong_AsUnsignedLong: ints only, no __index__.
func asUnsignedLong(v object.Value) (uint64, error) {
	b, ok := object.ToBigInt(v)
	if !ok {
		return 0, object.Errorf(object.TypeError, "an integer is required")
	}
	if b.Sign() < 0 {
		return 0, object.Errorf(object.OverflowError, "can't convert negative value to unsigned int")
	}
	if !b.IsUint64() {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}

// asLong is PyLong_AsLong: ints and objects with __index__.
func asLong(v object.Value) (int64, error) {
	iv, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	i, ok := iv.AsInt()
	if !ok {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C long")
	}
	return i, nil
}

func newRandomModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_random", "Module implements the Mersenne Twister random number generator.")
	setAttr(m, "Random", object.FromObject(RandomType))
	return m, nil
}
