package ner

import "testing"

func TestJoinUponPlaces(t *testing.T) {
	tests := []labelCase{
		{"she lives in Newcastle upon Tyne now",
			"O O O B-LOC O B-LOC O",
			"O O O B-LOC I-LOC I-LOC O"},
		{"a flat in Kingston upon Thames",
			"O O O B-ORG O B-LOC",
			"O O O B-LOC I-LOC I-LOC"},
		{"he moved to Dar es Salaam in 2001",
			"O O O B-LOC O B-LOC O O",
			"O O O B-LOC I-LOC I-LOC O O"},
		// a joiner of foreign names between a place and a person's name joins nothing
		{"she met Paris de Vries",
			"O O B-LOC O B-PER",
			"O O B-LOC O B-PER"},
		// a person before "upon" is no place
		{"it fell to Tom Hale upon Friday",
			"O O O B-PER I-PER O O",
			"O O O B-PER I-PER O O"},
	}
	checkListRefine(t, tests, (*Lists).joinUponPlaces)
}

func TestPossessivePlaces(t *testing.T) {
	tests := []labelCase{
		{"she was seen outside King 's Cross station",
			"O O O O O O B-MISC O",
			"O O O O B-LOC I-LOC I-LOC O"},
		{"they moved to Bishop 's Stortford in 2010",
			"O O O O O B-LOC O O",
			"O O O B-LOC I-LOC I-LOC O O"},
		{"he lives in St John 's Wood",
			"O O O B-LOC I-LOC O B-PER",
			"O O O B-LOC I-LOC I-LOC I-LOC"},
		{"a century at Lord 's on Thursday",
			"O O O O O O O",
			"O O O B-LOC I-LOC O O"},
		{"Mary Finch grew up in Bishop 's Stortford",
			"B-PER I-PER O O O O O B-ORG",
			"B-PER I-PER O O O B-LOC I-LOC I-LOC"},
		// an organisation's head after the possessive: the organisation
		{"she studied at King 's College",
			"O O O O O B-ORG",
			"O O O O O B-ORG"},
		// no place cue: the royal's speech is no place
		{"the King 's Speech was read",
			"O O O B-MISC O O",
			"O O O B-MISC O O"},
		// a saint's name before a longer name: the heads decide
		{"at St Mary 's Parish Church",
			"O B-LOC I-LOC O B-ORG I-ORG",
			"O B-LOC I-LOC O B-ORG I-ORG"},
	}
	checkListRefine(t, tests, (*Lists).possessivePlaces)
}

func TestPlaceFirstNames(t *testing.T) {
	tests := []labelCase{
		{"he performed at the Royal Albert Hall on Friday",
			"O O O O B-LOC B-PER I-PER O O",
			"O O O O B-LOC I-LOC I-LOC O O"},
		{"the trainer was at Royal Ascot in June",
			"O O O O B-PER I-PER O O",
			"O O O O B-LOC I-LOC O O"},
		{"she grew up in Great Yarmouth",
			"O O O O B-PER I-PER",
			"O O O O B-LOC I-LOC"},
		// a person's name of one word, and one after a title, stay
		{"Old said | Mrs Little Smith said",
			"B-PER O | O B-PER I-PER O",
			"B-PER O | O B-PER I-PER O"},
	}
	checkListRefine(t, tests, (*Lists).placeFirstNames)
}

func TestHyphenedPlaces(t *testing.T) {
	tests := []labelCase{
		{"she lives in Stoke-on-Trent now | born in Ashby-de-la-Zouch",
			"O O O O O | O O O",
			"O O O B-LOC O | O O B-LOC"},
		// a double-barrelled surname has no joiner; a joiner at an end makes no place
		{"Ruth Okonedo-Hall said | a Leeds-in-the-summer feel",
			"B-PER I-PER O | O O O",
			"B-PER I-PER O | O O O"},
	}
	checkListRefine(t, tests, (*Lists).hyphenedPlaces)
}

func TestCampNames(t *testing.T) {
	tests := []labelCase{
		{"he spent two years in Stalag Luft III and came home",
			"O O O O O B-ORG I-ORG I-ORG O O O",
			"O O O O O B-LOC I-LOC I-LOC O O O"},
		{"he was moved to Oflag IV-C in 1944",
			"O O O O B-MISC O O O",
			"O O O O B-LOC I-LOC O O"},
	}
	checkListRefine(t, tests, (*Lists).campNames)
}
