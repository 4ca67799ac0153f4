package native

import (
	"math/big"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The _stat module: the st_mode constants and tests of <sys/stat.h>,
// S_IMODE, S_IFMT and filemode, which Lib's stat module re-exports.

func init() { register("_stat", newStatModule) }

// Linux's file type bits.
const (
	sIFMT   = 0o170000
	sIFSOCK = 0o140000
	sIFLNK  = 0o120000
	sIFREG  = 0o100000
	sIFBLK  = 0o060000
	sIFDIR  = 0o040000
	sIFCHR  = 0o020000
	sIFIFO  = 0o010000
)

// modeArg is _PyLong_AsMode_t: an int (no __index__) that fits mode_t.
func modeArg(v object.Value) (uint32, error) {
	if !object.TypeOf(v).IsSubtype(object.IntType) {
		return 0, object.Errorf(object.TypeError, "an integer is required")
	}
	u := object.Unwrap(v)
	if n, ok := u.AsInt(); ok {
		if n < 0 {
			return 0, object.Errorf(object.OverflowError, "can't convert negative value to unsigned int")
		}
		if n > 0xFFFFFFFF {
			return 0, object.Errorf(object.OverflowError, "mode out of range")
		}
		return uint32(n), nil
	}
	if b, ok := object.ToBigInt(u); ok {
		if b.Sign() < 0 {
			return 0, object.Errorf(object.OverflowError, "can't convert negative value to unsigned int")
		}
		if b.Cmp(new(big.Int).SetUint64(1<<64-1)) > 0 {
			return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C unsigned long")
		}
	}
	return 0, object.Errorf(object.OverflowError, "mode out of range")
}

// fileType is the first character of filemode's string.
func fileType(mode uint32) byte {
	switch mode & sIFMT {
	case sIFREG:
		return '-'
	case sIFDIR:
		return 'd'
	case sIFLNK:
		return 'l'
	case sIFBLK:
		return 'b'
	case sIFCHR:
		return 'c'
	case sIFIFO:
		return 'p'
	case sIFSOCK:
		return 's'
	}
	return '?'
}

// fileMode is stat.filemode: "-rwxr-xr-x", with the set-id and sticky
// bits folded into the execute columns.
func fileMode(mode uint32) string {
	b := []byte{fileType(mode), '-', '-', '-', '-', '-', '-', '-', '-', '-'}
	bit := func(i int, m uint32, c byte) {
		if mode&m != 0 {
			b[i] = c
		}
	}
	special := func(i int, x, s uint32, set, setNoX byte) {
		switch {
		case mode&s != 0 && mode&x != 0:
			b[i] = set
		case mode&s != 0:
			b[i] = setNoX
		case mode&x != 0:
			b[i] = 'x'
		}
	}
	bit(1, 0o400, 'r')
	bit(2, 0o200, 'w')
	special(3, 0o100, 0o4000, 's', 'S')
	bit(4, 0o040, 'r')
	bit(5, 0o020, 'w')
	special(6, 0o010, 0o2000, 's', 'S')
	bit(7, 0o004, 'r')
	bit(8, 0o002, 'w')
	special(9, 0o001, 0o1000, 't', 'T')
	return string(b)
}

func newStatModule(in *vm.Interp) (*object.Module, error) {
	m := newModule("_stat", "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\n"+
		"S_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\n"+
		"S_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\n"+
		"S_ISUID, S_ISGID, S_ENFMT, S_ISVTX: the set-id, locking and sticky bits\n"+
		"S_IRWXU, S_IRUSR, ... S_IXOTH: the permission bits\n"+
		"UF_*, SF_*: BSD file flags\nST_*: indexes into os.stat_result\n")
	consts := []struct {
		name string
		v    int64
	}{
		{"S_IFDIR", sIFDIR}, {"S_IFCHR", sIFCHR}, {"S_IFBLK", sIFBLK}, {"S_IFREG", sIFREG}, {"S_IFIFO", sIFIFO},
		{"S_IFLNK", sIFLNK}, {"S_IFSOCK", sIFSOCK}, {"S_IFDOOR", 0}, {"S_IFPORT", 0}, {"S_IFWHT", 0},
		{"S_ISUID", 0o4000}, {"S_ISGID", 0o2000}, {"S_ISVTX", 0o1000}, {"S_ENFMT", 0o2000},
		{"S_IREAD", 0o400}, {"S_IWRITE", 0o200}, {"S_IEXEC", 0o100},
		{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
		{"S_IRWXG", 0o070}, {"S_IRGRP", 0o040}, {"S_IWGRP", 0o020}, {"S_IXGRP", 0o010},
		{"S_IRWXO", 0o007}, {"S_IROTH", 0o004}, {"S_IWOTH", 0o002}, {"S_IXOTH", 0o001},
		{"UF_NODUMP", 1}, {"UF_IMMUTABLE", 2}, {"UF_APPEND", 4}, {"UF_OPAQUE", 8}, {"UF_NOUNLINK", 16},
		{"UF_COMPRESSED", 32}, {"UF_HIDDEN", 0x8000}, {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000},
		{"SF_APPEND", 0x40000}, {"SF_NOUNLINK", 0x100000}, {"SF_SNAPSHOT", 0x200000},
		{"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4}, {"ST_GID", 5},
		{"ST_SIZE", 6}, {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
	}
	for _, c := range consts {
		setAttr(m, c.name, object.Int(c.v))
	}
	fn := func(name, doc string, f func(mode uint32) object.Value) {
		defFunc(m, name, func(args []object.Value, kw []string) (object.Value, error) {
			if err := object.ExactlyOne("_stat."+name, args, kw); err != nil {
				return object.Null, err
			}
			mode, err := modeArg(args[0])
			if err != nil {
				return object.Null, err
			}
			return f(mode), nil
		})
		if b, ok := m.Dict.GetStr(name); ok {
			if bf, ok := b.Object().(*object.BuiltinFunction); ok {
				bf.Doc = doc
			}
		}
	}
	is := func(name, what string, ft uint32) {
		fn(name, name+"(mode) -> bool\n\nReturn True if mode is from "+what+".", func(mode uint32) object.Value {
			return object.Bool(ft != 0 && mode&sIFMT == ft)
		})
	}
	is("S_ISDIR", "a directory", sIFDIR)
	is("S_ISCHR", "a character special device file", sIFCHR)
	is("S_ISBLK", "a block special device file", sIFBLK)
	is("S_ISREG", "a regular file", sIFREG)
	is("S_ISFIFO", "a FIFO (named pipe)", sIFIFO)
	is("S_ISLNK", "a symbolic link", sIFLNK)
	is("S_ISSOCK", "a socket", sIFSOCK)
	is("S_ISDOOR", "a door", 0)
	is("S_ISPORT", "an event port", 0)
	is("S_ISWHT", "a whiteout", 0)
	fn("S_IMODE", "Return the portion of the file's mode that can be set by os.chmod().", func(mode uint32) object.Value {
		return object.Int(int64(mode & 0o7777))
	})
	fn("S_IFMT", "Return the portion of the file's mode that describes the file type.", func(mode uint32) object.Value {
		return object.Int(int64(mode & sIFMT))
	})
	fn("filemode", "Convert a file's mode to a string of the form '-rwxrwxrwx'", func(mode uint32) object.Value {
		return object.NewStr(fileMode(mode))
	})
	return m, nil
}
