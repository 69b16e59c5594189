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
