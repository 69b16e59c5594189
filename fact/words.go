package fact

import (
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay/lexicon"
)

// classWords holds the word classes of data/classes.tsv by name, each as
// its words in the file's order with a "_" of a phrase read as a space
// ("member_of_parliament" → "member of parliament"). It is read once when
// the package loads: the package's cue lists (wordSet, wordList,
// wordPhrases) are built from it then, and never change after.
var classWords = mustClassWords()

// mustClassWords builds classWords; the data is embedded, so a failure is a
// defect of the build, caught by any test.
func mustClassWords() map[string][]string {
	c, err := readClassWords()
	if err != nil {
		panic(err)
	}
	return c
}

// readClassWords reads data/classes.tsv as lists of words by class.
func readClassWords() (map[string][]string, error) {
	lines, err := lexicon.Table(dataFS, "data/classes.tsv", 2)
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	out := make(map[string][]string, len(lines))
	for _, l := range lines {
		if _, dup := out[l.Fields[0]]; dup {
			return nil, fmt.Errorf("fact: %w", l.Errorf("class %q defined twice", l.Fields[0]))
		}
		var words []string
		for _, w := range strings.Split(l.Fields[1], "|") {
			if w == "" {
				return nil, fmt.Errorf("fact: %w", l.Errorf("empty word in class %q", l.Fields[0]))
			}
			words = append(words, strings.ReplaceAll(w, "_", " "))
		}
		out[l.Fields[0]] = words
	}
	return out, nil
}

// classOf returns the words of a class of data/classes.tsv; a class the
// file lacks is a defect of the build, and panics when the package loads.
func classOf(class string) []string {
	words, ok := classWords[class]
	if !ok {
		panic(fmt.Sprintf("fact: data/classes.tsv: no class %q", class))
	}
	return words
}

// wordSet returns a class of data/classes.tsv as a set, for a look-up per
// word.
func wordSet(class string) map[string]bool {
	words := classOf(class)
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[w] = true
	}
	return out
}

// wordList returns the words of a class of data/classes.tsv in the file's
// order, for the lists that are tried in turn.
func wordList(class string) []string {
	return classOf(class)
}

// wordPhrases returns the phrases of a class of data/classes.tsv, each
// split into its words ("take_over" → ["take", "over"]), in the file's order.
func wordPhrases(class string) [][]string {
	words := classOf(class)
	out := make([][]string, len(words))
	for i, w := range words {
		out[i] = strings.Fields(w)
	}
	return out
}

// spaced returns the words with pre before and post after each, for the
// lists that are looked for as whole words in a text (" left ").
func spaced(words []string, pre, post string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = pre + w + post
	}
	return out
}
