package ner

import (
	"strings"
	"testing"
)

func TestHarmonize(t *testing.T) {
	lists, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ doc, tags, want string }{
		// a missed repetition of a name takes the name's type
		{"Anna Berg spoke . | Berg left . | Later Berg smiled . | Berg waved .",
			"B-PER I-PER O O | B-PER O O | O O O O | B-PER O O",
			"B-PER I-PER O O | B-PER O O | O B-PER O O | B-PER O O"},
		// ... but not inside a longer run of capitals, nor a word also seen in lowercase at a sentence start
		{"Berg said . | Berg Street is long . | Will Berg go ? | Berg will .",
			"B-PER O O | O O O O O | O B-PER O O | B-PER O O",
			"B-PER O O | O O O O O | O B-PER O O | B-PER O O"},
		// a sentence-initial word seen in lowercase elsewhere is not part of a name
		{"Are Ann Lee and Bo Ray dating ? | They are .",
			"B-ORG I-ORG I-ORG O B-PER I-PER O O | O O O",
			"O B-ORG I-ORG O B-PER I-PER O O | O O O"},
		// a first name before a person's surname joins the name
		{"Ingrid Castellano left . | Castellano said so . | Then Castellano went .",
			"O B-PER O O | B-PER O O O | O B-PER O O",
			"B-PER I-PER O O | B-PER O O O | O B-PER O O"},
		// an entity clearly typed otherwise elsewhere is retyped
		{"Kell won . | Kell lost . | Kell tied . | Kell ran . | Kell sat .",
			"B-LOC O O | B-PER O O | B-PER O O | B-PER O O | B-PER O O",
			"B-PER O O | B-PER O O | B-PER O O | B-PER O O | B-PER O O"},
	}
	for _, tt := range tests {
		var sents [][]string
		var labs [][]int
		for k, s := range strings.Split(tt.doc, "|") {
			sents = append(sents, strings.Fields(s))
			var ys []int
			for _, tag := range strings.Fields(strings.Split(tt.tags, "|")[k]) {
				ys = append(ys, labelID(tag))
			}
			labs = append(labs, ys)
		}
		harmonize(newDocument(sents, nil), labs, lists)
		var got []string
		for _, ys := range idsToTags(labs) {
			got = append(got, strings.Join(ys, " "))
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("harmonize(%q)\n got %s\nwant %s", tt.doc, g, tt.want)
		}
	}
}
