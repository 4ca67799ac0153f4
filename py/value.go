package py

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

// Value is a Python value. fmt prints it as Python's repr (String and
// GoString); objects of classes print as <T object at 0x...>, since their
// own __repr__ may only run through Interp.Repr. The zero Value is not a
// Python object (IsValid reports false).
type Value struct{ v object.Value }

// None is Python's None.
var None = Value{object.None}

// String returns repr(v) for built-in values (see Value).
func (v Value) String() string {
	if v.v.IsNull() {
		return "<invalid>"
	}
	return v.v.String()
}

// GoString is String, for %#v.
func (v Value) GoString() string { return v.String() }

// IsValid reports whether v holds a Python object.
func (v Value) IsValid() bool { return !v.v.IsNull() }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.v.IsNone() }

// Type returns the name of v's Python type ("int", "list", "MyClass").
func (v Value) Type() string {
	if v.v.IsNull() {
		return ""
	}
	return object.TypeOf(v.v).Name
}

// Tuple is what a Python tuple converts to and from (a []any converts to
// a list).
type Tuple []any

// ValueOf converts a Go value to a Python value: nil to None; bool; the
// integer types and *big.Int to int; float32/64 to float; string to str;
// []byte to bytes; Value as is; Tuple to tuple; other slices and arrays to
// list; maps to dict; Func to a built-in function. Structs (and pointers
// to them) need FromStruct: their conversion is a choice (which fields,
// which names) a program makes explicitly.
func ValueOf(x any) (Value, error) { return valueOf(x, false) }

// FromStruct converts a struct (or a pointer to one) to a dict of its
// exported fields, named by their `py:"name"` tag or else their Go name
// (`py:"-"` leaves a field out); fields convert by ValueOf, nested
// structs by FromStruct. Other values convert as ValueOf does.
func FromStruct(x any) (Value, error) { return valueOf(x, true) }

func (in *Interp) valueOf(x any) (Value, error) { return valueOf(x, false) }

func valueOf(x any, structs bool) (Value, error) {
	switch x := x.(type) {
	case nil:
		return None, nil
	case Value:
		if x.v.IsNull() {
			return Value{}, fmt.Errorf("py: invalid Value")
		}
		return x, nil
	case bool:
		return Value{object.Bool(x)}, nil
	case int:
		return Value{object.Int(int64(x))}, nil
	case int64:
		return Value{object.Int(x)}, nil
	case int32:
		return Value{object.Int(int64(x))}, nil
	case float64:
		return Value{object.Float(x)}, nil
	case string:
		return Value{object.NewStr(x)}, nil
	case []byte:
		return Value{object.NewBytes(append([]byte(nil), x...))}, nil
	case *big.Int:
		return Value{object.NewBigInt(x)}, nil
	case Func:
		return Value{newBuiltin("function", x, false)}, nil
	case func(in *Interp, args []Value, kwargs map[string]Value) (any, error):
		return Value{newBuiltin("function", x, false)}, nil
	case Tuple:
		items := make([]object.Value, len(x))
		for i, e := range x {
			v, err := valueOf(e, structs)
			if err != nil {
				return Value{}, err
			}
			items[i] = v.v
		}
		return Value{object.FromObject(object.NewTuple(items...))}, nil
	case []any:
		return sliceOf(reflect.ValueOf(x), structs)
	case map[string]any:
		d := object.NewDict(len(x))
		for k, e := range x {
			v, err := valueOf(e, structs)
			if err != nil {
				return Value{}, err
			}
			d.Set(object.NewStr(k), v.v)
		}
		return Value{object.FromObject(d)}, nil
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return Value{object.Int(rv.Int())}, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > 1<<63-1 {
			return Value{object.NewBigInt(new(big.Int).SetUint64(u))}, nil
		}
		return Value{object.Int(int64(u))}, nil
	case reflect.Float32, reflect.Float64:
		return Value{object.Float(rv.Float())}, nil
	case reflect.Bool:
		return Value{object.Bool(rv.Bool())}, nil
	case reflect.String:
		return Value{object.NewStr(rv.String())}, nil
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return None, nil
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return Value{object.NewBytes(b)}, nil
		}
		return sliceOf(rv, structs)
	case reflect.Map:
		if rv.IsNil() {
			return None, nil
		}
		d := object.NewDict(rv.Len())
		it := rv.MapRange()
		for it.Next() {
			k, err := valueOf(it.Key().Interface(), structs)
			if err != nil {
				return Value{}, err
			}
			v, err := valueOf(it.Value().Interface(), structs)
			if err != nil {
				return Value{}, err
			}
			if err := d.Set(k.v, v.v); err != nil {
				return Value{}, err
			}
		}
		return Value{object.FromObject(d)}, nil
	case reflect.Pointer:
		if rv.IsNil() {
			return None, nil
		}
		if structs && rv.Elem().Kind() == reflect.Struct {
			return structOf(rv.Elem())
		}
	case reflect.Struct:
		if structs {
			return structOf(rv)
		}
		return Value{}, fmt.Errorf("py: cannot convert %T to a Python value (use FromStruct)", x)
	}
	return Value{}, fmt.Errorf("py: cannot convert %T to a Python value", x)
}

func sliceOf(rv reflect.Value, structs bool) (Value, error) {
	items := make([]object.Value, rv.Len())
	for i := range items {
		v, err := valueOf(rv.Index(i).Interface(), structs)
		if err != nil {
			return Value{}, err
		}
		items[i] = v.v
	}
	return Value{object.FromObject(object.NewList(items...))}, nil
}

// fieldName is the Python name of a struct field ("" to leave it out).
func fieldName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	tag := f.Tag.Get("py")
	if tag == "-" {
		return ""
	}
	if name, _, _ := strings.Cut(tag, ","); name != "" {
		return name
	}
	return f.Name
}

func structOf(rv reflect.Value) (Value, error) {
	t := rv.Type()
	d := object.NewDict(t.NumField())
	for i := 0; i < t.NumField(); i++ {
		name := fieldName(t.Field(i))
		if name == "" {
			continue
		}
		v, err := valueOf(rv.Field(i).Interface(), true)
		if err != nil {
			return Value{}, fmt.Errorf("py: field %s: %w", t.Field(i).Name, err)
		}
		d.Set(object.NewStr(name), v.v)
	}
	return Value{object.FromObject(d)}, nil
}

// ToGo converts a Python value to Go: None to nil, bool, int to int64 (or
// *big.Int beyond int64), float to float64, str to string, bytes and
// bytearray to []byte, list to []any, tuple to Tuple, dict to
// map[string]any when every key is a str (else map[any]any, whose keys
// must be comparable in Go), set and frozenset to []any. Any other object
// (a function, a module, an instance) comes back as its Value.
func ToGo(v Value) (any, error) { return toGo(v.v, 0) }

func toGo(v object.Value, depth int) (any, error) {
	if depth > 100 {
		return nil, fmt.Errorf("py: value nested too deeply")
	}
	switch v.Kind() {
	case object.KindNull:
		return nil, fmt.Errorf("py: invalid Value")
	case object.KindNone:
		return nil, nil
	case object.KindBool:
		return v.RawBool(), nil
	case object.KindInt:
		return v.RawInt(), nil
	case object.KindFloat:
		return v.RawFloat(), nil
	}
	seq := func(items []object.Value) ([]any, error) {
		out := make([]any, len(items))
		for i, x := range items {
			g, err := toGo(x, depth+1)
			if err != nil {
				return nil, err
			}
			out[i] = g
		}
		return out, nil
	}
	switch o := v.Object().(type) {
	case *object.BigInt:
		return new(big.Int).Set(&o.V), nil
	case *object.Str:
		return o.S, nil
	case *object.Bytes:
		return append([]byte(nil), o.B...), nil
	case *object.ByteArray:
		return append([]byte(nil), o.B...), nil
	case *object.List:
		return seq(o.Items)
	case *object.Tuple:
		s, err := seq(o.Items)
		return Tuple(s), err
	case *object.Set:
		return seq(o.Items())
	case *object.Dict:
		allStr := true
		for k := range o.All() {
			if _, ok := k.Object().(*object.Str); !ok {
				allStr = false
				break
			}
		}
		if allStr {
			m := make(map[string]any, o.Len())
			for k, x := range o.All() {
				g, err := toGo(x, depth+1)
				if err != nil {
					return nil, err
				}
				m[k.Object().(*object.Str).S] = g
			}
			return m, nil
		}
		m := make(map[any]any, o.Len())
		for k, x := range o.All() {
			gk, err := toGo(k, depth+1)
			if err != nil {
				return nil, err
			}
			if gk != nil && !reflect.TypeOf(gk).Comparable() {
				return nil, fmt.Errorf("py: dict key %v has no comparable Go form", k)
			}
			g, err := toGo(x, depth+1)
			if err != nil {
				return nil, err
			}
			m[gk] = g
		}
		return m, nil
	}
	return Value{v}, nil
}

// Decode stores the Python value v into the Go variable out points to,
// converting as ToGo does and then to out's type: a dict fills a struct's
// fields (by `py:"name"` tag or Go name) or a map, a list or tuple a
// slice, numbers any numeric type they fit.
func Decode(v Value, out any) error {
	rv := reflect.ValueOf(out)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("py: Decode needs a non-nil pointer, not %T", out)
	}
	g, err := ToGo(v)
	if err != nil {
		return err
	}
	return decode(g, rv.Elem())
}

func decode(g any, dst reflect.Value) error {
	if dst.Kind() == reflect.Interface && dst.NumMethod() == 0 {
		if g == nil {
			dst.SetZero()
		} else {
			dst.Set(reflect.ValueOf(g))
		}
		return nil
	}
	if g == nil {
		switch dst.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
			dst.SetZero()
			return nil
		}
		return fmt.Errorf("py: cannot store None in %s", dst.Type())
	}
	if gv, ok := g.(Value); ok {
		if dst.Type() == reflect.TypeOf(Value{}) {
			dst.Set(reflect.ValueOf(gv))
			return nil
		}
		return fmt.Errorf("py: cannot store %s in %s", gv.Type(), dst.Type())
	}
	if dst.Type() == reflect.TypeOf(Value{}) {
		v, err := ValueOf(g)
		if err != nil {
			return err
		}
		dst.Set(reflect.ValueOf(v))
		return nil
	}
	mismatch := func() error { return fmt.Errorf("py: cannot store %T in %s", g, dst.Type()) }
	switch dst.Kind() {
	case reflect.Pointer:
		p := reflect.New(dst.Type().Elem())
		if err := decode(g, p.Elem()); err != nil {
			return err
		}
		dst.Set(p)
		return nil
	case reflect.Bool:
		b, ok := g.(bool)
		if !ok {
			return mismatch()
		}
		dst.SetBool(b)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, ok := g.(int64)
		if !ok || dst.OverflowInt(i) {
			return mismatch()
		}
		dst.SetInt(i)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		i, ok := g.(int64)
		if !ok || i < 0 || dst.OverflowUint(uint64(i)) {
			return mismatch()
		}
		dst.SetUint(uint64(i))
		return nil
	case reflect.Float32, reflect.Float64:
		switch f := g.(type) {
		case float64:
			dst.SetFloat(f)
		case int64:
			dst.SetFloat(float64(f))
		default:
			return mismatch()
		}
		return nil
	case reflect.String:
		s, ok := g.(string)
		if !ok {
			return mismatch()
		}
		dst.SetString(s)
		return nil
	case reflect.Slice:
		if b, ok := g.([]byte); ok && dst.Type().Elem().Kind() == reflect.Uint8 {
			dst.SetBytes(b)
			return nil
		}
		var items []any
		switch s := g.(type) {
		case []any:
			items = s
		case Tuple:
			items = s
		default:
			return mismatch()
		}
		out := reflect.MakeSlice(dst.Type(), len(items), len(items))
		for i, x := range items {
			if err := decode(x, out.Index(i)); err != nil {
				return err
			}
		}
		dst.Set(out)
		return nil
	case reflect.Map:
		out := reflect.MakeMap(dst.Type())
		put := func(k, x any) error {
			kv := reflect.New(dst.Type().Key()).Elem()
			if err := decode(k, kv); err != nil {
				return err
			}
			xv := reflect.New(dst.Type().Elem()).Elem()
			if err := decode(x, xv); err != nil {
				return err
			}
			out.SetMapIndex(kv, xv)
			return nil
		}
		switch m := g.(type) {
		case map[string]any:
			for k, x := range m {
				if err := put(k, x); err != nil {
					return err
				}
			}
		case map[any]any:
			for k, x := range m {
				if err := put(k, x); err != nil {
					return err
				}
			}
		default:
			return mismatch()
		}
		dst.Set(out)
		return nil
	case reflect.Struct:
		m, ok := g.(map[string]any)
		if !ok {
			return mismatch()
		}
		t := dst.Type()
		for i := 0; i < t.NumField(); i++ {
			name := fieldName(t.Field(i))
			if name == "" {
				continue
			}
			if x, ok := m[name]; ok {
				if err := decode(x, dst.Field(i)); err != nil {
					return fmt.Errorf("py: field %s: %w", t.Field(i).Name, err)
				}
			}
		}
		return nil
	}
	return mismatch()
}
