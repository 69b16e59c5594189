package web

import (
	"fmt"
	"testing"

	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/query"
)

// TestGraphLayout checks that every node and label of the relationship
// graph lies inside the picture (labels of the longest length drawn
// included), and that extra people are counted.
func TestGraphLayout(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 12, 15} {
		var rels []Relation
		for i := range n {
			rels = append(rels, Relation{Person: Link{Label: fmt.Sprintf("Person %d with a very long name", i), URL: "/people/p"},
				Kinds: []RelKind{{Word: "met", Look: "reported"}, {Word: "married", Look: "confirmed"}}})
		}
		g := graph("Center Person", rels)
		if len(g.Nodes) != min(n, maxNodes) || g.More != n-len(g.Nodes) {
			t.Errorf("%d related: %d nodes, %d more", n, len(g.Nodes), g.More)
		}
		for _, nd := range g.Nodes {
			for _, p := range [][2]float64{{nd.X, nd.Y}, {nd.LX, nd.LY}, {nd.MX, nd.MY}} {
				if p[0] < g.X0 || p[0] > g.X0+float64(g.W) || p[1] < 10 || p[1] > float64(g.H) {
					t.Errorf("%d related: point %v outside %dx%d from %v", n, p, g.W, g.H, g.X0)
				}
			}
			if l, r := nd.labelSpan(); l < g.X0 || r > g.X0+float64(g.W) || r-l < labelEm*20 {
				t.Errorf("%d related: label %q spans %v..%v, outside %v..%v", n, nd.Label, l, r, g.X0, g.X0+float64(g.W))
			}
			if nd.Look != "confirmed" || nd.Edge != "met, married" {
				t.Errorf("%d related: edge %q drawn %s, want the firmest look (confirmed)", n, nd.Edge, nd.Look)
			}
		}
	}
}

// TestOutletChart checks the bars' geometry: segments in proportion,
// side by side, the longest bar filling the width.
func TestOutletChart(t *testing.T) {
	c := outletChart([]query.OutletRecord{
		{Outlet: "A", Claims: 10, Confirmed: 5, Denied: 2, Open: 3},
		{Outlet: "B", Claims: 4, Confirmed: 0, Denied: 0, Open: 4},
		{Outlet: "C", Claims: 0},
	})
	if len(c.Rows) != 3 || c.Max != 10 {
		t.Fatalf("%d rows, max %d", len(c.Rows), c.Max)
	}
	a := c.Rows[0]
	if len(a.Segs) != 3 || a.Segs[0].X != barLeft || a.Segs[2].X+a.Segs[2].W != barLeft+barWidth {
		t.Errorf("row A: %+v", a.Segs)
	}
	if a.Segs[0].W != barWidth/2 || a.Segs[1].X != a.Segs[0].X+a.Segs[0].W {
		t.Errorf("row A segments not proportional or not adjacent: %+v", a.Segs)
	}
	if b := c.Rows[1]; len(b.Segs) != 1 || b.Segs[0].Class != "open" || b.Segs[0].W != barWidth*4/10 {
		t.Errorf("row B: %+v", b.Segs)
	}
	if len(c.Rows[2].Segs) != 0 {
		t.Errorf("row C has segments: %+v", c.Rows[2].Segs)
	}
	if len(c.Axis) < 2 || c.Axis[0].N != 0 || c.Axis[len(c.Axis)-1].X > barLeft+barWidth {
		t.Errorf("axis %+v", c.Axis)
	}
}

// TestRelationWords checks that the graph's edges read from the page's
// person: a parent's page says "parent of", the child's "child of".
func TestRelationWords(t *testing.T) {
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	fact := query.PersonFact{Type: "parent_of", Args: []string{"Ann Vale", "Bo Vale"}, Confidence: 1}
	for _, c := range []struct{ page, other, want string }{
		{"Ann Vale", "Bo Vale", "parent of"},
		{"Bo Vale", "Ann Vale", "child of"},
	} {
		p := &query.Person{Name: c.page, Facts: []query.PersonFact{fact}, Related: []query.PersonRef{{ID: "x", Name: c.other}}}
		rels := relations(rules, p, "", 0)
		if len(rels) != 1 || len(rels[0].Kinds) != 1 || rels[0].Kinds[0].Word != c.want {
			t.Errorf("%s's page: %+v, want %q", c.page, rels, c.want)
		}
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0 outlets", 1: "1 outlet", 2: "2 outlets"} {
		if got := count(n, "outlet", "outlets"); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
}
