package vm

import (
	"os"
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

// builtinBreakpoint is breakpoint(*args, **kws): it calls
// sys.breakpointhook with its arguments, as CPython's builtin does.
func (in *Interp) builtinBreakpoint(_ object.Value, args []object.Value, kwnames []string) (object.Value, error) {
	hook, ok := getStr(in.sysModule.Dict, "breakpointhook")
	if !ok {
		return object.Null, object.Errorf(object.RuntimeError, "lost sys.breakpointhook")
	}
	return in.call(hook, args, kwnames)
}

// sysBreakpointHook is sys.__breakpointhook__: it calls the callable that
// $PYTHONBREAKPOINT names ("module.attr", or a builtin's name), pdb.set_trace
// when the variable is unset or empty, nothing when it is "0". A name that
// cannot be imported is ignored with a RuntimeWarning.
func (in *Interp) sysBreakpointHook(args []object.Value, kwnames []string) (object.Value, error) {
	env := ""
	if !in.opts.Flags.IgnoreEnvironment {
		env = os.Getenv("PYTHONBREAKPOINT")
	}
	switch env {
	case "":
		env = "pdb.set_trace"
	case "0":
		return object.None, nil
	}
	modName, attr := "builtins", env
	if dot := strings.LastIndexByte(env, '.'); dot == 0 {
		return object.None, in.warnBreakpoint(env)
	} else if dot > 0 {
		modName, attr = env[:dot], env[dot+1:]
	}
	var mod object.Value
	var err error
	if strings.HasPrefix(modName, ".") || strings.Contains(modName, "..") || strings.HasSuffix(modName, ".") {
		// Not a module name: CPython's import fails with ModuleNotFoundError.
		err = object.Errorf(object.ModuleNotFoundError, "No module named '%s'", modName)
	} else {
		mod, err = in.importAbs(modName)
	}
	if err != nil {
		if object.ExceptionMatches(err, object.ImportError) {
			return object.None, in.warnBreakpoint(env)
		}
		return object.Null, err
	}
	hook, err := object.GetAttrString(mod, attr)
	if err != nil {
		if object.ExceptionMatches(err, object.AttributeError) {
			return object.None, in.warnBreakpoint(env)
		}
		return object.Null, err
	}
	return in.call(hook, args, kwnames)
}

func (in *Interp) warnBreakpoint(env string) error {
	return in.Warn(object.RuntimeWarning, `Ignoring unimportable $PYTHONBREAKPOINT: "`+env+`"`, 1)
}
