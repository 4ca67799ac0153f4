package native

import (
	"os"
	gosignal "os/signal"
	"runtime"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/vm"
)

// Default signal actions. The Go runtime installs its own handler for
// every signal: it silently drops SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM,
// SIGXCPU, SIGIO, SIGPWR and the real-time signals when nobody subscribed,
// and answers a SIGABRT or SIGQUIT (os.abort(), kill -QUIT) with a dump of
// its goroutines. A C program, CPython included, dies of all of them. The
// pyvar command (KeepDefaultSignalActions) subscribes to these signals and
// dies of one, with the default action, when no Python handler, SIG_IGN
// or faulthandler claims it; an embedder's process keeps Go's behaviour.

// diesByDefault are the signals whose default action ends a C process but
// not a Go one (the real-time signals are added in init).
var diesByDefault = []syscall.Signal{
	unix.SIGQUIT, unix.SIGABRT, unix.SIGTRAP, unix.SIGSYS, unix.SIGUSR1, unix.SIGUSR2,
	unix.SIGALRM, unix.SIGVTALRM, unix.SIGXCPU, unix.SIGIO, unix.SIGPWR, unix.SIGSTKFLT,
	unix.SIGBUS, unix.SIGFPE, unix.SIGILL, unix.SIGSEGV,
}

func init() {
	for s := 34; s < vm.NSig; s++ {
		diesByDefault = append(diesByDefault, syscall.Signal(s))
	}
}

// signalDefaults is the process's keeper of default actions. Each
// signal has its own channel, subscribed only while nothing claims the
// signal: a signal that arrives while a Python handler holds it never
// reaches the keeper, even when the handler is gone by the time the
// keeper's goroutine would run.
var signalDefaults struct {
	mu     sync.Mutex
	once   sync.Once
	ch     [vm.NSig]chan os.Signal
	claims [vm.NSig]int // handlers that take the signal over
}

// KeepDefaultSignalActions makes the process die of the signals a C
// program dies of by default (see diesByDefault) while nothing in Python
// handles them. For the pyvar command, which owns its process.
func KeepDefaultSignalActions() {
	signalDefaults.once.Do(func() {
		sd := &signalDefaults
		sd.mu.Lock()
		defer sd.mu.Unlock()
		for _, s := range diesByDefault {
			if gosignal.Ignored(s) { // an inherited SIG_IGN stays, as in C
				continue
			}
			ch := make(chan os.Signal, 1)
			sd.ch[s] = ch
			if sd.claims[s] <= 0 {
				gosignal.Notify(ch, s)
			}
			go func() {
				for range ch {
					sd.mu.Lock()
					claimed := sd.claims[s] > 0
					sd.mu.Unlock()
					if !claimed {
						DieOfSignal(s)
					}
				}
			}()
		}
	})
}

// claimSignal records that a handler takes sig over (on) or gives it
// back; the keeper hears sig only while nothing claims it.
func claimSignal(sig int, on bool) {
	if sig <= 0 || sig >= vm.NSig {
		return
	}
	sd := &signalDefaults
	sd.mu.Lock()
	defer sd.mu.Unlock()
	if on {
		sd.claims[sig]++
		if sd.claims[sig] == 1 && sd.ch[sig] != nil {
			gosignal.Stop(sd.ch[sig])
		}
		return
	}
	sd.claims[sig]--
	if sd.claims[sig] == 0 && sd.ch[sig] != nil {
		gosignal.Notify(sd.ch[sig], syscall.Signal(sig))
	}
}

// resubscribeDefault is called after os/signal's Reset(sig) (SIG_DFL),
// which dropped every subscription: the keeper hears sig again.
func resubscribeDefault(sig syscall.Signal) {
	sd := &signalDefaults
	sd.mu.Lock()
	defer sd.mu.Unlock()
	if sd.ch[sig] != nil && sd.claims[sig] <= 0 { // nil: no keeper, or sig not kept
		gosignal.Notify(sd.ch[sig], sig)
	}
}

// DieOfSignal ends the process by sig with the default action, as a C
// program does: the Go runtime keeps its own handler for every signal, so
// the default disposition is restored with rt_sigaction before the signal
// is sent again to this thread, unblocked.
func DieOfSignal(sig syscall.Signal) {
	runtime.LockOSThread()
	gosignal.Reset(sig)
	var act [4]uint64 // struct kernel_sigaction: handler SIG_DFL (0), flags, restorer, mask
	unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act[0])), 0, 8, 0, 0)
	var set unix.Sigset_t
	set.Val[(sig-1)/64] |= 1 << (uint(sig-1) % 64)
	unix.PthreadSigmask(unix.SIG_UNBLOCK, &set, nil)
	unix.Tgkill(unix.Getpid(), unix.Gettid(), sig)
	time.Sleep(100 * time.Millisecond)
	os.Exit(128 + int(sig)) // not reached unless the kernel refused
}
