package entity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// TestNameKeyIs checks that nameKeyIs agrees with comparing nameKey, for
// ASCII and other names.
func TestNameKeyIs(t *testing.T) {
	names := [][]string{
		{"Ann", "Moss"}, {"ANN", "MOSS"}, {"Ann"}, {"Ann", "Mos"}, {"Zoë", "Kravitz"}, {"ZOË", "Kravitz"},
		{"Éric", "Zemmour"}, {"Ann", "Moss", "Jr."}, {"Ann Moss"}, {}, {"İpek"}, {"a\xffb"},
	}
	keys := []string{"ann moss", "ann", "ann mos", "zoë kravitz", "éric zemmour", "ann moss jr.", "", "i̇pek", "ann  moss", "a\uFFFDb"}
	for _, ws := range names {
		m := &ment{words: ws}
		for _, k := range keys {
			if got, want := nameKeyIs(m, k), nameKey(m) == k; got != want {
				t.Errorf("nameKeyIs(%q, %q) = %v, want %v", ws, k, got, want)
			}
		}
	}
}

// TestLowerToken checks lowerToken against strings.ToLower and
// tokenWord of each word, with a chunk of bytes passed from word to word.
func TestLowerToken(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"The", "couple", "İpek", "U.S.", "", "ÉLAN", "McDonald's", "2024", "a\xffB", "“", "NEW", "york", "I", "A", ",", "Mrs.", "HUSBAND", strings.Repeat("AbC", 900)}
	var buf []byte
	lower := make([]string, len(texts))
	for i, w := range texts {
		var ti *tokenInfo
		lower[i], ti = lx.lowerToken(w, &buf)
		want := strings.ToLower(w)
		if lower[i] != want {
			t.Errorf("lowerToken(%q) = %q, want %q", w, lower[i], want)
		}
		if wantTi := lx.tokenWord(want); ti != wantTi {
			t.Errorf("lowerToken(%q) gives tokenInfo %p, want %p", w, ti, wantTi)
		}
	}
	for i, w := range texts { // the words cut from the chunk are not written again
		if want := strings.ToLower(w); lower[i] != want {
			t.Errorf("later, lowerToken(%q) = %q, want %q", w, lower[i], want)
		}
	}
}

// TestLowerJoin checks lowerJoin against strings.ToLower of the joined
// words, for ASCII and other names.
func TestLowerJoin(t *testing.T) {
	names := [][]string{
		{"Ann", "Moss"}, {"ANN", "MOSS"}, {"Ann"}, {"ann"}, {"ann", "moss"}, {"Zoë", "Kravitz"}, {"ZOË", "Kravitz"},
		{"Éric", "Zemmour"}, {"Ann", "Moss", "Jr."}, {"Ann Moss"}, {}, {""}, {"", "A"}, {"İpek"}, {"a\xffB"}, {"St.", "Aidan's"},
	}
	for _, ws := range names {
		if got, want := lowerJoin(ws), strings.ToLower(strings.Join(ws, " ")); got != want {
			t.Errorf("lowerJoin(%q) = %q, want %q", ws, got, want)
		}
	}
}

// TestIsCap checks isCap against unicode.IsUpper of the first rune.
func TestIsCap(t *testing.T) {
	for _, w := range []string{"The", "the", "", "İpek", "élan", "ÉLAN", "1990", "\"Quote", "Z", "z", "@", "[", "\xff", "Ωmega"} {
		r, _ := utf8.DecodeRuneInString(w)
		if got, want := isCap(w), unicode.IsUpper(r); got != want {
			t.Errorf("isCap(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestDocLowerJoin checks docInfo.lowerJoin against lowerJoin, the
// strings it cuts from one chunk staying as they were made.
func TestDocLowerJoin(t *testing.T) {
	lists := [][]string{
		{"Ann", "Moss"}, {"ANN", "MOSS"}, {"ann"}, {"Ann"}, {"ann", "moss"}, {}, {""}, {"", ""}, {"Zoë", "Kravitz"},
		{"a\xffB"}, {"İpek", "Ak"}, {strings.Repeat("Ab", 1500), "C"}, {"U.S.", "Open"},
	}
	di := &docInfo{}
	got := make([]string, len(lists))
	for i, ws := range lists {
		got[i] = di.lowerJoin(ws)
	}
	for i, ws := range lists {
		if want := strings.ToLower(strings.Join(ws, " ")); got[i] != want {
			t.Errorf("lowerJoin(%q) = %q, want %q", ws, got[i], want)
		}
	}
}

// TestIsUpperString checks isUpperString against strings.ToUpper.
func TestIsUpperString(t *testing.T) {
	for _, s := range []string{"", "NFL", "NfL", "A", "a", "U.S.", "ÉLAN", "Élan", "ß", "İ", "ǅ", "a\xffB", "\xff", "\uFFFD", "12", "Σ", "σ", "ﬁ"} {
		if got, want := isUpperString(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpperString(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestInitialsAre checks initialsAre against the initials built: the
// capitalised words' first bytes, upper-cased.
func TestInitialsAre(t *testing.T) {
	initials := func(ws []string) string {
		var b strings.Builder
		for _, w := range ws {
			if isCap(w) {
				b.WriteString(strings.ToUpper(w[:1]))
			}
		}
		return b.String()
	}
	lists := [][]string{{"National", "Football", "League"}, {"Bank", "of", "England"}, {"Élan", "Vital"}, {"", "Ann"}, {"ann", "moss"}}
	for _, ws := range lists {
		for _, s := range []string{"NFL", "BE", "BOE", "\uFFFDV", "EV", "A", "", "NF", "NFLX"} {
			if got, want := initialsAre(ws, s), initials(ws) == s; got != want {
				t.Errorf("initialsAre(%q, %q) = %v, want %v", ws, s, got, want)
			}
		}
		if !initialsAre(ws, initials(ws)) {
			t.Errorf("initialsAre(%q, its initials %q) = false", ws, initials(ws))
		}
	}
}

// TestSpacedAt checks that spacedAt finds words joined by single spaces in
// a text, and only so.
func TestSpacedAt(t *testing.T) {
	text := "said Ann  Moss and Ann Moss's friend Zoë Kravitz."
	tests := []struct {
		at    int
		words []string
		ok    bool
	}{
		{5, []string{"Ann", "Moss"}, false}, // two spaces
		{19, []string{"Ann", "Moss"}, true},
		{19, []string{"Ann", "Moss's"}, true},
		{37, []string{"Zoë", "Kravitz."}, true},
		{37, []string{"Zoë", "Kravitz", "Jr."}, false},
		{19, nil, true},
		{-1, []string{"Ann"}, false},
		{len(text), []string{""}, true},
		{len(text) + 1, []string{""}, false},
	}
	for _, tt := range tests {
		got, ok := spacedAt(text, tt.at, tt.words)
		if ok != tt.ok || ok && got != strings.Join(tt.words, " ") {
			t.Errorf("spacedAt(%d, %q) = %q, %v; want %v", tt.at, tt.words, got, ok, tt.ok)
		}
	}
}

// TestMergeMents checks mergeMents against sorting the two lists one after
// the other, for sorted and unsorted lists with equal mentions across them.
func TestMergeMents(t *testing.T) {
	mk := func(spans ...[2]int) []*ment {
		var out []*ment
		for _, s := range spans {
			out = append(out, &ment{tok0: s[0], tok1: s[1]})
		}
		return out
	}
	tests := [][2][]*ment{
		{mk([2]int{0, 2}, [2]int{3, 4}, [2]int{3, 4}, [2]int{7, 9}), mk([2]int{1, 2}, [2]int{3, 4}, [2]int{3, 5}, [2]int{9, 10})},
		{mk(), mk([2]int{1, 2})},
		{mk([2]int{5, 6}, [2]int{1, 2}), mk([2]int{1, 2}, [2]int{0, 1})}, // unsorted
		{mk([2]int{1, 3}), mk()},
	}
	for k, tt := range tests {
		want := append(append([]*ment(nil), tt[0]...), tt[1]...)
		sortMents(want)
		got := mergeMents(tt[0], tt[1])
		if len(got) != len(want) {
			t.Fatalf("case %d: %d mentions, want %d", k, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("case %d: mention %d is [%d,%d), want [%d,%d)", k, i, got[i].tok0, got[i].tok1, want[i].tok0, want[i].tok1)
			}
		}
	}
}

// TestMayEndNoun checks that where mayEndNoun is false no person noun of
// any length ends.
func TestMayEndNoun(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	sentence := "Her ex-husband, the fashion designer and former Olympic gold medalist, met a senior vice president and the actress's publicist."
	doc := &hearsay.Document{Text: sentence, Tokens: text.Tokenize(sentence, 0)}
	di := newDocInfo(lx, doc)
	ends := 0
	for e := 1; e <= len(doc.Tokens); e++ {
		if di.mayEndNoun(lx, e) {
			ends++
			continue
		}
		for a := max(0, e-lx.nounMax-1); a < e; a++ {
			if _, ok := di.nounWords(lx, a, e); ok {
				t.Errorf("nounWords(%q) is a noun, but mayEndNoun is false", di.lower[a:e])
			}
		}
	}
	if ends == 0 {
		t.Error("mayEndNoun is false everywhere")
	}
}

// TestEntityIDs checks entityIDs against entityID.
func TestEntityIDs(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 120} {
		ids := entityIDs(n)
		if len(ids) != n {
			t.Fatalf("entityIDs(%d) has %d IDs", n, len(ids))
		}
		for i, id := range ids {
			if want := entityID(i); id != want {
				t.Errorf("entityIDs(%d)[%d] = %q, want %q", n, i, id, want)
			}
		}
	}
}
