package entity

import (
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestNounWordsAgrees checks that nounWords finds every noun of several
// words, and answers as noun does on phrases that are none.
func TestNounWordsAgrees(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	multi := 0
	for key, want := range lx.nouns {
		words := strings.Split(key, " ")
		if len(words) < 2 {
			continue
		}
		multi++
		if got, ok := lx.nounWords(words); !ok || got != want {
			t.Errorf("nounWords(%q) = %v, %v; want %v, true", words, got, ok, want)
		}
	}
	if multi == 0 {
		t.Fatal("no noun of several words in the data")
	}
	for _, words := range [][]string{{"climate", "dog"}, {"the", "actress"}, {"actress"}, {"chief", "executive officer", "x"}} {
		want, wok := lx.noun(strings.Join(words, " "))
		if got, ok := lx.nounWords(words); ok != wok || got != want {
			t.Errorf("nounWords(%q) = %v, %v; noun says %v, %v", words, got, ok, want, wok)
		}
	}
}

// TestNameGender checks nameGender against a lookup of the lowercased word.
func TestNameGender(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Maria", "JOHN", "john", "Zoë", "Élodie", "Xqzv", "", "Anna-Lena", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"} {
		wg, wok := lx.names[strings.ToLower(w)]
		if g, ok := lx.nameGender(w); g != wg || ok != wok {
			t.Errorf("nameGender(%q) = %c, %v; want %c, %v", w, g, ok, wg, wok)
		}
	}
}

// TestMayJoinGroups checks that every group phrase of several words passes
// the filter groupMentions applies before joining words.
func TestMayJoinGroups(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for key := range lx.groups {
		if words := strings.Split(key, " "); !mayJoin(lx.groupTails, words) {
			t.Errorf("mayJoin turns away the group %q", key)
		}
	}
	if mayJoin(lx.groupTails, []string{"the", "zebra"}) {
		t.Error("mayJoin lets through a phrase no group ends with")
	}
}

// TestIsWords checks isWords against is on the joined words, for every
// word of every cue class and for phrases that are none.
func TestIsWords(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	others := [][]string{{"according", "to"}, {"the", ""}, {"", "x"}, {}, {"zz", "top"}, {"a"}}
	for i, set := range lx.cues {
		class := cue(i)
		if set == nil {
			continue
		}
		for w := range set.words {
			if !lx.isWords(class, strings.Split(w, " ")) {
				t.Errorf("isWords(%q, %q) = false", class, w)
			}
		}
		for _, ws := range others {
			if got, want := lx.isWords(class, ws), lx.is(class, strings.Join(ws, " ")); got != want {
				t.Errorf("isWords(%q, %q) = %v, is says %v", class, ws, got, want)
			}
		}
	}
}

// TestDocNounWordsAgrees checks that docInfo.nounWords, which asks the
// per-token look-ups first, finds every noun of several words written as
// tokens, and answers as noun does on phrases that are none.
func TestDocNounWordsAgrees(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	check := func(words []string) {
		t.Helper()
		doc := &hearsay.Document{Tokens: make([]hearsay.Token, len(words))}
		for i, w := range words {
			doc.Tokens[i].Text = w
		}
		di := newDocInfo(lx, doc)
		want, wok := lx.noun(strings.ToLower(strings.Join(words, " ")))
		if got, ok := di.nounWords(lx, 0, len(words)); ok != wok || got != want {
			t.Errorf("docInfo.nounWords(%q) = %v, %v; noun says %v, %v", words, got, ok, want, wok)
		}
	}
	multi := 0
	for key := range lx.nouns {
		if words := strings.Split(key, " "); len(words) >= 2 {
			multi++
			check(words)
		}
	}
	if multi == 0 {
		t.Fatal("no noun of several words in the data")
	}
	for _, words := range [][]string{{"climate", "dog"}, {"the", "actress"}, {"Chief", "Executive"}, {"chief executive", "officer"}, {"", "officer"}} {
		check(words)
	}
}

// TestGroupTailAt checks groupTailAt, read from the per-token look-ups,
// against mayJoin of two words ending with the token, for the last word
// of every group phrase and for other tokens, one with a space among them.
func TestGroupTailAt(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"the", "zebra", "Couple", "them", "the two", "a couple", "ex-couple", ""}
	for key := range lx.groups {
		words := strings.Split(key, " ")
		texts = append(texts, words[len(words)-1])
	}
	toks := make([]hearsay.Token, len(texts))
	for i, w := range texts {
		toks[i].Text = w
	}
	di := newDocInfo(lx, &hearsay.Document{Tokens: toks})
	for k, w := range texts {
		if got, want := di.groupTailAt(lx, k), mayJoin(lx.groupTails, []string{"the", strings.ToLower(w)}); got != want {
			t.Errorf("groupTailAt(%q) = %v, want %v", w, got, want)
		}
	}
}
