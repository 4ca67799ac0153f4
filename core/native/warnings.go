package native

import (
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// _warnings: CPython's C accelerator of the warnings module. pyvar's holds
// only warn and warn_explicit, which hand the warning to Lib's warnings
// module (importing it on first use); warnings.py, finding no filters
// here, keeps its own pure-Python filter machinery, as it does on any
// Python without the accelerator. importlib's bootstrap needs the module
// to exist.

func init() { register("_warnings", newWarnings) }

func newWarnings(in *vm.Interp) (*object.Module, error) {
	m := newModule("_warnings", "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.")
	forward := func(name string, names []string, npos, nreq int) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			out := make([]object.Value, len(names))
			if err := object.ParseArgs(name, args, kw, names, npos, nreq, out); err != nil {
				return object.Null, err
			}
			w, err := in.ImportModule("warnings")
			if err != nil {
				return object.Null, err
			}
			fn, err := object.GetAttrString(w, name)
			if err != nil {
				return object.Null, err
			}
			var pos []object.Value
			var kwn []string
			var kwv []object.Value
			for i, v := range out {
				if v.IsNull() {
					continue
				}
				if i < nreq {
					pos = append(pos, v)
				} else {
					kwn = append(kwn, names[i])
					kwv = append(kwv, v)
				}
			}
			return object.Call(fn, append(pos, kwv...), kwn)
		})
	}
	forward("warn", []string{"message", "category", "stacklevel", "source"}, 4, 1)
	forward("warn_explicit", []string{"message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"}, 8, 4)
	return m, nil
}
