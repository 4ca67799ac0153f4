package opcache

import (
	"fmt"
	"io"
)

// Stats sums one interpreter's opcache counters: CPython 3.9's
// OPCACHE_STATS (code objects, extra memory, opts, hits, misses) and more.
type Stats struct {
	Strategy Strategy
	MinRuns  int

	CodeObjects int // code objects that reached the threshold (opcache_code_objects; as CPython, also those without LOAD_GLOBAL)
	ExtraMem    int // bytes of maps and entries (opcache_code_objects_extra_mem)
	Sites       int // LOAD_GLOBAL instructions in the code objects run
	Cached      int // of them, given an entry
	Uncached    int // of them, left uncached in built caches (beyond MaxEntries)

	Opts         uint64 // entries filled the first time / specializations (opcache_global_opts)
	Hits         uint64 // loads served by an entry (opcache_global_hits)
	Misses       uint64 // loads that found a filled entry stale (opcache_global_misses)
	MissGlobals  uint64 // ... because globals changed (PEP509: version; Keys: keys version)
	MissBuiltins uint64 // ... because builtins changed
	Deopts       uint64 // Keys: specialized instructions returned to adaptive
	Failures     uint64 // Keys: failed specializations
	Deferred     uint64 // Keys: adaptive instructions' generic lookups
	Loads        uint64 // lookups outside any entry: before the threshold, beyond MaxEntries, strategy off
	Generic      uint64 // lookups through non-dict globals or builtins
	NameErrors   uint64 // lookups that found nothing (NameError)

	CountLoops bool        // backward jumps counted toward the threshold
	Code       []CodeStats // one per code object run, in the order they first ran
}

// CodeStats says when and why one code object's cache was built.
type CodeStats struct {
	Name, Filename string
	Line           int
	Runs           uint64 // frame entries
	Backedges      uint64 // backward jumps counted while warming up
	Sites          int    // LOAD_GLOBAL instructions
	Hits           uint64
	BuiltAt        Activation
}

// Stats sums the counters of every cache the runtime made whose code
// object is still alive (all of a script's functions are, to the end).
func (rt *Runtime) Stats() Stats {
	st := Stats{Strategy: rt.strategy, MinRuns: rt.minRuns, CountLoops: rt.CountsLoops()}
	for _, w := range rt.caches {
		c := w.Value()
		if c == nil {
			continue
		}
		cs := CodeStats{Name: c.Name, Filename: c.Filename, Line: c.Line, Runs: c.Runs,
			Backedges: c.Backedges, Sites: len(c.sites), BuiltAt: c.BuiltAt}
		for i := range c.Entries {
			cs.Hits += c.Entries[i].Hits
		}
		st.Code = append(st.Code, cs)
		st.Sites += len(c.sites)
		if c.built {
			st.CodeObjects++
			st.ExtraMem += c.ExtraMem()
			st.Cached += len(c.Entries)
			st.Uncached += len(c.sites) - len(c.Entries)
		}
		for i := range c.Entries {
			e := &c.Entries[i]
			st.Opts += uint64(e.Opts)
			st.Hits += e.Hits
			st.Misses += e.Misses()
			st.MissGlobals += uint64(e.MissGlobals)
			st.MissBuiltins += uint64(e.MissBuiltins)
			st.Deopts += uint64(e.Deopts)
			st.Failures += uint64(e.Failures)
			st.Deferred += e.Deferred
		}
		for i := range c.sites {
			s := &c.sites[i]
			st.Loads += s.loads
			st.Generic += s.generic
			st.NameErrors += s.nameErrors
		}
	}
	return st
}

// Write prints the statistics in the spirit of CPython's OPCACHE_STATS
// report (what `pyvar run --opcache-stats` shows on stderr).
func (st Stats) Write(w io.Writer) error {
	threshold := fmt.Sprintf("min runs %d", st.MinRuns)
	if st.CountLoops {
		threshold = fmt.Sprintf("min runs %d, frame entries + loop back-edges", st.MinRuns)
	} else {
		threshold += ", frame entries"
	}
	if st.Strategy == Off {
		threshold = "no cache"
	}
	_, err := fmt.Fprintf(w, `-- Opcode cache (strategy %s, %s) --
code objects with cache:   %d
extra memory (bytes):      %d
LOAD_GLOBAL sites:         %d (cached %d, left uncached beyond %d: %d)
-- LOAD_GLOBAL --
hits:                      %d (%d%%)
misses:                    %d (globals changed %d, builtins changed %d)
opts:                      %d
uncached lookups:          %d
generic (non-dict) loads:  %d
name errors:               %d
`, st.Strategy, threshold, st.CodeObjects, st.ExtraMem, st.Sites, st.Cached, MaxEntries, st.Uncached,
		st.Hits, st.hitPercent(), st.Misses, st.MissGlobals, st.MissBuiltins, st.Opts,
		st.Loads, st.Generic, st.NameErrors)
	if err == nil && st.Strategy == Keys {
		_, err = fmt.Fprintf(w, "deopts:                    %d\nspecialization failures:   %d\ndeferred (adaptive) loads: %d\n",
			st.Deopts, st.Failures, st.Deferred)
	}
	return err
}

// WriteCodeObjects prints one line per code object that ran: where it is,
// its frame entries, and when and why its cache was built.
func (st Stats) WriteCodeObjects(w io.Writer) error {
	if st.Strategy == Off {
		return nil
	}
	if _, err := fmt.Fprintln(w, "-- Code objects (frame entries, LOAD_GLOBAL sites, hits: when and why the cache was built) --"); err != nil {
		return err
	}
	for _, c := range st.Code {
		if _, err := fmt.Fprintf(w, "%s (%s:%d): entries=%d sites=%d hits=%d: %s\n",
			c.Name, c.Filename, c.Line, c.Runs, c.Sites, c.Hits, c.BuiltAt); err != nil {
			return err
		}
	}
	return nil
}

func (st Stats) hitPercent() uint64 {
	total := st.Hits + st.Misses + st.Opts + st.Loads + st.Deferred + st.Generic
	if total == 0 {
		return 0
	}
	return st.Hits * 100 / total
}

// SiteStats describes one LOAD_GLOBAL instruction for `pyvar dis --opcache`.
type SiteStats struct {
	Unit   int    // index of the LOAD_GLOBAL code unit (offset = 2*Unit)
	Cached bool   // the instruction has an entry
	Entry  int    // its index in Entries, or -1
	State  string // "uncached", "empty", "filled", "adaptive", "module", "builtin"

	Hits, Misses              uint64
	MissGlobals, MissBuiltins uint64
	Opts, Deopts, Failures    uint64
	Deferred                  uint64
	Loads, Generic            uint64 // lookups outside the entry
	NameErrors                uint64
}

// Sites returns one record per LOAD_GLOBAL of the code object, in order.
func (c *Cache) Sites() []SiteStats {
	out := make([]SiteStats, len(c.sites))
	for i := range c.sites {
		s := &c.sites[i]
		ss := SiteStats{Unit: int(s.unit), Entry: -1, State: "uncached",
			Loads: s.loads, Generic: s.generic, NameErrors: s.nameErrors}
		var e *Entry
		switch {
		case c.strategy == Keys:
			if i < len(c.Entries) {
				e, ss.Entry = &c.Entries[i], i
			}
		case c.Map != nil:
			if k := c.Map[s.unit]; k != 0 {
				e, ss.Entry = &c.Entries[k-1], int(k-1)
			}
		}
		if e != nil {
			ss.Cached = true
			ss.Hits, ss.Misses = e.Hits, e.Misses()
			ss.MissGlobals, ss.MissBuiltins = uint64(e.MissGlobals), uint64(e.MissBuiltins)
			ss.Opts, ss.Deopts, ss.Failures = uint64(e.Opts), uint64(e.Deopts), uint64(e.Failures)
			ss.Deferred = e.Deferred
			ss.State = e.state(c.strategy == Keys)
		}
		out[i] = ss
	}
	return out
}

// Site returns the record of the LOAD_GLOBAL at code unit pc.
func (c *Cache) Site(pc int) (SiteStats, bool) {
	for _, ss := range c.Sites() {
		if ss.Unit == pc {
			return ss, true
		}
	}
	return SiteStats{}, false
}

func (e *Entry) state(keys bool) string {
	switch e.kind {
	case kindVersions:
		return "filled"
	case kindModule:
		return "module"
	case kindBuiltin:
		return "builtin"
	}
	if keys {
		return "adaptive"
	}
	return "empty"
}

// Annotation is a short text for a LOAD_GLOBAL line in a dis listing,
// e.g. "hits=1023 misses=1 (globals 1)" or "uncached (lookups=3)".
func (ss SiteStats) Annotation() string {
	if !ss.Cached {
		return fmt.Sprintf("uncached (lookups=%d)", ss.Loads+ss.Generic)
	}
	s := fmt.Sprintf("%s hits=%d misses=%d", ss.State, ss.Hits, ss.Misses)
	if ss.Misses > 0 {
		s += fmt.Sprintf(" (globals %d, builtins %d)", ss.MissGlobals, ss.MissBuiltins)
	}
	s += fmt.Sprintf(" opts=%d", ss.Opts)
	if ss.Deopts+ss.Failures+ss.Deferred > 0 {
		s += fmt.Sprintf(" deopts=%d failures=%d deferred=%d", ss.Deopts, ss.Failures, ss.Deferred)
	}
	if ss.Loads+ss.Generic > 0 {
		s += fmt.Sprintf(" uncached-lookups=%d", ss.Loads+ss.Generic)
	}
	return s
}
