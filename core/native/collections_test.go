package native

import (
	"math/rand"
	"testing"

	"github.com/pyvar/pyvar/core/object"
)

// TestDequeModel drives the ring buffer with random operations (both
// ends, rotations, deletions, inserts, maxlen trimming, growth and
// shrinking) and checks it against a plain slice after every step.
func TestDequeModel(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 200; trial++ {
		maxlen := -1
		if trial%3 == 0 {
			maxlen = rng.Intn(40)
		}
		d := &Deque{maxlen: maxlen}
		var model []int64
		trim := func(left bool) {
			if maxlen >= 0 && len(model) > maxlen {
				if left {
					model = model[:len(model)-1]
				} else {
					model = model[1:]
				}
			}
		}
		next := int64(0)
		for step := 0; step < 400; step++ {
			switch op := rng.Intn(9); {
			case op < 3:
				next++
				d.Append(object.Int(next))
				model = append(model, next)
				trim(false)
			case op == 3:
				next++
				d.AppendLeft(object.Int(next))
				model = append([]int64{next}, model...)
				trim(true)
			case op == 4 && len(model) > 0:
				d.popLeft()
				model = model[1:]
			case op == 5 && len(model) > 0:
				d.popRight()
				model = model[:len(model)-1]
			case op == 6:
				n := rng.Intn(2*len(model)+3) - len(model) - 1
				d.rotate(n)
				if l := len(model); l > 0 {
					k := ((n % l) + l) % l
					model = append(append([]int64(nil), model[l-k:]...), model[:l-k]...)
				}
			case op == 7 && len(model) > 0:
				i := rng.Intn(len(model))
				d.delItem(i)
				model = append(model[:i:i], model[i+1:]...)
			case op == 8 && rng.Intn(20) == 0:
				d.clear()
				model = nil
			}
			if d.Len() != len(model) {
				t.Fatalf("trial %d step %d: len %d, want %d", trial, step, d.Len(), len(model))
			}
			for i, want := range model {
				if got := d.At(i); got.RawInt() != want {
					t.Fatalf("trial %d step %d: [%d] = %v, want %d", trial, step, i, got.RawInt(), want)
				}
			}
			if len(d.buf) > 64 && d.n < len(d.buf)/4 {
				t.Fatalf("trial %d step %d: %d items in a buffer of %d", trial, step, d.n, len(d.buf))
			}
		}
	}
}
