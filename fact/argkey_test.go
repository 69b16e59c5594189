package fact

import (
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestArgKeyAgrees checks the allocation-light argKey against the plain
// way of building the key.
func TestArgKeyAgrees(t *testing.T) {
	facts := []hearsay.Fact{
		{Type: "married", Args: []hearsay.Arg{{Entity: 12}, {Entity: 3}}},
		{Type: "married", Args: []hearsay.Arg{{Entity: 3}, {Entity: 12}}},
		{Type: "parent_of", Args: []hearsay.Arg{{Entity: 12}, {Entity: 3}}},
		{Type: "position_held", Args: []hearsay.Arg{{Entity: 0}, {Entity: -1, Literal: "Chief Executive"}, {Entity: 7}}},
		{Type: "occupation", Args: []hearsay.Arg{{Entity: 4}, {Entity: -1, Literal: "Ärztin ÉTÉ"}}},
		{Type: "dating", Args: []hearsay.Arg{{Entity: -1, Literal: "Zed"}, {Entity: 10}}},
		{Type: "died", Args: []hearsay.Arg{{Entity: 1}}},
		{Type: "dating"},
		{Type: "married", Args: []hearsay.Arg{{Entity: 5}, {Entity: -1, Literal: "b"}, {Entity: 12}, {Entity: -1, Literal: "A"}, {Entity: 5}}},
		{Type: "married", Args: []hearsay.Arg{{Entity: 9}, {Entity: 8}, {Entity: 7}, {Entity: 6}, {Entity: 5}, {Entity: 4}, {Entity: 3}, {Entity: 2}, {Entity: 1}}},
	}
	for _, f := range facts {
		if got, want := argKey(f), argKeySlow(f); got != want {
			t.Errorf("argKey(%v) = %q, want %q", f, got, want)
		}
	}
}

// TestFactKeyAgrees checks appendFactKey against the key built as strings.
func TestFactKeyAgrees(t *testing.T) {
	facts := []hearsay.Fact{
		{Type: "married", Args: []hearsay.Arg{{Entity: 12}, {Entity: 3}}, Modality: hearsay.Asserted, Polarity: hearsay.Pos},
		{Type: "dating", Args: []hearsay.Arg{{Entity: 1}, {Entity: 2}}, Time: &hearsay.FactTime{Value: "2020", Earliest: "2020-01-01", Latest: "2020-12-31", EndMod: "APPROX"},
			Modality: hearsay.Reported, Polarity: hearsay.Neg, Sources: []hearsay.Source{{Text: "People Magazine"}, {Text: "ÉTÉ Ärzte"}}},
		{Type: "died"},
	}
	for _, f := range facts {
		var b strings.Builder
		b.WriteString(argKey(f))
		if tm := f.Time; tm != nil {
			for i, v := range [...]string{tm.Value, tm.Earliest, tm.Latest, tm.Start, tm.End, tm.EndMod} {
				if i == 0 {
					b.WriteByte('|')
				} else {
					b.WriteByte(' ')
				}
				b.WriteString(v)
			}
		}
		b.WriteString("|" + string(f.Modality) + "|" + string(f.Polarity))
		for _, s := range f.Sources {
			b.WriteString("|" + strings.ToLower(s.Text))
		}
		if got := string(appendFactKey(nil, f)); got != b.String() {
			t.Errorf("appendFactKey(%v) = %q, want %q", f, got, b.String())
		}
	}
}

// TestIsSymmetricAgrees checks IsSymmetric against the sym mark of every
// type of schemaTypes, and that an unknown type is ordered.
func TestIsSymmetricAgrees(t *testing.T) {
	for typ, info := range schemaTypes {
		if got := IsSymmetric(typ); got != info.sym {
			t.Errorf("IsSymmetric(%q) = %v, want %v", typ, got, info.sym)
		}
	}
	if IsSymmetric("no_such_type") {
		t.Error("IsSymmetric of an unknown type is true")
	}
}

// TestSameArgsFast checks sameArgs against the keys it stands for.
func TestSameArgsFast(t *testing.T) {
	e := func(n int) hearsay.Arg { return hearsay.Arg{Entity: n} }
	l := func(s string) hearsay.Arg { return hearsay.Arg{Entity: -1, Literal: s} }
	args := [][]hearsay.Arg{{e(1), e(2)}, {e(2), e(1)}, {e(1), e(1)}, {e(12), e(1)}, {e(1), e(21)}, {e(1), l("CEO")},
		{e(1), l("ceo")}, {e(1), l("a,b")}, {e(1), l("#2")}, {l("a"), l("b,c")}, {l("a,b"), l("c")}, {e(1)}, {e(1), e(2), l("x")}}
	for _, typ := range []string{"married", "appointed"} {
		for _, a := range args {
			for _, b := range args {
				fa, fb := hearsay.Fact{Type: typ, Args: a}, hearsay.Fact{Type: typ, Args: b}
				if got, want := sameArgs(fa, fb), argKey(fa) == argKey(fb); got != want {
					t.Errorf("sameArgs(%v, %v) of %s = %v, want %v", a, b, typ, got, want)
				}
			}
		}
	}
}
