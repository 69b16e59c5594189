package fact

import (
	"reflect"
	"testing"

	"github.com/hearsay-news/hearsay/lexicon"
)

// TestPersonsAtPairs checks that the people options for a pair that
// personsAt makes from those for one person are personOpts' own, at every
// unit of the sentences of the worked examples.
func TestPersonsAtPairs(t *testing.T) {
	r, err := loadResources()
	if err != nil {
		t.Fatal(err)
	}
	lines, err := lexicon.Table(dataFS, "data/examples.tsv", 2)
	if err != nil {
		t.Fatal(err)
	}
	pairs := 0
	for _, l := range lines {
		doc := markupDoc(t, l.Fields[0])
		ments := sentMentions(doc, mentionsBySentence(doc))
		families := familyNames(doc)
		for si := range doc.Sentences {
			s := buildSent(r, doc, si, ments[si], nil, families, nil)
			s.memo(r)
			for u := range s.units {
				want := s.personOpts(r, u, true)
				got := s.personsAt(r, u, true)
				if len(want) == 0 && len(got) == 0 {
					continue
				}
				pairs += len(want)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: sentence %d unit %d: personsAt %v, personOpts %v", l.Pos(), si, u, got, want)
				}
			}
		}
	}
	if pairs == 0 {
		t.Error("no example names a pair")
	}
}
