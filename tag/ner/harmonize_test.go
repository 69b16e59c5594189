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
		// a given name that is also a word, before a name and a subject's word (data/word_names.txt)
		{"May Chen and Tom Hale married in 2019 . | Will Foster joined the band . | \" Hope Sandoval , 34 , said so .",
			"O B-LOC O B-PER I-PER O O O O | O B-PER O O O O | O O B-PER O O O O O O",
			"B-PER I-PER O B-PER I-PER O O O O | B-PER I-PER O O O O | O B-PER I-PER O O O O O O"},
		// ... but not before a bare verb, nor with a name that is no person's or place's
		{"May Chen win ? | May God bless them . | Will Congress act ? | Will Democrats lose seats ?",
			"O B-PER O O | O B-PER O O O | O B-ORG O O | O B-MISC O O O",
			"O B-PER O O | O B-PER O O O | O B-ORG O O | O B-MISC O O O"},
		// an entity clearly typed otherwise elsewhere is retyped
		{"Kell won . | Kell lost . | Kell tied . | Kell ran . | Kell sat .",
			"B-LOC O O | B-PER O O | B-PER O O | B-PER O O | B-PER O O",
			"B-PER O O | B-PER O O | B-PER O O | B-PER O O | B-PER O O"},
	}
	checkLabelCases(t, tests, func(sents [][]string, labs [][]int) {
		harmonize(newDocument(sents, nil), labs, lists)
	})
}
