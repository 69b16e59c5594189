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
