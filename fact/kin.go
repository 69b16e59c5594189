package fact

import (
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay/entity"
)

// kinSets holds the relation nouns that the fact stage reads from the
// entity package's kinship data, by what they name; built once from the
// embedded data and never changed after.
type kinSets struct {
	rel    map[string]bool // a partner, spouse or former one: "X and her husband Y"
	kin    map[string]bool // a child, parent or sibling: "her father died"
	spouse map[string]bool // a partner who may speak: "her husband says"
	// relative is a wider relative or the kin of a child, parent or
	// sibling, and their plurals: "her dad", "his uncle", "their siblings"
	relative map[string]bool
	child    map[string]bool // a child, one word, singular: "son", "stepdaughter"
	parent   map[string]bool // a parent, one word, singular: "mother", "dad"
}

// survivorNouns name a dead person's spouse; kinship.tsv files them as
// plain persons, since the one they name is no longer anyone's partner.
var survivorNouns = wordList("survivornouns")

// kinLex is read from the kinship data when the package loads.
var kinLex = mustKinWords()

// mustKinWords builds kinLex; the data is embedded, so a failure is a
// defect of the build, caught by any test.
func mustKinWords() kinSets {
	k, err := loadKinWords()
	if err != nil {
		panic(err)
	}
	return k
}

// loadKinWords reads the one-word nouns of the kinship classes.
func loadKinWords() (kinSets, error) {
	classes, err := entity.KinClasses()
	if err != nil {
		return kinSets{}, fmt.Errorf("fact: %w", err)
	}
	k := kinSets{rel: map[string]bool{}, kin: map[string]bool{}, spouse: map[string]bool{}, relative: map[string]bool{},
		child: map[string]bool{}, parent: map[string]bool{}}
	for _, c := range []string{"spouse", "partner", "fiance"} {
		for _, w := range oneWord(classes[c]) {
			k.rel[w], k.spouse[w] = true, true
			k.rel["then-"+w] = true // "his then-wife", "her then-boyfriend"
		}
	}
	for _, w := range oneWord(classes["ex"]) {
		k.rel[w] = true
	}
	for _, w := range survivorNouns {
		k.rel[w], k.kin[w] = true, true
	}
	for _, w := range oneWord(classes["child"]) {
		k.child[w] = true
	}
	for _, w := range oneWord(classes["parent"]) {
		k.parent[w] = true
	}
	for _, c := range []string{"child", "parent", "sibling"} {
		for _, w := range oneWord(classes[c]) {
			k.kin[w], k.kin[pluralOf(w)] = true, true
		}
	}
	for _, c := range []string{"child", "parent", "sibling", "grandparent", "grandchild", "relative"} {
		for _, w := range oneWord(classes[c]) {
			k.relative[w], k.relative[pluralOf(w)] = true, true
		}
	}
	if len(k.rel) == 0 || len(k.kin) == 0 {
		return kinSets{}, fmt.Errorf("fact: kinship data has no spouse, partner, child or parent class")
	}
	return k, nil
}

// oneWord keeps the nouns of one word: the fact stage looks them up a
// token at a time.
func oneWord(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !strings.Contains(w, " ") {
			out = append(out, w)
		}
	}
	return out
}

// pluralOf returns the plural of a kin noun ("sons", "children",
// "babies").
func pluralOf(w string) string {
	switch {
	case strings.HasSuffix(w, "child"):
		return w + "ren"
	case len(w) > 1 && w[len(w)-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
