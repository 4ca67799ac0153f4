package compile

import "github.com/pyvar/pyvar/core/object"

// newBytes makes a bytes constant.
func newBytes(b []byte) (object.Value, error) { return object.NewBytes(b), nil }
