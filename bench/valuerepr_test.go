package bench

import (
	"testing"
	"unsafe"
)

// The Value representation was the first design choice. These benchmarks
// run the same tiny eval loop (`t = t + i` over fast-local slots, dispatched
// by a switch over 16-bit code units) with three candidate value shapes:
//
//   - struct32: pyvar's first choice, {Object interface; payload uint64; kind}
//     (pyvar now uses a fourth shape, 24 bytes {Object interface; payload}
//     with the kind read from the Object word: see core/object/value.go and
//     BENCHMARKS.md section 12, session 22)
//   - struct24: {unsafe.Pointer; payload uint64; *type}, one word smaller
//   - iface:    a plain interface, ints boxed (Go allocates for values >= 256)
//
// go test -run '^$' -bench ValueRepr -benchmem ./bench/

type reprObject interface{ kind() int }

type struct32 struct {
	o reprObject
	n uint64
	k uint8
}

type reprType struct{ name string }

var reprIntType = &reprType{"int"}

type struct24 struct {
	p unsafe.Pointer
	n uint64
	t *reprType
}

type boxedInt int64

func (boxedInt) kind() int { return 1 }

// The loop's code: LOAD_FAST t, LOAD_FAST i, BINARY_ADD, STORE_FAST t.
const (
	opLoad = iota
	opAdd
	opStore
)

var loopCode = []uint16{opLoad | 0<<8, opLoad | 1<<8, opAdd, opStore | 0<<8}

func BenchmarkValueRepr(b *testing.B) {
	b.Run("struct32", func(b *testing.B) {
		locals := []struct32{{k: 3}, {k: 3}}
		var stack [4]struct32
		for i := 0; i < b.N; i++ {
			locals[1] = struct32{k: 3, n: uint64(i)}
			sp := 0
			for _, u := range loopCode {
				switch u & 0xff {
				case opLoad:
					stack[sp] = locals[u>>8]
					sp++
				case opAdd:
					x, y := stack[sp-2], stack[sp-1]
					if x.k == 3 && y.k == 3 {
						stack[sp-2] = struct32{k: 3, n: x.n + y.n}
					}
					sp--
				case opStore:
					sp--
					locals[u>>8] = stack[sp]
				}
			}
		}
		sink = int64(locals[0].n)
	})
	b.Run("struct24", func(b *testing.B) {
		locals := []struct24{{t: reprIntType}, {t: reprIntType}}
		var stack [4]struct24
		for i := 0; i < b.N; i++ {
			locals[1] = struct24{t: reprIntType, n: uint64(i)}
			sp := 0
			for _, u := range loopCode {
				switch u & 0xff {
				case opLoad:
					stack[sp] = locals[u>>8]
					sp++
				case opAdd:
					x, y := stack[sp-2], stack[sp-1]
					if x.t == reprIntType && y.t == reprIntType {
						stack[sp-2] = struct24{t: reprIntType, n: x.n + y.n}
					}
					sp--
				case opStore:
					sp--
					locals[u>>8] = stack[sp]
				}
			}
		}
		sink = int64(locals[0].n)
	})
	b.Run("iface", func(b *testing.B) {
		locals := []reprObject{boxedInt(0), boxedInt(0)}
		var stack [4]reprObject
		for i := 0; i < b.N; i++ {
			locals[1] = boxedInt(i)
			sp := 0
			for _, u := range loopCode {
				switch u & 0xff {
				case opLoad:
					stack[sp] = locals[u>>8]
					sp++
				case opAdd:
					x, xok := stack[sp-2].(boxedInt)
					y, yok := stack[sp-1].(boxedInt)
					if xok && yok {
						stack[sp-2] = x + y
					}
					sp--
				case opStore:
					sp--
					locals[u>>8] = stack[sp]
				}
			}
		}
		sink = int64(locals[0].(boxedInt))
	})
}

var sink int64
