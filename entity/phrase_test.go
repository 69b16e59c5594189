package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestIsPhrase checks docInfo.isPhrase against Lexicons.isWords for every
// class and every run of one to four tokens of the test articles, of a
// text made of every phrase of the classes, and of tokens with spaces and
// empty tokens.
func TestIsPhrase(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	files, _ := filepath.Glob("testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var phrases []string
	for _, set := range lx.cues {
		if set != nil {
			for w := range set.words {
				phrases = append(phrases, w)
			}
		}
	}
	texts = append(texts, strings.Join(phrases, " . "))
	found := 0
	for _, text := range texts {
		found += checkIsPhrase(t, lx, testDoc(text))
	}
	several := 0
	for _, p := range phrases {
		if strings.IndexByte(p, ' ') > 0 {
			several++
		}
	}
	if found < several/2 {
		t.Errorf("%d runs of several tokens are phrases of a class, want %d or more", found, several/2)
	}
	// tokens that hold spaces, or none, as a document made elsewhere may have
	var odd []hearsay.Token
	for _, p := range phrases {
		words := strings.Fields(p)
		odd = append(odd, hearsay.Token{Text: p}, hearsay.Token{Text: ""})
		for i := 1; i < len(words); i++ {
			odd = append(odd, hearsay.Token{Text: strings.Join(words[:i], " ")}, hearsay.Token{Text: strings.Join(words[i:], " ")})
		}
		odd = append(odd, hearsay.Token{Text: "x"})
	}
	checkIsPhrase(t, lx, &hearsay.Document{Tokens: odd})
}

// checkIsPhrase compares isPhrase and isWords on every class and run of
// one to four tokens of doc, and returns how many runs of several tokens
// are phrases of a class.
func checkIsPhrase(t *testing.T, lx *Lexicons, doc *hearsay.Document) int {
	t.Helper()
	di := newDocInfo(lx, doc)
	found := 0
	for c := cue(0); c < numCues; c++ {
		for a := range di.lower {
			for e := a; e <= min(a+4, len(di.lower)); e++ {
				if got, want := di.isPhrase(lx, c, a, e), lx.isWords(c, di.lower[a:e]); got != want {
					t.Fatalf("isPhrase(%s, %q) = %v, isWords %v", cueNames[c], di.lower[a:e], got, want)
				} else if got && e-a >= 2 {
					found++
				}
			}
		}
	}
	return found
}
