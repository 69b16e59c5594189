package entity

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// wordCases are words that the fast word tests below must answer as the
// slow forms they replace do: ASCII, other scripts, case pairs that only
// Unicode folding joins (the Kelvin sign, the long s), dashes, ages.
var wordCases = []string{
	"", "a", "A", "-", "k", "K", "\u212a", "s", "S", "\u017f", "é", "É", "Élodie", "elodie", "smith", "Smith", "SMITH",
	"Cincinnati-based", "Paris‐born", "Lyon–based", "Jean-Luc", "-based", "x-", "Mary-Kate-based", "Québec-based",
	"46-year-old", "46-years-old", "1-year-old", "123-year-old", "1234-year-old", "046-year-old", "0-year-old",
	"46-year-olds", "46-year-old-", "46-Year-Old", "year-old", "-year-old", "4a-year-old", "٤٦-year-old",
	"1", "[", "@", "`", "{", "Z", "z", "Ω", "ω", "\xff", "a\xff-b",
}

// TestAgeOf checks ageOf against the expression it replaces.
func TestAgeOf(t *testing.T) {
	re := regexp.MustCompile(`^(\d{1,3})-years?-old$`)
	for _, w := range wordCases {
		want := 0
		if m := re.FindStringSubmatch(w); m != nil {
			want, _ = strconv.Atoi(m[1])
		}
		if got := ageOf(w); got != want {
			t.Errorf("ageOf(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestLastDash checks lastDash against strings.LastIndexAny.
func TestLastDash(t *testing.T) {
	for _, w := range wordCases {
		if got, want := lastDash(w), strings.LastIndexAny(w, "-‐–"); got != want {
			t.Errorf("lastDash(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestMayFold checks that firstByte.mayFold is false only where
// strings.EqualFold is, and agrees with comparing the first bytes as
// fullNameFor did before.
func TestMayFold(t *testing.T) {
	mayFold := func(a, b string) bool { return firstByteOf(a).mayFold(firstByteOf(b)) }
	byBytes := func(a, b string) bool {
		if a == "" || b == "" {
			return a == b
		}
		x, y := a[0], b[0]
		if x >= utf8.RuneSelf || y >= utf8.RuneSelf || x == y {
			return true
		}
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		return x == y
	}
	for _, a := range wordCases {
		for _, b := range wordCases {
			if strings.EqualFold(a, b) && !mayFold(a, b) {
				t.Errorf("mayFold(%q, %q) = false, but they fold together", a, b)
			}
			if got, want := mayFold(a, b), byBytes(a, b); got != want {
				t.Errorf("mayFold(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
	if mayFold("smith", "jones") || mayFold("Smith", "") {
		t.Error("mayFold is true of words that differ in their first ASCII letter")
	}
	if e := endsOf(nil); !e.first.mayFold(firstByteOf("")) || e.first.mayFold(firstByteOf("a")) {
		t.Error("endsOf(nil) is not that of empty words")
	}
}

// TestIsQuote checks isQuote's first-byte test against the list of
// quotation marks it stands before.
func TestIsQuote(t *testing.T) {
	quotes := map[string]bool{"\"": true, "“": true, "”": true, "``": true, "''": true}
	for _, w := range append([]string{"\"", "“", "”", "``", "''", "'", "`", "‘", "’", "„", "«", "'s", "\"\"", "—"}, wordCases...) {
		if got := isQuote(w); got != quotes[w] {
			t.Errorf("isQuote(%q) = %v, want %v", w, got, quotes[w])
		}
	}
}

// TestTokenDemonym checks the per-token demonym look-up against the map
// of data/demonyms.tsv.
func TestTokenDemonym(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	text := "The French actress and her Swedish husband, a New Yorker, met Brazilians in Paris and the US."
	doc := &hearsay.Document{Text: text, Tokens: testTokens(text, 0)}
	di := newDocInfo(lx, doc)
	seen := 0
	for i, w := range di.lower {
		country, ok := di.demonym(lx, i)
		want, wantOK := lx.demonyms[w]
		if country != want || ok != wantOK {
			t.Errorf("token %d %q: demonym %q %v, want %q %v", i, w, country, ok, want, wantOK)
		}
		if ok {
			seen++
		}
	}
	if seen < 2 {
		t.Errorf("%d demonyms found in %q, want French and Swedish at least", seen, text)
	}
}

// TestIsAlphaWord checks isAlphaWord's ASCII reading against the one of
// runes (isAlphaRunes) it stands before.
func TestIsAlphaWord(t *testing.T) {
	extra := []string{"O'Neil", "St.", "Jean-Luc", "’s", "x’y", "rock'n'roll", "3M", "a1", "-a", "'a", ".a", "a b", "A_B", "A@B", "[a]", "{z}", "`", "Zz"}
	for a := range 128 { // every ASCII word of one and two bytes
		extra = append(extra, string(rune(a)))
		for b := range 128 {
			extra = append(extra, string([]byte{byte(a), byte(b)}))
		}
	}
	for _, w := range append(extra, wordCases...) {
		want := w != "" && isAlphaRunes(w)
		if got := isAlphaWord(w); got != want {
			t.Errorf("isAlphaWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestMentionEnds checks the lists of mentions by end token against a
// scan of the mentions, order included.
func TestMentionEnds(t *testing.T) {
	ms := []*ment{{tok0: 0, tok1: 2}, {tok0: 1, tok1: 2}, {tok0: 2, tok1: 3}, {tok0: 3, tok1: 5}, {tok0: 4, tok1: 5}, {tok0: 5, tok1: 6}, {tok0: 6, tok1: 9}}
	n := 6
	old := mentionEnds(ms[:3], n+5, nil) // its arrays are reused
	r := &resolver{endsAt: mentionEnds(ms, n, old)}
	for tok := -1; tok <= n+2; tok++ {
		var want []*ment
		for _, m := range ms {
			if m.tok1 == tok && tok <= n {
				want = append(want, m)
			}
		}
		got, ok := r.mentsEndingAt(tok)
		if !ok || len(got) != len(want) {
			t.Errorf("token %d: %d mentions (%v), want %d", tok, len(got), ok, len(want))
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("token %d: mention %d is %+v, want %+v", tok, i, *got[i], *want[i])
			}
		}
	}
	if _, ok := (&resolver{}).mentsEndingAt(2); ok {
		t.Error("mentsEndingAt answers with no list made")
	}
}
