package native

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"math/rand"
	"testing"
	"time"
)

// TestDecompressorNeverWaits drives a Decompress object's inflater with
// every kind of feed a caller can make (valid, truncated and corrupted
// streams, empty feeds, one byte at a time, max_length 1, flush and copy in
// the middle) and fails if any call does not return: the inflater runs on a
// goroutine, and no input may leave the caller waiting for it.
func TestDecompressorNeverWaits(t *testing.T) {
	var data []byte
	for i := 0; i < 1000; i++ {
		data = append(data, []byte("some text that repeats, with a number ")...)
		data = append(data, byte('0'+i%10))
	}
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(data)
	w.Close()
	comp := buf.Bytes()

	rng := rand.New(rand.NewSource(1))
	inputs := map[string][]byte{
		"valid":     comp,
		"truncated": comp[:len(comp)/2],
		"no-adler":  comp[:len(comp)-1],
		"empty":     nil,
		"garbage":   []byte("not a zlib stream at all"),
	}
	corrupt := append([]byte(nil), comp...)
	for i := 0; i < 20; i++ {
		corrupt[2+rng.Intn(len(corrupt)-2)] ^= byte(1 + rng.Intn(255))
	}
	inputs["corrupted"] = corrupt

	call := func(t *testing.T, what string, f func()) {
		t.Helper()
		done := make(chan struct{})
		go func() { defer close(done); f() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s did not return", what)
		}
	}
	for name, in := range inputs {
		for _, max := range []int{0, 1, 2, 7, 1 << 20} {
			for _, chunk := range []int{1, 100, 1 << 20} {
				d := &decompressor{format: fmtZlib, wbits: 15}
				var out []byte
				var err error
				for pos := 0; err == nil && !d.eof && pos <= len(in); pos += chunk {
					feed := append(d.tail, in[pos:min(pos+chunk, len(in))]...)
					var got []byte
					call(t, name, func() { got, err = d.run(feed, max, false) })
					out = append(out, got...)
					if pos%(7*chunk) == 0 && len(d.tail) == 0 {
						call(t, name+" empty feed", func() { got, err = d.run(nil, max, false) })
						out = append(out, got...)
					}
					if pos == 5*chunk && err == nil {
						var c *decompressor
						call(t, name+" copy", func() { c, _ = d.replayed() })
						if c != nil {
							call(t, name+" copy's feed", func() { c.run(c.tail, max, false) })
						}
					}
				}
				// Drain what max_length held back, then flush.
				for i := 0; err == nil && !d.eof && (len(d.tail) > 0 || len(d.pending) > 0) && i < len(data)+10; i++ {
					tail := d.tail
					d.tail = nil
					var got []byte
					call(t, name+" drain", func() { got, err = d.run(tail, max, false) })
					out = append(out, got...)
				}
				if err == nil && !d.eof {
					var got []byte
					call(t, name+" flush", func() { got, err = d.run(d.tail, 0, true) })
					out = append(out, got...)
				}
				if name == "valid" && (err != nil || !bytes.Equal(out, data) || !d.eof) {
					t.Errorf("valid stream, max %d, chunk %d: %d of %d bytes, eof %v, err %v", max, chunk, len(out), len(data), d.eof, err)
				}
				if name == "truncated" && !errors.Is(err, io.ErrUnexpectedEOF) {
					t.Errorf("truncated stream, max %d, chunk %d: err %v", max, chunk, err)
				}
				if name != "valid" && d.eof && name != "no-adler" {
					t.Errorf("%s stream reached its end", name)
				}
			}
		}
	}
}
