package fact

import (
	htext "github.com/hearsay-news/hearsay/text"
	"slices"
	"strings"
	"testing"
)

// TestAppendLower checks appendLower against strings.ToLower and
// asciiFields against strings.Fields.
func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", " ", "Anna", "  Anna  Lee ", "THE Magazine", "x\u00a0Ünal", "\tÉLODIE DUPONT\n", "İstanbul", "a\xffB", "Sam\v SSo\f\r"} {
		if got := string(appendLower([]byte("x"), s)); got != "x"+strings.ToLower(s) {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, "x"+strings.ToLower(s))
		}
		if !htext.IsASCII(s) {
			continue
		}
		if got := slices.Collect(asciiFields(s)); !slices.Equal(got, strings.Fields(s)) {
			t.Errorf("asciiFields(%q) = %q, want %q", s, got, strings.Fields(s))
		}
	}
}

// TestHasLowerSuffix checks hasLowerSuffix against strings.ToLower.
func TestHasLowerSuffix(t *testing.T) {
	for _, s := range []string{"", "born", "-born", "Brooklyn-born", "BROOKLYN-BORN", "Zürich-Born", "Zürich", "Ünal-bornx", "a\xff-born", "-bor\u00f1", "x-B\u00d3RN"} {
		for _, suffix := range []string{"-born", "born", "n"} {
			if got, want := hasLowerSuffix(s, suffix), strings.HasSuffix(strings.ToLower(s), suffix); got != want {
				t.Errorf("hasLowerSuffix(%q, %q) = %v, want %v", s, suffix, got, want)
			}
		}
	}
}

// TestLowerForSearch checks that whole ASCII words are found in the text
// lowerForSearch makes as in the text strings.ToLower makes.
func TestLowerForSearch(t *testing.T) {
	count := func(text, ref string) int {
		n := 0
		for j := 0; j < len(text); {
			k := strings.Index(text[j:], ref)
			if k < 0 {
				break
			}
			at, end := j+k, j+k+len(ref)
			if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) {
				n++
			}
			j = end
		}
		return n
	}
	texts := []string{"", "the trust", "The Trust's chair joined THE TRUST in 2011; the trustees met.", "atthe trust", "the trust2 the trust",
		"\u201cThe trust\u201d, said \u00c9lodie of the trust.", "\u212athe trust the trus\u212a", "\u0130the bank the ban\u212a", "a\xffthe trust\xff", "ThE BaNk-the bank \u00dcthe bank"}
	for _, text := range texts {
		for _, ref := range []string{"the trust", "the bank", "the society"} {
			if got, want := count(lowerForSearch(text), ref), count(strings.ToLower(text), ref); got != want {
				t.Errorf("%q: %d of %q, want %d", text, got, ref, want)
			}
		}
	}
}
