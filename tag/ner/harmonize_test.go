package ner

import "testing"

func TestHarmonize(t *testing.T) {
	lists, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	tests := []labelCase{
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
	checkLabelCases(t, tests, func(sents [][]string, labs [][]int) {
		harmonize(newDocument(sents, nil), labs, lists)
	})
}
