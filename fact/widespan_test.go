package fact

import (
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestLowerSpanBlocks checks lowerSpan against strings.ToLower for every span
// of texts with and without multi-byte characters in and across blocks.
func TestLowerSpanBlocks(t *testing.T) {
	texts := []string{
		"",
		"Plain ASCII Text Only",
		strings.Repeat("Abc ", 40) + "Zoë Ärzte “Quoted” " + strings.Repeat("XyZ ", 40),
		"É" + strings.Repeat("a", 126) + "Ü",
		strings.Repeat("B", 64) + "é" + strings.Repeat("C", 63),
	}
	for _, text := range texts {
		ar := newSentArena(&hearsay.Document{Text: text})
		for a := 0; a <= len(text); a++ {
			for b := a; b <= len(text) && b <= a+70; b++ {
				sp := hearsay.Span{Start: a, End: b}
				if got, want := ar.lowerSpan(sp, text[a:b]), strings.ToLower(text[a:b]); got != want {
					t.Fatalf("lowerSpan(%d, %d) of %q = %q, want %q", a, b, text, got, want)
				}
			}
		}
	}
}
