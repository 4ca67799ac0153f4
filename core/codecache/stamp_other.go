//go:build !linux

package codecache

import "io/fs"

// stampOf reads the validator out of a stat: elsewhere than on Linux, the
// size and modification time only.
func stampOf(st fs.FileInfo) (stamp, bool) {
	if !st.Mode().IsRegular() {
		return stamp{}, false
	}
	return stamp{size: uint64(st.Size()), mtime: uint64(st.ModTime().UnixNano())}, true
}
