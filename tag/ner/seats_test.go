package ner

import (
	"strings"
	"testing"
)

func TestJoinedSeats(t *testing.T) {
	l, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ words, labels, want string }{
		{"the Harrowgate and Skelmore by-election", "O B-LOC O B-LOC O", "O B-LOC I-LOC I-LOC O"},
		{"MP for Kelby and Dunmere .", "O O B-LOC O B-LOC O", "O O B-LOC I-LOC I-LOC O"},
		{"Kelby and Dunmere won .", "B-LOC O B-LOC O O", "B-LOC O B-LOC O O"},
		{"voted for Kelby and Dunmere .", "O O B-LOC O B-LOC O", "O O B-LOC O B-LOC O"},
	} {
		ws := strings.Fields(c.words)
		var ys []int
		for _, lab := range strings.Fields(c.labels) {
			ys = append(ys, labelID(lab))
		}
		l.joinedSeats(ws, ys)
		var got []string
		for _, y := range ys {
			got = append(got, labels[y])
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %s, want %s", c.words, g, c.want)
		}
	}
}
