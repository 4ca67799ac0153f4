package codecache

import (
	"io/fs"
	"syscall"
)

// stampOf reads the validator out of a stat: on Linux the change time,
// inode and device as well as size and modification time.
func stampOf(st fs.FileInfo) (stamp, bool) {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok || !st.Mode().IsRegular() {
		return stamp{}, false
	}
	return stamp{
		size:  uint64(st.Size()),
		mtime: uint64(sys.Mtim.Sec)*1e9 + uint64(sys.Mtim.Nsec),
		ctime: uint64(sys.Ctim.Sec)*1e9 + uint64(sys.Ctim.Nsec),
		ino:   sys.Ino,
		dev:   uint64(sys.Dev),
	}, true
}
