package ner

import (
	"strings"
	"testing"
)

// The fast forms of the word tests agree with the strings functions they
// stand for, on ASCII, non-ASCII and invalid UTF-8.
var wordCases = []string{
	"", "A", "a", "ABC", "AbC", "U.S.", "1996", "NASA-led", "É", "é", "ÉCOLE", "ÉCOle", "ß", "STRASSE",
	"ǅ", "Σ", "σ", "Ǆ", "\xff", "AB\xffC", "\uFFFD", "A\uFFFD", "İ", "ı", "ﬁ", "--", "'S",
}

func TestIsUpperFixed(t *testing.T) {
	for _, w := range wordCases {
		if got, want := isUpperFixed(w), w == strings.ToUpper(w); got != want {
			t.Errorf("isUpperFixed(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLowerListLookups(t *testing.T) {
	l, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	if !l.isHonorificLower("mr.") || !l.isOrgSuffixLower("inc.") || l.isRoleLower("smith") {
		t.Errorf("lists: mr. honorific %v, inc. suffix %v, smith role %v", l.isHonorificLower("mr."), l.isOrgSuffixLower("inc."), l.isRoleLower("smith"))
	}
	words := append([]string{"Mr.", "MR", "Dr", "Inc.", "INC", "Corp", "President", "senator", "Ltd.", "Mrs", "Smith"}, wordCases...)
	for _, w := range words {
		lw := strings.ToLower(w)
		if l.isHonorificLower(lw) != l.honorifics[strings.ToLower(strings.TrimSuffix(w, "."))] {
			t.Errorf("isHonorificLower(%q) disagrees", lw)
		}
		if l.isOrgSuffixLower(lw) != l.orgSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))] {
			t.Errorf("isOrgSuffixLower(%q) disagrees", lw)
		}
		k := strings.ToLower(strings.TrimSuffix(w, "."))
		if l.isRoleLower(lw) != (l.honorifics[k] || l.roles[k]) {
			t.Errorf("isRoleLower(%q) disagrees", lw)
		}
	}
}

func TestASCIIQuote(t *testing.T) {
	cases := append([]string{"don\u2019t", "\u201cHi\u201d", "1990\u20131995", "a\u2014b", "\u20ac5", "\xe2", "\xe2\x80", "plain", "'"}, wordCases...)
	for _, w := range cases {
		if got, want := asciiQuote(w), asciiQuotes.Replace(w); got != want {
			t.Errorf("asciiQuote(%q) = %q, want %q", w, got, want)
		}
	}
	if got := asciiQuote("don\u2019t"); got != "don't" {
		t.Errorf("asciiQuote(don\u2019t) = %q", got)
	}
}
