package native_test

import (
	"bytes"
	"testing"

	"github.com/pyvar/pyvar/core/interp"
	"github.com/pyvar/pyvar/core/object"
	"github.com/pyvar/pyvar/core/vm"
)

// box is a toy native type: a Go payload holding a slice, with the
// special methods a native container defines as slots.
type box struct{ items []object.Value }

var boxType = object.NewBaseType("toy.Box", nil)

func (b *box) Type() *object.Type { return boxType }

func init() {
	boxType.SetNew(func(t *object.Type, args []object.Value, kw []string) (object.Value, error) {
		return object.WrapBuiltin(t, object.FromObject(&box{items: append([]object.Value(nil), args...)})), nil
	}, nil)
	boxType.AddSlot("__len__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return object.Int(int64(len(object.Unwrap(self).Object().(*box).items))), nil
	})
	boxType.AddSlot("__getitem__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		b := object.Unwrap(self).Object().(*box)
		i, _ := args[0].AsInt()
		if i < 0 || int(i) >= len(b.items) {
			return object.Null, object.Errorf(object.IndexError, "box index out of range")
		}
		return b.items[i], nil
	})
	boxType.AddMethod("first", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		return self.Object().(*box).items[0], nil
	})
}

// TestNativeTypeProtocols checks that a type made with NewBaseType is
// reached by the protocols through its namespace and can be subclassed.
func TestNativeTypeProtocols(t *testing.T) {
	var out bytes.Buffer
	mods := map[string]vm.ModuleMaker{"toy": func(in *vm.Interp) (*object.Module, error) {
		m := object.NewModule("toy")
		m.Dict.Set(object.NewStr("Box"), object.FromObject(boxType))
		return m, nil
	}}
	in := interp.New(vm.Options{Stdout: &out, Modules: mods})
	src := `
import sys, toy
b = toy.Box(1, 2, 3)
print(len(b), b[1], list(b), bool(b), bool(toy.Box()), b.first())
class Sub(toy.Box):
    def __len__(self):
        return 10 * toy.Box.__len__(self)
s = Sub(4, 5)
s.extra = 'x'
print(len(s), s[0], s.first(), s.extra, isinstance(s, toy.Box), 'toy' in sys.builtin_module_names)
try:
    b[7]
except IndexError as e:
    print('IndexError', e)
`
	co, err := interp.Compile([]byte(src), "<test>", "exec", 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.RunCode(co, in.NewModuleGlobals("__main__")); err != nil {
		t.Fatalf("run: %v", err)
	}
	want := "3 2 [1, 2, 3] True False 1\n20 4 4 x True True\nIndexError box index out of range\n"
	if out.String() != want {
		t.Errorf("got %q\nwant %q", out.String(), want)
	}
}
