package native

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The pwd and grp modules: the password and group databases, read from
// /etc/passwd and /etc/group (glibc's "files" source, which is what
// getpwnam and friends consult on a system without other NSS sources).

func init() {
	register("pwd", newPwdModule)
	register("grp", newGrpModule)
}

var (
	structPasswdType = object.NewStructSeqType("pwd.struct_passwd",
		"pwd.struct_passwd: Results from getpw*() routines.\n\n"+
			"This object may be accessed either as a tuple of\n"+
			"  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"+
			"or via the object attributes as named in the above tuple.",
		seqFields("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"), 7, true)
	structGroupType = object.NewStructSeqType("grp.struct_group",
		"grp.struct_group: Results from getgr*() routines.\n\n"+
			"This object may be accessed either as a tuple of\n"+
			"  (gr_name,gr_passwd,gr_gid,gr_mem)\n"+
			"or via the object attributes as named in the above tuple.\n",
		seqFields("gr_name", "gr_passwd", "gr_gid", "gr_mem"), 4, true)
)

// dbEntries returns the colon-separated records of a database file.
func dbEntries(path string, fields int) [][]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		rec := strings.Split(line, ":")
		if len(rec) < fields {
			continue
		}
		out = append(out, rec[:fields])
	}
	return out
}

func passwdValue(r []string) (object.Value, bool) {
	uid, err1 := strconv.ParseUint(r[2], 10, 32)
	gid, err2 := strconv.ParseUint(r[3], 10, 32)
	if err1 != nil || err2 != nil {
		return object.Null, false
	}
	s := func(x string) object.Value { return object.NewStr(fsDecode(x)) }
	return object.NewStructSeq(structPasswdType, s(r[0]), s(r[1]), object.Int(int64(uid)), object.Int(int64(gid)), s(r[4]), s(r[5]), s(r[6])), true
}

func groupValue(r []string) (object.Value, bool) {
	gid, err := strconv.ParseUint(r[2], 10, 32)
	if err != nil {
		return object.Null, false
	}
	var mem []object.Value
	if r[3] != "" {
		for _, u := range strings.Split(r[3], ",") {
			mem = append(mem, object.NewStr(fsDecode(u)))
		}
	}
	s := func(x string) object.Value { return object.NewStr(fsDecode(x)) }
	return object.NewStructSeq(structGroupType, s(r[0]), s(r[1]), object.Int(int64(gid)), object.ListValue(mem...)), true
}

// idArgKey converts a uid or gid as _Py_Uid_Converter does; ok is false
// for a number no id can be (getpwuid then reports it not found).
func idArgKey(v object.Value, what string) (id int64, ok bool, err error) {
	if !isIndexable(v) {
		return 0, false, object.Errorf(object.TypeError, "%s should be integer, not %s", what, object.TypeOf(v).Name)
	}
	r, err := object.Index(v)
	if err != nil {
		return 0, false, err
	}
	n, fits := r.AsInt()
	if !fits || n < -1 || n > math.MaxUint32 {
		return 0, false, nil
	}
	if n == -1 {
		n = math.MaxUint32 // (uid_t)-1
	}
	return n, true, nil
}

// idArg converts a uid or gid argument of the set*id functions as
// _Py_Uid_Converter and _Py_Gid_Converter do: -1 (leave unchanged) or an
// id in [0, 2**32-1); OverflowError "uid is less than minimum" or
// "... greater than maximum" outside.
func idArg(v object.Value, what string) (int, error) {
	if !isIndexable(v) {
		return 0, object.Errorf(object.TypeError, "%s should be integer, not %s", what, object.TypeOf(v).Name)
	}
	r, err := object.Index(v)
	if err != nil {
		return 0, err
	}
	n, fits := r.AsInt()
	if !fits {
		if b, _ := object.ToBigInt(r); b != nil && b.Sign() < 0 {
			return 0, object.Errorf(object.OverflowError, "%s is less than minimum", what)
		}
		return 0, object.Errorf(object.OverflowError, "%s is greater than maximum", what)
	}
	// A C long that the 32-bit id truncates is reported as below the
	// minimum, as CPython 3.10 does; 2**32-1 is (uid_t)-1.
	if n < -1 || n > math.MaxUint32 {
		return 0, object.Errorf(object.OverflowError, "%s is less than minimum", what)
	}
	if n == math.MaxUint32 {
		n = -1
	}
	return int(n), nil
}

// nameArg is the str argument of getpwnam and getgrnam.
func nameArg(fname string, v object.Value) (string, error) {
	s, ok := object.Unwrap(v).Object().(*object.Str)
	if !ok {
		return "", object.Errorf(object.TypeError, "%s() argument must be str, not %s", fname, object.TypeOf(v).Name)
	}
	enc, err := fsEncode(s.S)
	if err != nil {
		return "", err
	}
	if strings.IndexByte(enc, 0) >= 0 {
		return "", object.Errorf(object.ValueError, "embedded null byte")
	}
	return enc, nil
}

func newPwdModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("pwd", "This module provides access to the Unix password database.\n"+
		"It is available on all Unix versions.\n\n"+
		"Password database entries are reported as 7-tuples containing the following\n"+
		"items from the password database (see `<pwd.h>'), in order:\n"+
		"pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"+
		"The uid and gid items are integers, all others are strings. An\n"+
		"exception is raised if the entry asked for cannot be found.")
	setAttr(m, "struct_passwd", object.FromObject(structPasswdType))
	defFunc(m, "getpwuid", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("pwd.getpwuid", args, kw); err != nil {
			return object.Null, err
		}
		uid, ok, err := idArgKey(args[0], "uid")
		if err != nil {
			return object.Null, err
		}
		if ok {
			for _, r := range dbEntries("/etc/passwd", 7) {
				if r[2] == strconv.FormatInt(uid, 10) {
					if v, ok := passwdValue(r); ok {
						return v, nil
					}
				}
			}
			s, _ := object.Repr(args[0])
			return object.Null, object.NewException(object.KeyError, object.NewStr("getpwuid(): uid not found: "+s))
		}
		return object.Null, object.NewException(object.KeyError, object.NewStr("getpwuid(): uid not found"))
	})
	defFunc(m, "getpwnam", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne("pwd.getpwnam", args, kw); err != nil {
			return object.Null, err
		}
		name, err := nameArg("getpwnam", args[0])
		if err != nil {
			return object.Null, err
		}
		for _, r := range dbEntries("/etc/passwd", 7) {
			if r[0] == name {
				if v, ok := passwdValue(r); ok {
					return v, nil
				}
			}
		}
		s, _ := object.Repr(args[0])
		return object.Null, object.NewException(object.KeyError, object.NewStr("getpwnam(): name not found: "+s))
	})
	defFunc(m, "getpwall", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("pwd.getpwall", args, kw); err != nil {
			return object.Null, err
		}
		var out []object.Value
		for _, r := range dbEntries("/etc/passwd", 7) {
			if v, ok := passwdValue(r); ok {
				out = append(out, v)
			}
		}
		return object.ListValue(out...), nil
	})
	return m, nil
}

func newGrpModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("grp", "Access to the Unix group database.\n\n"+
		"Group entries are reported as 4-tuples containing the following fields\n"+
		"from the group database, in order:\n\n"+
		"  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n"+
		"  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\n"+
		"The gid is an integer, name and password are strings.  (Note that most\n"+
		"users are not explicitly listed as members of the groups they are in\n"+
		"according to the password database.  Check both databases to get\n"+
		"complete membership information.)")
	setAttr(m, "struct_group", object.FromObject(structGroupType))
	defFunc(m, "getgrgid", func(args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := parseKw("getgrgid", args, kw, []string{"id"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		gid, ok, err := idArgKey(a[0], "gid")
		if err != nil {
			return object.Null, err
		}
		if ok {
			for _, r := range dbEntries("/etc/group", 4) {
				if r[2] == strconv.FormatInt(gid, 10) {
					if v, ok := groupValue(r); ok {
						return v, nil
					}
				}
			}
			s, _ := object.Repr(a[0])
			return object.Null, object.NewException(object.KeyError, object.NewStr("getgrgid(): gid not found: "+s))
		}
		return object.Null, object.NewException(object.KeyError, object.NewStr("getgrgid(): gid not found"))
	})
	defFunc(m, "getgrnam", func(args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := parseKw("getgrnam", args, kw, []string{"name"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		name, err := nameArg("getgrnam", a[0])
		if err != nil {
			return object.Null, err
		}
		for _, r := range dbEntries("/etc/group", 4) {
			if r[0] == name {
				if v, ok := groupValue(r); ok {
					return v, nil
				}
			}
		}
		s, _ := object.Repr(a[0])
		return object.Null, object.NewException(object.KeyError, object.NewStr("getgrnam(): name not found: "+s))
	})
	defFunc(m, "getgrall", func(args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs("grp.getgrall", args, kw); err != nil {
			return object.Null, err
		}
		var out []object.Value
		for _, r := range dbEntries("/etc/group", 4) {
			if v, ok := groupValue(r); ok {
				out = append(out, v)
			}
		}
		return object.ListValue(out...), nil
	})
	return m, nil
}
