package fact

import (
	"strings"
	"testing"

	"github.com/hearsay-news/hearsay/lexicon"
)

// TestPatternUnknownOption checks that a pattern line with an option no rule
// reads fails to load with an error naming the file, the line and the key,
// and that every option the header of data/patterns.tsv tells is accepted.
func TestPatternUnknownOption(t *testing.T) {
	line := func(opts string) lexicon.Line {
		f := []string{"married", "AB", "{AB} ~~ married", opts}
		return lexicon.Line{File: "data/patterns.tsv", Num: 7, Text: strings.Join(f, "\t"), Fields: f}
	}
	_, err := parsePattern(line("state,stat"))
	if err == nil || !strings.Contains(err.Error(), "data/patterns.tsv:7") || !strings.Contains(err.Error(), `"stat"`) {
		t.Errorf("option stat: got error %v, want one naming data/patterns.tsv:7 and \"stat\"", err)
	}
	for k := range patternOptions {
		if _, err := parsePattern(line(k + "=x")); err != nil && strings.Contains(err.Error(), "unknown option") {
			t.Errorf("option %s refused: %v", k, err)
		}
	}
	header, err := dataFS.ReadFile("data/patterns.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var doc strings.Builder
	for _, l := range strings.Split(string(header), "\n") {
		if strings.HasPrefix(l, "#") {
			doc.WriteString(l)
			doc.WriteByte('\n')
		}
	}
	for k := range patternOptions {
		if !strings.Contains(doc.String(), k+" (") && !strings.Contains(doc.String(), k+"=") {
			t.Errorf("option %s is not told in the header of data/patterns.tsv", k)
		}
	}
}
