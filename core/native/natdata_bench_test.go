package native

import (
	"testing"

	"github.com/pyvar/pyvar/core/object"
)

// Benchmarks of the hot paths of the data modules, through the same
// entry points the VM uses (method descriptors, object.Call, Next).

func BenchmarkDequeAppendPopleft(b *testing.B) {
	d := object.FromObject(&Deque{maxlen: -1})
	appendM := dequeType.LookupString("append").Object().(object.Callable)
	popleftM := dequeType.LookupString("popleft").Object().(object.Callable)
	args := make([]object.Value, 2)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		args[0], args[1] = d, object.Int(int64(i))
		if _, err := appendM.Call(args, nil); err != nil {
			b.Fatal(err)
		}
		if _, err := popleftM.Call(args[:1], nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDequeIterate(b *testing.B) {
	dq := &Deque{maxlen: -1}
	for i := 0; i < 1000; i++ {
		dq.Append(object.Int(int64(i)))
	}
	d := object.FromObject(dq)
	b.ReportAllocs()
	for b.Loop() {
		it, err := object.GetIter(d)
		if err != nil {
			b.Fatal(err)
		}
		for {
			_, ok, err := object.Next(it)
			if err != nil {
				b.Fatal(err)
			}
			if !ok {
				break
			}
		}
	}
}

var identity = object.NewBuiltin("identity", func(_ object.Value, args []object.Value, kw []string) (object.Value, error) {
	return args[len(args)-1], nil
})

func BenchmarkPartialCall(b *testing.B) {
	p, err := partialNew(partialType, []object.Value{identity, object.Int(1)}, nil)
	if err != nil {
		b.Fatal(err)
	}
	args := []object.Value{object.Int(2)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := object.Call(p, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPartialCallKeywords(b *testing.B) {
	p, err := partialNew(partialType, []object.Value{identity, object.Int(1), object.Int(3)}, []string{"c"})
	if err != nil {
		b.Fatal(err)
	}
	args := []object.Value{object.Int(2)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := object.Call(p, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkItemgetter(b *testing.B) {
	g := object.FromObject(&itemgetter{items: []object.Value{object.Int(1)}})
	t := object.TupleValue(object.Int(1), object.Int(2), object.Int(3))
	args := []object.Value{t}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := object.Call(g, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLRUCacheHit(b *testing.B) {
	w, err := lruNew(lruWrapperType, []object.Value{identity, object.Int(128), object.False, typeValue(object.TupleType)}, nil)
	if err != nil {
		b.Fatal(err)
	}
	args := make([]object.Value, 1)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		args[0] = object.Int(int64(i % 100))
		if _, err := object.Call(w, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChainIslice(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, err := chainNew(chainType, []object.Value{object.NewRange(0, 500, 1), object.NewRange(0, 500, 1)}, nil)
		if err != nil {
			b.Fatal(err)
		}
		s, err := isliceNew(isliceType, []object.Value{c, object.Int(0), object.None, object.Int(2)}, nil)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			_, ok, err := object.Next(s)
			if err != nil {
				b.Fatal(err)
			}
			if !ok {
				break
			}
			n++
		}
		if n != 500 {
			b.Fatal(n)
		}
	}
}

func BenchmarkHeappushHeappop(b *testing.B) {
	l := object.NewList()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		l.Append(object.Int(int64((i * 7919) % 1009)))
		if err := siftdown(l, 0, len(l.Items)-1, false); err != nil {
			b.Fatal(err)
		}
		if len(l.Items) > 512 {
			if _, err := heappop(l, false); err != nil {
				b.Fatal(err)
			}
		}
	}
}
