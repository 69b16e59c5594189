package text

import (
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// lowerGuess lowers every word without evidence, as a lexicon of common
// words would.
func lowerGuess(w string, _ int) string { return LowerWord(w) }

func TestCasedWords(t *testing.T) {
	cases := []struct {
		text string
		want string // the cased words of the document, space-joined; "" for nil
	}{
		// a script in capitals: the names take the form the mixed-case lines give them
		{"CHIEF ANNA VOSS-HALE RETIRES TODAY.\n\n[SUPER: fire chief Anna Voss-Hale]",
			"chief Anna Voss-Hale retires today . [ SUPER : fire chief Anna Voss-Hale ]"},
		// a heading of one word
		// mixed-case text only: nil
		{"Anna Voss-Hale said the NHS would pay.", ""},
		// an acronym among the capitals keeps the form the text gives it elsewhere
		{"THE NHS WILL PAY.\n\nA spokesman for the NHS said so.", "the NHS will pay . A spokesman for the NHS said so ."},
	}
	for _, c := range cases {
		doc := &hearsay.Document{Text: c.text, Body: hearsay.Span{End: len(c.text)}}
		Split(doc)
		got := CasedWords(doc, lowerGuess)
		if got == nil {
			if c.want != "" {
				t.Errorf("%q: got nil, want %q", c.text, c.want)
			}
			continue
		}
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.text, s, c.want)
		}
	}
}

func TestTitleWord(t *testing.T) {
	for in, want := range map[string]string{"VANCE-ODUYA": "Vance-Oduya", "O'BRIEN": "O'Brien", "'S": "'s", "LOUISVILLE": "Louisville"} {
		if got := TitleWord(in); got != want {
			t.Errorf("TitleWord(%q) = %q, want %q", in, got, want)
		}
	}
}
