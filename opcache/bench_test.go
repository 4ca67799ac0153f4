package opcache_test

import (
	"strconv"
	"testing"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

// benchEnv is a module-sized globals dict, a builtins dict, and a one-site
// program loading name, entered once so the cache is built.
func benchEnv(b *testing.B, s opcache.Strategy, nm string) (*prog, *object.Dict, *object.Dict) {
	g, bi := object.NewDict(0), object.NewDict(0)
	for i := range 40 {
		set(g, "global"+strconv.Itoa(i), object.Int(int64(i)))
		set(bi, "builtin"+strconv.Itoa(i), object.Int(int64(i)))
	}
	set(g, "x", object.Int(1))
	set(bi, "len", object.Int(2))
	p := newProg(nm)
	p.enter(opcache.NewRuntime(s, 0))
	p.load(b, 0, g, bi)
	return p, g, bi
}

// benchLoad is the VM's LOAD_GLOBAL sequence in a loop.
func benchLoad(b *testing.B, s opcache.Strategy, nm string) {
	p, g, bi := benchEnv(b, s, nm)
	pc, key := p.pc(0), p.names[0]
	c := p.cache
	b.ReportAllocs()
	var sink object.Value
	for b.Loop() {
		if v := c.Hit(pc, g, bi); v != nil {
			sink = *v
			continue
		}
		v, _, _ := c.Load(pc, key, g, bi)
		sink = v
	}
	_ = sink
}

// BenchmarkGlobalPEP509Hit is a cached module global (the fast path).
func BenchmarkGlobalPEP509Hit(b *testing.B) { benchLoad(b, opcache.PEP509, "x") }

// BenchmarkBuiltinPEP509Hit is a cached builtin: the same cost as a global.
func BenchmarkBuiltinPEP509Hit(b *testing.B) { benchLoad(b, opcache.PEP509, "len") }

// BenchmarkGlobalKeysHit is LOAD_GLOBAL_MODULE.
func BenchmarkGlobalKeysHit(b *testing.B) { benchLoad(b, opcache.Keys, "x") }

// BenchmarkBuiltinKeysHit is LOAD_GLOBAL_BUILTIN.
func BenchmarkBuiltinKeysHit(b *testing.B) { benchLoad(b, opcache.Keys, "len") }

// BenchmarkGlobalOff is the full lookup of a global (one dict probe).
func BenchmarkGlobalOff(b *testing.B) { benchLoad(b, opcache.Off, "x") }

// BenchmarkBuiltinOff is the full lookup of a builtin (a globals miss,
// then a builtins probe).
func BenchmarkBuiltinOff(b *testing.B) { benchLoad(b, opcache.Off, "len") }

// benchCounter is `global n; n += 1`: load n, then store n+1 into globals.
func benchCounter(b *testing.B, s opcache.Strategy) {
	p, g, bi := benchEnv(b, s, "x")
	pc, key := p.pc(0), p.names[0]
	c := p.cache
	b.ReportAllocs()
	for b.Loop() {
		var v object.Value
		if pv := c.Hit(pc, g, bi); pv != nil {
			v = *pv
		} else {
			v, _, _ = c.Load(pc, key, g, bi)
		}
		g.Set(key, object.Int(v.RawInt()+1))
	}
}

// BenchmarkCounterPEP509 misses on every iteration (globals changed).
func BenchmarkCounterPEP509(b *testing.B) { benchCounter(b, opcache.PEP509) }

// BenchmarkCounterKeys keeps hitting: rebinding keeps the keys version.
func BenchmarkCounterKeys(b *testing.B) { benchCounter(b, opcache.Keys) }

// BenchmarkCounterOff does the lookup every iteration.
func BenchmarkCounterOff(b *testing.B) { benchCounter(b, opcache.Off) }

// BenchmarkEnter is the frame-entry hook once the cache is built.
func BenchmarkEnter(b *testing.B) {
	rt := opcache.NewRuntime(opcache.PEP509, 0)
	p := newProg("x")
	b.ReportAllocs()
	for b.Loop() {
		opcache.Enter(rt, &p.cache, p.units)
	}
}
