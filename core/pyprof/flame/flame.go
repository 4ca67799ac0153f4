// Package flame draws pprof profiles as SVG flame graphs (pyvar-bench's
// profiles). It is apart from package pyprof so that the pyvar command,
// which only writes profiles, does not link the pprof library, whose
// package initialisation (regular expressions, tables) cost a fifth of
// pyvar's start-up instructions.
package flame

import (
	"fmt"
	"hash/fnv"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/google/pprof/profile"
)

// SVG draws a pprof profile as a flame graph in SVG, which GitHub and
// browsers show as a picture: the root at the bottom, each sample's stack
// going up, widths proportional to the sample value (the first sample type),
// siblings sorted by name so equal stacks merge. Hovering shows the frame,
// its share and its source line.
func SVG(w io.Writer, p *profile.Profile, title string) error {
	root := &flameNode{name: "all"}
	for _, s := range p.Sample {
		if len(s.Value) == 0 {
			continue
		}
		v := s.Value[0]
		n := root
		n.value += v
		for i := len(s.Location) - 1; i >= 0; i-- { // pprof stacks are leaf first
			loc := s.Location[i]
			for j := len(loc.Line) - 1; j >= 0; j-- {
				ln := loc.Line[j]
				label := ln.Function.Name
				detail := fmt.Sprintf("%s %s:%d", ln.Function.Name, ln.Function.Filename, ln.Line)
				n = n.child(label, detail)
				n.value += v
			}
		}
	}
	if root.value == 0 {
		return fmt.Errorf("the profile has no samples")
	}
	const width, rowH = 1200.0, 17.0
	depth := root.depth()
	height := float64(depth+2)*rowH + 30
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" font-family="monospace" font-size="11">`+"\n", width, height)
	fmt.Fprintf(w, `<rect width="100%%" height="100%%" fill="#fdfdf6"/><text x="6" y="16" font-size="14">%s</text>`+"\n", html.EscapeString(title))
	var draw func(n *flameNode, x float64, level int)
	draw = func(n *flameNode, x float64, level int) {
		wd := width * float64(n.value) / float64(root.value)
		if wd < 0.3 {
			return
		}
		y := height - float64(level+1)*rowH
		share := 100 * float64(n.value) / float64(root.value)
		fmt.Fprintf(w, `<g><title>%s (%.1f%%)</title><rect x="%.2f" y="%.1f" width="%.2f" height="%.1f" fill="%s" stroke="#fdfdf6" stroke-width="0.5"/>`,
			html.EscapeString(n.detail), share, x, y, wd, rowH-1, n.color())
		if chars := int(wd / 7); chars >= 3 {
			label := n.name
			if i := strings.LastIndex(label, "/"); i >= 0 {
				label = label[i+1:] // github.com/x/y/core/vm.(*Interp).run -> vm.(*Interp).run
			}
			if len(label) > chars {
				label = label[:chars-2] + ".."
			}
			fmt.Fprintf(w, `<text x="%.2f" y="%.1f">%s</text>`, x+3, y+rowH-5, html.EscapeString(label))
		}
		fmt.Fprintln(w, "</g>")
		cx := x
		for _, c := range n.sorted() {
			draw(c, cx, level+1)
			cx += width * float64(c.value) / float64(root.value)
		}
	}
	draw(root, 0, 0)
	_, err := fmt.Fprintln(w, "</svg>")
	return err
}

type flameNode struct {
	name, detail string
	value        int64
	children     map[string]*flameNode
}

func (n *flameNode) child(name, detail string) *flameNode {
	if n.children == nil {
		n.children = map[string]*flameNode{}
	}
	c := n.children[name]
	if c == nil {
		c = &flameNode{name: name, detail: detail}
		n.children[name] = c
	}
	return c
}

func (n *flameNode) sorted() []*flameNode {
	out := make([]*flameNode, 0, len(n.children))
	for _, c := range n.children {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

func (n *flameNode) depth() int {
	d := 0
	for _, c := range n.children {
		d = max(d, c.depth())
	}
	return d + 1
}

// color gives opcodes (upper-case names) a blue hue and functions a warm
// one, stable per name so the same frame has the same colour everywhere.
func (n *flameNode) color() string {
	h := fnv.New32a()
	h.Write([]byte(n.name))
	v := h.Sum32()
	if n.name != "" && strings.ToUpper(n.name) == n.name && strings.ContainsRune(n.name, '_') {
		return fmt.Sprintf("rgb(%d,%d,%d)", 90+v%40, 150+v%60, 210+v%40)
	}
	return fmt.Sprintf("rgb(%d,%d,%d)", 220+v%35, 90+v%110, 40+v%50)
}
