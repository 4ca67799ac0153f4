package codecache

import (
	"os"
	"time"
)

// SetClock makes c judge racy sources by now (tests).
func SetClock(c *Cache, now func() time.Time) { c.now = now }

// EntryRacy reports whether filename's entry keeps a digest of its source.
func EntryRacy(c *Cache, filename string) (racy, ok bool) {
	b, err := os.ReadFile(c.path(filename))
	if err != nil || len(b) < headerLen {
		return false, false
	}
	return b[len(entryMagic)] != 0, true
}
