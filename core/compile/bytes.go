package compile

import (
	"errors"

	"github.com/pyvar/pyvar/core/object"
)

// newBytes makes a bytes constant. The runtime has no bytes constructor yet
// (requested from core/object), so bytes literals fail to compile clearly.
func newBytes(b []byte) (object.Value, error) {
	return object.Null, errors.New("bytes constants are not supported yet (no object.NewBytes)")
}
