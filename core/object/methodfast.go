package object

// initFastMethods gives the most called methods of lists and dicts their
// positional entries (MethodDescr.Fast1/Fast2): l.append(x), d.get(k),
// d.get(k, default), d.setdefault(k, default) without argument checks.
func initFastMethods() {
	ListType.method("append").Fast1 = func(self, x Value) (Value, error) {
		l := self.o.(*List)
		l.Items = append(l.Items, x)
		return None, nil
	}
	get := DictType.method("get")
	get.Fast1 = func(self, k Value) (Value, error) {
		v, ok, err := self.o.(*Dict).Get(k)
		if err != nil || ok {
			return v, err
		}
		return None, nil
	}
	get.Fast2 = func(self, k, def Value) (Value, error) {
		v, ok, err := self.o.(*Dict).Get(k)
		if err != nil || ok {
			return v, err
		}
		return def, nil
	}
	DictType.method("setdefault").Fast2 = func(self, k, def Value) (Value, error) {
		return self.o.(*Dict).SetDefault(k, def)
	}
}
