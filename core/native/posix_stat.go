package native

import (
	"math/big"

	"golang.org/x/sys/unix"

	"github.com/pyvar/pyvar/core/object"
)

// The struct sequences of the posix module.

func seqFields(names ...string) []object.StructSeqField {
	f := make([]object.StructSeqField, len(names))
	for i, n := range names {
		f[i].Name = n
	}
	return f
}

var (
	// StatResultType is os.stat_result: ten visible fields (the three
	// times as ints, unnamed), then the times as floats and nanoseconds,
	// st_blksize, st_blocks and st_rdev by name.
	StatResultType = object.NewStructSeqType("os.stat_result",
		"stat_result: Result from stat, fstat, or lstat.\n\n"+
			"This object may be accessed either as a tuple of\n"+
			"  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"+
			"or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"+
			"See os.stat for more information.",
		seqFields("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "", "", "",
			"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
			"st_blksize", "st_blocks", "st_rdev"), 10, true)
	statvfsResultType = object.NewStructSeqType("os.statvfs_result",
		"statvfs_result: Result from statvfs or fstatvfs.",
		seqFields("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
			"f_flag", "f_namemax", "f_fsid"), 10, true)
	terminalSizeType = object.NewStructSeqType("os.terminal_size",
		"A tuple of (columns, lines) for holding terminal window size",
		seqFields("columns", "lines"), 2, true)
	timesResultType = object.NewStructSeqType("posix.times_result",
		"times_result: Result from os.times().",
		seqFields("user", "system", "children_user", "children_system", "elapsed"), 5, true)
	unameResultType = object.NewStructSeqType("posix.uname_result",
		"uname_result: Result from os.uname().",
		seqFields("sysname", "nodename", "release", "version", "machine"), 5, true)
)

func init() {
	// A stat_result built from a 10-tuple gets its float times from the
	// int ones, as posixmodule.c's statresult_new does.
	generic := StatResultType.New
	StatResultType.New = func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		v, err := generic(t, args, kw)
		if err != nil {
			return v, err
		}
		inst := v.Object().(*object.Instance)
		for i := 7; i <= 9; i++ {
			if inst.Slots()[i+3].IsNone() {
				inst.Slots()[i+3] = inst.Slots()[i]
			}
		}
		return v, nil
	}
}

// uintValue returns an unsigned C value as a Python int.
func uintValue(x uint64) object.Value {
	if x > 1<<63-1 {
		return object.NewBigInt(new(big.Int).SetUint64(x))
	}
	return object.Int(int64(x))
}

// statValue is _pystat_fromstructstat: a stat_result from a stat buffer.
func statValue(st *unix.Stat_t) object.Value {
	u64 := uintValue
	times := func(ts unix.Timespec) (object.Value, object.Value, object.Value) {
		var nsv object.Value
		if -9e9 < ts.Sec && ts.Sec < 9e9 {
			// Any time until the year 2255 fits int64 nanoseconds: three
			// big.Int products per time were most of a stat's allocations.
			nsv = object.Int(ts.Sec*1e9 + ts.Nsec)
		} else {
			ns := new(big.Int).Mul(big.NewInt(ts.Sec), big.NewInt(1e9))
			nsv = object.NewBigInt(ns.Add(ns, big.NewInt(ts.Nsec)))
		}
		return object.Int(ts.Sec), object.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nsv
	}
	ai, af, an := times(st.Atim)
	mi, mf, mn := times(st.Mtim)
	ci, cf, cn := times(st.Ctim)
	return object.NewStructSeq(StatResultType,
		object.Int(int64(st.Mode)), u64(st.Ino), u64(st.Dev), u64(uint64(st.Nlink)),
		object.Int(int64(st.Uid)), object.Int(int64(st.Gid)), object.Int(st.Size),
		ai, mi, ci, af, mf, cf, an, mn, cn,
		object.Int(int64(st.Blksize)), object.Int(st.Blocks), u64(st.Rdev))
}

// statvfsValue is _pystatvfs_fromstructstatvfs.
func statvfsValue(st *unix.Statfs_t) object.Value {
	// glibc widens each signed half of the kernel's fsid to unsigned long.
	fsid := uint64(int64(st.Fsid.Val[0])) | uint64(int64(st.Fsid.Val[1]))<<32
	flag := int64(st.Flags) &^ 0x20 // ST_VALID, which glibc's statvfs drops
	return object.NewStructSeq(statvfsResultType,
		object.Int(st.Bsize), object.Int(st.Frsize), object.Int(int64(st.Blocks)), object.Int(int64(st.Bfree)),
		object.Int(int64(st.Bavail)), object.Int(int64(st.Files)), object.Int(int64(st.Ffree)),
		object.Int(int64(st.Ffree)), object.Int(flag), object.Int(st.Namelen), uintValue(fsid))
}
