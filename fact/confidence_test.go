package fact

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestConfidenceFeatures checks the features of facts read from invented
// sentences: each case names a fact (compact form) and features it must
// and must not have.
func TestConfidenceFeatures(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	st.SetThreshold(0)
	cases := []struct {
		markup, fact string
		has, hasNot  []string
	}{
		{"[Anna Berg] and [Tom Hale] married in <2012|2012>.", "married(Anna Berg,Tom Hale) @2012",
			[]string{"type=married", "fam=pattern", "a0m=name", "a1m=name", "a0t=person", "time=point", "support=<=1", "conflict=<=0", "slen=<=15", "spos=<=0"},
			[]string{"derived", "quote", "noend", "capsline", "repeated", "a0oneword"}},
		{"[Anna Berg] and [Tom Hale] married in [place:Paris] in <2012|2012>.", "located_at(Anna Berg,Paris) @2012",
			[]string{"derived", "why=the_place_of_the_married", "type×derived=located_at", "a1t=place"},
			nil},
		{"[Anna Berg] spoke to reporters on the steps of the old town hall. [She=Anna Berg] married [Tom Hale] in <2012|2012>.", "married(Anna Berg,Tom Hale) @2012",
			[]string{"a0m=pronoun", "a1m=name", "spos=<=2"},
			[]string{"a0m=name"}},
		{"\"[Anna Berg] and [Tom Hale] married in <2012|2012>,\" a friend said.", "married(Anna Berg,Tom Hale) @2012 ~reported <a friend:anonymous>",
			[]string{"quote"},
			nil},
		{"[Anna Berg] married [Tom Hale] in <2012|2012>. [Anna Berg] married [Rob Lind] in <2019|2019>.", "married(Anna Berg,Rob Lind) @2019",
			[]string{"conflict=<=1", "spos=<=2"},
			[]string{"conflict=<=0"}},
		{"[Berg] and [Hale] married in <2012|2012>", "married(Berg,Hale) @2012",
			[]string{"a0oneword", "a1oneword", "noend"},
			nil},
	}
	for _, c := range cases {
		doc := markupDoc(t, c.markup)
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatalf("%s: %v", c.markup, err)
		}
		fss := st.Features(doc)
		found := false
		var facts []string
		for i, f := range doc.Facts {
			facts = append(facts, compact(doc, f))
			if compact(doc, f) != c.fact {
				continue
			}
			found = true
			for _, h := range c.has {
				if !slices.Contains(fss[i], h) {
					t.Errorf("%s\n%s: no feature %q in %v", c.markup, c.fact, h, fss[i])
				}
			}
			for _, h := range c.hasNot {
				if slices.Contains(fss[i], h) {
					t.Errorf("%s\n%s: feature %q should not be in %v", c.markup, c.fact, h, fss[i])
				}
			}
			for _, fe := range fss[i] {
				if strings.Contains(fe, "Berg") || strings.Contains(fe, "Hale") {
					t.Errorf("%s: feature %q holds a name", c.fact, fe)
				}
			}
			if conf := f.Confidence; conf <= 0 || conf >= 1 {
				t.Errorf("%s: confidence %v not in (0,1)", c.fact, conf)
			}
			if want := st.r.conf.Score(fss[i]); math.Abs(f.Confidence-want) > 1e-9 {
				t.Errorf("%s: the stage scored %v, the model scores its features %v", c.fact, f.Confidence, want)
			}
		}
		if !found {
			t.Errorf("%s: no fact %s among %v", c.markup, c.fact, facts)
		}
	}
}

// TestConfidenceModel checks that the embedded model loads and writes back
// as it was read.
func TestConfidenceModel(t *testing.T) {
	m, err := ParseConfModel(confidenceModel)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Weights) == 0 {
		t.Fatal("the embedded confidence model has no weights")
	}
	if m.Threshold < 0 || m.Threshold >= 1 {
		t.Errorf("threshold %v not in [0,1)", m.Threshold)
	}
	if got := m.String(); got != confidenceModel {
		t.Errorf("the model does not write back as read")
	}
	if s := m.Score(nil); s <= 0 || s >= 1 {
		t.Errorf("Score(nil) = %v", s)
	}
	if _, err := ParseConfModel("w\tx\tnot-a-number\n"); err == nil {
		t.Error("a bad weight parses")
	}
}

func TestReasonKind(t *testing.T) {
	for in, want := range map[string]string{
		"the place of the married":                        "the_place_of_the_married",
		"the position began with the appointed (2026-03)": "the_position_began_with_the",
		"Ann Lee is named as a candidate for the post":    "is_named_as_a_candidate",
		"":                                     "",
		"a child of that marriage: the spouse": "a_child_of_that_marriage",
	} {
		if got := reasonKind(in); got != want {
			t.Errorf("reasonKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReasonKindFields checks appendReasonKind against its definition
// (strings.Fields of the text before any of "(;:", words starting with a
// small letter) on texts with odd spaces, capitals and non-ASCII letters.
func TestReasonKindFields(t *testing.T) {
	ref := func(reason string) string {
		if i := strings.IndexAny(reason, "(;:"); i >= 0 {
			reason = reason[:i]
		}
		var ws []string
		for _, w := range strings.Fields(reason) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && len(ws) < 5 {
				ws = append(ws, w)
			}
		}
		return strings.Join(ws, "_")
	}
	for _, in := range []string{
		"", " ", "  the  place\tof\nthe married ", "The Place of the married", "the place: of the married",
		"a (b) c", "élan vital de la vie ensemble", "the\u00a0place\u2003of ", "x;y z", "one two three four five six seven",
		"\xff bad utf8 \xfe", "Ann Lee is named as a candidate for the post", "a:", ":a", "é", "a\u0085b c",
	} {
		if got, want := reasonKind(in), ref(in); got != want {
			t.Errorf("reasonKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestShapeOf checks shapeOf against its definition (quotation marks,
// question, final punctuation, more than three capitals and more capitals
// than small letters) on lines of many lengths, cases and scripts.
func TestShapeOf(t *testing.T) {
	ref := func(text string) uint8 {
		sh := shapeDone
		if strings.ContainsAny(text, "\"“”") {
			sh |= shapeQuote
		}
		switch {
		case lastRune(text) == '?':
			sh |= shapeQuestion
		case !endsSentence(text):
			sh |= shapeNoEnd
		}
		upper, lower := 0, 0
		for _, r := range text {
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
		if upper > 3 && upper > lower {
			sh |= shapeCaps
		}
		return sh
	}
	parts := []string{"BREAKING NEWS", " the actress, 41, said ", "“Yes”", "\"no\"", "ÉTÉ À PARIS", "über", "Z", "z", "@[`{", "\xff", "?", ".", "”", " ) "}
	for a := range parts {
		for b := range parts {
			for n := 1; n <= 4; n++ {
				text := strings.Repeat(parts[a], n) + parts[b] + strings.Repeat(parts[(a+b)%len(parts)], 5-n)
				if got, want := shapeOf(text), ref(text); got != want {
					t.Errorf("shapeOf(%q) = %b, want %b", text, got, want)
				}
			}
		}
	}
}
