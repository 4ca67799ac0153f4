package native

import (
	"io"
	"os"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The interpreter's standard streams, made as CPython's create_stdio
// makes them: a FileIO (closefd=False) named '<stdin>', '<stdout>' or
// '<stderr>', a BufferedReader or BufferedWriter over it (none for
// stdout and stderr when unbuffered), and a TextIOWrapper with newline
// '\n', line buffered on a terminal and always for stderr, stderr's
// errors backslashreplace. When the embedder passed Go readers and
// writers rather than files, the FileIOs read and write those.

// StdIO is the vm.Options.StdIO hook: core/interp installs it so that
// sys.stdin, sys.stdout, sys.stderr and open() are _io's objects.
func StdIO(in *vm.Interp) (vm.StdIO, error) {
	st, err := ioStateOf(in)
	if err != nil {
		return vm.StdIO{}, err
	}
	if st == nil {
		return vm.StdIO{}, object.Errorf(object.ImportError, "_io is not available")
	}
	stdin, stdout, stderr := in.StdStreams()
	var s vm.StdIO
	if s.Stdin, err = st.stdStream(stdin, nil, 0, "<stdin>", in.Unbuffered()); err != nil {
		return vm.StdIO{}, err
	}
	if s.Stdout, err = st.stdStream(nil, stdout, 1, "<stdout>", in.Unbuffered()); err != nil {
		return vm.StdIO{}, err
	}
	if s.Stderr, err = st.stdStream(nil, stderr, 2, "<stderr>", in.Unbuffered()); err != nil {
		return vm.StdIO{}, err
	}
	s.Open, _ = st.mod.Dict.GetStr("open")
	s.Finalize = st.finalizeAll
	return s, nil
}

// stdStream makes one standard stream over r or w: an *os.File is used
// through its descriptor, any other reader or writer through Go calls
// under the descriptor number fd.
func (st *ioState) stdStream(r io.Reader, w io.Writer, fd int, name string, unbuffered bool) (object.Value, error) {
	f := st.newFileIO(st.fileio)
	f.closefd = false
	writing := w != nil
	if writing {
		f.writable = true
	} else {
		f.readable = true
	}
	var osf *os.File
	if writing {
		osf, _ = w.(*os.File)
	} else {
		osf, _ = r.(*os.File)
	}
	if osf != nil {
		f.fd = int(osf.Fd())
		if stt, err := osf.Stat(); err == nil {
			f.regular = stt.Mode().IsRegular()
			if blk := blksizeOf(stt); blk > 1 {
				f.blksize = blk
			}
		} else {
			// A closed standard descriptor: CPython sets the stream to None.
			return object.None, nil
		}
	} else {
		f.fd = fd
		f.goReader, f.goWriter = r, w
	}
	raw := object.FromObject(f)
	f.InstanceDict().SetStr("name", object.NewStr(name))
	isatty := f.isatty()
	var buf object.Value
	if writing && unbuffered {
		buf = raw
	} else {
		cls := st.bufreader
		if writing {
			cls = st.bufwriter
		}
		var err error
		if buf, err = object.Call(object.FromObject(cls), []object.Value{raw, object.Int(int64(f.blksize))}, nil); err != nil {
			return object.Null, err
		}
	}
	errors := stdioErrors()
	// PYTHONIOENCODING=encoding[:errors] (stderr keeps backslashreplace).
	// An encoding named there is the codec's own name, with strict errors.
	encoding, ioErrors, _ := strings.Cut(st.in.IOEncoding(), ":")
	if encoding == "" {
		encoding = "utf-8"
	} else {
		errors = "strict"
		if info, err := object.LookupTextEncoding(encoding, ""); err == nil {
			if n, err := object.GetAttrString(info, "name"); err == nil {
				if s, ok := n.Object().(*object.Str); ok {
					encoding = s.S
				}
			}
		}
	}
	if ioErrors != "" {
		errors = ioErrors
	}
	if fd == 2 {
		errors = "backslashreplace"
	}
	lineBuffering := !unbuffered && (isatty || fd == 2)
	t, err := object.Call(object.FromObject(st.textwrapper), []object.Value{buf, object.NewStr(encoding), object.NewStr(errors),
		object.NewStr("\n"), object.Bool(lineBuffering), object.Bool(unbuffered)}, nil)
	if err != nil {
		return object.Null, err
	}
	mode := "r"
	if writing {
		mode = "w"
	}
	if err := object.SetAttr(t, object.Intern("mode"), object.NewStr(mode)); err != nil {
		return object.Null, err
	}
	return t, nil
}
