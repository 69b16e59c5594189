package text

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

// ParagraphBreak reports whether the white space doc.Text[a:b] between two
// sentences ends a paragraph: it holds a blank line or, in a body written
// without blank lines (one paragraph per line), a line break.
func ParagraphBreak(doc *hearsay.Document, a, b int) bool {
	text := doc.Text
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	gap := text[a:b]
	if strings.Count(gap, "\n") >= 2 {
		return true
	}
	return strings.Contains(gap, "\n") && !strings.Contains(text[doc.Body.Start:min(doc.Body.End, len(text))], "\n\n")
}
