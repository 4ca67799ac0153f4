package native

import (
	"encoding/binary"

	"github.com/pyvar/pyvar/core/object"
)

// pickle.PickleBuffer (CPython's Objects/picklebufobject.c): a wrapper
// of a buffer that protocol 5 pickles out of band; _pickle exposes it.

var pickleBufferType = newFinalType("pickle.PickleBuffer", nil)

// pickleBuffer holds its object's buffer until release().
type pickleBuffer struct {
	obj  object.Value
	view *object.Buffer // nil once released
}

func (b *pickleBuffer) Type() *object.Type { return pickleBufferType }

// GetBuffer exports the wrapped object's buffer.
func (b *pickleBuffer) GetBuffer(writable bool) (*object.Buffer, error) {
	if b.view == nil {
		return nil, object.Errorf(object.ValueError, "operation forbidden on released PickleBuffer object")
	}
	return object.GetBuffer(b.obj, writable)
}

func init() {
	t := pickleBufferType
	t.SetWeakrefable()
	t.Doc = "Wrapper for potentially out-of-band buffers"
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		var a [1]object.Value
		if err := parseKw("PickleBuffer", args, kw, []string{""}, 1, 1, a[:]); err != nil {
			if len(kw) > 0 {
				return object.Null, object.Errorf(object.TypeError, "PickleBuffer() takes no keyword arguments")
			}
			return object.Null, err
		}
		view, err := object.GetBuffer(a[0], false)
		if err != nil {
			return object.Null, err
		}
		return object.FromObject(&pickleBuffer{obj: a[0], view: view}), nil
	}, nil)
	t.AddMethod("raw", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgsQ("PickleBuffer", "raw", args, kw); err != nil {
			return object.Null, err
		}
		b := self.Object().(*pickleBuffer)
		if b.view == nil {
			return object.Null, object.Errorf(object.ValueError, "operation forbidden on released PickleBuffer object")
		}
		if !b.view.Contiguous() {
			return object.Null, object.Errorf(object.BufferError, "cannot extract raw buffer from non-contiguous buffer")
		}
		mv, err := object.NewMemoryView(self)
		if err != nil {
			return object.Null, err
		}
		m, err := object.GetAttrString(mv, "cast")
		if err != nil {
			return object.Null, err
		}
		return object.Call(m, []object.Value{object.NewStr("B")}, nil)
	})
	t.AddMethod("release", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		if err := noArgsQ("PickleBuffer", "release", args, kw); err != nil {
			return object.Null, err
		}
		b := self.Object().(*pickleBuffer)
		if b.view != nil {
			b.view.Release()
			b.view = nil
		}
		return object.None, nil
	})
}

func (p *pickler) savePickleBuffer(obj object.Value) error {
	if p.proto < 5 {
		return pickleErr(p.st.picklingError, "PickleBuffer can only pickled with protocol >= 5")
	}
	pb := obj.Object().(*pickleBuffer)
	if pb.view == nil {
		return object.Errorf(object.ValueError, "operation forbidden on released PickleBuffer object")
	}
	view := pb.view
	if !view.Contiguous() {
		return object.Errorf(object.BufferError, "PickleBuffer can not be pickled when pointing to a non-contiguous buffer")
	}
	inBand := true
	if !p.bufferCallback.IsNull() {
		r, err := object.Call(p.bufferCallback, []object.Value{obj}, nil)
		if err != nil {
			return err
		}
		if inBand, err = object.Truth(r); err != nil {
			return err
		}
	}
	if inBand {
		data := view.Bytes()
		if view.ReadOnly {
			return p.saveBytesData(obj, data)
		}
		return p.saveByteArrayData(obj, data)
	}
	p.op(opNEXT_BUFFER)
	if view.ReadOnly {
		p.op(opREADONLY_BUFFER)
	}
	return nil
}

var _ = binary.LittleEndian
