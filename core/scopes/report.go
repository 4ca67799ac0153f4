// Package scopes explains, for every name of a Python file, which scope
// CPython 3.10's rules give it and which opcode family reaches it, and
// writes the JSON Lines scope report that REPORT.md describes.
//
// The report is read off the compiled code objects, not off the symbol
// table, so it shows what the bytecode really does: the module's code object
// first, then a pre-order walk through co_consts; for each code object every
// LOAD/STORE/DELETE of the FAST, DEREF (with LOAD_CLOSURE), CLASSDEREF,
// GLOBAL and NAME families is counted per name. The explanation (explain.go)
// joins those families with the symbol table's binding and use sites to say
// why each name got its scope.
package scopes

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/compile"
	"github.com/pyvar/pyvar/core/symtable"
	"github.com/pyvar/pyvar/core/syntax"
)

// Families, as the report names them.
const (
	FamFast       = "FAST"
	FamDeref      = "DEREF"
	FamClassDeref = "CLASSDEREF"
	FamGlobal     = "GLOBAL"
	FamName       = "NAME"
)

// Access kinds.
const (
	KindLoad   = "LOAD"
	KindStore  = "STORE"
	KindDelete = "DELETE"
)

// FileRecord is one line of the report.
type FileRecord struct {
	File    string       `json:"file"`
	Status  string       `json:"status"`
	Error   string       `json:"error,omitempty"`
	Message string       `json:"message,omitempty"`
	Lineno  int          `json:"lineno,omitempty"`
	Code    []CodeRecord `json:"code,omitempty"`
}

// CodeRecord is one code object of a FileRecord.
type CodeRecord struct {
	Qualname    string              `json:"qualname"`
	Name        string              `json:"name"`
	Firstlineno int                 `json:"firstlineno"`
	Families    map[string][]string `json:"families"`
	Ops         [][]any             `json:"ops"`
	Varnames    []string            `json:"varnames"`
	Cellvars    []string            `json:"cellvars"`
	Freevars    []string            `json:"freevars"`
	Names       []string            `json:"names"`
}

// Access is one (family, kind, name) triple with its count in a code object.
type Access struct {
	Family, Kind, Name string
	Count              int
}

// opFamily maps the counted opcodes to their family and kind.
var opFamily = map[code.Opcode][2]string{
	code.LOAD_FAST:       {FamFast, KindLoad},
	code.STORE_FAST:      {FamFast, KindStore},
	code.DELETE_FAST:     {FamFast, KindDelete},
	code.LOAD_DEREF:      {FamDeref, KindLoad},
	code.LOAD_CLOSURE:    {FamDeref, KindLoad},
	code.STORE_DEREF:     {FamDeref, KindStore},
	code.DELETE_DEREF:    {FamDeref, KindDelete},
	code.LOAD_CLASSDEREF: {FamClassDeref, KindLoad},
	code.LOAD_GLOBAL:     {FamGlobal, KindLoad},
	code.STORE_GLOBAL:    {FamGlobal, KindStore},
	code.DELETE_GLOBAL:   {FamGlobal, KindDelete},
	code.LOAD_NAME:       {FamName, KindLoad},
	code.STORE_NAME:      {FamName, KindStore},
	code.DELETE_NAME:     {FamName, KindDelete},
}

// Instruction is one decoded instruction (EXTENDED_ARG folded in).
type Instruction struct {
	Offset int // in code units
	Op     code.Opcode
	Arg    int
	Line   int
}

// Decode returns co's instructions with EXTENDED_ARG prefixes folded into
// the argument of the instruction they extend.
func Decode(co *code.Code) []Instruction {
	out := make([]Instruction, 0, len(co.Code))
	ext := 0
	for i, u := range co.Code {
		op := u.Op()
		arg := ext<<8 | int(u.Arg())
		if op == code.EXTENDED_ARG {
			ext = arg
			continue
		}
		ext = 0
		line := 0
		if i < len(co.Lines) {
			line = int(co.Lines[i])
		}
		out = append(out, Instruction{Offset: i, Op: op, Arg: arg, Line: line})
	}
	return out
}

// nameOf returns the name an access instruction refers to, or false when
// its argument is out of range (a broken code object).
func nameOf(co *code.Code, op code.Opcode, arg int) (string, bool) {
	var list []string
	switch opFamily[op][0] {
	case FamFast:
		list = co.Varnames
	case FamDeref, FamClassDeref:
		if arg >= len(co.Cellvars) {
			list, arg = co.Freevars, arg-len(co.Cellvars)
		} else {
			list = co.Cellvars
		}
	default:
		list = co.Names
	}
	if arg < 0 || arg >= len(list) {
		return "", false
	}
	return list[arg], true
}

// Accesses returns the sorted multiset of name accesses of one code object.
func Accesses(co *code.Code) []Access {
	counts := map[[3]string]int{}
	for _, in := range Decode(co) {
		fk, ok := opFamily[in.Op]
		if !ok {
			continue
		}
		name, ok := nameOf(co, in.Op, in.Arg)
		if !ok {
			name = fmt.Sprintf("<bad arg %d>", in.Arg)
		}
		counts[[3]string{fk[0], fk[1], name}]++
	}
	out := make([]Access, 0, len(counts))
	for k, n := range counts {
		out = append(out, Access{k[0], k[1], k[2], n})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Family != b.Family {
			return a.Family < b.Family
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Name < b.Name
	})
	return out
}

// CodeObjects returns co and its nested code objects, module first, then a
// pre-order walk in co_consts order.
func CodeObjects(co *code.Code) []*code.Code {
	var out []*code.Code
	var walk func(c *code.Code)
	walk = func(c *code.Code) {
		out = append(out, c)
		for _, k := range c.Consts {
			if sub, ok := k.Object().(*code.Code); ok {
				walk(sub)
			}
		}
	}
	walk(co)
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Record builds the report record of one code object.
func Record(co *code.Code) CodeRecord {
	r := CodeRecord{
		Qualname: co.Qualname, Name: co.Name, Firstlineno: co.Firstlineno,
		Families: map[string][]string{}, Ops: [][]any{},
		Varnames: nonNil(co.Varnames), Cellvars: nonNil(co.Cellvars), Freevars: nonNil(co.Freevars), Names: nonNil(co.Names),
	}
	for _, a := range Accesses(co) {
		r.Ops = append(r.Ops, []any{a.Family, a.Kind, a.Name, a.Count})
		fams := r.Families[a.Name]
		if !contains(fams, a.Family) {
			fams = append(fams, a.Family)
			sort.Strings(fams)
			r.Families[a.Name] = fams
		}
	}
	return r
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// ReportSource compiles src (named file in the record, filename in code
// objects) and returns its report record. Compilation errors give a
// "rejected" record; a Go panic inside the front end is turned into a
// rejected record naming it rather than crashing the caller.
func ReportSource(src []byte, file, filename string) (rec FileRecord) {
	rec.File = file
	defer func() {
		if r := recover(); r != nil {
			rec = FileRecord{File: file, Status: "rejected", Error: "SystemError", Message: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	co, err := compile.Compile(src, filename, syntax.Exec, 0)
	if err != nil {
		rec.Status = "rejected"
		var se *syntax.Error
		var re *symtable.RecursionError
		if errors.As(err, &se) {
			rec.Error, rec.Message, rec.Lineno = se.Kind, se.Msg, se.Lineno
		} else if errors.As(err, &re) {
			rec.Error, rec.Message, rec.Lineno = "RecursionError", re.Error(), re.Lineno
		} else {
			rec.Error, rec.Message = errorKind(err), err.Error()
		}
		return rec
	}
	rec.Status = "ok"
	for _, c := range CodeObjects(co) {
		rec.Code = append(rec.Code, Record(c))
	}
	return rec
}

// errorKind guesses the Python exception type of a non-syntax compile error.
func errorKind(err error) string {
	msg := err.Error()
	for _, k := range []string{"RecursionError", "ValueError", "MemoryError", "SystemError"} {
		if strings.Contains(msg, k) {
			return k
		}
	}
	return "SyntaxError"
}

// PyFiles expands paths into the .py files to report, each with the name it
// gets in the report: relative to a directory argument (with / separators),
// or as given (relative to root when root is set) for a file argument.
// Directories are walked in sorted order; site-packages is skipped.
func PyFiles(root string, paths []string) (files, names []string, err error) {
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, nil, err
		}
		if !st.IsDir() {
			name := p
			if root != "" {
				if rel, err := filepath.Rel(root, p); err == nil {
					name = rel
				}
			}
			files, names = append(files, p), append(names, filepath.ToSlash(name))
			continue
		}
		err = filepath.WalkDir(p, func(f string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "site-packages" || d.Name() == "__pycache__" {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(f, ".py") {
				rel, _ := filepath.Rel(p, f)
				files, names = append(files, f), append(names, filepath.ToSlash(rel))
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	return files, names, nil
}

// Reports compiles the files on all CPUs and returns their records in input order.
func Reports(files, names []string) []FileRecord {
	recs := make([]FileRecord, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				src, err := os.ReadFile(files[i])
				if err != nil {
					recs[i] = FileRecord{File: names[i], Status: "rejected", Error: "OSError", Message: err.Error()}
					continue
				}
				recs[i] = ReportSource(src, names[i], files[i])
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return recs
}

// ReportJSON writes the JSON Lines report of every .py file under paths
// (files or directories, see PyFiles) to w, one line per file.
func ReportJSON(w io.Writer, root string, paths []string) error {
	files, names, err := PyFiles(root, paths)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range Reports(files, names) {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}
