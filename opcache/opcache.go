// Package opcache is pyvar's LOAD_GLOBAL cache, with three strategies the
// interpreter chooses between.
//
// PEP509 is CPython 3.9's opcache, faithfully. Each code object counts the
// times the eval loop enters one of its frames (co_opcache_flag; loops do
// not count, so module code that runs once never gets a cache). The entry
// that reaches the threshold (OPCACHE_MIN_RUNS, 1024) builds the cache and
// that very run already uses it: Map (co_opcache_map) has one byte per code
// unit, 0 for "not cached" and otherwise index+1 into Entries (co_opcache),
// which numbers the LOAD_GLOBAL instructions in order, at most MaxEntries of
// them; later ones run uncached. An entry holds the value found and the
// PEP 509 versions of the globals and builtins dicts seen when it was
// filled. A LOAD_GLOBAL whose entry is filled and whose two versions equal
// the dicts' current versions pushes the cached value without a lookup;
// otherwise it looks the name up (globals, then builtins) and refills the
// entry: no back-off, no giving up. Versions are drawn from one
// process-wide counter, so an entry filled against one globals dict can
// never hit against another.
//
// Keys is the design CPython 3.11 adopted (PEP 659's LOAD_GLOBAL_MODULE and
// LOAD_GLOBAL_BUILTIN). After a short warm-up of the code object (8 frame
// entries or backward jumps, QUICKENING_WARMUP_DELAY) every LOAD_GLOBAL
// becomes adaptive; the first execution specializes it: the entry records
// the index of the name in the dict's entries and the dict's KeysVersion
// (dk_version), which moves only when keys are added or removed, so
// rebinding a global keeps the entry valid and the value is read fresh from
// the dict at that index. A builtin entry also requires the globals keys
// version unchanged (no global now shadows the builtin). A miss decrements
// a counter that starts at 53; at zero the instruction returns to adaptive
// with 3.11's counter (value<<4 | exponent) at 31 waits, exponent 5. A
// failed specialization (the name is in neither dict) backs off
// exponentially: the exponent grows by one, the wait becomes 2**exponent-1
// (quickening leaves the counter at zero, so the waits are 1, 3, 7, ...).
// Keys caches every LOAD_GLOBAL (3.11's caches are inline, without a
// limit); unlike 3.11 it does not refuse dicts with non-str keys or
// indexes above 65535.
//
// Off does the two lookups on every LOAD_GLOBAL.
//
// Keys is the Default: its warm-up counts loop back-edges, so a hot loop
// in a function entered once is served after 8 iterations, where 3.9's
// rule (frame entries only) never caches it. PEP509 can count back-edges
// too (Runtime.SetCountLoops); without it, and with the threshold 1024,
// it is CPython 3.9 exactly. Each cache records when and why it was built
// (Cache.BuiltAt), for --opcache-stats.
//
// Statistics are plain counters in the entries and per-site records,
// summed on demand by Runtime.Stats; Cache.Sites reports each LOAD_GLOBAL
// for `pyvar dis --opcache`.
//
// # Use from the VM
//
// On every entry into the eval loop for a frame (calls and generator
// resumptions alike, as CPython 3.9 counts them):
//
//	oc := opcache.Enter(rt, &co.Cache, co.Code)
//
// On a backward jump (counted by the keys strategy's warm-up, as 3.11's
// JUMP_BACKWARD does, and by PEP509 when the runtime counts loops):
//
//	if oc.Warming {
//		oc.Backedge()
//	}
//
// In the LOAD_GLOBAL case, pc being the index of the LOAD_GLOBAL code unit
// and g, b the frame's globals and builtins when both are dicts:
//
//	if p := oc.Hit(pc, g, b); p != nil {
//		v = *p
//	} else {
//		v, found, err = oc.Load(pc, co.NameValues[arg], g, b)
//		// !found: raise NameError("name %r is not defined")
//	}
//
// When f_globals or f_builtins is not a dict (exec with a mapping, a module
// as __builtins__), CPython 3.9 skips the cache and uses the generic
// mapping protocol; the VM does the same and calls oc.Generic(pc) to count.
package opcache

import (
	"errors"
	"fmt"
	"sort"
	"unsafe"
	"weak"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/dict"
)

// Strategy selects how LOAD_GLOBAL is cached.
type Strategy uint8

// The strategies.
const (
	PEP509 Strategy = iota // CPython 3.9's opcache, validated by dict versions
	Keys                   // CPython 3.11's LOAD_GLOBAL_MODULE/BUILTIN, validated by keys versions
	Off                    // no cache
)

// String returns the strategy's command-line name.
func (s Strategy) String() string {
	switch s {
	case PEP509:
		return "pep509"
	case Keys:
		return "keys"
	case Off:
		return "off"
	}
	return "unknown"
}

// Default is the strategy an interpreter uses unless told otherwise: the
// one that serves a hot loop in a function entered once (see
// BENCHMARKS.md, "Which cache by default", for the measurements behind
// the choice).
const Default = Keys

// ParseStrategy parses "pep509", "keys" or "off"; "" means Default.
func ParseStrategy(s string) (Strategy, error) {
	switch s {
	case "":
		return Default, nil
	case "pep509":
		return PEP509, nil
	case "keys":
		return Keys, nil
	case "off":
		return Off, nil
	}
	return 0, errors.New("unknown opcache strategy " + `"` + s + `"` + " (want pep509, keys or off)")
}

const (
	// LoadGlobal is CPython 3.10's LOAD_GLOBAL opcode number (the low byte
	// of a code unit); package code has the same value.
	LoadGlobal = 116

	// DefaultMinRuns is CPython 3.9's OPCACHE_MIN_RUNS: the frame entries
	// before a code object gets its cache.
	DefaultMinRuns = 1024

	// MaxEntries bounds the LOAD_GLOBAL instructions one code object
	// caches under PEP509: Map stores index+1 in a byte and the design card
	// says 254. CPython 3.9's _PyCode_InitOpcache really caches 255: its
	// loop stores the map byte for the next LOAD_GLOBAL and only then
	// checks `opts > 254`, so the 255th is mapped before the loop stops
	// (co_opcache_size becomes 255). pyvar stops at 254.
	MaxEntries = 254

	// KeysWarmup is CPython 3.11's QUICKENING_WARMUP_DELAY: frame entries
	// plus backward jumps before a code object is quickened.
	KeysWarmup = 8

	// missCounterStart is 3.11's miss_counter_start(): misses a
	// specialized LOAD_GLOBAL tolerates before it returns to adaptive.
	missCounterStart = 53
	// 3.11's adaptive counters hold value<<backoffBits | exponent.
	backoffBits    = 4
	backoffStart   = 5 // ADAPTIVE_BACKOFF_START: first retry after 31
	maxBackoff     = 16 - backoffBits
	adaptiveStart  = (1<<backoffStart-1)<<backoffBits | backoffStart
	counterUnit    = 1 << backoffBits
	noSite         = 0
	maxSitesMapped = 1<<16 - 1
)

// Entry kinds. A PEP509 entry is filled or not; a keys entry is adaptive
// (not specialized) or specialized for globals or builtins.
const (
	kindEmpty    uint8 = iota // never filled (PEP509) / adaptive (Keys)
	kindVersions              // PEP509, filled
	kindModule                // Keys, LOAD_GLOBAL_MODULE
	kindBuiltin               // Keys, LOAD_GLOBAL_BUILTIN
)

// Entry is one cached LOAD_GLOBAL (CPython's _PyOpcache_LoadGlobal plus
// its counters).
type Entry struct {
	// Value is the cached value (PEP509).
	Value object.Value
	// GlobalsVer and BuiltinsVer are the versions seen when the entry was
	// filled: PEP 509 versions under PEP509, keys versions under Keys.
	// dict.NoVersion marks an entry never filled.
	GlobalsVer, BuiltinsVer uint64
	// Ref is what a hit pushes: &Value under PEP509; under Keys, the value
	// slot of the name in the globals or builtins dict, which stays in
	// place while that dict's keys version does. The VM reads it only
	// after the test Hit makes.
	Ref *object.Value
	// Index is the entry index of the name in globals or builtins (Keys).
	Index int32
	// counter is 3.11's adaptive or miss counter (Keys).
	counter uint16
	kind    uint8

	Hits         uint64 // loads served from the entry
	Opts         uint32 // PEP509: first fills; Keys: successful specializations
	MissGlobals  uint32 // PEP509: refills because globals changed; Keys: globals keys changed
	MissBuiltins uint32 // PEP509: refills because builtins changed; Keys: builtins keys changed
	Deopts       uint32 // Keys: returns to adaptive after too many misses
	Failures     uint32 // Keys: failed specializations (name not found)
	Deferred     uint64 // Keys: generic lookups while adaptive and counting down
}

// Misses returns the loads that found the entry filled but stale.
func (e *Entry) Misses() uint64 { return uint64(e.MissGlobals) + uint64(e.MissBuiltins) }

// site is one LOAD_GLOBAL instruction and the loads no entry served.
type site struct {
	unit       int32
	loads      uint64 // lookups outside the cache: before it was built, beyond MaxEntries, Off
	generic    uint64 // lookups through non-dict globals/builtins
	nameErrors uint64
}

// Cache is the per-code-object opcache state (co_opcache_flag,
// co_opcache_map, co_opcache). The VM keeps it in code.Code.Cache.
type Cache struct {
	rt       *Runtime
	strategy Strategy

	// Flag is co_opcache_flag: the frame entries (and, under Keys,
	// backward jumps) counted until the threshold; it stops there.
	Flag int
	// Runs counts every frame entry, also after the threshold.
	Runs uint64
	// Map is co_opcache_map under PEP509: per code unit 0 or index+1 into
	// Entries; nil until the cache is built. The VM indexes it with the
	// LOAD_GLOBAL unit's own index (CPython uses next_instr - first_instr,
	// one more, and allocates the same co_size bytes).
	Map []uint8
	// Entries is co_opcache: one entry per cached LOAD_GLOBAL, in order
	// (under Keys, one per LOAD_GLOBAL, found through its site number).
	Entries []Entry

	// Backedges counts the backward jumps seen while warming up.
	Backedges uint64
	// Name, Filename and Line say which code object the cache serves
	// (set by the VM when the cache is made; for --opcache-stats).
	Name, Filename string
	Line           int
	// BuiltAt says when the cache was built: the frame entries and the
	// backward jumps counted by then, and the rule that fired.
	BuiltAt Activation
	// Warming is true while Backedge counts toward the threshold (Keys, or
	// PEP509 counting loops, until the cache is built). The VM tests it
	// before calling Backedge: the eval loop is too large for the Go
	// compiler to inline the call, and the test alone is one load.
	Warming bool

	threshold int
	// Tag is dict.VersionTag (PEP509) or dict.KeysVersionTag (Keys):
	// which of the dicts' tags Hit compares with an entry's.
	Tag    uint
	built  bool     // Map/Entries were made
	siteOf []uint16 // per code unit: 0 or site number+1
	sites  []site
	nameOf []uint16 // per code unit: 0 or name slot number+1
	names  []NameSlot
}

// Runtime is one interpreter's opcache settings and the registry of the
// caches it made, from which Stats sums the counters. The registry holds
// weak pointers: a cache lives exactly as long as its code object, and the
// values in its entries are not kept alive by the runtime (code objects
// made by exec or compile can be collected).
type Runtime struct {
	strategy Strategy
	minRuns  int
	loops    bool // PEP509: backward jumps count toward the threshold too
	caches   []weak.Pointer[Cache]
}

// Rule names why a cache was built.
type Rule uint8

// The activation rules.
const (
	RuleNone     Rule = iota // not built
	RuleEntry                // a frame entry reached the threshold (CPython 3.9's only rule)
	RuleBackedge             // a backward jump reached the threshold (a loop in a running frame)
)

// Activation records when and why a code object's cache was built.
type Activation struct {
	Rule      Rule
	Runs      uint64 // frame entries counted by then (the entry that fired included)
	Backedges uint64 // backward jumps counted by then
	Threshold int
}

// String describes the activation for --opcache-stats.
func (a Activation) String() string {
	switch a.Rule {
	case RuleEntry:
		return fmt.Sprintf("built at frame entry %d (entries + back-edges reached %d)", a.Runs, a.Threshold)
	case RuleBackedge:
		return fmt.Sprintf("built at back-edge %d during frame entry %d (entries + back-edges reached %d)", a.Backedges, a.Runs, a.Threshold)
	}
	return "not built"
}

// NewRuntime returns the opcache state of an interpreter. minRuns is the
// threshold in frame entries: negative means the strategy's default (1024
// for PEP509, 8 for Keys); 0 means from the first run (CPython would never
// build a cache with OPCACHE_MIN_RUNS 0; pyvar treats it as 1).
func NewRuntime(s Strategy, minRuns int) *Runtime {
	if minRuns < 0 {
		minRuns = DefaultMinRuns
		if s == Keys {
			minRuns = KeysWarmup
		}
	}
	if minRuns == 0 {
		minRuns = 1
	}
	return &Runtime{strategy: s, minRuns: minRuns}
}

// Strategy returns the runtime's strategy.
func (rt *Runtime) Strategy() Strategy { return rt.strategy }

// SetCountLoops makes PEP509 caches count backward jumps toward the
// threshold as well as frame entries, so a loop in a function entered once
// gets its cache after minRuns iterations. Keys always counts them (3.11's
// warm-up); CPython 3.9 never does. Call it before any code runs.
func (rt *Runtime) SetCountLoops(on bool) { rt.loops = on }

// CountsLoops reports whether backward jumps count toward the threshold.
func (rt *Runtime) CountsLoops() bool { return rt.loops || rt.strategy == Keys }

// MinRuns returns the threshold in frame entries (at least 1).
func (rt *Runtime) MinRuns() int { return rt.minRuns }

// Enter is the frame-entry hook: it makes the code object's cache on first
// use (storing it in *slot), counts the entry, and builds the cache when
// the count reaches the threshold, so that this run already uses it.
// units is the code object's co_code.
func Enter[U ~uint16](rt *Runtime, slot **Cache, units []U) *Cache {
	c := *slot
	if c == nil || c.rt != rt {
		c = newCache(rt, units)
		*slot = c
	}
	c.Runs++
	if c.Flag < c.threshold {
		c.count(RuleEntry)
	}
	return c
}

// Threshold is the entry count at which the cache is built (Reenter's
// test is c.Flag >= c.Threshold() and c.IsOf(rt)).
func (c *Cache) Threshold() int { return c.threshold }

// IsOf reports whether the cache belongs to runtime rt.
func (c *Cache) IsOf(rt *Runtime) bool { return c.rt == rt }

// Reenter is Enter's fast path for a code object whose cache rt already
// made and whose warm-up is over (small enough to be inlined at a call):
// it counts the entry and returns the cache, or nil when Enter must run.
func Reenter(rt *Runtime, c *Cache) *Cache {
	if c != nil && c.rt == rt && c.Flag >= c.threshold {
		c.Runs++
		return c
	}
	return nil
}

// Backedge counts a backward jump toward the Keys warm-up (3.11 counts
// JUMP_BACKWARD as well as RESUME); it does nothing under the other
// strategies or once the cache is built.
func (c *Cache) Backedge() {
	if c.Warming {
		c.Backedges++
		c.count(RuleBackedge)
	}
}

func newCache[U ~uint16](rt *Runtime, units []U) *Cache {
	c := &Cache{rt: rt, strategy: rt.strategy, threshold: rt.minRuns, Tag: dict.VersionTag}
	switch rt.strategy {
	case Off:
		c.threshold = 0
	case Keys:
		c.Tag = dict.KeysVersionTag
	}
	c.Warming = rt.CountsLoops() && c.threshold > 0 // until the warm-up is over
	nameSlots := 0
	for i, u := range units {
		if rt.strategy != Off && hasNameSlot(uint8(u)) && nameSlots < maxSitesMapped {
			if c.nameOf == nil {
				c.nameOf = make([]uint16, len(units))
			}
			nameSlots++
			c.nameOf[i] = uint16(nameSlots)
		}
		if uint8(u) != LoadGlobal {
			continue
		}
		if c.siteOf == nil {
			c.siteOf = make([]uint16, len(units))
		}
		if len(c.sites) < maxSitesMapped {
			c.siteOf[i] = uint16(len(c.sites) + 1)
		}
		c.sites = append(c.sites, site{unit: int32(i)})
	}
	if nameSlots > 0 {
		c.names = make([]NameSlot, nameSlots)
		for i := range c.names {
			c.names[i].Keys = dict.NoVersion
		}
	}
	rt.register(c)
	return c
}

// register adds c to the registry, first dropping collected caches when
// the registry is full, so it stays proportional to the live code objects.
func (rt *Runtime) register(c *Cache) {
	if n := len(rt.caches); n == cap(rt.caches) && n >= 64 {
		live := rt.caches[:0]
		for _, w := range rt.caches {
			if w.Value() != nil {
				live = append(live, w)
			}
		}
		clear(rt.caches[len(live):])
		rt.caches = live
		if len(live) > n/2 {
			// Mostly alive: grow now, or every other code object made
			// would pay for a scan.
			rt.caches = append(make([]weak.Pointer[Cache], 0, 2*n), live...)
		}
	}
	rt.caches = append(rt.caches, weak.Make(c))
}

// count advances co_opcache_flag and builds the cache at the threshold.
func (c *Cache) count(why Rule) {
	c.Flag++
	if c.Flag >= c.threshold {
		c.Warming = false
		c.BuiltAt = Activation{Rule: why, Runs: c.Runs, Backedges: c.Backedges, Threshold: c.threshold}
		c.build()
	}
}

// build is _PyCode_InitOpcache (PEP509) or _PyCode_Quicken (Keys).
func (c *Cache) build() {
	c.built = true
	switch c.strategy {
	case PEP509:
		n := min(len(c.sites), MaxEntries)
		if n == 0 {
			// CPython frees the map when there is nothing to cache.
			return
		}
		c.Map = make([]uint8, len(c.siteOf))
		c.Entries = make([]Entry, n)
		for i := range n {
			c.Map[c.sites[i].unit] = uint8(i + 1)
			e := &c.Entries[i]
			e.GlobalsVer, e.BuiltinsVer = dict.NoVersion, dict.NoVersion
			e.Ref = &e.Value
		}
	case Keys:
		n := min(len(c.sites), maxSitesMapped)
		if n == 0 {
			return
		}
		// Entries are indexed by site number; a quickened LOAD_GLOBAL
		// starts adaptive with a zero counter, so it specializes on its
		// first execution. Map lets Hit serve the first 255 sites inline
		// (the rest go through Load, which finds them by site number).
		c.Entries = make([]Entry, n)
		for i := range c.Entries {
			c.Entries[i].GlobalsVer = dict.NoVersion
			c.Entries[i].BuiltinsVer = dict.NoVersion
		}
		c.Map = make([]uint8, len(c.siteOf))
		for i := range min(n, 255) {
			c.Map[c.sites[i].unit] = uint8(i + 1)
		}
	}
}

// Built reports whether the cache has been built (the threshold reached).
func (c *Cache) Built() bool { return c.built }

// Hit is LOAD_GLOBAL's inlinable fast path: a pointer to the value for the
// LOAD_GLOBAL at code unit pc when its entry is valid for globals g and
// builtins b (both dicts), or nil when the VM must call Load. Under PEP509
// the entry is valid when the dicts' versions are those it was filled with
// and the pointer is to the cached value; under Keys when their keys
// versions are, and the pointer is to the value slot in the dict (so a
// rebound global is read fresh). The VM copies the value at once; the
// pointer is not valid past the instruction. The eval loop, too large for
// Go to inline calls into, has this test written out in its LOAD_GLOBAL
// case (core/vm/eval.go); the two must stay the same.
func (c *Cache) Hit(pc int, g, b *object.Dict) *object.Value {
	if uint(pc) < uint(len(c.Map)) {
		if i := c.Map[pc]; i != 0 {
			e := &c.Entries[i-1]
			if e.GlobalsVer == g.Tag(c.Tag) && e.BuiltinsVer == b.Tag(c.Tag) {
				e.Hits++
				return e.Ref
			}
		}
	}
	return nil
}

func (c *Cache) keysEntry(pc int) *Entry {
	if uint(pc) >= uint(len(c.siteOf)) {
		return nil
	}
	s := int(c.siteOf[pc]) - 1
	if s < 0 || s >= len(c.Entries) {
		return nil
	}
	return &c.Entries[s]
}

func (c *Cache) site(pc int) *site {
	if uint(pc) < uint(len(c.siteOf)) {
		if s := c.siteOf[pc]; s != noSite {
			return &c.sites[s-1]
		}
	}
	// Beyond 65535 sites: find it by unit (sites are sorted by unit).
	i := sort.Search(len(c.sites), func(i int) bool { return int(c.sites[i].unit) >= pc })
	if i < len(c.sites) && int(c.sites[i].unit) == pc {
		return &c.sites[i]
	}
	return nil
}

// Load is LOAD_GLOBAL's slow path, called when Hit fails: under Keys it
// first tries the specialized entry; otherwise it looks name up in g, then
// b, refills or specializes the entry as the strategy says, and counts. found is false when neither dict has the name: the VM raises
// NameError. err is an error raised by a key's __eq__ during the lookup.
func (c *Cache) Load(pc int, name object.Value, g, b *object.Dict) (v object.Value, found bool, err error) {
	switch c.strategy {
	case Keys:
		if e := c.keysEntry(pc); e != nil {
			// LOAD_GLOBAL_MODULE needs only the globals keys unchanged;
			// Hit also compares the builtins keys version, so a module
			// entry that failed there only because builtins gained or
			// lost a key is a hit: take the new builtins version.
			// (Sites past the 255th reach here without Hit.)
			switch {
			case e.kind == kindModule && e.GlobalsVer == g.KeysVersion():
				e.BuiltinsVer = b.KeysVersion()
			case e.kind == kindBuiltin && e.GlobalsVer == g.KeysVersion() && e.BuiltinsVer == b.KeysVersion():
			default:
				return c.loadKeys(e, pc, name, g, b)
			}
			e.Hits++
			return *e.Ref, true, nil
		}
	case PEP509:
		if uint(pc) < uint(len(c.Map)) {
			if i := c.Map[pc]; i != 0 {
				return c.loadVersions(&c.Entries[i-1], pc, name, g, b)
			}
		}
	}
	v, found, err = lookup(name, g, b)
	if s := c.site(pc); s != nil {
		s.loads++
		if err == nil && !found {
			s.nameErrors++
		}
	}
	return v, found, err
}

// Generic counts a LOAD_GLOBAL the VM did through the mapping protocol
// because globals or builtins is not a dict (no caching, as in CPython).
func (c *Cache) Generic(pc int) {
	if s := c.site(pc); s != nil {
		s.generic++
	}
}

// lookup is _PyDict_LoadGlobal: globals, then builtins.
func lookup(name object.Value, g, b *object.Dict) (object.Value, bool, error) {
	v, found, err := g.Get(name)
	if err != nil || found {
		return v, found, err
	}
	return b.Get(name)
}

// loadVersions is the PEP509 refill: after a successful lookup the entry
// takes the value and the dicts' current versions (read after the lookup,
// which may have run __eq__ code).
func (c *Cache) loadVersions(e *Entry, pc int, name object.Value, g, b *object.Dict) (object.Value, bool, error) {
	v, found, err := lookup(name, g, b)
	if err != nil || !found {
		if err == nil {
			if s := c.site(pc); s != nil {
				s.nameErrors++
			}
		}
		return v, found, err
	}
	if e.kind == kindEmpty {
		e.Opts++
		e.kind = kindVersions
	} else {
		if e.GlobalsVer != g.Version() {
			e.MissGlobals++
		}
		if e.BuiltinsVer != b.Version() {
			e.MissBuiltins++
		}
	}
	e.Value = v
	e.GlobalsVer = g.Version()
	e.BuiltinsVer = b.Version()
	return v, true, nil
}

// loadKeys runs a Keys entry that Hit did not serve: the deoptimizing
// miss of a specialized instruction, or the adaptive instruction, which
// specializes when its counter is zero and otherwise counts down.
func (c *Cache) loadKeys(e *Entry, pc int, name object.Value, g, b *object.Dict) (object.Value, bool, error) {
	switch e.kind {
	case kindModule, kindBuiltin:
		if e.GlobalsVer != g.KeysVersion() {
			e.MissGlobals++
		} else {
			e.MissBuiltins++
		}
		e.counter--
		if e.counter == 0 {
			e.kind = kindEmpty
			e.GlobalsVer, e.BuiltinsVer, e.Ref = dict.NoVersion, dict.NoVersion, nil
			e.counter = adaptiveStart
			e.Deopts++
		}
		return c.plainLoad(pc, name, g, b)
	}
	if e.counter >= counterUnit {
		e.counter -= counterUnit
		e.Deferred++
		return c.plainLoad(pc, name, g, b)
	}
	// _Py_Specialize_LoadGlobal.
	i, err := g.Lookup(name)
	if err != nil {
		return object.Null, false, err
	}
	if i >= 0 {
		e.kind, e.Index, e.Ref = kindModule, int32(i), g.ValueRef(i)
		e.GlobalsVer, e.BuiltinsVer = g.KeysVersion(), b.KeysVersion()
		e.counter = missCounterStart
		e.Opts++
		return *e.Ref, true, nil
	}
	j, err := b.Lookup(name)
	if err != nil {
		return object.Null, false, err
	}
	if j >= 0 {
		e.kind, e.Index, e.Ref = kindBuiltin, int32(j), b.ValueRef(j)
		e.GlobalsVer, e.BuiltinsVer = g.KeysVersion(), b.KeysVersion()
		e.counter = missCounterStart
		e.Opts++
		return *e.Ref, true, nil
	}
	e.Failures++
	e.counter = backoff(e.counter)
	if s := c.site(pc); s != nil {
		s.nameErrors++
	}
	return object.Null, false, nil
}

func (c *Cache) plainLoad(pc int, name object.Value, g, b *object.Dict) (object.Value, bool, error) {
	v, found, err := lookup(name, g, b)
	if err == nil && !found {
		if s := c.site(pc); s != nil {
			s.nameErrors++
		}
	}
	return v, found, err
}

// backoff is 3.11's adaptive_counter_backoff: one more exponent, and a
// wait of 2**exponent - 1 executions.
func backoff(counter uint16) uint16 {
	exp := counter&(counterUnit-1) + 1
	if exp > maxBackoff {
		exp = maxBackoff
	}
	return (1<<exp-1)<<backoffBits | exp
}

// ExtraMem returns the bytes the built cache takes: the map and the
// entries (CPython's OPCACHE_STATS formula, with pyvar's entry size; a
// CPython 3.9 _PyOpcache is 32 bytes on 64-bit machines).
func (c *Cache) ExtraMem() int {
	return len(c.Map) + len(c.Entries)*int(unsafe.Sizeof(Entry{}))
}

// Strategy returns the strategy the cache serves.
func (c *Cache) Strategy() Strategy { return c.strategy }
