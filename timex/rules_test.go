package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/hearsay-news/hearsay"
)

// TestRuleExamples runs every "example" line of the rule files: the text,
// tagged against the file's DCT, must yield a timex made by that rule with
// the given value (and type and mod when given), over the bracketed
// extent when one is marked. "=> none" examples of
// negative rules must match the rule and yield no timex.
func TestRuleExamples(t *testing.T) {
	tg, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range tg.rules {
		for _, ex := range r.examples {
			n++
			r, ex := r, ex
			t.Run(r.name+"/"+ex.text, func(t *testing.T) {
				dct, err := time.Parse("2006-01-02", ex.dct)
				if err != nil {
					t.Fatalf("%s: bad dct: %v", ex.pos, err)
				}
				got := tg.Tag(ex.text, 0, dct, nil)
				if ex.value == "none" {
					span, ok := ruleMatch(tg, r, ex.text)
					if !ok {
						t.Errorf("%s: rule %s does not match %q", ex.pos, r.name, ex.text)
					}
					for _, x := range got {
						if x.Overlaps(span) {
							t.Errorf("%s: %q: want no timex in %q, got %+v", ex.pos, ex.text, ex.text[span.Start:span.End], x)
						}
					}
					return
				}
				for _, x := range got {
					if x.Rule != r.name {
						continue
					}
					if x.Value != ex.value || (ex.typ != "" && string(x.Type) != ex.typ) || (ex.mod != "" && x.Mod != ex.mod) {
						t.Errorf("%s: %q: got %s %s %s, want %s %s %s", ex.pos, ex.text, x.Value, x.Type, x.Mod, ex.value, ex.typ, ex.mod)
					}
					if ex.extent != "" && x.Text != ex.extent {
						t.Errorf("%s: %q: extent %q, want %q", ex.pos, ex.text, x.Text, ex.extent)
					}
					if days := x.Earliest + ".." + x.Latest; ex.days != "" && days != ex.days {
						t.Errorf("%s: %q: covers %s, want %s", ex.pos, ex.text, days, ex.days)
					}
					return
				}
				var rules []string
				for _, x := range got {
					rules = append(rules, x.Rule+"("+x.Text+"="+x.Value+")")
				}
				t.Errorf("%s: %q: rule %s did not fire; got %s", ex.pos, ex.text, r.name, strings.Join(rules, ", "))
			})
		}
	}
	if n < 100 {
		t.Errorf("only %d rule examples", n)
	}
}

// ruleMatch reports whether r matches somewhere in text, and the byte span
// the match claims.
func ruleMatch(tg *Tagger, r *rule, text string) (hearsay.Span, bool) {
	var m matcher
	toks := tokenize(text, 0, len(text), nil)
	tg.lookUp(toks)
	m.reset(toks, tg.info, tg.probeReach)
	for i := range m.toks {
		if m.matchAt(r, i) {
			from, to := m.best.selSpan()
			return hearsay.Span{Start: int(m.toks[from].start), End: int(m.toks[to-1].end)}, true
		}
	}
	return hearsay.Span{}, false
}

func TestEveryRuleHasAnExample(t *testing.T) {
	tg, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range tg.rules {
		if len(r.examples) == 0 {
			t.Errorf("%s: rule %s has no example", r.pos, r.name)
		}
	}
}

// TestSecondWordBits checks that each rule's second-word bit set accepts
// exactly the words of its second-word set.
func TestSecondWordBits(t *testing.T) {
	tg, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	others := []string{"xylophone", "2021", ",", "the"}
	n := 0
	for _, r := range tg.rules {
		if r.second == nil {
			continue
		}
		n++
		words := append([]string(nil), others...)
		for w := range r.second {
			words = append(words, w)
		}
		for _, w := range words {
			var m matcher
			toks := tokenize(r.elems[0].lits[0][0]+" "+w, 0, len(r.elems[0].lits[0][0])+1+len(w), nil)
			tg.lookUp(toks)
			m.reset(toks, tg.info, tg.probeReach)
			if got := m.secondOK(r, 0); got != r.second[w] {
				t.Errorf("rule %s, second word %q: secondOK %v, want %v", r.name, w, got, r.second[w])
			}
		}
	}
	if n == 0 {
		t.Fatal("no rule has second words")
	}
}
