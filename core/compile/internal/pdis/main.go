package main

import (
	"fmt"
	"os"

	"github.com/pyvar/pyvar/core/code"
	"github.com/pyvar/pyvar/core/compile"
	"github.com/pyvar/pyvar/core/syntax"
)

func main() {
	src, _ := os.ReadFile(os.Args[1])
	co, err := compile.Compile(src, os.Args[1], syntax.Exec, 0)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	code.Dis(os.Stdout, co)
}
