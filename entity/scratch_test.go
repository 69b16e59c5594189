package entity

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestScratchReuse runs one stage over the test articles twice and checks
// that what it wrote to each document stays as it was when the next
// documents reused the stage's arrays (nothing of the output lies in
// them), and that the second pass writes the same as the first.
func TestScratchReuse(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/articles/*.txt")
	if len(files) < 2 {
		t.Fatalf("want test articles, have %d", len(files))
	}
	var docs []*hearsay.Document
	var views []string
	for pass := 0; pass < 2; pass++ {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := testDoc(string(b))
			if err := st.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			docs = append(docs, doc)
			views = append(views, viewJSON(t, doc))
		}
	}
	for i, doc := range docs {
		if got := viewJSON(t, doc); got != views[i] {
			t.Errorf("%s (pass %d) changed after later documents:\n%s\nwas:\n%s", files[i%len(files)], i/len(files)+1, got, views[i])
		}
		if i >= len(files) && views[i] != views[i-len(files)] {
			t.Errorf("%s: second pass differs from the first:\n%s\nwas:\n%s", files[i-len(files)], views[i], views[i-len(files)])
		}
	}
}

// viewJSON is the golden view of an analysed document with all its
// entities, mentions and facts.
func viewJSON(t *testing.T, doc *hearsay.Document) string {
	t.Helper()
	b, err := json.Marshal(struct {
		View     goldenView
		Entities []hearsay.Entity
		Mentions []hearsay.Mention
		Facts    []hearsay.Fact
	}{view(doc), doc.Entities, doc.Mentions, doc.Facts})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCapToks checks that docInfo.capToks lists, in order, every token
// isCap holds of and no other, and quoteToks every one isQuote holds of,
// for a fresh document and for one that reuses the arrays of a longer one
// before it.
func TestCapToks(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	var sc *scratch
	for _, text := range []string{
		"Ana Lind met Tom Holt in Paris. They said “Élan” was fine, and İpek agreed.",
		"the couple Wed. \"said\" so",
	} {
		doc := testDoc(text)
		di := newDocInfoReusing(lx, doc, sc)
		var want, quotes []int32
		for i, tok := range doc.Tokens {
			if isCap(tok.Text) {
				want = append(want, int32(i))
			}
			if isQuote(tok.Text) {
				quotes = append(quotes, int32(i))
			}
		}
		if !slices.Equal(di.quoteToks, quotes) {
			t.Errorf("%q: quoteToks = %v, want %v", text, di.quoteToks, quotes)
		}
		if len(want) == 0 {
			t.Fatalf("%q: no capitalised token: the test asks nothing", text)
		}
		if !slices.Equal(di.capToks, want) {
			t.Errorf("%q: capToks = %v, want %v", text, di.capToks, want)
		}
		sc = di.release()
	}
}

// TestHandles checks that a social media handle is a name mention and
// that a text without "@" has none.
func TestHandles(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]int{
		"The singer wrote on Instagram as @milo_vance on Friday.": 1,
		"The singer wrote on Instagram on Friday.":                0,
	} {
		di := newDocInfo(lx, testDoc(text))
		got := handles(di)
		if len(got) != want {
			t.Errorf("%q: %d handles, want %d", text, len(got), want)
		}
		for _, m := range got {
			if w := di.doc.Tokens[m.tok0].Text; w[0] != '@' {
				t.Errorf("%q: handle %q does not start with @", text, w)
			}
		}
	}
}

// TestNerSpans checks the spans read from IOB2 tags: a B- tag opens one,
// an I- tag of the same type in the same sentence goes on with it, and an
// I- tag of another type, a stray I- tag or a new sentence opens another.
func TestNerSpans(t *testing.T) {
	tags := []string{"O", "B-PER", "I-PER", "O", "I-ORG", "I-ORG", "B-LOC", "I-PER", "", "B-PER", "I-PER", "I-PER"}
	sents := []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	toks := make([]hearsay.Token, len(tags))
	for i := range toks {
		toks[i].NER, toks[i].Sentence = tags[i], sents[i]
	}
	got := nerSpans(toks, nil)
	want := [][3]int{{1, 3, nerPER}, {4, 6, nerORG}, {6, 7, nerLOC}, {7, 8, nerPER}, {9, 11, nerPER}, {11, 12, nerPER}}
	if !slices.Equal(got, want) {
		t.Errorf("nerSpans = %v, want %v", got, want)
	}
}
