package entity

import (
	"fmt"
	"strings"
	"testing"
)

// TestEveryOccupationLine checks that each occupation of
// data/occupations.tsv is read from a copular sentence, except the vague
// ones (vague-occupation in data/cues.tsv), which give no fact.
func TestEveryOccupationLine(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	st := &Stage{lx: lx}
	for occ, info := range lx.nouns {
		if !info.isOcc || info.isKin {
			continue
		}
		text := fmt.Sprintf("date 2023-08-07 Dr. Anna Berg is a %s.", occ)
		doc := testDoc(text)
		r := st.resolve(doc)
		r.emit(doc)
		found := false
		for _, f := range doc.Facts {
			found = found || f.Type == "occupation" && f.Args[1].Literal == occ
		}
		if vague := lx.is(cueVagueOccupation, occ); found == vague {
			t.Errorf("%q: occupation %q found %v, vague-occupation %v", text, occ, found, vague)
		}
	}
}

// TestEveryDemonymLine checks that each demonym of data/demonyms.tsv gives
// a nationality with its country.
func TestEveryDemonymLine(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	st := &Stage{lx: lx}
	for dem, country := range lx.demonyms {
		title := strings.ToUpper(dem[:1]) + dem[1:]
		if i := strings.IndexByte(title, ' '); i > 0 {
			title = title[:i+1] + strings.ToUpper(title[i+1:i+2]) + title[i+2:]
		}
		text := fmt.Sprintf("date 2023-08-07 Dr. Anna Berg is a %s singer.", title)
		doc := testDoc(text)
		r := st.resolve(doc)
		r.emit(doc)
		found := false
		for _, f := range doc.Facts {
			found = found || f.Type == "nationality" && f.Args[1].Literal == country
		}
		if !found {
			t.Errorf("%q: no nationality %q", text, country)
		}
	}
}

// TestEveryGroupLine checks that each phrase of data/groups.tsv stands for
// the people just coordinated.
func TestEveryGroupLine(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	st := &Stage{lx: lx}
	for phrase, size := range lx.groups {
		people := "Anna Berg and Tom Holt"
		want := 2
		if size == 3 {
			people, want = "Anna Berg, Tom Holt and Mia Cole", 3
		}
		text := fmt.Sprintf("date 2023-08-07 %s met in Paris. %s%s smiled.", people, strings.ToUpper(phrase[:1]), phrase[1:])
		doc := testDoc(text)
		r := st.resolve(doc)
		r.emit(doc)
		found := false
		for _, m := range doc.Mentions {
			found = found || strings.EqualFold(m.Text, phrase) && len(m.Members) == want
		}
		if !found {
			t.Errorf("%q: group %q not resolved to %d people", text, phrase, want)
		}
	}
}

// TestEveryTradeSynonymLine checks that each noun of
// data/tradesynonyms.tsv and each trade it names is a person noun of
// data/occupations.tsv or data/kinship.tsv, so that the noun makes a
// description and the trades are read from descriptions, and that a
// description with the noun refers to a person described by each trade.
func TestEveryTradeSynonymLine(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.tradeSyns) == 0 {
		t.Fatal("data/tradesynonyms.tsv gave no lines")
	}
	st := &Stage{lx: lx}
	for noun, trades := range lx.tradeSyns {
		if info, ok := lx.nouns[noun]; !ok || !info.isOcc && !info.isKin {
			t.Errorf("trade synonym %q is no person noun", noun)
		}
		for _, o := range trades {
			if info, ok := lx.nouns[o]; !ok || !info.isOcc {
				t.Errorf("trade synonym %q: %q is no occupation", noun, o)
				continue
			}
			text := fmt.Sprintf("date 2023-08-07 Anna Berg, a %s, met Tom Hale, a banker, on Monday. The %s smiled.", o, noun)
			doc := testDoc(text)
			st.resolve(doc).emit(doc)
			var got string
			for _, m := range doc.Mentions {
				if m.Text == "The "+noun && m.Entity >= 0 {
					got = doc.Entities[m.Entity].Name
				}
			}
			if got != "Anna Berg" {
				t.Errorf("%q: the description refers to %q, want Anna Berg", text, got)
			}
		}
	}
}
