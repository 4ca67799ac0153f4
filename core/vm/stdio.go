package vm

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/pyvar/pyvar/core/object"
)

// The standard streams. The I/O layer (core/native's _io) is not part of
// the VM: an interpreter gets its sys.stdin, sys.stdout, sys.stderr and
// builtins.open from Options.StdIO, which core/interp fills. Without it
// (the VM's own tests), sys.stdout and sys.stderr are small unbuffered
// streams over the Options' writers and there is no open().

// StdIO is what Options.StdIO returns.
type StdIO struct {
	Stdin, Stdout, Stderr object.Value
	Open                  object.Value // builtins.open; Null for none
	// Finalize, run at exit after the standard streams are flushed,
	// flushes and closes the I/O objects the program left open.
	Finalize func()
}

// TextWriter is implemented by stream objects that take str directly
// (the _io TextIOWrapper): print() and the interpreter's own output write
// to the original sys.stdout and sys.stderr through it, with the same
// effect as calling their write method.
type TextWriter interface {
	WriteText(s string) error
}

func init() {
	// Warnings raised inside package object (the codecs' invalid escapes)
	// go to the interpreter running code.
	object.Warn = func(category *object.Type, msg string, stacklevel int) error {
		if in := lastInterp.Load(); in != nil {
			return in.Warn(category, msg, stacklevel)
		}
		return nil
	}
}

// StdStreams returns the reader and writers given in Options (os.Stdin,
// os.Stdout and os.Stderr by default), for the I/O layer to wrap.
func (in *Interp) StdStreams() (io.Reader, io.Writer, io.Writer) {
	return in.stdin, in.stdout, in.stderr
}

// Unbuffered reports Options.Unbuffered (python -u, PYTHONUNBUFFERED).
func (in *Interp) Unbuffered() bool { return in.opts.Unbuffered }

// IOEncoding reports Options.IOEncoding (PYTHONIOENCODING).
func (in *Interp) IOEncoding() string { return in.opts.IOEncoding }

// initStdio sets sys.stdin, sys.stdout, sys.stderr (and their __x__
// copies) and builtins.open.
func (in *Interp) initStdio() {
	var s StdIO
	ok := false
	if in.opts.StdIO != nil {
		var err error
		_, err = in.protect(func() (object.Value, error) {
			var err error
			s, err = in.opts.StdIO(in)
			return object.Null, err
		})
		ok = err == nil
		if err != nil {
			io.WriteString(in.stderr, "pyvar: cannot set up the standard streams: "+err.Error()+"\n")
		}
	}
	if !ok {
		s = StdIO{
			Stdin:  object.FromObject(&rawStream{in: in, name: "<stdin>", fd: 0}),
			Stdout: object.FromObject(&rawStream{in: in, w: in.stdout, name: "<stdout>", fd: 1}),
			Stderr: object.FromObject(&rawStream{in: in, w: in.stderr, name: "<stderr>", fd: 2}),
		}
	}
	d := in.sysModule.Dict
	for _, p := range []struct {
		name string
		v    object.Value
	}{{"stdin", s.Stdin}, {"stdout", s.Stdout}, {"stderr", s.Stderr}} {
		setStr(d, p.name, p.v)
		setStr(d, "__"+p.name+"__", p.v)
	}
	in.stdoutObj, in.stderrObj = s.Stdout, s.Stderr
	in.stdoutTW, _ = s.Stdout.Object().(TextWriter)
	in.stderrTW, _ = s.Stderr.Object().(TextWriter)
	in.ioFinalize = s.Finalize
	if !s.Open.IsNull() {
		setStr(in.Builtins, "open", s.Open)
	}
}

// directWriter returns the TextWriter behind v when v is the
// interpreter's own stream (orig) and the program has not given it a
// write attribute of its own; nil means: call v.write.
func directWriter(v, orig object.Value, tw TextWriter) TextWriter {
	if tw == nil || !v.Is(orig) {
		return nil
	}
	if dh, ok := v.Object().(object.DictHolder); ok {
		if d := dh.InstanceDict(); d.Len() > 0 {
			if _, has := d.GetStr("write"); has {
				return nil
			}
		}
	}
	return tw
}

// stdoutWriter is directWriter for sys.stdout, remembering its answer
// while the stream's instance dict does not change (print's fast path).
func (in *Interp) stdoutWriter(out object.Value) TextWriter {
	if in.stdoutTW == nil || !out.Is(in.stdoutObj) {
		return nil
	}
	dh, ok := out.Object().(object.DictHolder)
	if !ok {
		return in.stdoutTW
	}
	d := dh.InstanceDict()
	if v := d.Version(); v != in.stdoutDictVer || d != in.stdoutDict {
		in.stdoutDict, in.stdoutDictVer = d, v
		_, has := d.GetStr("write")
		in.stdoutDirect = !has
	}
	if in.stdoutDirect {
		return in.stdoutTW
	}
	return nil
}

// sysStream returns sys.<name>, Null when it is missing.
func (in *Interp) sysStream(name *object.Str) object.Value {
	if in.sysModule == nil {
		return object.Null
	}
	v, ok, _ := in.sysModule.Dict.Get(object.FromObject(name))
	if !ok {
		return object.Null
	}
	return v
}

// writeTo writes s to the stream f: directly when it is the
// interpreter's own, else through f.write(s).
func (in *Interp) writeTo(f object.Value, s string) error {
	var tw TextWriter
	switch {
	case f.Is(in.stdoutObj):
		tw = directWriter(f, in.stdoutObj, in.stdoutTW)
	case f.Is(in.stderrObj):
		tw = directWriter(f, in.stderrObj, in.stderrTW)
	}
	if tw != nil {
		return tw.WriteText(s)
	}
	w, err := object.GetAttrString(f, "write")
	if err != nil {
		return err
	}
	_, err = in.call(w, []object.Value{object.NewStr(s)}, nil)
	return err
}

// writeStdout writes to sys.stdout (displayhook, dis, input's prompt);
// nothing when sys.stdout is None, RuntimeError when it is gone.
func (in *Interp) writeStdout(s string) error {
	out := in.sysStream(strStdout)
	if out.IsNull() {
		return object.Errorf(object.RuntimeError, "lost sys.stdout")
	}
	if out.IsNone() {
		return nil
	}
	return in.writeTo(out, s)
}

// WriteStderr writes s to sys.stderr, as CPython writes tracebacks and
// warnings: through the stream object, so that it comes in order with
// what the program wrote there. When sys.stderr is missing, None or
// fails, s goes to the interpreter's stderr writer.
func (in *Interp) WriteStderr(s string) {
	if _, err := in.protect(func() (object.Value, error) {
		return object.Null, in.writeStderr(s)
	}); err != nil {
		io.WriteString(in.stderr, s)
	}
}

// osError turns a Go file error into the OSError subclass CPython raises
// ("[Errno 2] No such file or directory: 'x'").
func osError(err error, filename object.Value) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return object.Errorf(object.OSError, "%s", err.Error())
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	args := []object.Value{object.Int(int64(errno)), object.NewStr(msg)}
	if !filename.IsNull() {
		args = append(args, filename)
	}
	e, cerr := object.Call(object.FromObject(object.OSError), args, nil)
	if cerr != nil {
		return cerr
	}
	return e.Object().(*object.BaseException)
}

// FlushStdStreams flushes sys.stdout and sys.stderr as CPython's
// flush_std_files does at exit; a failing stdout flush is reported as
// unraisable and makes it return false.
func (in *Interp) FlushStdStreams() bool {
	ok := true
	for _, name := range []*object.Str{strStdout, strStderr} {
		f := in.sysStream(name)
		if f.IsNull() || f.IsNone() {
			continue
		}
		_, err := in.protect(func() (object.Value, error) {
			if c, err := object.GetAttrString(f, "closed"); err == nil {
				if closed, _ := object.Truth(c); closed {
					return object.Null, nil
				}
			}
			return in.callMethodName(f, "flush")
		})
		if err != nil {
			ok = false
			if name == strStdout {
				in.WriteUnraisable(err, "", f)
			}
		}
	}
	return ok
}

// shutdown is the end of an interpreter as Py_FinalizeEx runs it: the
// standard streams are flushed, then the I/O objects still open are
// closed. It returns false when flushing stdout failed (exit status 120).
func (in *Interp) shutdown() bool {
	if in.shutDown {
		return true
	}
	in.shutDown = true
	for _, fn := range in.shutdownHooks {
		fn()
	}
	ok := in.FlushStdStreams()
	if in.ioFinalize != nil {
		in.protect(func() (object.Value, error) {
			in.ioFinalize()
			return object.Null, nil
		})
	}
	return ok
}

// AtShutdown registers fn to run when in ends (Finalize), before the
// standard streams are flushed: a native module stops its goroutines and
// signal subscriptions there, as CPython's modules do in their fini
// functions.
func (in *Interp) AtShutdown(fn func()) { in.shutdownHooks = append(in.shutdownHooks, fn) }

// input is the builtin input(): the prompt to sys.stdout, then a line
// from sys.stdin, as CPython does when it does not use GNU readline.
func (in *Interp) input(prompt object.Value) (object.Value, error) {
	fin := in.sysStream(strStdin)
	fout := in.sysStream(strStdout)
	ferr := in.sysStream(strStderr)
	switch {
	case fin.IsNull() || fin.IsNone():
		return object.Null, object.Errorf(object.RuntimeError, "input(): lost sys.stdin")
	case fout.IsNull() || fout.IsNone():
		return object.Null, object.Errorf(object.RuntimeError, "input(): lost sys.stdout")
	case ferr.IsNull() || ferr.IsNone():
		return object.Null, object.Errorf(object.RuntimeError, "input(): lost sys.stderr")
	}
	// CPython ignores a failing flush (a stream may have none).
	in.callMethodName(ferr, "flush")
	if !prompt.IsNull() {
		s, err := object.StrOf(prompt)
		if err != nil {
			return object.Null, err
		}
		if err := in.writeTo(fout, s); err != nil {
			return object.Null, err
		}
	}
	in.callMethodName(fout, "flush")
	line, err := in.callMethodName(fin, "readline")
	if err != nil {
		return object.Null, err
	}
	s, ok := object.Unwrap(line).Object().(*object.Str)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "object.readline() returned non-string")
	}
	if s.S == "" {
		return object.Null, object.Errorf(object.EOFError, "EOF when reading a line")
	}
	return object.NewStr(strings.TrimSuffix(s.S, "\n")), nil
}

// rawStream is the VM's own minimal standard stream, used when no I/O
// layer is configured: unbuffered writes to a Go writer, or lines read
// from the interpreter's stdin.
type rawStream struct {
	in   *Interp
	w    io.Writer
	r    *bufio.Reader
	name string
	fd   int
}

// rawStreamType is the type of the VM's minimal standard streams.
var rawStreamType = newType("TextIOWrapper", nil)

// Type returns rawStreamType.
func (s *rawStream) Type() *object.Type { return rawStreamType }

// PyRepr is the stream's repr.
func (s *rawStream) PyRepr() (string, error) {
	mode := "w"
	if s.w == nil {
		mode = "r"
	}
	return "<_io.TextIOWrapper name='" + s.name + "' mode='" + mode + "' encoding='utf-8'>", nil
}

// WriteText writes s to the stream's writer.
func (s *rawStream) WriteText(text string) error {
	if s.w == nil {
		return object.Errorf(object.OSError, "not writable")
	}
	if _, err := io.WriteString(s.w, text); err != nil {
		return object.Errorf(object.OSError, "%s", err.Error())
	}
	return nil
}

func (s *rawStream) reader() *bufio.Reader {
	if s.r == nil {
		s.r = bufio.NewReader(s.in.stdin)
	}
	return s.r
}

func init() {
	t := rawStreamType
	st := func(v object.Value) *rawStream { return v.Object().(*rawStream) }
	addMethod(t, "write", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("write", args, kw); err != nil {
			return object.Null, err
		}
		s, ok := args[0].Object().(*object.Str)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "write() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		return object.Int(int64(utf8.RuneCountInString(s.S))), st(self).WriteText(s.S)
	})
	noArgs := func(name string, f func(s *rawStream) (object.Value, error)) {
		addMethod(t, name, func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
			if err := object.NoArgs(name, args, kw); err != nil {
				return object.Null, err
			}
			return f(st(self))
		})
	}
	noArgs("flush", func(*rawStream) (object.Value, error) { return object.None, nil })
	noArgs("writable", func(s *rawStream) (object.Value, error) { return object.Bool(s.w != nil), nil })
	noArgs("readable", func(s *rawStream) (object.Value, error) { return object.Bool(s.w == nil), nil })
	noArgs("fileno", func(s *rawStream) (object.Value, error) { return object.Int(int64(s.fd)), nil })
	noArgs("isatty", func(s *rawStream) (object.Value, error) {
		if f, ok := s.w.(*os.File); ok {
			if fi, err := f.Stat(); err == nil {
				return object.Bool(fi.Mode()&os.ModeCharDevice != 0), nil
			}
		}
		return object.False, nil
	})
	noArgs("readline", func(s *rawStream) (object.Value, error) {
		line, _ := s.reader().ReadString('\n')
		return object.NewStr(line), nil
	})
	noArgs("read", func(s *rawStream) (object.Value, error) {
		data, err := io.ReadAll(s.reader())
		if err != nil {
			return object.Null, object.Errorf(object.OSError, "%s", err.Error())
		}
		return object.NewStr(string(data)), nil
	})
	noArgs("__iter__", func(s *rawStream) (object.Value, error) { return object.FromObject(s), nil })
	noArgs("__next__", func(s *rawStream) (object.Value, error) {
		line, _ := s.reader().ReadString('\n')
		if line == "" {
			return object.Null, object.NewException(object.StopIteration)
		}
		return object.NewStr(line), nil
	})
}

// callMethodName calls v.name().
func (in *Interp) callMethodName(v object.Value, name string) (object.Value, error) {
	fn, err := object.GetAttrString(v, name)
	if err != nil {
		return object.Null, err
	}
	return in.call(fn, nil, nil)
}
