package ner

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// tokenize is a small tokenizer for tests: it splits on spaces and
// paragraph breaks, splits off punctuation and "'s", and makes a sentence
// at each final period, question mark or paragraph break.
func tokenize(text string) *hearsay.Document {
	doc := &hearsay.Document{Text: text, Body: hearsay.Span{End: len(text)}}
	sentStart := 0
	endSentence := func() {
		if len(doc.Tokens) > sentStart {
			first, last := doc.Tokens[sentStart], doc.Tokens[len(doc.Tokens)-1]
			doc.Sentences = append(doc.Sentences, hearsay.Sentence{
				Span: hearsay.Span{Start: first.Start, End: last.End}, FirstToken: sentStart, EndToken: len(doc.Tokens)})
			sentStart = len(doc.Tokens)
		}
	}
	emit := func(s, e int) {
		doc.Tokens = append(doc.Tokens, hearsay.Token{Span: hearsay.Span{Start: s, End: e}, Text: text[s:e], Sentence: len(doc.Sentences)})
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if strings.HasPrefix(text[i:], "\n\n") {
				endSentence()
			}
			i += size
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '-' || (r2 == '.' && j+s2 < len(text) && unicode.IsLetter(rune(text[j+s2])))) {
					break
				}
				j += s2
			}
			emit(i, j)
			if strings.HasPrefix(text[j:], "'s") || strings.HasPrefix(text[j:], "\u2019s") {
				k := j + len("'s")
				if text[j] != '\'' {
					k = j + len("\u2019s")
				}
				emit(j, k)
				j = k
			}
			i = j
		default:
			emit(i, i+size)
			i += size
			if r == '.' || r == '?' || r == '!' {
				endSentence()
			}
		}
	}
	endSentence()
	doc.MarkDone(hearsay.LayerSentences)
	doc.MarkDone(hearsay.LayerTokens)
	return doc
}

// tagArticle tokenizes testdata/article.txt and tags it with the default
// model.
func tagArticle(t *testing.T) *hearsay.Document {
	t.Helper()
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	doc := tokenize(string(text))
	if err := NewStage(tg).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestArticle tags a celebrity news article and checks that every person,
// place, organisation, outlet and work in it is found.
func TestArticle(t *testing.T) {
	doc := tagArticle(t)
	found := map[string]Span{}
	for _, s := range Spans(doc) {
		found[s.Text] = s
	}
	want := []struct{ text, label, kind string }{
		{"Emma Stone", "PER", ""},
		{"Dave McCary", "PER", ""},
		{"Mark Ruffalo", "PER", ""},
		{"Louise", "PER", ""},
		{"Santa Barbara", "LOC", ""},
		{"California", "LOC", ""},
		{"Scottsdale", "LOC", ""},
		{"Arizona", "LOC", ""},
		{"Los Angeles", "LOC", ""},
		{"Valley Youth Theatre", "ORG", ""},
		{"People", "ORG", "outlet"},
		{"Us Weekly", "ORG", "outlet"},
		{"Reuters", "ORG", "agency"},
		{"AFP", "ORG", "agency"},
		{"Getty Images", "ORG", "agency"},
		{"Vanity Fair", "ORG", "outlet"},
		{"The New York Times", "ORG", "outlet"},
		{"La La Land", "MISC", "film"},
		{"Poor Things", "MISC", "film"},
		{"Saturday Night Live", "MISC", "show"},
	}
	for _, w := range want {
		s, ok := found[w.text]
		if !ok {
			t.Errorf("%q not found", w.text)
			continue
		}
		if s.Label != w.label || (w.kind != "" && s.Kind != w.kind) {
			t.Errorf("%q: %s/%s, want %s/%s", w.text, s.Label, s.Kind, w.label, w.kind)
		}
	}
	if t.Failed() {
		for _, s := range Spans(doc) {
			t.Logf("found %q %s %s", s.Text, s.Label, s.Kind)
		}
	}
}

// TestStageValidIOB2 checks that the stage's tags are valid IOB2 on text
// with odd tokens.
func TestStageValidIOB2(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	doc := tokenize("SHOCK ! Ms. O'Neil-Smith of 3M Co. met @jane_doe in São Paulo ... (1) \u201cX\u201d -- Q&A.\n\n\n")
	if err := NewStage(tg).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	prev := "O"
	for _, tok := range doc.Tokens {
		if strings.HasPrefix(tok.NER, "I-") && prev[min(2, len(prev)):] != tok.NER[2:] {
			t.Errorf("invalid IOB2: %s after %s at %q", tok.NER, prev, tok.Text)
		}
		if tok.NER == "" {
			t.Errorf("token %q not tagged", tok.Text)
		}
		prev = tok.NER
	}
}

func TestModelStage(t *testing.T) {
	doc := tokenize("Natalie Portman lives in Paris.")
	if err := NewModelStage("").Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Tokens[0].NER != "B-PER" || doc.Tokens[4].NER != "B-LOC" {
		t.Errorf("tags %v", doc.Tokens)
	}
	if err := NewModelStage("no-such-model").Process(context.Background(), tokenize("x")); err == nil {
		t.Error("want an error for an unknown model")
	}
}

// TestSkipOutlets checks that outlets and agencies in boilerplate, which
// has no tokens, are found.
func TestSkipOutlets(t *testing.T) {
	credit := "(Photo: JANE ROE/AFP via Getty Images)"
	doc := tokenize("She left.\n\n" + credit + "\n")
	start := strings.Index(doc.Text, credit)
	doc.Skips = []hearsay.Skip{{Span: hearsay.Span{Start: start, End: start + len(credit)}, Kind: "photo-credit"}}
	var got []string
	for _, s := range Spans(doc) {
		if s.FirstToken == -1 {
			got = append(got, s.Text+"/"+s.Kind)
		}
	}
	if strings.Join(got, " ") != "AFP/agency Getty Images/agency" {
		t.Errorf("boilerplate spans %v", got)
	}
}

// FuzzStage checks that any text is tagged without error or panic, with
// valid IOB2 tags, and that Spans reads them back.
func FuzzStage(f *testing.F) {
	for _, s := range []string{"Natalie Portman told People .", "the movie \" Black Swan , \" in 2010", "Princess", "12-year-old", "E ! News", "((\u201c\u201d))", "A B C D E F G H I J K"} {
		f.Add(s)
	}
	tg, err := Load("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := tokenize(s)
		if err := NewStage(tg).Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		prev := "O"
		for _, tok := range doc.Tokens {
			if strings.HasPrefix(tok.NER, "I-") && prev[min(2, len(prev)):] != tok.NER[2:] {
				t.Fatalf("invalid IOB2 %s after %s in %q", tok.NER, prev, s)
			}
			prev = tok.NER
			if tok.NER == "" {
				prev = "O"
			}
		}
		for _, sp := range Spans(doc) {
			if sp.Span.Start < 0 || sp.Span.End > len(doc.Text) || sp.Span.Start >= sp.Span.End {
				t.Fatalf("bad span %+v in %q", sp, s)
			}
		}
	})
}

// TestClassYear checks the shape of a class's year after a graduate's name
// and that the tagger reads it as a comma.
func TestClassYear(t *testing.T) {
	for w, want := range map[string]bool{"'03": true, "'56": true, "'3": false, "'031": false, "03": false, "'ab": false, "’03": false} {
		if got := classYear(w); got != want {
			t.Errorf("classYear(%q) = %v, want %v", w, got, want)
		}
	}
	doc := tokenize("Ada Holt '03 and Tom Dale married.")
	doc.Tokens[2].Text = "'03"
	ws, err := sentenceWords(doc)
	if err != nil {
		t.Fatal(err)
	}
	if ws[0][2] != "," {
		t.Errorf("words %q: the class year is not read as a comma", ws[0])
	}
}
