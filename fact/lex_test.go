package fact

import (
	"os"
	"slices"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestUnitsKnowTheirWords checks that every unit of the seed article's
// sentences carries the wordInfo of its word, and that the wordInfo says
// what the lists themselves say of the word.
func TestUnitsKnowTheirWords(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/seed.markup")
	if err != nil {
		t.Fatal(err)
	}
	doc := markupDoc(t, strings.TrimSpace(string(raw)))
	r := st.r
	ments := sentMentions(doc, mentionsBySentence(doc))
	families := familyNames(doc)
	ar := newSentArena(doc)
	n := 0
	for si := range doc.Sentences {
		s := buildSent(r, doc, si, ments[si], leadPair(doc), families, ar)
		for _, x := range s.units {
			n++
			if x.info != r.word(x.word) {
				t.Fatalf("unit %q: info is not the word's", x.word)
			}
			checkInfo(t, r, x.word, x.info)
		}
	}
	if n == 0 {
		t.Fatal("no units")
	}
	for _, w := range []string{"the", "said", "\"", "couple", "former", "chief", "they", "no-such-word", "'s"} {
		checkInfo(t, r, w, r.word(w))
	}
}

// checkInfo compares a word's wordInfo with the lists.
func checkInfo(t *testing.T, r *resources, w string, wi *wordInfo) {
	t.Helper()
	need, ok := r.needs[w]
	if !ok {
		need = -1
	}
	if wi.need != need || wi.lit != r.litStarts[w] || !slices.EqualFunc(wi.cues, r.cueFirst[w], func(a, b cue) bool { return a.kind == b.kind && slices.Equal(a.words, b.words) }) {
		t.Errorf("%q: need %d lit %d cues %d, want %d %d %d", w, wi.need, wi.lit, len(wi.cues), need, r.litStarts[w], len(r.cueFirst[w]))
	}
	for _, cl := range r.classLists() {
		if got := wi.cls&cl.cls != 0; got != cl.list[w] {
			t.Errorf("%q: class %b is %v, list says %v", w, cl.cls, got, cl.list[w])
		}
	}
}

// TestLowerSpan checks that the arena lowercases spans of a document as
// strings.ToLower does, for ASCII and other text, and for a text that is
// not the span's.
func TestLowerSpan(t *testing.T) {
	text := "Ana ÉLODIE Brandt-Roe, İstanbul's MAYOR, said: \"OK\"."
	ar := newSentArena(&hearsay.Document{Text: text})
	for i := 0; i <= len(text); i++ {
		for j := i; j <= len(text) && j <= i+12; j++ {
			sp := hearsay.Span{Start: i, End: j}
			if got, want := ar.lowerSpan(sp, text[i:j]), strings.ToLower(text[i:j]); got != want {
				t.Fatalf("lowerSpan(%d:%d) = %q, want %q", i, j, got, want)
			}
		}
	}
	if got := ar.lowerSpan(hearsay.Span{Start: 0, End: 3}, "BOB"); got != "bob" {
		t.Errorf("lowerSpan of another text = %q, want bob", got)
	}
	var none *sentArena
	if got := none.lowerSpan(hearsay.Span{Start: 0, End: 3}, "Ana"); got != "ana" {
		t.Errorf("lowerSpan without an arena = %q, want ana", got)
	}
}

// TestHasID checks hasID against a plain search, for short and long sets.
func TestHasID(t *testing.T) {
	for _, ids := range [][]int{nil, {3}, {0, 2, 2, 7}, {9, 1, 5, 3, 11, 40, 13, 2, 8, 21, 6}} {
		set := idSet(ids)
		for id := -1; id <= 42; id++ {
			if got, want := hasID(set, id), slices.Contains(ids, id); got != want {
				t.Errorf("hasID(%v, %d) = %v, want %v", set, id, got, want)
			}
		}
	}
}

// TestUnitHead checks unitHead against the first of unitWords, for
// mentions of every shape and for the mentions of the seed article.
func TestUnitHead(t *testing.T) {
	words := []string{"", "  ", "the", "the the", "the smiths", "her's", "isn't it", "don't", "o’neill’s", "THE Beatles",
		"a  b", "'s", "n't", "his wife", "their two sons", "an", "the\u00a0council", "its 's", "judaism", "the director's"}
	raw, err := os.ReadFile("testdata/seed.markup")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range markupDoc(t, strings.TrimSpace(string(raw))).Mentions {
		words = append(words, strings.ToLower(m.Text))
	}
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range append(words, "a chief executive", "the minister's", "an\tamerican") {
		for _, ment := range []int{0, -2} {
			x := unit{word: w, ment: ment}
			ws := unitWords(x)
			head, ok := unitHead(x)
			if ok != (len(ws) > 0) || ok && head != ws[0] {
				t.Errorf("unitHead(%q) = %q %v, unitWords %q", w, head, ok, ws)
			}
			h, wi, ok2 := st.r.unitHeadInfo(&x)
			if ok2 != ok || ok && (h != head || wi.lit != st.r.litStarts[head]) {
				t.Errorf("unitHeadInfo(%q) = %q %v, unitHead %q %v", w, h, ok2, head, ok)
			}
		}
	}
}

// TestWordTableHoldsTheLexicon checks that the stage's word table gives
// every word of the lexicon its wordInfo, and none to words it lacks.
func TestWordTableHoldsTheLexicon(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	r := st.r
	for w, wi := range r.lex {
		if got, _ := r.words.Get(w); got != wi {
			t.Fatalf("word %q: table gives %p, lexicon %p", w, got, wi)
		}
	}
	for _, w := range []string{"", "zzqx", "Said", "said ", "marri"} {
		if _, ok := r.lex[w]; ok {
			continue
		}
		if got, _ := r.words.Get(w); got != nil {
			t.Errorf("word %q is in no list, table gives %+v", w, got)
		}
	}
}

// TestNamedPresent checks namedPresent against trying namedOpt at every
// unit, for the slots of places, organisations and works in the seed
// article's sentences and in sentences of other shapes.
func TestNamedPresent(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/seed.markup")
	if err != nil {
		t.Fatal(err)
	}
	docs := []*hearsay.Document{markupDoc(t, strings.TrimSpace(string(raw))),
		markupDoc(t, "The board met. The Bank of England said so. In January the firm moved. The pair's Paris flat was sold.")}
	n := 0
	for _, doc := range docs {
		ments := sentMentions(doc, mentionsBySentence(doc))
		families := familyNames(doc)
		for si := range doc.Sentences {
			s := buildSent(st.r, doc, si, ments[si], nil, families, nil)
			for _, sl := range []slot{slotPlace, slotOrg, slotWork} {
				want := false
				for u := range s.units {
					if len(s.slotOpts(st.r, sl, u)) > 0 {
						want = true
					}
				}
				if got := s.namedPresent(namedSlotTypes[sl]); got != want {
					t.Errorf("sentence %d, slot %d: namedPresent %v, a match at some unit %v", si, sl, got, want)
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no sentence read")
	}
}
