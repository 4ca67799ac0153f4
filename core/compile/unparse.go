package compile

import (
	"strings"

	"github.com/pyvar/pyvar/core/syntax"
)

const prTest = 0

func unparseExpr(b *strings.Builder, e syntax.Expr, level int) {
	b.WriteString("...")
}
