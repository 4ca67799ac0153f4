// Package sre is the matching engine behind pyvar's _sre module: the
// Secret Labs' Regular Expression Engine of CPython 3.10, which CPython's
// pure-Python re, sre_parse and sre_compile drive. sre_compile turns a
// pattern into a list of 32-bit code words (the opcodes of
// Lib/sre_constants.py, MAGIC 20171005); this package validates such a
// list (Compile, as _sre.c's _validate) and runs it over a subject given
// as bytes (bytes-like objects, and str values that are all ASCII) or
// runes (other str values), with exactly CPython's semantics: the same
// backtracking order, the same captures, the same empty-match rules.
//
// How it maps to CPython's C sources:
//   - State is SRE_STATE: the subject, pos/endpos, the marks (group
//     boundaries), lastmark/lastindex, must_advance and match_all.
//     State.Match is sre_match and State.Search is sre_search, including
//     the INFO block's literal-prefix (overlap table) and charset scans.
//   - run is SRE(match) from sre_lib.h. Like it, it does not recurse: each
//     point where the C code "calls" a sub-match (DO_JUMP) pushes a
//     context on an explicit stack and resumes the parent at a labelled
//     continuation (the JUMP_* values) when the child returns. Saved
//     marks (MARK_PUSH/MARK_POP) live on a second stack, and REPEAT
//     contexts (SRE_REPEAT) on a third. The stacks are capped, so a
//     runaway match ends with ErrMemory, never a Go stack overflow.
//   - count, inCharset, at and category are SRE(count), SRE(charset),
//     SRE(at) and sre_category; chars.go holds the character predicates
//     and case mappings (ASCII, locale and Unicode rules).
//   - Every few thousand steps run calls State.Cancel (the binding passes
//     the interpreter's signal check), as SRE(match) polls
//     PyErr_CheckSignals, so catastrophic backtracking can be interrupted.
//   - Captures follow 3.10 exactly, including what 3.11 fixed (bpo-35859):
//     MARK_PUSH does not save a lone mark 0, and MIN_UNTIL's attempt at
//     the tail restores lastmark but not the marks, so some backtracked
//     groups keep stale (even reversed) spans, as they do in CPython 3.10.
//   - Beyond _sre.c, for speed only: each IN operation's verdict on the
//     characters below 256 is a precomputed bitmap (Program.inSet), and
//     search skips the positions whose character cannot begin a match
//     (firstChars: the first characters of every alternative, through
//     groups, repeats of at least one item and zero-width operations),
//     where the match would fail without looking further anyway.
//
// The one deliberate difference from _sre.c: REPEAT_ONE and MIN_REPEAT_ONE
// must repeat a single-character operation (which is all sre_compile
// emits); hand-made code with anything else is rejected by Compile instead
// of being run by a recursive sub-match. The C library's locale is taken
// to be the C locale (ASCII rules for re.LOCALE), and the Unicode
// character database is Go's unicode package.
package sre

import "errors"

// Constants of the _sre module.
const (
	MAGIC     = 20171005
	CODESIZE  = 4
	MAXREPEAT = 1<<32 - 1 // SRE_MAXREPEAT: an unbounded repeat's max
	MAXGROUPS = 1<<31 - 1 // SRE_MAXGROUPS
)

// Opcodes (Lib/sre_constants.py's OPCODES, in order).
const (
	opFailure = iota
	opSuccess
	opAny
	opAnyAll
	opAssert
	opAssertNot
	opAt
	opBranch
	opCall
	opCategory
	opCharset
	opBigCharset
	opGroupref
	opGrouprefExists
	opIn
	opInfo
	opJump
	opLiteral
	opMark
	opMaxUntil
	opMinUntil
	opNotLiteral
	opNegate
	opRange
	opRepeat
	opRepeatOne
	opSubpattern
	opMinRepeatOne
	opGrouprefIgnore
	opInIgnore
	opLiteralIgnore
	opNotLiteralIgnore
	opGrouprefLocIgnore
	opInLocIgnore
	opLiteralLocIgnore
	opNotLiteralLocIgnore
	opGrouprefUniIgnore
	opInUniIgnore
	opLiteralUniIgnore
	opNotLiteralUniIgnore
	opRangeUniIgnore
)

// AT codes.
const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
)

// CATEGORY codes.
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
)

// INFO block flags.
const (
	infoPrefix  = 1
	infoLiteral = 2
	infoCharset = 4
)

// Errors a match can end with (SRE_ERROR_*). Cancellation errors come
// from State.Cancel and are returned as they are.
var (
	// ErrMemory: the backtracking stacks outgrew their cap (MemoryError).
	ErrMemory = errors.New("sre: backtracking stack limit exceeded")
	// ErrState: an UNTIL without its REPEAT (SRE_ERROR_STATE).
	ErrState = errors.New("sre: internal error in regular expression engine")
	// ErrIllegal: an unknown opcode (SRE_ERROR_ILLEGAL).
	ErrIllegal = errors.New("sre: illegal opcode")
	// ErrInvalid: Compile rejected the code ("invalid SRE code").
	ErrInvalid = errors.New("invalid SRE code")
	// ErrTooDeep: the code nests deeper than Compile checks.
	ErrTooDeep = errors.New("sre: code nested too deeply")
)
