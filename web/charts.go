package web

import (
	"html/template"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hearsay-news/hearsay/query"
)

// funcs are the template helpers.
var funcs = template.FuncMap{
	"join": strings.Join,
	"add":  func(a, b int) int { return a + b },
	"pct": func(n, of int) int {
		if of == 0 {
			return 0
		}
		return int(math.Round(100 * float64(n) / float64(of)))
	},
	"days":  func(f float64) string { return strconv.FormatFloat(math.Round(f), 'f', -1, 64) },
	"count": count,
}

// count is n with its noun, singular for one: "1 outlet", "3 outlets".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// A Graph is a person and the people around them, laid out on an ellipse.
type Graph struct {
	X0     float64 // left edge of the picture: below 0 when labels reach past the left
	W, H   int
	CX, CY float64
	Center string
	Nodes  []Node
	More   int // related people not drawn
}

// A Node is one related person in the graph with the edge to them.
type Node struct {
	X, Y       float64 // the node
	LX, LY     float64 // its label
	Anchor     string  // text-anchor of the label
	MX, MY     float64 // the edge label
	Label, URL string
	Look       string // of the strongest claim between them
	Edge       string // what links them
}

// maxNodes is the most related people the graph draws.
const maxNodes = 12

// graph lays out the relations around the person.
func graph(name string, rels []Relation) Graph {
	g := Graph{W: 640, H: 440, CX: 320, CY: 220, Center: short(name, 28)}
	n := min(len(rels), maxNodes)
	g.More = len(rels) - n
	if n <= 2 {
		// One line through the person: a lower picture.
		g.H, g.CY = 200, 90
	}
	rx, ry := 215.0, 160.0
	for i := 0; i < n; i++ {
		rel := rels[i]
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		if n <= 2 {
			a = math.Pi * float64(i) // right, then left
		}
		x, y := g.CX+rx*math.Cos(a), g.CY+ry*math.Sin(a)
		nd := Node{X: round1(x), Y: round1(y), Label: short(rel.Person.Label, 24), URL: rel.Person.URL, Look: "asserted"}
		switch {
		case x < g.CX-40:
			nd.Anchor, nd.LX, nd.LY = "end", round1(x-14), round1(y+5)
		case x > g.CX+40:
			nd.Anchor, nd.LX, nd.LY = "start", round1(x+14), round1(y+5)
		case y < g.CY:
			nd.Anchor, nd.LX, nd.LY = "middle", round1(x), round1(y-16)
		default:
			nd.Anchor, nd.LX, nd.LY = "middle", round1(x), round1(y+26)
		}
		best := 0
		var words []string
		for _, k := range rel.Kinds {
			if lookRank[k.Look] > best {
				best, nd.Look = lookRank[k.Look], k.Look
			}
			if !contains(words, k.Word) {
				words = append(words, k.Word)
			}
		}
		nd.Edge = short(strings.Join(words, ", "), 30)
		nd.MX, nd.MY = round1(g.CX+(x-g.CX)*0.6), round1(g.CY+(y-g.CY)*0.6-5)
		g.Nodes = append(g.Nodes, nd)
	}
	g.fitLabels()
	return g
}

// labelEm is the width of an average character of a node's label in
// pixels (13.5px type, generous for names in capitals).
const labelEm = 8.0

// labelSpan is the horizontal extent of a node's label.
func (nd Node) labelSpan() (left, right float64) {
	w := labelEm * float64(utf8.RuneCountInString(nd.Label))
	switch nd.Anchor {
	case "end":
		return nd.LX - w, nd.LX
	case "start":
		return nd.LX, nd.LX + w
	}
	return nd.LX - w/2, nd.LX + w/2
}

// fitLabels widens the picture to the left and to the right so that
// long labels of the nodes on either side are not cut off.
func (g *Graph) fitLabels() {
	const margin = 6
	left, right := 0.0, float64(g.W)
	for _, nd := range g.Nodes {
		l, r := nd.labelSpan()
		left, right = min(left, l-margin), max(right, r+margin)
	}
	g.X0, g.W = math.Floor(left), int(math.Ceil(right-math.Floor(left)))
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

// short cuts s to n runes with an ellipsis.
func short(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// A BarChart draws outlets' track records as stacked bars.
type BarChart struct {
	W, H         int
	Rows         []Bar
	Max          int
	Axis         []Tick
	GridY, TickY int // bottom of the grid lines, baseline of the tick labels
	LabelX       float64
}

// A Bar is one outlet's row.
type Bar struct {
	Label  string
	Y      int // baseline of the row's texts
	BarY   int // top of the bar
	Segs   []Seg
	Total  int
	TotalX float64
}

// A Seg is one part of a bar.
type Seg struct {
	X, W  float64
	Class string // confirmed, denied, open
	N     int
	Title string
}

// A Tick marks a count on the axis.
type Tick struct {
	X float64
	N int
}

// Chart geometry.
const (
	barLeft  = 190.0
	barWidth = 380.0
	rowH     = 30
)

// outletChart lays out the outlets' records.
func outletChart(os []query.OutletRecord) BarChart {
	c := BarChart{W: 640}
	for _, o := range os {
		c.Max = max(c.Max, o.Claims)
	}
	scale := 0.0
	if c.Max > 0 {
		scale = barWidth / float64(c.Max)
	}
	for i, o := range os {
		b := Bar{Label: short(o.Outlet, 26), Y: 10 + i*rowH + 19, BarY: 10 + i*rowH + 4, Total: o.Claims}
		x := barLeft
		for _, s := range []struct {
			class string
			n     int
		}{{"confirmed", o.Confirmed}, {"denied", o.Denied}, {"open", o.Open}} {
			if s.n == 0 {
				continue
			}
			w := round1(float64(s.n) * scale)
			b.Segs = append(b.Segs, Seg{X: round1(x), W: w, Class: s.class, N: s.n, Title: o.Outlet + ": " + itoa(s.n) + " " + s.class})
			x += w
		}
		b.TotalX = round1(x + 6)
		c.Rows = append(c.Rows, b)
	}
	c.H = 10 + len(os)*rowH + 26
	c.GridY, c.TickY, c.LabelX = c.H-22, c.H-6, barLeft-10
	step := max(1, niceStep(c.Max))
	for n := 0; n <= c.Max; n += step {
		c.Axis = append(c.Axis, Tick{X: round1(barLeft + float64(n)*scale), N: n})
	}
	return c
}

// niceStep picks an axis step giving about five ticks.
func niceStep(max int) int {
	for _, s := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000} {
		if max/s <= 5 {
			return s
		}
	}
	return max / 5
}
