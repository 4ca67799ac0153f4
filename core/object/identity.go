package object

import "unsafe"

// ObjectID returns id(o): like CPython, the object's address. Go's
// collector does not move heap objects, so the address is stable for the
// object's life, and every Object is a pointer.
func ObjectID(o Object) uint64 {
	type iface struct{ typ, data unsafe.Pointer }
	return uint64(uintptr((*iface)(unsafe.Pointer(&o)).data))
}

func identityHash(o Object) uint64 {
	id := ObjectID(o)
	return id>>4 | id<<60 // CPython rotates the pointer by 4 bits
}
