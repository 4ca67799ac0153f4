package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/pyvar/pyvar/core/vm"
)

// The command line of python3.10 (Modules/main.c, Python/initconfig.c):
// one-letter options that may be grouped (-uq, -Wd, -Xdev), -c and -m
// ending the options, long options --help, --version and
// --check-hash-based-pycs, plus pyvar's own long options (--opcache,
// --pyprofile, ...), which also take a single dash for compatibility.
// Usage errors are CPython's: the message, the one-line usage and the hint,
// exit status 2.

// shortUsage is CPython's usage line, with pyvar's name.
const shortUsage = "usage: pyvar [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `pyvar -h' for more information.\n"

// pyOptions are CPython's command-line options.
type pyOptions struct {
	version        int // -V given once or twice
	help           bool
	inspect        bool // -i or PYTHONINSPECT: the prompt follows the program
	interactive    bool // -i: ... even when stdin is not a terminal
	unbuffered     bool
	quiet          bool
	skipFirstLine  bool
	ignoreEnv      bool
	isolated       bool
	noUserSite     bool
	noSite         bool
	dontWriteBytes bool
	optimize       int
	verbose        int
	bytesWarning   int
	debug          int
	warnOptions    []string
	xOptions       []string
}

// cliError is a CPython usage error: its message, then shortUsage.
type cliError struct{ msg string }

func (e cliError) Error() string { return e.msg }

// pyvarLong are pyvar's own options, by name; true when they take a value.
var pyvarLong = map[string]bool{"opcache": true, "opcache-min-runs": true, "opcache-stats": false, "opcache-count-loops": false,
	"cpuprofile": true, "memprofile": true, "pyprofile": true, "stdlib": true, "pyprofile-opcodes": false}

// parseRun splits `[options] (FILE | -c CODE | -m MOD | -) [args...]`.
// Options stop at the program, so the program's own arguments are left
// alone, as python3 does.
func parseRun(args []string) (opts runOptions, program, source string, argv []string, err error) {
	opts.opcache = "keys"
	opts.minRuns = -1 // the strategy's own: 8 for keys, 1024 for pep509
	p := &opts.py
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "-" || !strings.HasPrefix(a, "-") {
			program, argv = a, args[i:]
			break
		}
		if a == "--" {
			i++
			if i < len(args) {
				program, argv = args[i], args[i:]
			}
			break
		}
		// Long options: CPython's three, then pyvar's (-name or --name,
		// with =value or the value as the next argument).
		if name, value, hasValue, ok := longOption(a); ok {
			switch {
			case name == "help" && !hasValue:
				p.help = true
				continue
			case name == "version" && !hasValue:
				p.version++
				continue
			case name == "check-hash-based-pycs":
				if !hasValue {
					if i+1 >= len(args) {
						return opts, "", "", nil, cliError{"Argument expected for the --check-hash-based-pycs option"}
					}
					i++
					value = args[i]
				}
				if value != "default" && value != "always" && value != "never" {
					return opts, "", "", nil, cliError{"--check-hash-based-pycs must be one of 'default', 'always', or 'never'"}
				}
				continue
			}
			takes, known := pyvarLong[name]
			if !known || hasValue && !takes {
				return opts, "", "", nil, cliError{"unknown option " + a}
			}
			if takes && !hasValue {
				if i+1 >= len(args) {
					return opts, "", "", nil, cliError{"Argument expected for the --" + name + " option"}
				}
				i++
				value = args[i]
			}
			if err := opts.setLong(name, value); err != nil {
				return opts, "", "", nil, err
			}
			continue
		}
		// A group of one-letter options.
		for j := 1; j < len(a); j++ {
			c := a[j]
			arg := func() (string, error) {
				if j+1 < len(a) {
					v := a[j+1:]
					j = len(a)
					return v, nil
				}
				if i+1 < len(args) {
					i++
					j = len(a)
					return args[i], nil
				}
				return "", cliError{fmt.Sprintf("Argument expected for the -%c option", c)}
			}
			switch c {
			case 'c', 'm':
				v, err := arg()
				if err != nil {
					return opts, "", "", nil, err
				}
				program, source = "-"+string(c), v
				argv = append([]string{"-" + string(c)}, args[i+1:]...)
				return opts, program, source, argv, opts.check()
			case 'W', 'X':
				v, err := arg()
				if err != nil {
					return opts, "", "", nil, err
				}
				if c == 'W' {
					p.warnOptions = append(p.warnOptions, v)
				} else {
					p.xOptions = append(p.xOptions, v)
				}
			case 'b':
				p.bytesWarning++
			case 'B':
				p.dontWriteBytes = true
			case 'd':
				p.debug++
			case 'E':
				p.ignoreEnv = true
			case 'h', '?':
				p.help = true
			case 'i':
				p.inspect, p.interactive = true, true
			case 'I':
				p.isolated, p.ignoreEnv, p.noUserSite = true, true, true
			case 'O':
				p.optimize++
			case 'q':
				p.quiet = true
			case 'R': // hash randomization is always on in 3.10: nothing to do
			case 's':
				p.noUserSite = true
			case 'S':
				p.noSite = true
			case 'u':
				p.unbuffered = true
			case 'v':
				p.verbose++
			case 'V':
				p.version++
			case 'x':
				p.skipFirstLine = true
			default:
				return opts, "", "", nil, cliError{fmt.Sprintf("Unknown option: -%c", c)}
			}
		}
	}
	return opts, program, source, argv, opts.check()
}

// longOption recognises --name, --name=value, and -name[=value] for
// pyvar's own names (their older spelling).
func longOption(a string) (name, value string, hasValue, ok bool) {
	s, double := strings.CutPrefix(a, "--")
	if !double {
		s = a[1:]
	}
	name, value, hasValue = strings.Cut(s, "=")
	if double {
		return name, value, hasValue, true
	}
	if _, mine := pyvarLong[name]; mine && len(name) > 1 {
		return name, value, hasValue, true
	}
	return "", "", false, false
}

func (o *runOptions) setLong(name, value string) error {
	switch name {
	case "opcache":
		o.opcache = value
	case "opcache-min-runs":
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 {
			return cliError{"--opcache-min-runs must be 0 or more"}
		}
		o.minRuns = n
	case "opcache-stats":
		o.opcacheStats = true
	case "opcache-count-loops":
		o.countLoops = true
	case "cpuprofile":
		o.cpuprofile = value
	case "memprofile":
		o.memprofile = value
	case "pyprofile":
		o.pyprofile = value
	case "pyprofile-opcodes":
		o.pyprofileOpcodes = true
	case "stdlib":
		o.stdlib = value
	}
	return nil
}

func (o *runOptions) check() error {
	switch o.opcache {
	case "pep509", "keys", "off":
	default:
		return cliError{fmt.Sprintf("--opcache must be pep509, keys or off, not %q", o.opcache)}
	}
	return nil
}

// applyEnv folds the PYTHON* environment variables into the options, as
// CPython's config does (unless -E or -I).
func (p *pyOptions) applyEnv(getenv func(string) string) {
	if p.ignoreEnv {
		return
	}
	set := func(name string) bool { return getenv(name) != "" }
	level := func(name string) int {
		v := getenv(name)
		if v == "" {
			return 0
		}
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			return n
		}
		return 1
	}
	p.unbuffered = p.unbuffered || set("PYTHONUNBUFFERED")
	p.inspect = p.inspect || set("PYTHONINSPECT")
	p.dontWriteBytes = p.dontWriteBytes || set("PYTHONDONTWRITEBYTECODE")
	p.noUserSite = p.noUserSite || set("PYTHONNOUSERSITE")
	p.optimize = max(p.optimize, level("PYTHONOPTIMIZE"))
	p.verbose = max(p.verbose, level("PYTHONVERBOSE"))
	p.debug = max(p.debug, level("PYTHONDEBUG"))
	if w := getenv("PYTHONWARNINGS"); w != "" {
		var env []string
		for _, s := range strings.Split(w, ",") {
			if s = strings.TrimSpace(s); s != "" {
				env = append(env, s)
			}
		}
		p.warnOptions = append(env, p.warnOptions...)
	}
}

// flags converts the options to what the interpreter reports in sys.flags,
// sys.warnoptions and sys._xoptions.
func (p *pyOptions) flags() vm.Flags {
	f := vm.Flags{Optimize: p.optimize, Verbose: p.verbose, BytesWarning: p.bytesWarning, Debug: p.debug,
		Quiet: p.quiet, NoUserSite: p.noUserSite, NoSite: p.noSite, IgnoreEnvironment: p.ignoreEnv,
		Isolated: p.isolated, DontWriteBytecode: p.dontWriteBytes, XOptions: p.xOptions}
	warn := p.warnOptions
	for _, x := range p.xOptions {
		switch name, _, _ := strings.Cut(x, "="); name {
		case "dev":
			f.DevMode = true
			warn = append([]string{"default"}, warn...)
		case "utf8":
			f.UTF8Mode = !strings.HasSuffix(x, "=0")
		}
	}
	switch {
	case p.bytesWarning == 1:
		warn = append(warn, "default::BytesWarning")
	case p.bytesWarning > 1:
		warn = append(warn, "error::BytesWarning")
	}
	f.WarnOptions = warn
	return f
}

// faulthandler reports whether faulthandler is enabled at start-up, as
// CPython does for -X faulthandler, -X dev and PYTHONFAULTHANDLER.
func (p *pyOptions) faulthandler() bool {
	for _, x := range p.xOptions {
		if name, _, _ := strings.Cut(x, "="); name == "faulthandler" || name == "dev" {
			return true
		}
	}
	return !p.ignoreEnv && os.Getenv("PYTHONFAULTHANDLER") != ""
}

// versionText is -V's line, or with -VV sys.version's.
func versionText(count int) string {
	if count > 1 {
		return "Python " + vm.Version() + "\n"
	}
	return "Python 3.10.13\n"
}

// helpText is -h: CPython's options with what each does in pyvar.
// pyvarOptionsText describes pyvar's own options, for -h and the usage text.
const pyvarOptionsText = `--opcache=keys|pep509|off  LOAD_GLOBAL cache strategy (default keys: CPython 3.11's, warmed up
                           by 8 frame entries or loop iterations, then per instruction)
--opcache-min-runs=N       frame entries (plus, for keys, loop back-edges) before a code object
                           gets its cache (default: 8 for keys, 1024 for pep509)
--opcache-count-loops      pep509: loop back-edges count toward --opcache-min-runs too
                           (faithful CPython 3.9: --opcache=pep509 --opcache-min-runs=1024)
--opcache-stats            print cache statistics to stderr at exit, with when and why each
                           code object's cache was built
--cpuprofile=FILE          write a pprof CPU profile of the VM (Go functions)
--memprofile=FILE          write a pprof profile of the VM's Go allocations (every
                           4 KB allocated is sampled; alloc_space, alloc_objects)
--pyprofile=FILE           write a pprof profile of the Python program, sampled by
                           time: functions as module.qualname (file:line), calls
                           of built-in functions as their own frames
--pyprofile-opcodes        with --pyprofile, add the executing opcode as a leaf frame
                           (it is always recorded as the sample label "opcode")
--stdlib=DIR               the CPython 3.10 Lib to import the standard library from
`

const helpText = `usage: pyvar [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options and arguments (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
         [pyvar: sets sys.flags.bytes_warning and the BytesWarning filter;
         pyvar itself does not yet emit BytesWarning]
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
         [pyvar never writes .pyc files; its code cache is PYVAR_CODECACHE's]
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x  [pyvar: accepted, no effect]
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
         [pyvar: accepted; it never adds the user site directory]
-S     : don't imply 'import site' on initialization
         [pyvar: accepted; it never imports site at start]
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         [pyvar: sets sys.flags.verbose; imports are not traced]
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (sys._xoptions); pyvar reads
         -X dev (sys.flags.dev_mode and the default warning filter) and
         -X utf8; the others are recorded and have no effect
--check-hash-based-pycs always|default|never:
    accepted (pyvar has no .pyc files)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

pyvar's own options:
` + pyvarOptionsText + `
Commands:
pyvar dis [--opcache] FILE|-       disassemble, as python3.10 -m dis does
pyvar scopes [--json] FILE|DIR...  explain the scope of every name
(each takes -h)

Environment variables:
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONHASHSEED: if this variable is a number, it is used as the seed of the
               str and bytes hashes, as CPython's; "random" or unset: pyvar
               uses seed 0 (CPython's PYTHONHASHSEED=0), so runs repeat
PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONUNBUFFERED, PYTHONDONTWRITEBYTECODE, PYTHONINSPECT, PYTHONOPTIMIZE,
PYTHONWARNINGS, PYTHONVERBOSE, PYTHONNOUSERSITE: as the options above.
PYVAR_STDLIB : the CPython 3.10 Lib (as --stdlib). Without one, pyvar looks for
               $(pyenv root)/versions/3.10.*/lib/python3.10, then the python3.10
               on the PATH, and runs with its built-in modules only if none.
PYVAR_CODECACHE=0: do not keep compiled modules in the user cache directory.
`

// Unused in CPython's sense but kept so the environment lookup is testable.
var getenv = os.Getenv
