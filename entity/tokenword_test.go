package entity

import (
	"strings"
	"testing"
	"unsafe"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestTokenWord checks that the one-byte array of tokenWord answers as
// the map does, for every byte and for some longer words.
func TestTokenWord(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for b := 0; b < 256; b++ {
		w := string([]byte{byte(b)})
		if got, want := lx.tokenWord(w), lx.tokenWords[w]; got != want {
			t.Errorf("tokenWord(%q) = %p, want %p", w, got, want)
		}
		if lx.tokenWords[w] != nil {
			found++
		}
	}
	if found == 0 {
		t.Error("no word of one byte in tokenWords (\"i\", \"a\"): the array is not tested")
	}
	for _, w := range []string{"she", "husband", "the", "", "Zzyzx"} {
		if got, want := lx.tokenWord(w), lx.tokenWords[w]; got != want {
			t.Errorf("tokenWord(%q) = %p, want %p", w, got, want)
		}
	}
}

// TestTokenWorkCues checks that the per-token look-ups give every word of
// data/workcues.tsv its kind, and no kind to other words.
func TestTokenWorkCues(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for w, kind := range lx.workCues {
		if ti := lx.tokenWord(w); ti == nil || !ti.isWorkCue || lx.infoString(ti.workCue) != kind {
			t.Errorf("tokenWord(%q) gives no work kind %q", w, kind)
		}
	}
	for w, ti := range lx.tokenWords {
		if _, ok := lx.workCues[w]; ti.isWorkCue != ok {
			t.Errorf("tokenWords[%q].isWorkCue = %v, want %v", w, ti.isWorkCue, ok)
		}
	}
}

// TestTokenNouns checks that the per-token look-ups (docInfo.nounAt) give
// every person noun of one word what lx.noun gives, and no other word one.
func TestTokenNouns(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range lx.nouns {
		if n := lx.nounOf(lx.tokenWord(w)); n == nil || *n != want {
			t.Errorf("tokenWord(%q) gives no noun %+v", w, want)
		}
	}
	for w, ti := range lx.tokenWords {
		if _, ok := lx.noun(w); (ti.noun != 0) != ok {
			t.Errorf("tokenWords[%q] has a noun: %v, lx.noun: %v", w, ti.noun != 0, ok)
		}
	}
}

// TestTokenNounHeads checks that the first word of every person noun of
// several words is marked as starting one (occupationAt reads no longer
// phrases from other words).
func TestTokenNounHeads(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	heads := 0
	for w := range lx.nouns {
		first, _, several := strings.Cut(w, " ")
		if !several || first == "" {
			continue
		}
		heads++
		if ti := lx.tokenWord(first); ti == nil || !ti.has(bitNounHead) {
			t.Errorf("%q starts the noun %q but is not marked", first, w)
		}
	}
	if heads == 0 {
		t.Error("no person noun of several words: the marks are not tested")
	}
}

// TestTokenLookups checks orgCueAt, orgWordAt and pronounAt, read from the
// per-token look-ups, against the maps lx.orgCues, lx.orgWords and
// lx.pronouns, on every word of each and on words of none, capitalised
// ones among them.
func TestTokenLookups(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"the", "she", "Company", "HOSPITAL", "zebra", ",", ""}
	for w := range lx.orgCues {
		texts = append(texts, w)
	}
	for w := range lx.orgWords {
		texts = append(texts, w)
	}
	for w := range lx.pronouns {
		texts = append(texts, w, strings.ToUpper(w))
	}
	toks := make([]hearsay.Token, len(texts))
	for i, w := range texts {
		toks[i].Text = w
	}
	di := newDocInfo(lx, &hearsay.Document{Tokens: toks})
	cues, words := 0, 0
	for i, w := range texts {
		lw := strings.ToLower(w)
		if got, want := di.orgCueAt(lx, i), lx.orgCues[lw]; got != want {
			t.Errorf("orgCueAt(%q) = %v, want %v", w, got, want)
		}
		if got, want := di.orgWordAt(lx, i), lx.orgWords[lw]; got != want {
			t.Errorf("orgWordAt(%q) = %v, want %v", w, got, want)
		}
		p, ok := di.pronounAt(lx, i)
		if wp, wok := lx.pronouns[lw]; p != wp || ok != wok || di.pronounIn(lx, i) != wp {
			t.Errorf("pronounAt(%q) = %+v, %v; want %+v, %v", w, p, ok, wp, wok)
		}
		cues += btoi(lx.orgCues[lw])
		words += btoi(lx.orgWords[lw])
	}
	if cues == 0 || words == 0 {
		t.Error("no word of data/orgcues.tsv or data/orgwords.tsv tested")
	}
}

// TestIsDemonymWord checks isDemonymWord against the map of demonyms for
// each demonym and words made from them.
func TestIsDemonymWord(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "a", "zzq", "new york"}
	for w := range lx.demonyms {
		words = append(words, w, w+"s", w[:len(w)-1], "the "+w)
	}
	for _, w := range words {
		if _, want := lx.demonyms[w]; lx.isDemonymWord(w) != want {
			t.Errorf("isDemonymWord(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestRegionLookup checks region against the map of regions for each
// region as written in the file, capitalised, in capitals, with spaces
// around it and for other words.
func TestRegionLookup(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", " ", "Zzq", "Île-de-France", "ÎLE", strings.Repeat("Colo", 40)}
	for w := range lx.regions {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], " "+w+"\t", w+"x")
	}
	for _, w := range words {
		if got, want := lx.region(w), lx.regions[strings.ToLower(strings.TrimSpace(w))]; got != want {
			t.Errorf("region(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestTokenInfoSize checks that a token's record is a cache line: the
// per-token look-ups read one line of Lexicons.infos each.
func TestTokenInfoSize(t *testing.T) {
	if n := unsafe.Sizeof(tokenInfo{}); n != 64 {
		t.Errorf("tokenInfo is %d bytes, want 64 (mend the padding)", n)
	}
}
