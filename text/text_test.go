package text

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/internal/golden"
	"github.com/hearsay-news/hearsay/lexicon"
)

// loadCases reads a two-column example file from testdata; "\n" in the
// input stands for a line break.
func loadCases(t *testing.T, file string) []lexicon.Line {
	t.Helper()
	lines, err := lexicon.Table(os.DirFS("testdata"), file, 2)
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

func unescape(s string) string { return strings.ReplaceAll(s, `\n`, "\n") }

func TestTokenizeExamples(t *testing.T) {
	for _, l := range loadCases(t, "tokens.tsv") {
		in := unescape(l.Fields[0])
		var got []string
		for _, tok := range Tokenize(in, 0) {
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, " "); g != l.Fields[1] {
			t.Errorf("%s: Tokenize(%q)\n got %s\nwant %s", l.Pos(), in, g, l.Fields[1])
		}
	}
}

func TestSplitExamples(t *testing.T) {
	for _, l := range loadCases(t, "sentences.tsv") {
		doc := newDoc(unescape(l.Fields[0]))
		Split(doc)
		checkInvariants(t, doc)
		var got []string
		for i := range doc.Sentences {
			got = append(got, doc.SentenceText(i))
		}
		if g, want := strings.Join(got, " || "), unescape(l.Fields[1]); g != want {
			t.Errorf("%s: Split(%q)\n got %q\nwant %q", l.Pos(), l.Fields[0], g, want)
		}
	}
}

func newDoc(s string) *hearsay.Document {
	return &hearsay.Document{Text: s, Body: hearsay.Span{Start: 0, End: len(s)}}
}

func TestTokenOffsets(t *testing.T) {
	text := "  Étienne’s 42-year-old friend—\"hi\" 👍🏽."
	toks := Tokenize(text[2:], 2)
	for _, tok := range toks {
		if text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q has span [%d,%d) = %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
	}
	want := "Étienne ’s 42-year-old friend — \" hi \" 👍🏽 ."
	var got []string
	for _, tok := range toks {
		got = append(got, tok.Text)
	}
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got %s\nwant %s", g, want)
	}
}

func TestSpacedEllipsisIsOneToken(t *testing.T) {
	toks := Tokenize("He paused . . . then . . left", 0)
	if len(toks) != 7 || toks[2].Text != ". . ." || toks[4].Text != "." {
		t.Errorf("tokens %v", toks)
	}
}

func TestSkipsGetNoTokens(t *testing.T) {
	text := "Portman was seen alone. (Photo: A/B via Getty Images) She wore no ring."
	start := strings.Index(text, "(Photo")
	end := strings.Index(text, ") She") + 1
	doc := newDoc(text)
	doc.Skips = []hearsay.Skip{{Span: hearsay.Span{Start: start, End: end}, Kind: "photo-credit"}}
	Split(doc)
	checkInvariants(t, doc)
	for _, tok := range doc.Tokens {
		if tok.Overlaps(doc.Skips[0].Span) {
			t.Errorf("token %q inside skipped span", tok.Text)
		}
	}
	if len(doc.Sentences) != 2 {
		t.Errorf("got %d sentences, want 2", len(doc.Sentences))
	}
}

func TestBodyExcludesHeader(t *testing.T) {
	text := " date 2023-08-07 Sources say so.\n\nThe couple split."
	doc := &hearsay.Document{Text: text, Body: hearsay.Span{Start: 17, End: len(text)}}
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	if got := doc.SentenceText(0); got != "Sources say so." {
		t.Errorf("first sentence %q", got)
	}
	if len(doc.Sentences) != 2 {
		t.Errorf("got %d sentences, want 2", len(doc.Sentences))
	}
}

// TestStageConcurrent runs the stage on the same text from several
// goroutines (run with -race) and checks that every result is the same.
func TestStageConcurrent(t *testing.T) {
	data, err := os.ReadFile("testdata/golden/dated_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := newDoc(string(data))
	Split(want)
	st := NewStage()
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			doc := newDoc(string(data))
			if err := st.Process(context.Background(), doc); err != nil {
				errs <- err
				return
			}
			if render(doc) != render(want) {
				errs <- fmt.Errorf("concurrent split differs")
				return
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestStageRejectsBadBody(t *testing.T) {
	doc := &hearsay.Document{Text: "abc", Body: hearsay.Span{Start: 0, End: 10}}
	if err := NewStage().Process(context.Background(), doc); err == nil {
		t.Error("want an error for a body outside the text")
	}
}

// TestEveryAbbreviation checks each entry of abbreviations.tsv: it stays
// one token with its period before a number (number class) or a name, and
// a title never ends a sentence.
func TestEveryAbbreviation(t *testing.T) {
	tk, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for form, class := range tk.abbrevs {
		next := "Smith"
		if class == numberAbbrev {
			next = "12"
		}
		in := "It was " + form + " " + next + " who said so."
		toks := tk.Tokenize(in, 0)
		if len(toks) < 3 || toks[2].Text != form {
			t.Errorf("%q: third token %q, want %q", in, toks[2].Text, form)
		}
		doc := newDoc(in)
		tk.Split(doc)
		if class != generalAbbrev && class != placeAbbrev && len(doc.Sentences) != 1 {
			t.Errorf("%q: split in %d sentences", in, len(doc.Sentences))
		}
	}
}

func TestDataLoads(t *testing.T) {
	tk, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if tk.abbrevs["Mr."] != titleAbbrev || tk.abbrevs["Etc."] != generalAbbrev || !tk.starters["The"] {
		t.Error("abbreviation or starter list incomplete")
	}
}

// checkInvariants fails when tokens or sentences are out of range,
// unordered, overlapping, out of their sentence, or disagree with Text.
func checkInvariants(t testing.TB, doc *hearsay.Document) {
	t.Helper()
	prev := 0
	for i, tok := range doc.Tokens {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(doc.Text) {
			t.Fatalf("token %d %q has bad span [%d,%d) (previous end %d, text %d bytes)", i, tok.Text, tok.Start, tok.End, prev, len(doc.Text))
		}
		if doc.Text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d: Text %q but span holds %q", i, tok.Text, doc.Text[tok.Start:tok.End])
		}
		if !doc.Body.Contains(tok.Span) {
			t.Fatalf("token %d %q outside the body", i, tok.Text)
		}
		if tok.Sentence < 0 || tok.Sentence >= len(doc.Sentences) || !doc.Sentences[tok.Sentence].Contains(tok.Span) {
			t.Fatalf("token %d %q not inside its sentence %d", i, tok.Text, tok.Sentence)
		}
		prev = tok.End
	}
	prevEnd, next := 0, 0
	for i, s := range doc.Sentences {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(doc.Text) {
			t.Fatalf("sentence %d has bad span [%d,%d)", i, s.Start, s.End)
		}
		if s.FirstToken != next || s.EndToken <= s.FirstToken || s.EndToken > len(doc.Tokens) {
			t.Fatalf("sentence %d has bad token range [%d,%d)", i, s.FirstToken, s.EndToken)
		}
		if doc.Tokens[s.FirstToken].Start != s.Start || doc.Tokens[s.EndToken-1].End != s.End {
			t.Fatalf("sentence %d span does not match its tokens", i)
		}
		prevEnd, next = s.End, s.EndToken
	}
	if next != len(doc.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(doc.Tokens))
	}
}

// TestGolden splits every testdata/golden/*.txt file and compares the
// result with the .golden file beside it (go test ./text -update rewrites
// them).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := newDoc(string(data))
			if h := datedHeader(doc.Text); h > 0 {
				doc.Body.Start = h
			}
			Split(doc)
			checkInvariants(t, doc)
			got := render(doc)
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden", got)
		})
	}
}

// datedHeader returns the length of a "date YYYY-MM-DD " header, or 0.
func datedHeader(s string) int {
	if len(s) > 16 && strings.HasPrefix(s, "date ") && s[15] == ' ' {
		return 16
	}
	return 0
}

// render prints one block per sentence: its rune span and text, then its
// tokens separated by " | ".
func render(doc *hearsay.Document) string {
	var b strings.Builder
	ri := hearsay.NewRuneIndex(doc.Text)
	for i, s := range doc.Sentences {
		fmt.Fprintf(&b, "# %d [%d,%d) %s\n", i+1, ri.Rune(s.Start), ri.Rune(s.End), strings.ReplaceAll(doc.SentenceText(i), "\n", "⏎"))
		var toks []string
		for _, tok := range doc.Tokens[s.FirstToken:s.EndToken] {
			toks = append(toks, tok.Text)
		}
		b.WriteString(strings.Join(toks, " | "))
		b.WriteString("\n")
	}
	return b.String()
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"they've don't U.S. 42-year-old", "https://x.y/(a) @a #b 👨‍👩‍👧", "n't 'n' \xff\xfe", "a.b.c. ... -- —"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 7
		for _, tok := range Tokenize(s, 7) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s)+7 {
				t.Fatalf("bad span [%d,%d) after %d in %q", tok.Start, tok.End, prev, s)
			}
			if s[tok.Start-7:tok.End-7] != tok.Text {
				t.Fatalf("token %q does not match its span", tok.Text)
			}
			if utf8.ValidString(s) && !utf8.ValidString(tok.Text) {
				t.Fatalf("token %q splits a rune", tok.Text)
			}
			prev = tok.End
		}
	})
}

func FuzzSplit(f *testing.F) {
	f.Add("Mr. Smith met Dr. Jones. They talked.\n\nBREAKING\nHe said: \"Go.\" Then...", 3, 10)
	f.Add(" date 2023-08-07 A.\n\n(Photo: x)", 17, 5)
	f.Fuzz(func(t *testing.T, s string, skipStart, skipLen int) {
		doc := newDoc(s)
		if skipStart >= 0 && skipStart < len(s) && skipLen > 0 {
			doc.Skips = []hearsay.Skip{{Span: hearsay.Span{Start: skipStart, End: min(len(s), skipStart+skipLen)}}}
		}
		Split(doc)
		checkInvariants(t, doc)
		for _, tok := range doc.Tokens {
			if doc.Skipped(tok.Span) {
				t.Fatalf("token %q inside a skip", tok.Text)
			}
		}
	})
}

// benchText is a news-like article of about 5 KB.
func benchText(b *testing.B) string {
	data, err := os.ReadFile("testdata/golden/dated_article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

func BenchmarkTokenize(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(s, 0)
	}
}

func BenchmarkSplit(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		doc := newDoc(s)
		doc.Body.Start = datedHeader(s)
		Split(doc)
	}
}

func TestLowerASCII(t *testing.T) {
	for in, want := range map[string]string{
		"":                  "",
		"already lower":     "already lower",
		"Anna BERG, 42":     "anna berg, 42",
		"ÉLODIE İstanbul Z": "Élodie İstanbul z",
	} {
		if got := LowerASCII(in); got != want {
			t.Errorf("LowerASCII(%q) = %q, want %q", in, got, want)
		}
		if got := LowerASCII(in); len(got) != len(in) {
			t.Errorf("LowerASCII(%q) changed the length", in)
		}
	}
}

// TestAppendLowerASCII checks that AppendLowerASCII gives strings.ToLower
// for ASCII words that fit, and declines other words, leaving b as it was.
func TestAppendLowerASCII(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want string
		ok   bool
	}{
		{"Hello", "hello", true},
		{"ABC-12", "abc-12", true},
		{"", "", true},
		{"Étienne", "", false},
		{"averyveryverylongword", "", false},
	} {
		var buf [16]byte
		got, ok := AppendLowerASCII(buf[:0], tc.w)
		if ok != tc.ok || ok && (string(got) != tc.want || string(got) != strings.ToLower(tc.w)) || !ok && len(got) != 0 {
			t.Errorf("AppendLowerASCII(%q) = %q, %v; want %q, %v", tc.w, got, ok, tc.want, tc.ok)
		}
	}
}
