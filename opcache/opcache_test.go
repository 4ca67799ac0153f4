package opcache_test

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/opcache"
)

var strategies = []opcache.Strategy{opcache.PEP509, opcache.Keys, opcache.Off}

// prog is a fake code object: n LOAD_GLOBAL sites, each followed by a
// POP_TOP, then RETURN_VALUE; site i loads names[i].
type prog struct {
	units []code.Unit
	names []object.Value
	cache *opcache.Cache
}

func newProg(names ...string) *prog {
	p := &prog{}
	for i, n := range names {
		p.units = append(p.units, code.MakeUnit(code.LOAD_GLOBAL, uint8(i)), code.MakeUnit(code.POP_TOP, 0))
		p.names = append(p.names, object.FromObject(object.Intern(n)))
	}
	p.units = append(p.units, code.MakeUnit(code.RETURN_VALUE, 0))
	return p
}

// pc returns the code unit index of site i.
func (p *prog) pc(i int) int { return 2 * i }

// load runs LOAD_GLOBAL of site i the way the VM does.
func (p *prog) load(t testing.TB, i int, g, b *object.Dict) (object.Value, bool) {
	t.Helper()
	if v := p.cache.Hit(p.pc(i), g, b); v != nil {
		return *v, true
	}
	v, found, err := p.cache.Load(p.pc(i), p.names[i], g, b)
	if err != nil {
		t.Fatal(err)
	}
	return v, found
}

func (p *prog) enter(rt *opcache.Runtime) { opcache.Enter(rt, &p.cache, p.units) }

func name(s string) object.Value { return object.FromObject(object.Intern(s)) }

func set(d *object.Dict, k string, v object.Value) {
	if err := d.Set(name(k), v); err != nil {
		panic(err)
	}
}

func del(d *object.Dict, k string) {
	if _, err := d.Delete(name(k)); err != nil {
		panic(err)
	}
}

// want checks that site i loads v (or NameError when v is Null).
func want(t *testing.T, p *prog, i int, g, b *object.Dict, v object.Value, step string) {
	t.Helper()
	got, found := p.load(t, i, g, b)
	if v.IsNull() {
		if found {
			t.Fatalf("%s: loaded %v, want NameError", step, got)
		}
		return
	}
	if !found || !got.Is(v) {
		t.Fatalf("%s: loaded %v (found %v), want %v", step, got, found, v)
	}
}

func TestLoadGlobalOpcodeNumber(t *testing.T) {
	if opcache.LoadGlobal != int(code.LOAD_GLOBAL) {
		t.Fatalf("opcache.LoadGlobal = %d, code.LOAD_GLOBAL = %d", opcache.LoadGlobal, code.LOAD_GLOBAL)
	}
}

// TestStale runs every way a cached value can go stale, for every strategy,
// loading each site several times so that entries are filled and hit.
func TestStale(t *testing.T) {
	one, two, three := object.Int(1), object.Int(2), object.Int(3)
	type step struct {
		do   func(g, b *object.Dict)
		site int
		want object.Value
	}
	tests := []struct {
		name  string
		names []string
		init  func(g, b *object.Dict)
		steps []step
	}{
		{"rebind global", []string{"x"}, func(g, b *object.Dict) { set(g, "x", one) }, []step{
			{nil, 0, one},
			{func(g, b *object.Dict) { set(g, "x", two) }, 0, two},
			{func(g, b *object.Dict) { set(g, "x", three) }, 0, three},
		}},
		{"shadow builtin then delete the global", []string{"len"}, func(g, b *object.Dict) { set(b, "len", one) }, []step{
			{nil, 0, one},
			{func(g, b *object.Dict) { set(g, "len", two) }, 0, two},
			{func(g, b *object.Dict) { del(g, "len") }, 0, one},
		}},
		{"change a builtin", []string{"len"}, func(g, b *object.Dict) { set(b, "len", one) }, []step{
			{nil, 0, one},
			{func(g, b *object.Dict) { set(b, "len", two) }, 0, two},
		}},
		{"delete a global between hits", []string{"x"}, func(g, b *object.Dict) { set(g, "x", one) }, []step{
			{nil, 0, one},
			{func(g, b *object.Dict) { del(g, "x") }, 0, object.Null},
			{func(g, b *object.Dict) { set(g, "x", two) }, 0, two},
		}},
		{"delete a builtin", []string{"len"}, func(g, b *object.Dict) { set(b, "len", one) }, []step{
			{nil, 0, one},
			{func(g, b *object.Dict) { del(b, "len") }, 0, object.Null},
		}},
		{"unrelated global added", []string{"x"}, func(g, b *object.Dict) { set(g, "x", one) }, []step{
			{nil, 0, one},
			{func(g, b *object.Dict) { set(g, "y", two) }, 0, one},
			{func(g, b *object.Dict) { del(g, "y") }, 0, one},
		}},
		{"builtin shadowed by a new global, other site", []string{"x", "len"},
			func(g, b *object.Dict) { set(g, "x", one); set(b, "len", two) }, []step{
				{nil, 1, two},
				{func(g, b *object.Dict) { set(g, "len", three) }, 1, three},
				{nil, 0, one},
			}},
		{"globals cleared", []string{"x"}, func(g, b *object.Dict) { set(g, "x", one) }, []step{
			{nil, 0, one},
			{func(g, b *object.Dict) { g.Clear() }, 0, object.Null},
		}},
		{"global rebound to the identical value", []string{"x"}, func(g, b *object.Dict) { set(g, "x", one) }, []step{
			{nil, 0, one},
			{func(g, b *object.Dict) { set(g, "x", one) }, 0, one},
		}},
		{"compaction of globals moves indexes", []string{"x"}, func(g, b *object.Dict) {
			for i := range 30 {
				set(g, "pad"+strconv.Itoa(i), object.Int(int64(i)))
			}
			set(g, "x", one)
		}, []step{
			{nil, 0, one},
			{func(g, b *object.Dict) {
				for i := range 30 {
					del(g, "pad"+strconv.Itoa(i))
				}
			}, 0, one},
			{func(g, b *object.Dict) { set(g, "x", two) }, 0, two},
		}},
	}
	for _, s := range strategies {
		for _, tc := range tests {
			t.Run(s.String()+"/"+tc.name, func(t *testing.T) {
				rt := opcache.NewRuntime(s, 0)
				p := newProg(tc.names...)
				g, b := object.NewDict(0), object.NewDict(0)
				tc.init(g, b)
				p.enter(rt)
				for n, st := range tc.steps {
					if st.do != nil {
						st.do(g, b)
					}
					// Three loads: the fill, then hits (or misses) on a warm entry.
					for r := range 3 {
						want(t, p, st.site, g, b, st.want, fmt.Sprintf("step %d load %d", n, r))
					}
				}
			})
		}
	}
}

// TestTwoGlobalsOneCode runs one code object against two globals dicts and
// two builtins dicts alternately (exec of the same code in two namespaces,
// a function run against another __builtins__): versions are globally
// unique, so no entry may serve the other dict's value.
func TestTwoGlobalsOneCode(t *testing.T) {
	for _, s := range strategies {
		t.Run(s.String(), func(t *testing.T) {
			rt := opcache.NewRuntime(s, 0)
			p := newProg("x", "len")
			g1, g2 := object.NewDict(0), object.NewDict(0)
			b1, b2 := object.NewDict(0), object.NewDict(0)
			set(g1, "x", object.Int(1))
			set(g2, "x", object.Int(2))
			set(b1, "len", object.Int(10))
			set(b2, "len", object.Int(20))
			p.enter(rt)
			for r := range 200 {
				g, b, gx, bl := g1, b1, int64(1), int64(10)
				if r%2 == 1 {
					g, gx = g2, 2
				}
				if r%3 == 1 {
					b, bl = b2, 20
				}
				want(t, p, 0, g, b, object.Int(gx), fmt.Sprintf("round %d x", r))
				want(t, p, 1, g, b, object.Int(bl), fmt.Sprintf("round %d len", r))
			}
		})
	}
}

// TestManySites checks the 254-entry limit: a code object with 300
// LOAD_GLOBAL sites caches the first 254 under PEP509 (all of them under
// Keys), and every site loads the right value either way.
func TestManySites(t *testing.T) {
	const n = 300
	names := make([]string, n)
	for i := range names {
		names[i] = "g" + strconv.Itoa(i)
	}
	for _, s := range strategies {
		t.Run(s.String(), func(t *testing.T) {
			rt := opcache.NewRuntime(s, 0)
			p := newProg(names...)
			g, b := object.NewDict(0), object.NewDict(0)
			for i, nm := range names {
				set(g, nm, object.Int(int64(i)))
			}
			p.enter(rt)
			for r := range 3 {
				for i := range names {
					want(t, p, i, g, b, object.Int(int64(i)), fmt.Sprintf("round %d site %d", r, i))
				}
			}
			sites := p.cache.Sites()
			if len(sites) != n {
				t.Fatalf("%d sites, want %d", len(sites), n)
			}
			for i, ss := range sites {
				wantCached := s == opcache.Keys || (s == opcache.PEP509 && i < 254) // the design card's limit
				if ss.Cached != wantCached {
					t.Fatalf("site %d cached=%v, want %v", i, ss.Cached, wantCached)
				}
				if wantCached && (ss.Hits != 2 || ss.Opts != 1) {
					t.Fatalf("site %d: hits %d opts %d, want 2 and 1", i, ss.Hits, ss.Opts)
				}
				if !wantCached && ss.Loads != 3 {
					t.Fatalf("site %d: %d uncached lookups, want 3", i, ss.Loads)
				}
			}
			st := rt.Stats()
			switch s {
			case opcache.PEP509:
				if st.Cached != 254 || st.Uncached != n-254 || len(p.cache.Map) != len(p.units) {
					t.Fatalf("stats %+v", st)
				}
			case opcache.Off:
				if st.CodeObjects != 0 || st.Hits != 0 || st.Loads != 3*n {
					t.Fatalf("stats %+v", st)
				}
			}
		})
	}
}

// TestThreshold checks co_opcache_flag: no cache before the threshold, and
// the run that reaches it is already served by the cache.
func TestThreshold(t *testing.T) {
	tests := []struct {
		s       opcache.Strategy
		minRuns int
		builtAt int // frame entry that builds the cache; 0 = never
	}{
		{opcache.PEP509, -1, opcache.DefaultMinRuns},
		{opcache.PEP509, 0, 1},
		{opcache.PEP509, 1, 1},
		{opcache.PEP509, 5, 5},
		{opcache.Keys, -1, opcache.KeysWarmup},
		{opcache.Keys, 3, 3},
		{opcache.Off, 0, 0},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s/%d", tc.s, tc.minRuns), func(t *testing.T) {
			rt := opcache.NewRuntime(tc.s, tc.minRuns)
			p := newProg("x")
			g, b := object.NewDict(0), object.NewDict(0)
			set(g, "x", object.Int(7))
			runs := max(tc.builtAt, 20) + 2
			for run := 1; run <= runs; run++ {
				p.enter(rt)
				before := rt.Stats().Hits
				for range 3 { // a loop in the function body: does not count
					want(t, p, 0, g, b, object.Int(7), fmt.Sprintf("run %d", run))
				}
				hits := rt.Stats().Hits - before
				built := tc.builtAt != 0 && run >= tc.builtAt
				if p.cache.Built() != built {
					t.Fatalf("run %d: built=%v, want %v", run, p.cache.Built(), built)
				}
				switch {
				case !built && hits != 0:
					t.Fatalf("run %d: %d hits before the threshold", run, hits)
				case built && run == tc.builtAt && hits != 2:
					t.Fatalf("run %d (the threshold run): %d hits, want 2", run, hits)
				case built && run > tc.builtAt && hits != 3:
					t.Fatalf("run %d: %d hits, want 3", run, hits)
				}
			}
			if p.cache.Runs != uint64(runs) {
				t.Fatalf("Runs = %d, want %d", p.cache.Runs, runs)
			}
		})
	}
}

// TestBackedgeWarmsKeys checks that backward jumps count toward the Keys
// warm-up (3.11's JUMP_BACKWARD), so one long-running call gets a cache,
// while PEP509 counts frame entries only.
func TestBackedgeWarmsKeys(t *testing.T) {
	for _, s := range []opcache.Strategy{opcache.PEP509, opcache.Keys} {
		rt := opcache.NewRuntime(s, -1)
		p := newProg("x")
		p.enter(rt)
		for range 100 {
			p.cache.Backedge()
		}
		if got, wantBuilt := p.cache.Built(), s == opcache.Keys; got != wantBuilt {
			t.Errorf("%s: built=%v after 100 back-edges, want %v", s, got, wantBuilt)
		}
	}
}

// TestCounterWorkload is `global n; n += 1` in a loop: PEP509 misses on
// every iteration (globals changed), Keys keeps hitting.
func TestCounterWorkload(t *testing.T) {
	for _, s := range []opcache.Strategy{opcache.PEP509, opcache.Keys} {
		t.Run(s.String(), func(t *testing.T) {
			rt := opcache.NewRuntime(s, 0)
			p := newProg("n")
			g, b := object.NewDict(0), object.NewDict(0)
			set(g, "n", object.Int(0))
			p.enter(rt)
			for i := range 100 {
				want(t, p, 0, g, b, object.Int(int64(i)), fmt.Sprintf("iteration %d", i))
				set(g, "n", object.Int(int64(i+1)))
			}
			st := rt.Stats()
			switch s {
			case opcache.PEP509:
				if st.Hits != 0 || st.Misses != 99 || st.MissGlobals != 99 || st.MissBuiltins != 0 || st.Opts != 1 {
					t.Fatalf("stats %+v", st)
				}
			case opcache.Keys:
				if st.Hits != 99 || st.Misses != 0 || st.Opts != 1 {
					t.Fatalf("stats %+v", st)
				}
			}
		})
	}
}

// TestMissReasons checks the PEP509 miss accounting.
func TestMissReasons(t *testing.T) {
	rt := opcache.NewRuntime(opcache.PEP509, 0)
	p := newProg("x")
	g, b := object.NewDict(0), object.NewDict(0)
	set(g, "x", object.Int(1))
	p.enter(rt)
	want(t, p, 0, g, b, object.Int(1), "fill")
	want(t, p, 0, g, b, object.Int(1), "hit")
	set(b, "print", object.Int(0))
	want(t, p, 0, g, b, object.Int(1), "builtins changed")
	set(g, "y", object.Int(0))
	want(t, p, 0, g, b, object.Int(1), "globals changed")
	set(g, "y", object.Int(1))
	set(b, "print", object.Int(1))
	want(t, p, 0, g, b, object.Int(1), "both changed")
	ss, _ := p.cache.Site(0)
	if ss.Opts != 1 || ss.Hits != 1 || ss.MissGlobals != 2 || ss.MissBuiltins != 2 || ss.Misses != 4 {
		t.Fatalf("site %+v", ss)
	}
	st := rt.Stats()
	if st.CodeObjects != 1 || st.ExtraMem <= len(p.units) || st.Sites != 1 {
		t.Fatalf("stats %+v", st)
	}
}

// TestKeysBackoff checks 3.11's counters: a name that is never found
// fails to specialize and backs off exponentially; a specialized
// instruction deoptimizes after 53 misses.
func TestKeysBackoff(t *testing.T) {
	rt := opcache.NewRuntime(opcache.Keys, 0)
	p := newProg("missing", "x")
	g, b := object.NewDict(0), object.NewDict(0)
	p.enter(rt)
	// Quickening leaves the counter at zero, so attempts come at
	// executions 1, 3, 7, 15: waits of 2**1-1, 2**2-1, 2**3-1.
	for range 15 {
		want(t, p, 0, g, b, object.Null, "missing")
	}
	ss, _ := p.cache.Site(0)
	if ss.Failures != 4 || ss.Deferred != 1+3+7 || ss.State != "adaptive" || ss.NameErrors != 15 {
		t.Fatalf("missing: %+v", ss)
	}
	// Specialize x as a module global, then add and delete another key on
	// each execution, so every execution misses.
	set(g, "x", object.Int(1))
	want(t, p, 1, g, b, object.Int(1), "specialize")
	for i := range 53 {
		set(g, "tmp", object.Int(0))
		del(g, "tmp")
		want(t, p, 1, g, b, object.Int(1), fmt.Sprintf("miss %d", i))
	}
	ss, _ = p.cache.Site(2)
	if ss.Opts != 1 || ss.Misses != 53 || ss.Deopts != 1 || ss.State != "adaptive" {
		t.Fatalf("x: %+v", ss)
	}
	// Back to adaptive with 31 deferred runs before it specializes again.
	for range 31 {
		want(t, p, 1, g, b, object.Int(1), "deferred")
	}
	want(t, p, 1, g, b, object.Int(1), "respecialize")
	ss, _ = p.cache.Site(2)
	if ss.Opts != 2 || ss.State != "module" {
		t.Fatalf("x after back-off: %+v", ss)
	}
}

// TestRandomDifferential mutates globals and builtins at random between
// loads and checks every strategy against a plain two-dict lookup.
func TestRandomDifferential(t *testing.T) {
	names := []string{"a", "b", "c", "len", "print", "d"}
	vals := []object.Value{object.Int(1), object.Int(2), object.None, object.True, object.NewStr("s")}
	for _, s := range strategies {
		for seed := int64(1); seed <= 20; seed++ {
			rng := rand.New(rand.NewSource(seed))
			rt := opcache.NewRuntime(s, rng.Intn(3))
			p := newProg(names...)
			gs := []*object.Dict{object.NewDict(0), object.NewDict(0)}
			bs := []*object.Dict{object.NewDict(0), object.NewDict(0)}
			for step := range 2000 {
				if rng.Intn(50) == 0 {
					p.enter(rt)
				}
				g, b := gs[rng.Intn(2)], bs[rng.Intn(2)]
				if p.cache == nil {
					p.enter(rt)
				}
				switch r := rng.Intn(10); {
				case r < 2:
					set([]*object.Dict{g, b}[rng.Intn(2)], names[rng.Intn(len(names))], vals[rng.Intn(len(vals))])
				case r < 3:
					del([]*object.Dict{g, b}[rng.Intn(2)], names[rng.Intn(len(names))])
				case r < 4 && rng.Intn(10) == 0:
					g.Clear()
				default:
					i := rng.Intn(len(names))
					wv, wfound, _ := g.Get(p.names[i])
					if !wfound {
						wv, wfound, _ = b.Get(p.names[i])
					}
					if !wfound {
						wv = object.Null
					}
					want(t, p, i, g, b, wv, fmt.Sprintf("%s seed %d step %d", s, seed, step))
				}
			}
		}
	}
}

func TestParseStrategy(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want opcache.Strategy
		ok   bool
	}{{"", opcache.Default, true}, {"pep509", opcache.PEP509, true}, {"keys", opcache.Keys, true}, {"off", opcache.Off, true}, {"lru", 0, false}} {
		got, err := opcache.ParseStrategy(tc.in)
		if (err == nil) != tc.ok || (tc.ok && got != tc.want) {
			t.Errorf("ParseStrategy(%q) = %v, %v", tc.in, got, err)
		}
		if tc.ok && got.String() != tc.in && tc.in != "" {
			t.Errorf("%v.String() = %q", got, got.String())
		}
	}
}

func TestGenericAndStatsText(t *testing.T) {
	rt := opcache.NewRuntime(opcache.PEP509, 0)
	p := newProg("x")
	p.enter(rt)
	p.cache.Generic(p.pc(0))
	st := rt.Stats()
	if st.Generic != 1 {
		t.Fatalf("Generic = %d", st.Generic)
	}
	var sb strings.Builder
	if err := st.Write(&sb); err != nil || sb.Len() == 0 {
		t.Fatalf("Write: %v", err)
	}
	ss, ok := p.cache.Site(0)
	if !ok || ss.Annotation() == "" {
		t.Fatal("no annotation")
	}
}

// FuzzOpcache drives two globals and two builtins dicts through random
// changes and loads every site of one program per strategy after each
// change, checking each against a plain globals-then-builtins lookup.
func FuzzOpcache(f *testing.F) {
	f.Add([]byte{0, 1, 5, 0, 5, 0, 1, 0, 5, 0})
	f.Add([]byte{2, 3, 5, 3, 0, 3, 5, 3, 1, 3, 5, 3, 7, 0, 5, 3})
	f.Add([]byte{4, 0, 4, 0, 0, 0, 5, 0, 6, 0, 5, 0})
	names := []string{"a", "b", "len", "print"}
	vals := []object.Value{object.Int(1), object.Int(2), object.None, object.NewStr("s")}
	f.Fuzz(func(t *testing.T, ops []byte) {
		type run struct {
			rt *opcache.Runtime
			p  *prog
		}
		var runs []run
		for _, s := range strategies {
			r := run{opcache.NewRuntime(s, 2), newProg(names...)}
			r.p.enter(r.rt)
			runs = append(runs, r)
		}
		gs := []*object.Dict{object.NewDict(0), object.NewDict(0)}
		bs := []*object.Dict{object.NewDict(0), object.NewDict(0)}
		gi, bi := 0, 0
		for i := 0; i+1 < len(ops); i += 2 {
			op, arg := ops[i]%8, int(ops[i+1])
			nm, val := names[arg%len(names)], vals[(arg/4)%len(vals)]
			g, b := gs[gi], bs[bi]
			switch op {
			case 0:
				set(g, nm, val)
			case 1:
				del(g, nm)
			case 2:
				set(b, nm, val)
			case 3:
				del(b, nm)
			case 4:
				for _, r := range runs {
					r.p.enter(r.rt)
				}
			case 6:
				if arg%2 == 0 {
					g.Clear()
				} else {
					b.Clear()
				}
			case 7:
				gi, bi = arg%2, (arg/2)%2
				continue
			}
			g, b = gs[gi], bs[bi]
			for site := range names {
				wv, wfound, _ := g.Get(runs[0].p.names[site])
				if !wfound {
					wv, wfound, _ = b.Get(runs[0].p.names[site])
				}
				if !wfound {
					wv = object.Null
				}
				for _, r := range runs {
					for range 2 {
						want(t, r.p, site, g, b, wv, fmt.Sprintf("%s op %d site %d", r.rt.Strategy(), i/2, site))
					}
				}
			}
		}
	})
}

// TestKeysModuleEntryIgnoresBuiltinsKeys: LOAD_GLOBAL_MODULE depends on the
// globals keys only, so adding or removing a builtin is no miss for it,
// while a LOAD_GLOBAL_BUILTIN entry misses when either dict's keys change.
func TestKeysModuleEntryIgnoresBuiltinsKeys(t *testing.T) {
	rt := opcache.NewRuntime(opcache.Keys, 0)
	p := newProg("x", "len")
	g, b := object.NewDict(0), object.NewDict(0)
	set(g, "x", object.Int(1))
	set(b, "len", object.Int(2))
	p.enter(rt)
	want(t, p, 0, g, b, object.Int(1), "specialize x")
	want(t, p, 1, g, b, object.Int(2), "specialize len")
	set(b, "extra", object.None)
	want(t, p, 0, g, b, object.Int(1), "x after builtins grew")
	want(t, p, 0, g, b, object.Int(1), "x again")
	want(t, p, 1, g, b, object.Int(2), "len after builtins grew")
	x, _ := p.cache.Site(p.pc(0))
	l, _ := p.cache.Site(p.pc(1))
	if x.Hits != 2 || x.Misses != 0 || x.State != "module" {
		t.Fatalf("x: %+v", x)
	}
	if l.Hits != 0 || l.MissBuiltins != 1 || l.State != "builtin" {
		t.Fatalf("len: %+v", l)
	}
}

// TestActivation checks when each rule builds a cache: frame entries only
// (CPython 3.9), or entries plus back-edges (keys, PEP509 counting loops).
func TestActivation(t *testing.T) {
	units := []uint16{opcache.LoadGlobal, 0}
	for _, tc := range []struct {
		name      string
		s         opcache.Strategy
		minRuns   int
		loops     bool
		entries   int // frame entries, each followed by backedges back-edges
		backedges int
		built     bool
		rule      opcache.Rule
	}{
		{"3.9 one entry, long loop", opcache.PEP509, 1024, false, 1, 100000, false, opcache.RuleNone},
		{"3.9 1024 entries", opcache.PEP509, 1024, false, 1024, 0, true, opcache.RuleEntry},
		{"pep509 counting loops", opcache.PEP509, 1024, true, 1, 1023, true, opcache.RuleBackedge},
		{"pep509 counting loops, short", opcache.PEP509, 1024, true, 1, 1022, false, opcache.RuleNone},
		{"keys warm-up on a loop", opcache.Keys, -1, false, 1, 7, true, opcache.RuleBackedge},
		{"keys warm-up on entries", opcache.Keys, -1, false, 8, 0, true, opcache.RuleEntry},
		{"off", opcache.Off, -1, true, 10, 1000, false, opcache.RuleNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rt := opcache.NewRuntime(tc.s, tc.minRuns)
			rt.SetCountLoops(tc.loops)
			var slot *opcache.Cache
			var c *opcache.Cache
			for range tc.entries {
				c = opcache.Enter(rt, &slot, units)
				for range tc.backedges {
					c.Backedge()
				}
			}
			if c.Built() != tc.built || c.BuiltAt.Rule != tc.rule {
				t.Errorf("built=%v rule=%v (%s), want %v %v", c.Built(), c.BuiltAt.Rule, c.BuiltAt, tc.built, tc.rule)
			}
		})
	}
}
