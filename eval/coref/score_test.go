package coref

import (
	"math"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreByHand(t *testing.T) {
	key := Clustering{{"a", "b", "c", "d"}}
	resp := Clustering{{"a", "b"}, {"c", "d"}}
	s := Score(key, resp)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"MUC R", s.MUC.Recall(), 2.0 / 3}, {"MUC P", s.MUC.Precision(), 1},
		{"B3 R", s.B3.Recall(), 0.5}, {"B3 P", s.B3.Precision(), 1},
		{"CEAFe R", s.CEAFe.Recall(), 2.0 / 3}, {"CEAFe P", s.CEAFe.Precision(), 1.0 / 3},
	}
	for _, c := range checks {
		if !near(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	same := Score(key, key)
	if !near(same.CoNLL(), 1) {
		t.Errorf("identical clusterings: CoNLL %v", same.CoNLL())
	}
	none := Score(key, Clustering{{"x", "y"}})
	if none.CoNLL() != 0 {
		t.Errorf("disjoint clusterings: CoNLL %v", none.CoNLL())
	}
}

func TestHungarianPrefersBestMatching(t *testing.T) {
	w := [][]float64{{0.9, 0.8}, {0.85, 0.1}}
	if got := hungarian(w); !near(got, 0.8+0.85) {
		t.Errorf("hungarian = %v, want 1.65", got)
	}
	w = [][]float64{{0.5}, {0.7}, {0.2}}
	if got := hungarian(w); !near(got, 0.7) {
		t.Errorf("hungarian (3x1) = %v, want 0.7", got)
	}
}

const gumSample = `# newdoc id = d1
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
# sent_id = d1-1
# text = Kim met her sister.
1	Kim	Kim	PROPN	NNP	_	2	nsubj	_	Entity=(1-person-new-x-x-1-coref)
2	met	meet	VERB	VBD	_	0	root	_	_
3	her	her	PRON	PRP$	_	4	nmod:poss	_	Entity=(2-person-new-x-x-1-coref|Entity=(1-person-giv-x-x-1-coref)
4	sister	sister	NOUN	NN	_	2	obj	_	Entity=2)|SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_
`

func TestReadGUM(t *testing.T) {
	docs, err := ReadGUM(strings.NewReader(strings.Replace(gumSample, "Entity=(2-person-new-x-x-1-coref|Entity=(1-person-giv-x-x-1-coref)", "Entity=(2-person-new-x-x-1-coref(1-person-giv-x-x-1-coref)", 1)), "x.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Doc.Text != "Kim met her sister." {
		t.Fatalf("docs = %+v", docs)
	}
	got := map[string]string{}
	for _, m := range docs[0].Gold {
		got[spanKey(m)] = m.Entity + "/" + m.Type
	}
	want := map[string]string{"0:1": "1/person", "2:3": "1/person", "2:4": "2/person"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("mention %s = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}
