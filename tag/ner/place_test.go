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

func TestRefinePlaces(t *testing.T) {
	l, err := DefaultLists()
	if err != nil {
		t.Fatal(err)
	}
	tests := []labelCase{
		// a person's home between commas after the name
		{"Alan and Joan Brackley , of Rochdale , celebrate",
			"B-PER O B-PER I-PER O O B-ORG O O",
			"B-PER O B-PER I-PER O O B-LOC O O"},
		// with an age first, and at the end of the sentence
		{"Alan Brackley , 72 , of Oldham .",
			"B-PER I-PER O O O O B-ORG O",
			"B-PER I-PER O O O O B-LOC O"},
		// a place cue before it
		{"he was born in Oldham in 1970",
			"O O O O B-ORG O O",
			"O O O O B-LOC O O"},
		// the club keeps its label
		{"Kit Ormsby joined Rochdale in 2019", "B-PER I-PER O B-ORG O O", "B-PER I-PER O B-ORG O O"},
		{"Rochdale beat Bury on Saturday", "B-ORG O B-ORG O O", "B-ORG O B-ORG O O"},
		{"Oldham 's manager Ray Culshaw", "B-ORG O O B-PER I-PER", "B-ORG O O B-PER I-PER"},
		// no person before ", of": the club's part ("the chairman, of Rochdale,")
		{"the chairman , of Rochdale , said", "O O O O B-ORG O O", "O O O O B-ORG O O"},
		// a name that goes on is no home ("Hale, of Rochdale Town Council")
		{"Alan Brackley , of Rochdale Council", "B-PER I-PER O O B-ORG I-ORG", "B-PER I-PER O O B-ORG I-ORG"},
	}
	checkLabelCases(t, tests, func(sents [][]string, labs [][]int) {
		for si, ws := range sents {
			l.refinePlaces(ws, labs[si])
		}
	})
}
