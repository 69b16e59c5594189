package kb

import (
	"context"
	"math"
	"math/rand"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// rep is a report of document doc, read from sentence s with confidence c.
func rep(doc, s string, c float64) Report {
	return Report{Doc: doc, Date: "2024-01-0" + doc[len(doc)-1:], Sentence: s, Confidence: c}
}

func TestClaimConfidence(t *testing.T) {
	for _, c := range []struct {
		name string
		rs   []Report
		want float64
	}{
		{"none", nil, 0},
		{"one report", []Report{rep("d1", "A wed B.", 0.8)}, 0.8},
		{"two articles", []Report{rep("d1", "A wed B.", 0.8), rep("d2", "B married A.", 0.5)}, 0.9},
		{"three articles", []Report{rep("d1", "x", 0.5), rep("d2", "y", 0.5), rep("d3", "z", 0.5)}, 0.875},
		{"one article twice: its best", []Report{rep("d1", "A wed B.", 0.3), rep("d1", "They married.", 0.6)}, 0.6},
		{"a reprinted sentence: its best", []Report{rep("d1", "A wed B in May.", 0.4), rep("d2", "A  wed b in May.", 0.5)}, 0.5},
		{"linked through a third report", []Report{rep("d1", "s1", 0.4), rep("d2", "s2", 0.5), rep("d2", "s1", 0.2)}, 0.5},
		{"unscored reports add nothing", []Report{rep("d1", "x", 0), rep("d2", "y", 0.7)}, 0.7},
		{"only unscored", []Report{rep("d1", "x", 0), rep("d2", "y", 0)}, 0},
		{"a certain report", []Report{rep("d1", "x", 1), rep("d2", "y", 0.2)}, 1},
		{"out of range and NaN", []Report{rep("d1", "x", 1.7), rep("d2", "y", -3), rep("d3", "z", math.NaN())}, 1},
		{"many weak articles", []Report{rep("d1", "a", 0.1), rep("d2", "b", 0.1), rep("d3", "c", 0.1), rep("d4", "d", 0.1)}, 0.344},
		{"empty sentences are not one sentence", []Report{rep("d1", "", 0.5), rep("d2", "", 0.5)}, 0.75},
	} {
		if got := ClaimConfidence(c.rs); got != c.want {
			t.Errorf("%s: ClaimConfidence = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestClaimConfidenceProperties checks, over random claims, that the
// claim confidence does not depend on the order of the reports, lies in
// [0,1], is never lower than its best report, never falls when another
// article's report is added, and does not rise when a report is repeated.
func TestClaimConfidenceProperties(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	sentences := []string{"A wed B.", "B and A married.", "a wed b.", "They married in May.", ""}
	for n := 0; n < 2000; n++ {
		rs := make([]Report, 1+rng.Intn(8))
		for i := range rs {
			rs[i] = rep("d"+string(rune('1'+rng.Intn(5))), sentences[rng.Intn(len(sentences))], float64(rng.Intn(1001))/1000)
		}
		got := ClaimConfidence(rs)
		best := 0.0
		for _, r := range rs {
			best = max(best, r.Confidence)
		}
		if got < 0 || got > 1 || got < best {
			t.Fatalf("%+v: confidence %v, best report %v", rs, got, best)
		}
		shuffled := append([]Report(nil), rs...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if c := ClaimConfidence(shuffled); c != got {
			t.Fatalf("%+v: %v in one order, %v in another", rs, got, c)
		}
		more := append(append([]Report(nil), rs...), rep("d9", "A new sentence.", float64(rng.Intn(1001))/1000))
		if c := ClaimConfidence(more); c < got {
			t.Fatalf("%+v: a new article lowered %v to %v", rs, got, c)
		}
		again := rs[rng.Intn(len(rs))]
		again.Confidence = 0
		if c := ClaimConfidence(append(append([]Report(nil), rs...), again)); c != got {
			t.Fatalf("%+v: an unscored repeat changed %v to %v", rs, got, c)
		}
	}
}

// TestBuildConfidence checks that Build carries each fact's confidence to
// its report, rounded, and sets the claim's and the assessment's
// confidence, as of a day too.
func TestBuildConfidence(t *testing.T) {
	rules, err := LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	in := func(doc, day string, conf float64) *Input {
		return &Input{Doc: doc, Date: day, Outlet: "Wire " + doc,
			Entities: []hearsay.Entity{{ID: "e1", Type: hearsay.Person, Name: "Ann Lee"}, {ID: "e2", Type: hearsay.Person, Name: "Bo Park"}},
			Facts: []hearsay.Fact{{ID: "f1", Type: "married", Args: []hearsay.Arg{{Entity: 0}, {Entity: 1}}, Modality: hearsay.Asserted,
				Polarity: hearsay.Pos, Sentence: 0, Confidence: conf}},
			Sentences: []InputSentence{{Text: "Sentence of " + doc + ".", Span: hearsay.Span{End: 15}}}}
	}
	k, err := Build(context.Background(), rules, []*Input{in("d1", "2024-01-01", 0.6004), in("d2", "2024-02-01", 0.5)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(k.Claims) != 1 {
		t.Fatalf("%d claims, want 1", len(k.Claims))
	}
	c := k.Claims[0]
	if c.Reports[0].Confidence != 0.6 || c.Reports[1].Confidence != 0.5 || c.Confidence != 0.8 {
		t.Errorf("reports %v, %v; claim %v; want 0.6, 0.5; 0.8", c.Reports[0].Confidence, c.Reports[1].Confidence, c.Confidence)
	}
	if a, _ := Assess(rules, c, "2024-01-15"); a.Confidence != 0.6 {
		t.Errorf("as of 2024-01-15: confidence %v, want 0.6 (the first report only)", a.Confidence)
	}
	m := NewMemory(k)
	for _, s := range []struct {
		min  float64
		want int
	}{{0, 1}, {0.8, 1}, {0.81, 0}} {
		if _, n, _ := m.ListClaims(context.Background(), ClaimSelect{MinConfidence: s.min}); n != s.want {
			t.Errorf("min confidence %v: %d claims, want %d", s.min, n, s.want)
		}
	}
}
