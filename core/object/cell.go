package object

// Cell holds a variable shared between a function and the functions nested
// in it (CPython's PyCellObject). An empty cell holds Null.
type Cell struct {
	Ref Value
}

// Type returns CellType.
func (c *Cell) Type() *Type { return CellType }
