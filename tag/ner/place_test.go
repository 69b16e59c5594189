package ner

import "testing"

func TestPlaceModifiers(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []labelCase{
		// a listed place between "a" and a noun
		{"spotted leaving a Nashville restaurant", "O O O B-MISC O", "O O O B-LOC O"},
		{"they bought a Brooklyn apartment", "O O O B-ORG O", "O O O B-LOC O"},
		// a place the training names know
		{"dinner at a London pub", "O O O B-ORG O", "O O O B-LOC O"},
		// a place the document names elsewhere
		{"she grew up in Tulsa . | She opened a Tulsa bakery", "O O O O B-LOC O | O O O B-ORG O", "O O O O B-LOC O | O O O B-LOC O"},
		// after a possessive, a place of data/cities.txt only
		{"living in the couple's Tacoma loft", "O O O O B-MISC O", "O O O O B-LOC O"},
		{"sold their Notting Hill townhouse", "O O B-ORG I-ORG O", "O O B-LOC I-LOC O"},
		{"Shearer 's Newcastle team mate", "B-PER O B-ORG O O", "B-PER O B-ORG O O"},
		{"his Ford truck", "O B-ORG O", "O B-ORG O"},
		// nationalities and firms keep their labels
		{"a British band played", "O B-MISC O O", "O B-MISC O O"},
		{"a Google spokesman said", "O B-ORG O O", "O B-ORG O O"},
		// no determiner, or no noun after it
		{"Nashville restaurants are busy", "B-ORG O O O", "B-ORG O O O"},
		{"she moved to a Nashville .", "O O O O B-ORG O", "O O O O B-ORG O"},
	}
	checkLabelCases(t, tests, func(sents [][]string, labs [][]int) {
		tg.placeModifiers(sents, labs)
	})
}
