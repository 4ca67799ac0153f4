package native

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/pyvar/pyvar/core/object"
)

// jsonEncoder is a _json.Encoder: the one-shot _iterencode of a
// JSONEncoder (CPython's PyEncoderObject). As in CPython 3.10, indent is
// kept but not applied: json only uses this encoder when indent is None.
type jsonEncoder struct {
	st                                                   *jsonState
	markers, defaultFn, encoder, indent, keySep, itemSep object.Value
	markersDict                                          *object.Dict
	keySepS, itemSepS                                    string
	sortKeys, skipKeys, allowNaN                         bool
	fast                                                 int // 1: encode_basestring_ascii, 2: encode_basestring, 0: call encoder
}

func (e *jsonEncoder) Type() *object.Type { return e.st.encoderT }

// jsonEncScratch is what one encoder call builds in: the output bytes and
// a stack for dicts' key and value snapshots. A call takes the state's
// free one (or a new one while it is in use: a default() or a float's
// repr may encode in turn) and gives it back emptied.
type jsonEncScratch struct {
	buf   []byte
	stack []object.Value
}

// pop drops the stack's items from base on, clearing them so that the
// kept array holds nothing alive.
func (sc *jsonEncScratch) pop(base int) {
	clear(sc.stack[base:])
	sc.stack = sc.stack[:base]
}

func (st *jsonState) getEncScratch() *jsonEncScratch {
	if sc := st.encFree; sc != nil {
		st.encFree = nil
		return sc
	}
	return &jsonEncScratch{buf: make([]byte, 0, 256)}
}

// putEncScratch keeps sc, whose buffer grew to b, for the next call; a
// large buffer or stack is not kept.
func (st *jsonState) putEncScratch(sc *jsonEncScratch, b []byte) {
	if cap(b) <= 1<<16 {
		sc.buf = b[:0]
	} else {
		sc.buf = make([]byte, 0, 256)
	}
	if cap(sc.stack) > 4096 {
		sc.stack = nil
	}
	sc.stack = sc.stack[:0]
	st.encFree = sc
}

var jsonEncoderArgs = []string{"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}

func (st *jsonState) makeEncoderType() {
	t := object.NewBaseType("_json.Encoder", nil)
	st.encoderT = t
	t.Doc = "_iterencode(obj, _current_indent_level) -> iterable"
	t.SetFinal()
	t.SetNew(func(cls *object.Type, args []object.Value, kw []string) (object.Value, error) {
		var a [9]object.Value
		if err := object.ParseArgs("make_encoder", args, kw, jsonEncoderArgs, 9, 9, a[:]); err != nil {
			return object.Null, err
		}
		e := &jsonEncoder{st: st, markers: a[0], defaultFn: a[1], encoder: a[2], indent: a[3], keySep: a[4], itemSep: a[5]}
		if !a[0].IsNone() {
			d, ok := a[0].Object().(*object.Dict)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "make_encoder() argument 1 must be dict or None, not %s", object.TypeOf(a[0]).Name)
			}
			e.markersDict = d
		}
		for i, dst := range []*string{&e.keySepS, &e.itemSepS} {
			s, ok := object.Unwrap(a[4+i]).Object().(*object.Str)
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "make_encoder() argument %d must be str, not %s", 5+i, object.TypeOf(a[4+i]).Name)
			}
			*dst = s.S
		}
		for i, dst := range []*bool{&e.sortKeys, &e.skipKeys, &e.allowNaN} {
			b, err := object.Truth(a[6+i])
			if err != nil {
				return object.Null, err
			}
			*dst = b
		}
		switch {
		case a[2].Is(st.encAscii):
			e.fast = 1
		case a[2].Is(st.encUnicde):
			e.fast = 2
		}
		return object.FromObject(e), nil
	}, nil)
	get := func(self object.Value) *jsonEncoder { return object.Unwrap(self).Object().(*jsonEncoder) }
	for _, f := range []struct {
		name string
		get  func(*jsonEncoder) object.Value
	}{
		{"markers", func(e *jsonEncoder) object.Value { return e.markers }},
		{"default", func(e *jsonEncoder) object.Value { return e.defaultFn }},
		{"encoder", func(e *jsonEncoder) object.Value { return e.encoder }},
		{"indent", func(e *jsonEncoder) object.Value { return e.indent }},
		{"key_separator", func(e *jsonEncoder) object.Value { return e.keySep }},
		{"item_separator", func(e *jsonEncoder) object.Value { return e.itemSep }},
		{"sort_keys", func(e *jsonEncoder) object.Value { return object.Bool(e.sortKeys) }},
		{"skipkeys", func(e *jsonEncoder) object.Value { return object.Bool(e.skipKeys) }},
	} {
		f := f
		t.AddGetter(f.name, func(self object.Value) (object.Value, error) { return f.get(get(self)), nil })
	}
	t.AddSlot("__call__", func(self object.Value, args []object.Value, kw []string) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("_iterencode", args, kw, []string{"obj", "_current_indent_level"}, 2, 2, a[:]); err != nil {
			return object.Null, err
		}
		if _, err := object.ArgSsize(a[1]); err != nil {
			return object.Null, err
		}
		sc := st.getEncScratch()
		b, err := get(self).encode(sc, sc.buf[:0], a[0])
		if err != nil {
			st.putEncScratch(sc, b)
			return object.Null, err
		}
		// The text is built in the scratch buffer (kept for the next
		// call: it grew afresh each time) and copied once, at its size.
		r := object.NewStr(string(b))
		st.putEncScratch(sc, b)
		// 3.10 returns the chunks as a list; here there is one chunk.
		return object.FromObject(object.NewList(r)), nil
	})
}

// encode is encoder_listencode_obj: it appends the JSON text of v to b.
func (e *jsonEncoder) encode(sc *jsonEncScratch, b []byte, v object.Value) ([]byte, error) {
	switch v.Kind() {
	case object.KindNone:
		return append(b, "null"...), nil
	case object.KindBool:
		if v.RawBool() {
			return append(b, "true"...), nil
		}
		return append(b, "false"...), nil
	}
	// str, int, float, list, tuple and dict, their subclasses included.
	u := object.Unwrap(v)
	switch u.Kind() {
	case object.KindInt:
		return strconv.AppendInt(b, u.RawInt(), 10), nil
	case object.KindFloat:
		s, err := e.floatStr(u.RawFloat())
		return append(b, s...), err
	}
	switch o := u.Object().(type) {
	case *object.Str:
		return e.appendStr(b, u, o)
	case *object.BigInt:
		s, err := object.Repr(u)
		return append(b, s...), err
	case *object.List, *object.Tuple:
		if err := object.EnterRecursiveCall(" while encoding a JSON object"); err != nil {
			return b, err
		}
		b, err := e.encodeList(sc, b, v, o)
		object.LeaveRecursiveCall()
		return b, err
	case *object.Dict:
		if err := object.EnterRecursiveCall(" while encoding a JSON object"); err != nil {
			return b, err
		}
		b, err := e.encodeDict(sc, b, v, o)
		object.LeaveRecursiveCall()
		return b, err
	}
	ident, err := e.mark(v)
	if err != nil {
		return b, err
	}
	nv, err := object.Call(e.defaultFn, []object.Value{v}, nil)
	if err != nil {
		return b, err
	}
	if err := object.EnterRecursiveCall(" while encoding a JSON object"); err != nil {
		return b, err
	}
	b, err = e.encode(sc, b, nv)
	object.LeaveRecursiveCall()
	if err != nil {
		return b, err
	}
	return b, e.unmark(ident)
}

// mark records v in markers while it is being encoded: meeting it again
// inside itself is a cycle. It returns the key to unmark, or Null.
func (e *jsonEncoder) mark(v object.Value) (object.Value, error) {
	if e.markersDict == nil {
		return object.Null, nil
	}
	ident := object.ID(v)
	has, err := e.markersDict.Contains(ident)
	if err != nil {
		return object.Null, err
	}
	if has {
		return object.Null, object.Errorf(object.ValueError, "Circular reference detected")
	}
	return ident, e.markersDict.Set(ident, v)
}

func (e *jsonEncoder) unmark(ident object.Value) error {
	if ident.IsNull() {
		return nil
	}
	_, err := e.markersDict.Delete(ident)
	return err
}

// floatStr is encoder_encode_float.
func (e *jsonEncoder) floatStr(f float64) (string, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if !e.allowNaN {
			return "", object.Errorf(object.ValueError, "Out of range float values are not JSON compliant")
		}
		switch {
		case f > 0:
			return "Infinity", nil
		case f < 0:
			return "-Infinity", nil
		}
		return "NaN", nil
	}
	return object.FloatRepr(f), nil
}

// appendStr is encoder_encode_string: v (whose payload is s) through
// the encoder.
func (e *jsonEncoder) appendStr(b []byte, v object.Value, s *object.Str) ([]byte, error) {
	if e.fast != 0 {
		return appendJSONString(b, s, e.fast == 1), nil
	}
	r, err := object.Call(e.encoder, []object.Value{v}, nil)
	if err != nil {
		return b, err
	}
	rs, ok := object.Unwrap(r).Object().(*object.Str)
	if !ok {
		return b, object.Errorf(object.TypeError, "encoder() must return a string, not %s", object.TypeOf(r).Name)
	}
	return append(b, rs.S...), nil
}

// encodeList is encoder_listencode_list for a list or tuple payload o.
func (e *jsonEncoder) encodeList(sc *jsonEncScratch, b []byte, v object.Value, o object.Object) ([]byte, error) {
	l, isList := o.(*object.List)
	var items []object.Value
	if isList {
		items = l.Items
	} else {
		items = o.(*object.Tuple).Items
	}
	if len(items) == 0 {
		return append(b, "[]"...), nil
	}
	ident, err := e.mark(v)
	if err != nil {
		return b, err
	}
	b = append(b, '[')
	// A list may change under default(): read its length every time.
	for i := 0; ; i++ {
		if isList {
			items = l.Items
		}
		if i >= len(items) {
			break
		}
		if i > 0 {
			b = append(b, e.itemSepS...)
		}
		if b, err = e.encode(sc, b, items[i]); err != nil {
			return b, err
		}
	}
	if err := e.unmark(ident); err != nil {
		return b, err
	}
	return append(b, ']'), nil
}

// encodeDict is encoder_listencode_dict for a dict payload d of v.
func (e *jsonEncoder) encodeDict(sc *jsonEncScratch, b []byte, v object.Value, d *object.Dict) ([]byte, error) {
	if d.Len() == 0 {
		return append(b, "{}"...), nil
	}
	ident, err := e.mark(v)
	if err != nil {
		return b, err
	}
	b = append(b, '{')
	// The items are a snapshot, as PyMapping_Items makes a list: an exact
	// dict's as keys and values, any other's as what items() gives.
	var keys, vals, items []object.Value
	if object.TypeOf(v) == object.DictType {
		// On the call's scratch stack, above what enclosing containers
		// keep there; given back when this dict is done.
		base := len(sc.stack)
		defer sc.pop(base)
		for i, n := 0, d.EntriesLen(); i < n; i++ {
			if k, _, live := d.EntryAt(i); live {
				sc.stack = append(sc.stack, k)
			}
		}
		mid := len(sc.stack)
		for i, n := 0, d.EntriesLen(); i < n; i++ {
			if _, val, live := d.EntryAt(i); live {
				sc.stack = append(sc.stack, val)
			}
		}
		keys, vals = sc.stack[base:mid:mid], sc.stack[mid:]
		if e.sortKeys {
			if !jsonSortStrKeys(keys, vals) {
				items = make([]object.Value, len(keys))
				for i := range keys {
					items[i] = tuple(keys[i], vals[i])
				}
				keys, vals = nil, nil
			}
		}
	} else {
		r, err := object.CallMethodByName(v, "items")
		if err != nil {
			return b, err
		}
		// PyMapping_Items: list(d.items()), with its own message.
		it, err := object.GetIter(r)
		if err != nil {
			if e, ok := err.(*object.BaseException); ok && e.Class.IsSubtype(object.TypeError) {
				return b, object.Errorf(object.TypeError, "%s.items() returned a non-iterable (type %s)", object.TypeOf(v).Name, object.TypeOf(r).Name)
			}
			return b, err
		}
		items = []object.Value{}
		for {
			x, ok, err := object.Next(it)
			if err != nil {
				return b, err
			}
			if !ok {
				break
			}
			items = append(items, x)
		}
	}
	if items != nil && e.sortKeys {
		if err := object.SortValues(items, object.Null, false); err != nil {
			return b, err
		}
	}
	n := len(keys)
	if items != nil {
		n = len(items)
	}
	first := true
	for i := 0; i < n; i++ {
		var key, val object.Value
		if items != nil {
			t, ok := items[i].Object().(*object.Tuple)
			if !ok || len(t.Items) != 2 {
				return b, object.Errorf(object.ValueError, "items must return 2-tuples")
			}
			key, val = t.Items[0], t.Items[1]
		} else {
			key, val = keys[i], vals[i]
		}
		var kstr string
		var kv object.Value // the key as a str Value, when it is one
		var ks *object.Str
		switch key.Kind() {
		case object.KindNone:
			kstr = "null"
		case object.KindBool:
			kstr = "false"
			if key.RawBool() {
				kstr = "true"
			}
		default:
			u := object.Unwrap(key)
			switch u.Kind() {
			case object.KindInt:
				kstr = strconv.FormatInt(u.RawInt(), 10)
			case object.KindFloat:
				if kstr, err = e.floatStr(u.RawFloat()); err != nil {
					return b, err
				}
			default:
				switch o := u.Object().(type) {
				case *object.Str:
					kv, ks = key, o
				case *object.BigInt:
					if kstr, err = object.Repr(u); err != nil {
						return b, err
					}
				default:
					if e.skipKeys {
						continue
					}
					return b, object.Errorf(object.TypeError, "keys must be str, int, float, bool or None, not %s", object.TypeOf(key).Name)
				}
			}
		}
		if !first {
			b = append(b, e.itemSepS...)
		}
		first = false
		if ks == nil {
			if e.fast != 0 {
				// Numbers and constants need no escaping.
				b = append(b, '"')
				b = append(b, kstr...)
				b = append(b, '"')
			} else {
				kv = object.NewStr(kstr)
				ks = kv.Object().(*object.Str)
			}
		}
		if ks != nil {
			if b, err = e.appendStr(b, kv, ks); err != nil {
				return b, err
			}
		}
		b = append(b, e.keySepS...)
		if b, err = e.encode(sc, b, val); err != nil {
			return b, err
		}
	}
	if err := e.unmark(ident); err != nil {
		return b, err
	}
	return append(b, '}'), nil
}

// jsonSortStrKeys sorts the keys, all exact strs, and their values by
// key, as sorting the items would; it reports false, leaving them, when
// some key is not an exact str. UTF-8 (and pyvar's WTF-8) byte order is
// code point order.
func jsonSortStrKeys(keys, vals []object.Value) bool {
	for _, k := range keys {
		if object.TypeOf(k) != object.StrType {
			return false
		}
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(x, y int) int {
		return strings.Compare(keys[x].Object().(*object.Str).S, keys[y].Object().(*object.Str).S)
	})
	k2 := make([]object.Value, len(keys))
	v2 := make([]object.Value, len(keys))
	for i, j := range idx {
		k2[i], v2[i] = keys[j], vals[j]
	}
	copy(keys, k2)
	copy(vals, v2)
	return true
}
