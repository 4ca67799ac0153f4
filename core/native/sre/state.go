package sre

import "unsafe"

// Program is a validated code word list and its number of capture groups
// (not counting group 0). Programs are immutable and may be shared.
type Program struct {
	Code   []uint32
	Groups int

	// The verdict of each IN operation on the characters below 256, as
	// bitmaps (sets), found through setIndex by the operation's position;
	// infoSet is the INFO block's first-character set, or -1.
	setIndex []int32
	sets     [][8]uint32
	infoSet  int32
	first    int // see firstOp
	// firstBits holds the characters below 256 that can begin a match
	// when hasFirst (see firstChars).
	firstBits [8]uint32
	hasFirst  bool
	// Every match consumes at least npos characters (0: fewer than two
	// known), the one at offset k from posBits[k] when below 256 (see
	// posSets).
	npos    int
	posBits [maxPos][8]uint32
	// lit is the longest run of literals every match consumes, litBytes
	// the same as bytes (nil if one is above 255), litOff the most
	// characters a match consumes before it or -1 (see requiredLiteral).
	lit      []uint32
	litBytes []byte
	litOff   int
}

// startsAt reports whether a match can begin with ch (when hasFirst).
func (p *Program) startsAt(ch uint32) bool {
	if ch < 256 {
		return p.firstBits[ch>>5]&(1<<(ch&31)) != 0
	}
	return p.first < 0 || matchOne(p.Code, p.first, ch)
}

// posOK reports whether a match could begin at ptr as far as the
// characters at offsets 1 to npos-1 say; ptr+npos must be within s.
func posOK[C char](p *Program, s []C, ptr int) bool {
	for k := 1; k < p.npos; k++ {
		if ch := uint32(s[ptr+k]); ch < 256 && p.posBits[k][ch>>5]&(1<<(ch&31)) == 0 {
			return false
		}
	}
	return true
}

// inSet reports whether ch satisfies the IN operation at pc (any of the
// four variants): a bitmap lookup below 256.
func (p *Program) inSet(pc int, ch uint32) bool {
	if ch < 256 {
		return p.sets[p.setIndex[pc]][ch>>5]&(1<<(ch&31)) != 0
	}
	return matchOne(p.Code, pc, ch)
}

// The caps on the backtracking stacks: a match that needs more ends with
// ErrMemory (MemoryError) instead of exhausting the machine. CPython has
// no cap but the allocator; these allow a few million levels of
// backtracking, as much as CPython does in a few gigabytes. (Variables
// so that tests can lower them.)
var (
	maxContexts = 1 << 24 // 64-byte contexts: 1 GB
	maxSaved    = 1 << 27 // saved marks: 1 GB
	maxRepeats  = 1 << 22
)

// State is SRE_STATE: one subject with its bounds, and the outcome of the
// last Match or Search on it. A State may be reused for many subjects
// (Init), which keeps its stacks allocated.
type State struct {
	prog  *Program
	code  []uint32
	bytes []byte
	runes []rune
	wide  bool

	// Pos and EndPos are the bounds given to Init, clamped to the
	// subject; EndPos acts as the subject's end.
	Pos, EndPos int
	// Start is where the search starts and, after a successful match,
	// where the match starts; Ptr is then where it ends.
	Start, Ptr int
	// MustAdvance forbids an empty match at Start (set between the
	// matches of findall, finditer, sub and split).
	MustAdvance bool
	matchAll    bool

	// Marks holds the group boundaries (2 per group, -1 when unset); only
	// the first LastMark+1 entries are meaningful. LastIndex is the last
	// group closed, or -1.
	Marks     []int
	LastMark  int
	LastIndex int

	// Cancel, when set, is called every few thousand steps; a non-nil
	// error stops the match and is returned (a pending KeyboardInterrupt).
	Cancel func() error

	repeat int // the innermost active repeat (index in reps), or -1
	reps   []repeat
	ctxs   []context
	saved  []int // MARK_PUSH'ed marks
	steps  uint32
}

// repeat is SRE_REPEAT: the state of one REPEAT ... UNTIL loop.
type repeat struct {
	count   int
	pc      int // position of the REPEAT's <skip> word
	prev    int // enclosing repeat, or -1
	lastPtr int // where the last iteration started (zero-width guard), or -1
}

// context is SRE(match_context): one suspended sub-match.
type context struct {
	pc, ptr, count      int
	lastmark, lastindex int
	rep                 int
	savedLastPtr        int
	chr                 uint32
	jump                uint8 // where the parent resumes when this returns
	toplevel, inRepeat  bool
}

// InitBytes prepares st to match p against a byte string (bytes-like
// objects, or a str whose code points are all below 128) between pos and
// endpos, clamped as _sre.c's state_init does.
func (st *State) InitBytes(p *Program, b []byte, pos, endpos int) {
	st.bytes, st.runes, st.wide = b, nil, false
	st.init(p, len(b), pos, endpos)
}

// InitString is InitBytes for a Go string that st only reads.
func (st *State) InitString(p *Program, s string, pos, endpos int) {
	st.InitBytes(p, unsafe.Slice(unsafe.StringData(s), len(s)), pos, endpos)
}

// InitRunes prepares st to match p against a string of code points.
func (st *State) InitRunes(p *Program, r []rune, pos, endpos int) {
	st.bytes, st.runes, st.wide = nil, r, true
	st.init(p, len(r), pos, endpos)
}

func (st *State) init(p *Program, length, pos, endpos int) {
	st.prog, st.code = p, p.Code
	pos = min(max(pos, 0), length)
	endpos = min(max(endpos, 0), length)
	st.Pos, st.EndPos = pos, endpos
	st.Start, st.Ptr = pos, pos
	st.MustAdvance, st.matchAll = false, false
	if n := 2 * p.Groups; cap(st.Marks) >= n {
		st.Marks = st.Marks[:n]
	} else {
		st.Marks = make([]int, n)
	}
	st.Reset()
}

// Reset forgets the groups of the last match (state_reset).
func (st *State) Reset() {
	st.LastMark, st.LastIndex = -1, -1
	st.repeat = -1
	st.reps = st.reps[:0]
	st.ctxs = st.ctxs[:0]
	st.saved = st.saved[:0]
}

// Match tries the pattern at Start (sre_match); with matchAll the match
// must also end at EndPos (fullmatch). On success Start..Ptr is the match.
func (st *State) Match(matchAll bool) (bool, error) {
	st.Reset()
	st.Ptr = st.Start
	st.matchAll = matchAll
	if st.wide {
		return run(st, st.runes, 0, true)
	}
	return run(st, st.bytes, 0, true)
}

// Search finds the first match at or after Start (sre_search).
func (st *State) Search() (bool, error) {
	st.Reset()
	st.Ptr = st.Start
	st.matchAll = false
	if st.wide {
		return search(st, st.runes)
	}
	return search(st, st.bytes)
}

// Advance prepares the next search of an iteration (findall, finditer,
// sub, split, the scanner): it starts where the last match ended and may
// not match empty there if the last match was empty.
func (st *State) Advance() {
	st.MustAdvance = st.Ptr == st.Start
	st.Start = st.Ptr
}

// Span returns the bounds of group i (0 is the whole match) after a
// successful match, or -1, -1 when the group did not take part.
func (st *State) Span(i int) (int, int) {
	if i == 0 {
		return st.Start, st.Ptr
	}
	j := 2 * (i - 1)
	if j+1 > st.LastMark || st.Marks[j] < 0 || st.Marks[j+1] < 0 {
		return -1, -1
	}
	return st.Marks[j], st.Marks[j+1]
}

func (st *State) newRepeat(pc int) (int, error) {
	if len(st.reps) >= maxRepeats {
		return 0, ErrMemory
	}
	st.reps = append(st.reps, repeat{count: -1, pc: pc, prev: st.repeat, lastPtr: -1})
	return len(st.reps) - 1, nil
}

// markPush saves marks 0..lastmark on saved (MARK_PUSH); false when the
// stack is full. Like CPython 3.10's macros (fixed in 3.11, bpo-35859),
// these do nothing when lastmark is 0, so a lone mark 0 is not protected:
// (ab|a)*?b on "ab" gives group 1 the span (2, 1) there, and so here.
func markPush(saved, marks []int, lastmark int) ([]int, bool) {
	if lastmark > 0 {
		if len(saved)+lastmark+1 > maxSaved {
			return saved, false
		}
		saved = append(saved, marks[:lastmark+1]...)
	}
	return saved, true
}

// markPop restores the saved marks and drops them (MARK_POP).
func markPop(saved, marks []int, lastmark int) []int {
	if lastmark > 0 {
		n := len(saved) - (lastmark + 1)
		copy(marks, saved[n:])
		saved = saved[:n]
	}
	return saved
}

// markPopKeep restores the saved marks and keeps them (MARK_POP_KEEP).
func markPopKeep(saved, marks []int, lastmark int) {
	if lastmark > 0 {
		copy(marks, saved[len(saved)-(lastmark+1):])
	}
}

// markDiscard drops the saved marks (MARK_POP_DISCARD).
func markDiscard(saved []int, lastmark int) []int {
	if lastmark > 0 {
		saved = saved[:len(saved)-(lastmark+1)]
	}
	return saved
}
