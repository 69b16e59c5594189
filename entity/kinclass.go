package entity

import (
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay/lexicon"
)

// KinClasses returns the person nouns of data/kinship.tsv by class
// ("spouse" → husband, wife, hubby, ...), lowercased, in the file's order.
// Later stages read the nouns of a relation from it ("her hubby Tom").
func KinClasses() (map[string][]string, error) {
	lines, err := lexicon.Table(dataFS, "data/kinship.tsv", 3)
	if err != nil {
		return nil, fmt.Errorf("entity: kin classes: %w", err)
	}
	out := make(map[string][]string)
	for _, l := range lines {
		c := l.Fields[2]
		out[c] = append(out[c], strings.ToLower(l.Fields[0]))
	}
	return out, nil
}

// PostNominals returns the letters of honours and fellowships that
// data/cues.tsv (class post-nominal) says are written after a person's name
// and are no part of it ("kc", "obe", "frs"), lowercased. Later stages read
// a person over them ("Miles Fenwright KC, of Pelham Court Chambers").
func PostNominals() ([]string, error) {
	lines, err := lexicon.Table(dataFS, "data/cues.tsv", 2)
	if err != nil {
		return nil, fmt.Errorf("entity: post-nominal letters: %w", err)
	}
	var out []string
	for _, l := range lines {
		if l.Fields[0] == cueNames[cuePostNominal] {
			out = append(out, strings.ToLower(l.Fields[1]))
		}
	}
	return out, nil
}

// Occupations returns the occupations of data/occupations.tsv, lowercased
// ("nurse", "marine engineer"): later stages check a job written outside a
// description against them ("Occupation: Pediatric nurse").
func Occupations() ([]string, error) {
	return lowerColumn("occupations", "data/occupations.tsv", 0)
}

// Regions returns the names of the regions of data/regions.tsv, lowercased
// ("new hampshire", "ontario", "surrey"): the states, provinces and counties
// that datelines and addresses name after a town. Later stages tell a
// region's office ("the state's attorney general") from a town's.
func Regions() ([]string, error) {
	return lowerColumn("regions", "data/regions.tsv", 1)
}

// lowerColumn returns column col of the two-column table file, lowercased,
// one entry per line; what names the list in errors.
func lowerColumn(what, file string, col int) ([]string, error) {
	lines, err := lexicon.Table(dataFS, file, 2)
	if err != nil {
		return nil, fmt.Errorf("entity: %s: %w", what, err)
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, strings.ToLower(l.Fields[col]))
	}
	return out, nil
}
