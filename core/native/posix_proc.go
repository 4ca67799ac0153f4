package native

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
)

// The process functions of the posix module: ids, signals to processes,
// waiting for children and decoding their status, exec and _exit.

func (pm *posixModule) addProcessFunctions() {
	ids := map[string]func() int{
		// getpid is asked once (processID, see mainIdent): logging asks
		// for it on every record, and the system call was 8% of the
		// logging benchmark's time.
		"getpid": func() int { return int(processID()) }, "getppid": unix.Getppid, "getuid": unix.Getuid, "geteuid": unix.Geteuid,
		"getgid": unix.Getgid, "getegid": unix.Getegid, "getpgrp": unix.Getpgrp,
	}
	for name, fn := range ids {
		fn := fn
		pm.defNoArgs(name, func() (object.Value, error) { return object.Int(int64(fn())), nil })
	}
	pm.defNoArgs("getgroups", func() (object.Value, error) {
		gids, err := unix.Getgroups()
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		out := make([]object.Value, len(gids))
		for i, g := range gids {
			out[i] = object.Int(int64(g))
		}
		return object.ListValue(out...), nil
	})
	pm.defNoArgs("getlogin", func() (object.Value, error) {
		// glibc reads the login name from utmp for the controlling
		// terminal; without one it fails with ENXIO (or ENOTTY).
		if name := loginName(); name != "" {
			return object.NewStr(name), nil
		}
		return object.Null, errnoError(syscall.ENXIO)
	})
	pm.defNoArgs("ctermid", func() (object.Value, error) { return object.NewStr("/dev/tty"), nil })
	pidFn := func(name string, call func(int) (int, error)) {
		pm.defPos(name, 1, 1, func(a []object.Value) (object.Value, error) {
			pid, err := cIntArgClinic(a[0])
			if err != nil {
				return object.Null, err
			}
			r, err := call(pid)
			if err != nil {
				return object.Null, osErrorOf(err)
			}
			return object.Int(int64(r)), nil
		})
	}
	pidFn("getpgid", unix.Getpgid)
	pidFn("getsid", unix.Getsid)
	pm.defNoArgs("setsid", func() (object.Value, error) {
		if _, err := unix.Setsid(); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	pm.defPos("setpgid", 2, 2, func(a []object.Value) (object.Value, error) {
		pid, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		pgrp, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		if err := unix.Setpgid(pid, pgrp); err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.None, nil
	})
	kill := func(name string, call func(int, syscall.Signal) error) {
		pm.defPos(name, 2, 2, func(a []object.Value) (object.Value, error) {
			pid, err := cIntArgClinic(a[0])
			if err != nil {
				return object.Null, err
			}
			sig, err := cIntArgClinic(a[1])
			if err != nil {
				return object.Null, err
			}
			toSelf := sig > 0 && (pid == unix.Getpid() || pid == 0 || pid == -unix.Getpgrp())
			served, watched := pm.in.ServedCount(sig)
			if err := call(pid, syscall.Signal(sig)); err != nil {
				return object.Null, osErrorOf(err)
			}
			// A signal sent to this process is handled before returning,
			// as in CPython, where the C handler runs before kill returns:
			// wait for a native module's goroutine to serve it
			// (faulthandler's dump), and for it to arrive when Python code
			// handles it.
			if toSelf && watched {
				pm.in.AwaitServed(sig, served, time.Second)
			}
			if toSelf && sig == int(syscall.SIGPROF) && pm.pythonHandles(sig) {
				// The Go runtime keeps SIGPROF for its profiler and never
				// relays it: the handler is tripped here instead.
				pm.in.TripSignal(sig)
			}
			if toSelf && pm.pythonHandles(sig) {
				for deadline := time.Now().Add(time.Second); !pm.in.SignalPending(sig) && time.Now().Before(deadline); {
					time.Sleep(50 * time.Microsecond)
				}
			}
			return object.None, pm.in.CheckSignals()
		})
	}
	kill("kill", syscall.Kill)
	kill("killpg", func(pgid int, sig syscall.Signal) error { return syscall.Kill(-pgid, sig) })

	wait := func(pid, options int) (int, unix.WaitStatus, error) {
		var ws unix.WaitStatus
		// A blocking wait polls for the child with WNOHANG, sleeping on the
		// signal wake-up in between (50µs growing to 5ms), so that a signal
		// interrupts it and the child stays unreaped, as with EINTR in C.
		pause := 50 * time.Microsecond
		for {
			if options&unix.WNOHANG == 0 {
				r, err := unix.Wait4(pid, &ws, options|unix.WNOHANG, nil)
				if err == nil && r == 0 {
					if err := interruptibleSleep(pm.in, pause); err != nil {
						return 0, 0, err
					}
					pause = min(2*pause, 5*time.Millisecond)
					continue
				}
				if err == syscall.EINTR {
					if err := pm.in.CheckSignals(); err != nil {
						return 0, 0, err
					}
					continue
				}
				return r, ws, err
			}
			r, err := unix.Wait4(pid, &ws, options, nil)
			if err == syscall.EINTR {
				if err := pm.in.CheckSignals(); err != nil {
					return 0, 0, err
				}
				continue
			}
			return r, ws, err
		}
	}
	pm.defPos("waitpid", 2, 2, func(a []object.Value) (object.Value, error) {
		pid, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		options, err := cIntArgClinic(a[1])
		if err != nil {
			return object.Null, err
		}
		r, ws, err := wait(pid, options)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.TupleValue(object.Int(int64(r)), object.Int(int64(ws))), nil
	})
	pm.defNoArgs("wait", func() (object.Value, error) {
		r, ws, err := wait(-1, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.TupleValue(object.Int(int64(r)), object.Int(int64(ws))), nil
	})
	status := func(name string, fn func(unix.WaitStatus) object.Value) {
		pm.def(name, []string{"status"}, 1, 1, func(a []object.Value) (object.Value, error) {
			st, err := cIntArgClinic(a[0])
			if err != nil {
				return object.Null, err
			}
			return fn(unix.WaitStatus(st)), nil
		})
	}
	status("WCOREDUMP", func(w unix.WaitStatus) object.Value { return object.Bool(w&0x80 != 0) })
	status("WIFCONTINUED", func(w unix.WaitStatus) object.Value { return object.Bool(w == 0xffff) })
	status("WIFSTOPPED", func(w unix.WaitStatus) object.Value { return object.Bool(w&0xff == 0x7f) })
	status("WIFSIGNALED", func(w unix.WaitStatus) object.Value { return object.Bool(int8((w&0x7f)+1)>>1 > 0) })
	status("WIFEXITED", func(w unix.WaitStatus) object.Value { return object.Bool(w&0x7f == 0) })
	status("WEXITSTATUS", func(w unix.WaitStatus) object.Value { return object.Int(int64((w & 0xff00) >> 8)) })
	status("WTERMSIG", func(w unix.WaitStatus) object.Value { return object.Int(int64(w & 0x7f)) })
	status("WSTOPSIG", func(w unix.WaitStatus) object.Value { return object.Int(int64((w & 0xff00) >> 8)) })
	pm.def("waitstatus_to_exitcode", []string{"status"}, 1, 1, func(a []object.Value) (object.Value, error) {
		st, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		w := uint32(st)
		switch {
		case w&0x7f == 0: // WIFEXITED
			return object.Int(int64((w & 0xff00) >> 8)), nil
		case int8((w&0x7f)+1)>>1 > 0: // WIFSIGNALED
			return object.Int(-int64(w & 0x7f)), nil
		case w&0xff == 0x7f: // WIFSTOPPED
			return object.Null, object.Errorf(object.ValueError, "process stopped by delivery of signal %d", (w&0xff00)>>8)
		}
		return object.Null, object.Errorf(object.ValueError, "invalid wait status: %d", st)
	})
	pm.defPos("_exit", 1, 1, func(a []object.Value) (object.Value, error) {
		code, err := cIntArgClinic(a[0])
		if err != nil {
			return object.Null, err
		}
		os.Exit(code)
		return object.None, nil
	})
	pm.defNoArgs("abort", func() (object.Value, error) {
		// abort(3): death by SIGABRT whatever its handler (the Go
		// runtime's would print its goroutines).
		DieOfSignal(syscall.SIGABRT)
		return object.None, nil
	})
	pm.defPos("execv", 2, 2, func(a []object.Value) (object.Value, error) {
		return pm.execve("execv", a[0], a[1], object.Null)
	})
	pm.def("execve", []string{"path", "argv", "env"}, 3, 3, func(a []object.Value) (object.Value, error) {
		return pm.execve("execve", a[0], a[1], a[2])
	})
	pm.def("system", []string{"command"}, 1, 1, func(a []object.Value) (object.Value, error) {
		cmd, err := envArg(a[0])
		if err != nil {
			return object.Null, err
		}
		pid, err := syscall.ForkExec("/bin/sh", []string{"sh", "-c", cmd}, &syscall.ProcAttr{
			Env: syscall.Environ(), Files: []uintptr{0, 1, 2}})
		if err != nil {
			return object.Int(-1), nil
		}
		_, ws, err := wait(pid, 0)
		if err != nil {
			return object.Null, osErrorOf(err)
		}
		return object.Int(int64(ws)), nil
	})
}

// pythonHandles reports whether a Python handler is installed for sig
// (through the _signal module, when it was imported).
func (pm *posixModule) pythonHandles(sig int) bool {
	mod, ok := pm.in.Modules.GetStr("_signal")
	if !ok {
		return sig == int(syscall.SIGINT) // default_int_handler, through the SIGINT watcher
	}
	h, err := object.CallMethodByName(mod, "getsignal", object.Int(int64(sig)))
	return err == nil && object.IsCallable(h)
}

// execve replaces the process, as os.execv/os.execve do.
func (pm *posixModule) execve(fname string, path, argv, env object.Value) (object.Value, error) {
	p, err := pathArg(path, pathOpts{fname: fname, argname: "path"})
	if err != nil {
		return object.Null, err
	}
	var items []object.Value
	switch object.Unwrap(argv).Object().(type) {
	case *object.List, *object.Tuple:
		items, err = object.ToSlice(argv)
		if err != nil {
			return object.Null, err
		}
	default:
		return object.Null, object.Errorf(object.TypeError, "%s: argv must be a tuple or list", fname)
	}
	if len(items) < 1 {
		return object.Null, object.Errorf(object.ValueError, "%s: argv must not be empty", fname)
	}
	args := make([]string, len(items))
	for i, v := range items {
		s, err := envArg(v)
		if err != nil {
			return object.Null, err
		}
		args[i] = s
	}
	if args[0] == "" {
		return object.Null, object.Errorf(object.ValueError, "%s: argv first element cannot be empty", fname)
	}
	envv := syscall.Environ()
	if !env.IsNull() {
		keys, err := object.CallMethodByName(env, "keys")
		if err != nil {
			return object.Null, object.Errorf(object.TypeError, "%s: environment must be a mapping object", fname)
		}
		envv = nil
		err = object.Iterate(keys, func(k object.Value) (bool, error) {
			v, err := object.GetItem(env, k)
			if err != nil {
				return false, err
			}
			ks, err := envArg(k)
			if err != nil {
				return false, err
			}
			vs, err := envArg(v)
			if err != nil {
				return false, err
			}
			if ks == "" || strings.IndexByte(ks, '=') >= 0 {
				return false, object.Errorf(object.ValueError, "illegal environment variable name")
			}
			envv = append(envv, ks+"="+vs)
			return true, nil
		})
		if err != nil {
			return object.Null, err
		}
	}
	err = syscall.Exec(p.name, args, envv)
	return object.Null, p.err(err)
}

// loginName is getlogin(3): the user logged in on the terminal of
// standard input, from utmp; "" when there is none.
func loginName() string {
	tty, err := readlinkString("/proc/self/fd/0")
	if err != nil {
		return ""
	}
	if _, err := unix.IoctlGetTermios(0, unix.TCGETS); err != nil {
		return ""
	}
	line := strings.TrimPrefix(tty, "/dev/")
	data, err := os.ReadFile("/var/run/utmp")
	if err != nil {
		return ""
	}
	const size, userProcess = 384, 7 // struct utmp on Linux
	field := func(b []byte) string {
		if i := bytes.IndexByte(b, 0); i >= 0 {
			b = b[:i]
		}
		return string(b)
	}
	for off := 0; off+size <= len(data); off += size {
		rec := data[off : off+size]
		if binary.NativeEndian.Uint16(rec) == userProcess && field(rec[8:40]) == line {
			return field(rec[44:76])
		}
	}
	return ""
}
