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
