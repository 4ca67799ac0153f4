package compile

import "github.com/pyvar/pyvar/core/syntax"

func (c *compiler) match(s *syntax.Match) {
	c.errorf("match statements are not supported by the compiler yet")
}
