package object

import (
	"math/big"
	"math/rand"
	"testing"
)

// TestDivSmallQuotient checks the allocation-free one-word-quotient
// division against math/big's QuoRem: random magnitudes of 2 to 40 words
// with quotients of every size up to a word, exact multiples and their
// neighbours (the remainder's zero test and the estimate's corrections),
// divisors whose top word is 1 or all ones (the scaling's extremes), and
// the cases it must refuse (a quotient of two words or more).
func TestDivSmallQuotient(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	randNat := func(words int, top big.Word) *big.Int {
		w := make([]big.Word, words)
		for i := range w {
			w[i] = big.Word(rng.Uint64())
		}
		if top != 0 {
			w[words-1] = top
		}
		if w[words-1] == 0 {
			w[words-1] = 1
		}
		return new(big.Int).SetBits(w)
	}
	check := func(u, v *big.Int) {
		t.Helper()
		q, remZero, ok := divSmallQuotient(u.Bits(), v.Bits())
		wq, wr := new(big.Int).QuoRem(u, v, new(big.Int))
		if !ok {
			// refused only where the quotient may not fit in a word
			if wq.Cmp(new(big.Int).Lsh(big.NewInt(1), 63)) < 0 {
				t.Fatalf("%x / %x refused (quotient %x)", u, v, wq)
			}
			return
		}
		if !wq.IsUint64() || wq.Uint64() != q || remZero != (wr.Sign() == 0) {
			t.Fatalf("%x / %x: got %x remZero=%v, want %x rem %x", u, v, q, remZero, wq, wr)
		}
	}
	for i := 0; i < 50000; i++ {
		n := 2 + rng.Intn(39)
		var top big.Word
		switch rng.Intn(4) {
		case 0:
			top = 1
		case 1:
			top = ^big.Word(0)
		}
		v := randNat(n, top)
		var q *big.Int
		switch rng.Intn(3) {
		case 0:
			q = big.NewInt(int64(rng.Intn(16)))
		case 1:
			q = new(big.Int).SetUint64(rng.Uint64() >> uint(rng.Intn(64)))
		default:
			q = new(big.Int).SetUint64(rng.Uint64())
		}
		u := new(big.Int).Mul(q, v)
		switch rng.Intn(4) {
		case 0:
			u.Add(u, randNat(1+rng.Intn(n), 0).Mod(randNat(1+rng.Intn(n), 0), v))
		case 1:
			if u.Sign() > 0 {
				u.Sub(u, big.NewInt(1))
			}
		case 2:
			u.Add(u, new(big.Int).Sub(v, big.NewInt(1)))
		}
		check(u, v)
		check(randNat(n+rng.Intn(2), 0), v)
	}
	// refusals: quotients of two words or more, one-word divisors
	u := new(big.Int).Lsh(big.NewInt(1), 200)
	if _, _, ok := divSmallQuotient(u.Bits(), big.NewInt(3).Bits()); ok {
		t.Error("one-word divisor accepted")
	}
	v := new(big.Int).Lsh(big.NewInt(1), 70)
	if _, _, ok := divSmallQuotient(u.Bits(), v.Bits()); ok {
		t.Error("two-word quotient accepted")
	}
	if q, remZero, ok := divSmallQuotient(nil, v.Bits()); !ok || q != 0 || !remZero {
		t.Error("0 / v")
	}
}
