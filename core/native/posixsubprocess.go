package native

import (
	"os"
	"sort"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The _posixsubprocess module: fork_exec, which Lib's subprocess calls to
// start a child. A Go program cannot fork and go on running Go code in
// the child, so the child is started with syscall.ForkExec, which does
// the dup2s, chdir, setsid and credentials between its fork and exec;
// close_fds is honoured by listing every other open descriptor to close.
// As CPython's child does, a failure is written to errpipe_write as
// "OSError:<hex errno>:[noexec]" for subprocess to raise; the pid then
// returned is this process's own, which waitpid reports as not a child,
// as subprocess expects of a child that never ran. preexec_fn would need
// Python code in the forked child and raises NotImplementedError.

func init() { register("_posixsubprocess", newPosixSubprocessModule) }

func newPosixSubprocessModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_posixsubprocess", "A POSIX helper for the subprocess module.")
	defFunc(m, "fork_exec", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoKwargs("fork_exec", kw); err != nil {
			return object.Null, err
		}
		if len(args) != 21 {
			return object.Null, object.Errorf(object.TypeError, "fork_exec() takes exactly 21 arguments (%d given)", len(args))
		}
		return forkExec(in, args)
	})
	return m, nil
}

// fsBytesList converts a sequence of str/bytes/PathLike to file-system
// strings.
func fsBytesList(v object.Value) ([]string, error) {
	items, err := object.ToSlice(v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		p, err := fspath(it)
		if err != nil {
			return nil, err
		}
		s, err := envArg(p)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func forkExec(in *vm.Interp, a []object.Value) (object.Value, error) {
	var argv, exes, envv []string
	var err error
	if !a[0].IsNone() {
		if argv, err = fsBytesList(a[0]); err != nil {
			return object.Null, err
		}
	}
	if exes, err = fsBytesList(a[1]); err != nil {
		return object.Null, err
	}
	closeFDs, err := object.Truth(a[2])
	if err != nil {
		return object.Null, err
	}
	passItems, err := object.ToSlice(a[3])
	if err != nil {
		return object.Null, object.Errorf(object.TypeError, "pass_fds must be a tuple")
	}
	var passFDs []int
	prev := -1
	for _, it := range passItems {
		n, ok := object.Unwrap(it).AsInt()
		if !ok || n < 0 || int(n) <= prev || n > 1<<30 {
			return object.Null, object.Errorf(object.ValueError, "bad value(s) in fds_to_keep")
		}
		prev = int(n)
		passFDs = append(passFDs, int(n))
	}
	cwd := ""
	if !a[4].IsNone() {
		p, err := fspath(a[4])
		if err != nil {
			return object.Null, err
		}
		if cwd, err = envArg(p); err != nil {
			return object.Null, err
		}
	}
	if a[5].IsNone() {
		envv = syscall.Environ()
	} else if envv, err = fsBytesList(a[5]); err != nil {
		return object.Null, err
	}
	var fds [8]int // p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write
	for i := range fds {
		if fds[i], err = cIntArg(a[6+i]); err != nil {
			return object.Null, err
		}
	}
	// a[14] restore_signals: exec resets caught signals; ignored ones are
	// left as they are (pyvar ignores none by default).
	setsid, err := object.Truth(a[15])
	if err != nil {
		return object.Null, err
	}
	var cred *syscall.Credential
	gid, uid := -1, -1
	if !a[16].IsNone() {
		if gid, err = cIntArg(a[16]); err != nil {
			return object.Null, err
		}
	}
	var groups []uint32
	hasGroups := !a[17].IsNone()
	if hasGroups {
		items, err := object.ToSlice(a[17])
		if err != nil {
			return object.Null, err
		}
		for _, it := range items {
			g, err := cLongArg(it)
			if err != nil {
				return object.Null, err
			}
			groups = append(groups, uint32(g))
		}
	}
	if !a[18].IsNone() {
		if uid, err = cIntArg(a[18]); err != nil {
			return object.Null, err
		}
	}
	if uid >= 0 || gid >= 0 || hasGroups {
		cred = &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), Groups: groups, NoSetGroups: !hasGroups}
		if uid >= 0 {
			cred.Uid = uint32(uid)
		}
		if gid >= 0 {
			cred.Gid = uint32(gid)
		}
	}
	umask, err := cIntArg(a[19])
	if err != nil {
		return object.Null, err
	}
	errpipeWrite := fds[7]
	if errpipeWrite < 3 {
		return object.Null, object.Errorf(object.ValueError, "errpipe_write must be >= 3")
	}
	if !a[20].IsNone() {
		return object.Null, object.Errorf(object.NotImplementedError, "preexec_fn: pyvar cannot run Python code in the child between fork and exec")
	}
	report := func(code syscall.Errno, noexec bool) (object.Value, error) {
		msg := "OSError:" + strconv.FormatInt(int64(code), 16) + ":"
		if noexec {
			msg += "noexec"
		}
		unix.Write(errpipeWrite, []byte(msg))
		return object.Int(int64(unix.Getpid())), nil
	}
	// The child's chdir fails before exec: find that here, so subprocess
	// reports the directory as CPython's child does ("noexec").
	if cwd != "" {
		var st unix.Stat_t
		if err := unix.Stat(cwd, &st); err != nil {
			return report(err.(syscall.Errno), true)
		}
		if st.Mode&unix.S_IFMT != unix.S_IFDIR {
			return report(syscall.ENOTDIR, true)
		}
	}
	files, err := childFiles(fds, passFDs, closeFDs)
	if err != nil {
		return object.Null, osErrorOf(err)
	}
	attr := &syscall.ProcAttr{Dir: cwd, Env: envv, Files: files,
		Sys: &syscall.SysProcAttr{Setsid: setsid, Credential: cred}}
	if umask >= 0 {
		old := unix.Umask(umask)
		defer unix.Umask(old)
	}
	var firstErr syscall.Errno
	for _, exe := range exes {
		pid, err := syscall.ForkExec(exe, argv, attr)
		if err == nil {
			return object.Int(int64(pid)), nil
		}
		code, ok := err.(syscall.Errno)
		if !ok {
			return object.Null, object.Errorf(object.OSError, "%s", err.Error())
		}
		if firstErr == 0 || (firstErr == syscall.ENOENT || firstErr == syscall.ENOTDIR) && code != syscall.ENOENT && code != syscall.ENOTDIR {
			firstErr = code
		}
	}
	if firstErr == 0 {
		firstErr = syscall.ENOENT
	}
	return report(firstErr, false)
}

// childFiles lays out the child's descriptors for ForkExec: stdin, stdout
// and stderr from the pipes (or this process's own), pass_fds kept at
// their numbers, and every other open descriptor closed (close_fds) or,
// without close_fds, the inheritable ones kept.
func childFiles(fds [8]int, passFDs []int, closeFDs bool) ([]uintptr, error) {
	std := [3]int{fds[0], fds[3], fds[5]}
	for i := range std {
		if std[i] < 0 {
			std[i] = i
		}
	}
	open, err := openFDs()
	if err != nil {
		return nil, err
	}
	keep := map[int]bool{}
	for _, fd := range passFDs {
		keep[fd] = true
	}
	// subprocess lists errpipe_write in fds_to_keep: CPython's child keeps
	// it open but close-on-exec, to report a failure before exec. Here
	// ForkExec reports those itself, and a kept entry would be inherited
	// (ForkExec clears close-on-exec on what it keeps): the parent, reading
	// the pipe until exec closes it, would wait for the child to exit, so
	// Popen with stdin=PIPE deadlocked. The child must not have it.
	delete(keep, fds[7])
	maxFD := 2
	for _, fd := range open {
		maxFD = max(maxFD, fd)
	}
	for _, fd := range passFDs {
		maxFD = max(maxFD, fd)
	}
	files := make([]uintptr, maxFD+1)
	for i := range files {
		files[i] = ^uintptr(0) // closed in the child
	}
	for i, fd := range std {
		files[i] = uintptr(fd)
	}
	isOpen := map[int]bool{}
	for _, fd := range open {
		isOpen[fd] = true
	}
	for fd := 3; fd <= maxFD; fd++ {
		switch {
		case keep[fd]:
			files[fd] = uintptr(fd)
		case !closeFDs && isOpen[fd]:
			if fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil && fl&unix.FD_CLOEXEC == 0 {
				files[fd] = uintptr(fd)
			}
		}
	}
	// Trailing closed entries need not be listed: exec closes what is
	// close-on-exec, and closeFDs has closed the rest above them.
	return files, nil
}

// openFDs lists this process's open descriptors (/proc/self/fd).
func openFDs() ([]int, error) {
	f, err := os.Open("/proc/self/fd")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	own := int(f.Fd())
	var out []int
	for _, n := range names {
		if fd, err := strconv.Atoi(n); err == nil && fd != own {
			out = append(out, fd)
		}
	}
	sort.Ints(out)
	return out, nil
}
