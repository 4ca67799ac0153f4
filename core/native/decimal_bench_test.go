package native

import (
	"math/big"
	"testing"
)

// BenchmarkDecimalTelco is the arithmetic of one iteration of
// pyperformance's telco on the core (no interpreter): a price quantized
// half-even, two taxes multiplied and quantized down, three sums and the
// string of the total.
func BenchmarkDecimalTelco(b *testing.B) {
	down := decCtx{prec: 28, emax: 999999, emin: -999999, round: rdDown}
	banker := down
	banker.round = rdHalfEven
	rates := []*decNum{mustDec("0.0013"), mustDec("0.00894")}
	twodig, basictax, disttax := mustDec("0.01"), mustDec("0.0675"), mustDec("0.0341")
	sumT, sumB, sumD := mustDec("0"), mustDec("0"), mustDec("0")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		n := int64(i*7919%100000 + 1)
		calltype := n & 1
		nd := &decNum{}
		nd.coef.SetInt64(n)
		r, _ := decMul(rates[calltype], nd, &down)
		p, _ := decQuantize(r, twodig, &banker, banker.round)
		bb, _ := decMul(p, basictax, &down)
		bb, _ = decQuantize(bb, twodig, &down, down.round)
		sumB, _ = decAdd(sumB, bb, &down, false)
		t, _ := decAdd(p, bb, &down, false)
		if calltype == 1 {
			d, _ := decMul(p, disttax, &down)
			d, _ = decQuantize(d, twodig, &down, down.round)
			sumD, _ = decAdd(sumD, d, &down, false)
			t, _ = decAdd(t, d, &down, false)
		}
		sumT, _ = decAdd(sumT, t, &down, false)
		_ = t.toString(false, true)
	}
	_ = sumD
}

func mustDec(s string) *decNum {
	d, ok := parseDecimal(s)
	if !ok {
		panic(s)
	}
	return d
}

// BenchmarkDecimalFactorial multiplies big coefficients (decimal_factorial's
// work) at MAX_PREC.
func BenchmarkDecimalFactorial(b *testing.B) {
	c := decCtx{prec: 999999999999999999, emax: 999999999999999999, emin: -999999999999999999, round: rdHalfEven}
	for i := 0; i < b.N; i++ {
		acc := &decNum{}
		acc.coef.SetInt64(1)
		for k := int64(1); k <= 10000; k++ {
			kd := &decNum{}
			kd.coef.Set(big.NewInt(k))
			acc, _ = decMul(acc, kd, &c)
		}
	}
}
