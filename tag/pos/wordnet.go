package pos

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A wordNet tells which open word classes a word can belong to, from the
// lemma lists of Princeton WordNet (optional at training time, kept in the
// model): the classes it is a lemma of, and the inflections that lead back
// to a lemma (plural noun, verb in -s, -ed, -ing, comparative adjective),
// found with WordNet's own detachment rules and exception lists.
type wordNet struct {
	lemmas     map[string]uint8 // lemma → wnNoun|wnVerb|wnAdj|wnAdv
	exceptions map[string]uint8 // irregular form → wnIrregular* bits
}

// Classes of a lemma, and what an inflected form was found as.
const (
	wnNoun uint8 = 1 << iota
	wnVerb
	wnAdj
	wnAdv
	wnIrregularNoun // listed in noun.exc (plural)
	wnIrregularVerb // listed in verb.exc (past, participle)
	wnIrregularAdj  // listed in adj.exc (comparative, superlative)
	wnName          // a lemma only ever written capitalized ("Fiji", "Delaware"): a name
)

// Inflection bits of a word's WordNet mask, above the lemma classes.
const (
	wnPlural     uint16 = 1 << (8 + iota) // noun lemma + s/es/ies
	wnVerbS                               // verb lemma + s/es/ies
	wnVerbEd                              // verb lemma + ed
	wnVerbIng                             // verb lemma + ing
	wnComparison                          // adjective lemma + er/est
)

// loadWordNet reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc
// from a WordNet dictionary directory (e.g. /usr/share/wordnet).
func loadWordNet(dir string) (*wordNet, error) {
	wn := &wordNet{lemmas: map[string]uint8{}, exceptions: map[string]uint8{}}
	files := []struct {
		name  string
		class uint8
		exc   uint8
	}{
		{"noun", wnNoun, wnIrregularNoun},
		{"verb", wnVerb, wnIrregularVerb},
		{"adj", wnAdj, wnIrregularAdj},
		{"adv", wnAdv, 0},
	}
	cased := map[string]bool{} // lower-case lemma → only ever written capitalized
	for _, f := range files {
		if err := eachSynsetWord(filepath.Join(dir, "data."+f.name), cased); err != nil {
			return nil, err
		}
		err := eachFirstField(filepath.Join(dir, "index."+f.name), func(w string) { wn.lemmas[w] |= f.class })
		if err != nil {
			return nil, err
		}
		if f.exc == 0 {
			continue
		}
		err = eachFirstField(filepath.Join(dir, f.name+".exc"), func(w string) { wn.exceptions[w] |= f.exc })
		if err != nil {
			return nil, err
		}
	}
	for w, name := range cased {
		if name && wn.lemmas[w] != 0 {
			wn.lemmas[w] |= wnName
		}
	}
	return wn, nil
}

// eachSynsetWord reads the words of every synset of a WordNet data file
// (data.noun, ...) and records in cased, for each single word lower-cased,
// whether every form of it seen so far begins with a capital letter.
func eachSynsetWord(path string, cased map[string]bool) error {
	return eachLine(path, func(line string) {
		for _, w := range synsetWords(line) {
			if strings.Contains(w, "_") {
				continue
			}
			l := strings.ToLower(w)
			name := w != l && w[0] >= 'A' && w[0] <= 'Z'
			if prev, ok := cased[l]; ok {
				name = name && prev
			}
			cased[l] = name
		}
	})
}

// synsetWords returns the words of one line of a WordNet data file
// ("08779149 15 n 02 Fiji 0 Republic_of_Fiji 0 005 ..."), without the
// syntactic markers of adjectives ("(a)"), or nil for a header line.
func synsetWords(line string) []string {
	fields := strings.Fields(line)
	if len(line) == 0 || line[0] == ' ' || len(fields) < 4 {
		return nil
	}
	n, err := strconv.ParseUint(fields[3], 16, 16)
	if err != nil || len(fields) < 4+2*int(n) {
		return nil
	}
	words := make([]string, 0, n)
	for k := range int(n) {
		w := fields[4+2*k]
		if i := strings.IndexByte(w, '('); i > 0 {
			w = w[:i]
		}
		words = append(words, w)
	}
	return words
}

// eachFirstField calls fn with the first field of every line of a WordNet
// file, skipping the licence header (lines starting with spaces) and
// multi-word entries.
func eachFirstField(path string, fn func(string)) error {
	return eachLine(path, func(line string) {
		if line == "" || line[0] == ' ' {
			return
		}
		w, _, _ := strings.Cut(line, " ")
		if strings.ContainsAny(w, "_") {
			return
		}
		fn(w)
	})
}

// eachLine calls fn with every line of a WordNet file.
func eachLine(path string, fn func(line string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("pos: wordnet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("pos: wordnet: %s: %w", path, err)
	}
	return nil
}

// detachment rules of WordNet's morphy: suffix to remove, ending to add.
var (
	nounRules = [][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}
	verbSRule = [][2]string{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}}
	verbEd    = [][2]string{{"ed", "e"}, {"ed", ""}}
	verbIng   = [][2]string{{"ing", "e"}, {"ing", ""}}
	adjRules  = [][2]string{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}
)

// mask returns the WordNet classes of a lower-case word: its lemma classes
// and irregular-form bits in the low byte, and the inflections it was
// found as above them. It is 0 for words WordNet does not know and when no
// WordNet was used.
func (wn *wordNet) mask(w []byte) uint16 {
	if wn == nil || len(w) == 0 || len(wn.lemmas) == 0 {
		return 0
	}
	m := uint16(wn.lemmas[string(w)]) | uint16(wn.exceptions[string(w)])
	if wn.detaches(w, nounRules, wnNoun) {
		m |= wnPlural
	}
	if wn.detaches(w, verbSRule, wnVerb) {
		m |= wnVerbS
	}
	if wn.detaches(w, verbEd, wnVerb) {
		m |= wnVerbEd
	}
	if wn.detaches(w, verbIng, wnVerb) {
		m |= wnVerbIng
	}
	if wn.detaches(w, adjRules, wnAdj) {
		m |= wnComparison
	}
	return m
}

// detaches reports whether removing one of the rules' suffixes (and adding
// its ending) gives a lemma of class; for -ed and -ing a doubled final
// consonant is undone too ("stopped" → "stop").
func (wn *wordNet) detaches(w []byte, rules [][2]string, class uint8) bool {
	for _, r := range rules {
		suf := r[0]
		n := len(w) - len(suf)
		if n < 2 || (len(suf) > 0 && w[len(w)-1] != suf[len(suf)-1]) || string(w[n:]) != suf {
			continue
		}
		if wn.stemIsLemma(w[:n], r, class) {
			return true
		}
	}
	return false
}

// stemIsLemma reports whether stem, the rest of a word after rule r's
// suffix, with r's ending added gives a lemma of class; for -ed and -ing
// a doubled final consonant is undone too.
func (wn *wordNet) stemIsLemma(stem []byte, r [2]string, class uint8) bool {
	var buf [64]byte
	if len(stem)+len(r[1]) > len(buf) {
		return false
	}
	cand := append(append(buf[:0], stem...), r[1]...)
	if wn.lemmas[string(cand)]&class != 0 {
		return true
	}
	if r[1] == "" && (r[0] == "ed" || r[0] == "ing") {
		n := len(stem)
		if stem[n-1] == stem[n-2] && wn.lemmas[string(stem[:n-1])]&class != 0 {
			return true
		}
	}
	return false
}
