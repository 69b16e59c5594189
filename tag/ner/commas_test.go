package ner

import (
	"strings"
	"testing"
)

func TestStreetCommas(t *testing.T) {
	l, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ words, labels, want string }{
		{"of Lowther Gardens , Penrith ,", "O B-ORG I-ORG I-ORG I-ORG O", "O B-LOC I-LOC O B-LOC O"},
		{"of Beech Avenue , Penrith ,", "O B-LOC I-LOC B-ORG I-ORG O", "O B-LOC I-LOC O B-ORG O"},
		{"Skadden , Arps said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		{"in Lagos , Nigeria", "O B-LOC I-LOC I-LOC", "O B-LOC I-LOC I-LOC"},
	} {
		ws := strings.Fields(c.words)
		var ys []int
		for _, l := range strings.Fields(c.labels) {
			ys = append(ys, labelID(l))
		}
		l.streetCommas([][]string{ws}, [][]int{ys})
		var got []string
		for _, y := range ys {
			got = append(got, labels[y])
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %s, want %s", c.words, g, c.want)
		}
	}
}
