package ner

import (
	"strings"
	"testing"
)

// relabelCase is a sentence, the tagger's labels and the labels a
// refinement should leave.
type relabelCase struct{ words, labels, want string }

// checkRelabel runs fix on each case's words and labels and reports the
// cases whose labels come out other than wanted.
func checkRelabel(t *testing.T, cases []relabelCase, fix func(ws []string, ys []int)) {
	t.Helper()
	for _, c := range cases {
		ws := strings.Fields(c.words)
		var ys []int
		for _, l := range strings.Fields(c.labels) {
			ys = append(ys, labelID(l))
		}
		fix(ws, ys)
		var got []string
		for _, y := range ys {
			got = append(got, labels[y])
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %s, want %s", c.words, g, c.want)
		}
	}
}

func TestStreetCommas(t *testing.T) {
	l, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	checkRelabel(t, []relabelCase{
		{"of Lowther Gardens , Penrith ,", "O B-ORG I-ORG I-ORG I-ORG O", "O B-LOC I-LOC O B-LOC O"},
		{"of Beech Avenue , Penrith ,", "O B-LOC I-LOC B-ORG I-ORG O", "O B-LOC I-LOC O B-ORG O"},
		{"Skadden , Arps said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		{"in Lagos , Nigeria", "O B-LOC I-LOC I-LOC", "O B-LOC I-LOC I-LOC"},
	}, func(ws []string, ys []int) { l.streetCommas([][]string{ws}, [][]int{ys}) })
}

func TestJoinedSeats(t *testing.T) {
	l, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	checkRelabel(t, []relabelCase{
		{"the Harrowgate and Skelmore by-election", "O B-LOC O B-LOC O", "O B-LOC I-LOC I-LOC O"},
		{"MP for Kelby and Dunmere .", "O O B-LOC O B-LOC O", "O O B-LOC I-LOC I-LOC O"},
		{"Kelby and Dunmere won .", "B-LOC O B-LOC O O", "B-LOC O B-LOC O O"},
		{"voted for Kelby and Dunmere .", "O O B-LOC O B-LOC O", "O O B-LOC O B-LOC O"},
	}, func(ws []string, ys []int) { l.joinedSeats(ws, l.wordInfos([][]string{ws})[0], ys) })
}
