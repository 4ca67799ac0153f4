package native

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"

	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// The hash modules hashlib falls back to without OpenSSL's _hashlib:
// _md5, _sha1, _sha256, _sha512, _sha3 and _blake2, on Go's crypto
// packages (BLAKE2 on blake2.go).

func init() {
	register("_md5", hashModule("_md5", hashSpec{"md5", md5.New, 64}))
	register("_sha1", hashModule("_sha1", hashSpec{"sha1", sha1.New, 64}))
	register("_sha256", hashModule("_sha256", hashSpec{"sha224", sha256.New224, 64}, hashSpec{"sha256", sha256.New, 64}))
	register("_sha512", hashModule("_sha512", hashSpec{"sha384", sha512.New384, 128}, hashSpec{"sha512", sha512.New, 128}))
	register("_sha3", newSha3Module)
	register("_blake2", newBlake2Module)
}

// hasher is a running hash that can be copied and read without being
// finished.
type hasher interface {
	write(p []byte)
	sum(n int) []byte
	clone() hasher
}

// goHash adapts a crypto hash.Hash; copies go through its binary state.
type goHash struct {
	h   hash.Hash
	new func() hash.Hash
}

func (g *goHash) write(p []byte) { g.h.Write(p) }
func (g *goHash) sum(int) []byte { return g.h.Sum(nil) }
func (g *goHash) clone() hasher {
	state, err := g.h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		panic(err)
	}
	h := g.new()
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		panic(err)
	}
	return &goHash{h: h, new: g.new}
}

// shakeHash is SHAKE128/256: digests of any length.
type shakeHash struct {
	s   *sha3.SHAKE
	new func() *sha3.SHAKE
}

func (s *shakeHash) write(p []byte) { s.s.Write(p) }
func (s *shakeHash) sum(n int) []byte {
	c := s.clone().(*shakeHash)
	out := make([]byte, n)
	c.s.Read(out)
	return out
}
func (s *shakeHash) clone() hasher {
	state, err := s.s.MarshalBinary()
	if err != nil {
		panic(err)
	}
	c := s.new()
	if err := c.UnmarshalBinary(state); err != nil {
		panic(err)
	}
	return &shakeHash{s: c, new: s.new}
}

type blake2Hash struct{ b *blake2 }

func (b *blake2Hash) write(p []byte) { b.b.write(p) }
func (b *blake2Hash) sum(int) []byte { return b.b.sum() }
func (b *blake2Hash) clone() hasher  { return &blake2Hash{b.b.clone()} }

// hashObj is a hash object: md5(), sha256(), blake2b(), ...
type hashObj struct {
	t          *object.Type
	name       string
	h          hasher
	digestSize int
	blockSize  int
	shake      bool
}

func (h *hashObj) Type() *object.Type { return h.t }

// hashData reads the data argument of a constructor or update.
func hashData(v object.Value) ([]byte, error) {
	if _, ok := object.Unwrap(v).Object().(*object.Str); ok {
		return nil, object.Errorf(object.TypeError, "Strings must be encoded before hashing")
	}
	if !object.IsBuffer(v) {
		return nil, object.Errorf(object.TypeError, "object supporting the buffer API required")
	}
	return object.AsBytes(v)
}

// hashType makes the type of a family's hash objects, with the methods
// and attributes every hash object has.
func hashType(qualname string) *object.Type {
	t := object.NewBuiltinType(qualname, nil)
	short := qualname[len(qualname)-len(lastDotted(qualname)):]
	self := func(v object.Value) *hashObj { return object.Unwrap(v).Object().(*hashObj) }
	t.AddMethod("update", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.ExactlyOne(short+".update", args, kw); err != nil {
			return object.Null, err
		}
		data, err := hashData(args[0])
		if err != nil {
			return object.Null, err
		}
		self(v).h.write(data)
		return object.None, nil
	})
	digest := func(v object.Value, args []object.Value, kw []string, name string) ([]byte, error) {
		h := self(v)
		if !h.shake {
			if err := object.NoArgs(short+"."+name, args, kw); err != nil {
				return nil, err
			}
			return h.h.sum(h.digestSize), nil
		}
		if err := object.ExactlyOne(short+"."+name, args, kw); err != nil {
			return nil, err
		}
		n, err := indexArg(args[0])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, object.Errorf(object.ValueError, "value must be positive")
		}
		if !n.IsInt64() || n.Int64() >= 1<<29 {
			return nil, object.Errorf(object.ValueError, "length is too large")
		}
		return h.h.sum(int(n.Int64())), nil
	}
	t.AddMethod("digest", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		d, err := digest(v, args, kw, "digest")
		if err != nil {
			return object.Null, err
		}
		return object.NewBytes(d), nil
	})
	t.AddMethod("hexdigest", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		d, err := digest(v, args, kw, "hexdigest")
		if err != nil {
			return object.Null, err
		}
		return object.NewStr(hex.EncodeToString(d)), nil
	})
	t.AddMethod("copy", func(v object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := object.NoArgs(short+".copy", args, kw); err != nil {
			return object.Null, err
		}
		h := *self(v)
		h.h = h.h.clone()
		return object.FromObject(&h), nil
	})
	t.AddGetter("name", func(v object.Value) (object.Value, error) { return object.NewStr(self(v).name), nil })
	t.AddGetter("digest_size", func(v object.Value) (object.Value, error) { return object.Int(int64(self(v).digestSize)), nil })
	t.AddGetter("block_size", func(v object.Value) (object.Value, error) { return object.Int(int64(self(v).blockSize)), nil })
	return t
}

func lastDotted(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

type hashSpec struct {
	name      string
	new       func() hash.Hash
	blockSize int
}

// hashModule makes _md5, _sha1, _sha256 or _sha512: a constructor
// function per algorithm, each with its object type.
func hashModule(modName string, specs ...hashSpec) vm.ModuleMaker {
	types := make([]*object.Type, len(specs))
	for i, s := range specs {
		types[i] = hashType(modName + "." + s.name)
	}
	return func(in *vm.Interp) (*object.Module, error) {
		m := newModule(modName, "")
		for i, s := range specs {
			s, t := s, types[i]
			size := s.new().Size()
			defFunc(m, s.name, func(args []object.Value, kw []string) (object.Value, error) {
				if err := clinicPositional(s.name, args, kw, 0, 1); err != nil {
					return object.Null, err
				}
				var a [2]object.Value
				if err := object.ParseArgs(s.name, args, kw, []string{"string", "$usedforsecurity"}, 1, 0, a[:]); err != nil {
					return object.Null, err
				}
				h := &hashObj{t: t, name: s.name, h: &goHash{h: s.new(), new: s.new}, digestSize: size, blockSize: s.blockSize}
				if !a[0].IsNull() {
					data, err := hashData(a[0])
					if err != nil {
						return object.Null, err
					}
					h.h.write(data)
				}
				return object.FromObject(h), nil
			})
		}
		return m, nil
	}
}

var sha3Types = func() map[string]*object.Type {
	m := map[string]*object.Type{}
	for _, n := range []string{"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"} {
		m[n] = hashType("_sha3." + n)
	}
	return m
}()

func newSha3Module(in *vm.Interp) (*object.Module, error) {
	m := newModule("_sha3", "")
	specs := []struct {
		name       string
		size, rate int
		new        func() hash.Hash
		shake      func() *sha3.SHAKE
	}{
		{"sha3_224", 28, 144, func() hash.Hash { return sha3.New224() }, nil},
		{"sha3_256", 32, 136, func() hash.Hash { return sha3.New256() }, nil},
		{"sha3_384", 48, 104, func() hash.Hash { return sha3.New384() }, nil},
		{"sha3_512", 64, 72, func() hash.Hash { return sha3.New512() }, nil},
		{"shake_128", 0, 168, nil, sha3.NewSHAKE128},
		{"shake_256", 0, 136, nil, sha3.NewSHAKE256},
	}
	for _, s := range specs {
		s := s
		t := sha3Types[s.name]
		t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
			if err := clinicPositional("sha3_224", args, kw, 0, 1); err != nil {
				return object.Null, err
			}
			var a [2]object.Value
			if err := object.ParseArgs("sha3_224", args, kw, []string{"", "$usedforsecurity"}, 1, 0, a[:]); err != nil {
				return object.Null, err
			}
			h := &hashObj{t: t, name: s.name, digestSize: s.size, blockSize: s.rate}
			if s.shake != nil {
				h.h, h.shake = &shakeHash{s: s.shake(), new: s.shake}, true
			} else {
				h.h = &goHash{h: s.new(), new: s.new}
			}
			if !a[0].IsNull() {
				data, err := hashData(a[0])
				if err != nil {
					return object.Null, err
				}
				h.h.write(data)
			}
			return object.FromObject(h), nil
		}, nil)
		setAttr(m, s.name, object.FromObject(t))
	}
	setAttr(m, "implementation", object.NewStr("Go crypto/sha3"))
	setAttr(m, "keccakopt", object.Int(64))
	return m, nil
}

var blake2Types = [2]*object.Type{hashType("_blake2.blake2b"), hashType("_blake2.blake2s")}

func newBlake2Module(in *vm.Interp) (*object.Module, error) {
	m := newModule("_blake2", "_blake2b provides BLAKE2b for hashlib\n")
	for i, wide := range []bool{true, false} {
		wide, t := wide, blake2Types[i]
		name, maxDigest, saltSize, block := "blake2b", 64, 16, 128
		if !wide {
			name, maxDigest, saltSize, block = "blake2s", 32, 8, 64
		}
		up := map[bool]string{true: "BLAKE2B", false: "BLAKE2S"}[wide]
		for _, c := range []struct {
			name string
			v    int
		}{{"SALT_SIZE", saltSize}, {"PERSON_SIZE", saltSize}, {"MAX_KEY_SIZE", maxDigest}, {"MAX_DIGEST_SIZE", maxDigest}} {
			t.SetAttrString(c.name, object.Int(int64(c.v)))
			setAttr(m, up+"_"+c.name, object.Int(int64(c.v)))
		}
		t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
			if err := clinicPositional(name, args, kw, 0, 1); err != nil {
				return object.Null, err
			}
			var a [13]object.Value
			names := []string{"", "$digest_size", "$key", "$salt", "$person", "$fanout", "$depth", "$leaf_size",
				"$node_offset", "$node_depth", "$inner_size", "$last_node", "$usedforsecurity"}
			if err := object.ParseArgs(name, args, kw, names, 1, 0, a[:]); err != nil {
				return object.Null, err
			}
			p := blake2Params{digestSize: maxDigest, fanout: 1, depth: 1}
			smallInt := func(v object.Value, dst *int, lo, hi int, msg string) error {
				if v.IsNull() {
					return nil
				}
				n, err := cInt(v)
				if err != nil {
					return err
				}
				if n < lo || n > hi {
					return object.Errorf(object.ValueError, "%s", msg)
				}
				*dst = n
				return nil
			}
			bytesArg := func(v object.Value, dst *[]byte, max int, what string) error {
				if v.IsNull() {
					return nil
				}
				b, err := object.AsBytes(v)
				if err != nil {
					return err
				}
				if len(b) > max {
					return object.Errorf(object.ValueError, "maximum %s length is %d bytes", what, max)
				}
				*dst = b
				return nil
			}
			if err := smallInt(a[1], &p.digestSize, 1, maxDigest, "digest_size must be between 1 and "+itoa(int64(maxDigest))+" bytes"); err != nil {
				return object.Null, err
			}
			if err := bytesArg(a[2], &p.key, maxDigest, "key"); err != nil {
				return object.Null, err
			}
			if err := bytesArg(a[3], &p.salt, saltSize, "salt"); err != nil {
				return object.Null, err
			}
			if err := bytesArg(a[4], &p.person, saltSize, "person"); err != nil {
				return object.Null, err
			}
			if err := smallInt(a[5], &p.fanout, 0, 255, "fanout must be between 0 and 255"); err != nil {
				return object.Null, err
			}
			if err := smallInt(a[6], &p.depth, 1, 255, "depth must be between 1 and 255"); err != nil {
				return object.Null, err
			}
			if !a[7].IsNull() {
				n, err := asUnsignedLongPositive(a[7])
				if err != nil {
					return object.Null, err
				}
				if n > 0xffffffff {
					return object.Null, object.Errorf(object.OverflowError, "leaf_size is too large")
				}
				p.leafSize = uint32(n)
			}
			if !a[8].IsNull() {
				n, err := asUnsignedLongPositive(a[8])
				if err != nil {
					return object.Null, err
				}
				if !wide && n > 1<<48-1 {
					return object.Null, object.Errorf(object.OverflowError, "node_offset is too large")
				}
				p.nodeOffset = n
			}
			if err := smallInt(a[9], &p.nodeDepth, 0, 255, "node_depth must be between 0 and 255"); err != nil {
				return object.Null, err
			}
			if err := smallInt(a[10], &p.innerSize, 0, maxDigest, "inner_size must be between 0 and is "+itoa(int64(maxDigest))); err != nil {
				return object.Null, err
			}
			if !a[11].IsNull() {
				ln, err := object.Truth(a[11])
				if err != nil {
					return object.Null, err
				}
				p.lastNode = ln
			}
			h := &hashObj{t: t, name: name, h: &blake2Hash{newBlake2(wide, p)}, digestSize: p.digestSize, blockSize: block}
			if !a[0].IsNull() {
				data, err := hashData(a[0])
				if err != nil {
					return object.Null, err
				}
				h.h.write(data)
			}
			return object.FromObject(h), nil
		}, nil)
		setAttr(m, name, object.FromObject(t))
	}
	return m, nil
}

// asUnsignedLongPositive is the unsigned long converter's reading of
// blake2's tree parameters.
func asUnsignedLongPositive(v object.Value) (uint64, error) {
	b, err := indexArg(v)
	if err != nil {
		return 0, err
	}
	if b.Sign() < 0 {
		return 0, object.Errorf(object.ValueError, "value must be positive")
	}
	if !b.IsUint64() {
		return 0, object.Errorf(object.OverflowError, "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}
