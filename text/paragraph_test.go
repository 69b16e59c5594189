package text

import (
	"testing"

	"github.com/hearsay-news/hearsay"
)

// TestParagraphBreak checks the two layouts of paragraphs: blank lines
// between them, or one paragraph per line in a body without blank lines.
func TestParagraphBreak(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"One. Two.", false},
		{"One.\n\nTwo.", true},
		{"One.\nTwo.", true},            // one paragraph per line
		{"One.\nTwo.\n\nThree.", false}, // the body has blank lines: a single break is inside a paragraph
		{"One.  \n \n  Two.", true},     // white space around the blank line
	}
	for _, c := range cases {
		doc := &hearsay.Document{Text: c.text, Body: hearsay.Span{Start: 0, End: len(c.text)}}
		a := len("One.")
		b := a
		for b < len(c.text) && (c.text[b] == ' ' || c.text[b] == '\n') {
			b++
		}
		if got := ParagraphBreak(doc, a, b); got != c.want {
			t.Errorf("ParagraphBreak(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if ParagraphBreak(&hearsay.Document{Text: "ab"}, 1, 5) {
		t.Error("a gap beyond the text is no break")
	}
}
