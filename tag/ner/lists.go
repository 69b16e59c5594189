package ner

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/hearsay-news/hearsay/lexicon"
	"github.com/hearsay-news/hearsay/text"
)

//go:embed data/*.txt data/*.tsv
var dataFS embed.FS

// Lists are the word lists written as data that both the tagger's features
// and the refinement layer use.
type Lists struct {
	honorifics     map[string]bool // lowercase, no final period; also a tagger feature
	roles          map[string]bool // more role words, for the refinement rules only
	roleWords      map[string]bool // honorifics and roles together: what isRole looks up
	awards         map[string]bool // award names ("Oscar", "Golden Globe")
	awardFirst     map[string]bool // first words of award names
	orgSuffixes    map[string]bool // lowercase, no final period
	minorWords     map[string]bool // lowercase words allowed inside titles
	outlets        []outlet        // longest first
	outletFirst    map[string]bool // first tokens of outlet names
	cueBefore      map[string]bool // attribution cues before an ambiguous outlet
	cueAfter       map[string]bool // and after it
	works          []workPattern
	patternWords   map[string]*patternWord // what the refinement rules make of a word, for words the patterns, award names, titles, role words, outlets, companies, name heads or numbered names name
	openingByKinds kindPatterns            // the works whose first item is not a word list, by the kinds their first item may be of
	secondFree     patternSet              // the works no second word rules out: first item not a word list, or one item
	checkByKinds   kindPatterns            // the works whose first item is a word list and second item is not, by the kinds their second item may be of (nextKinds tells)
	outletsByFirst map[string][]int        // indexes in outlets, in order, of the names starting with a token
	outletHeads    map[string]bool         // last words of outlet names ("Post", "Times")
	editions       map[string]bool         // words after an outlet's name naming an edition ("UK")
	orgHeads       map[string]bool         // last words of organisation names ("Inc", "Software")
	locHeads       map[string]bool         // last words of place names ("County", "Airport")
	streetHeads    map[string]bool         // last words of street names ("Road", "Gardens")
	possPlaces     map[string]bool         // words whose possessive begins a place's name ("King" of "King's Cross")
	placeFirst     map[string]bool         // words that begin places' names but no person's ("Royal", "Great")
	campWords      map[string]bool         // words that begin camps' names ("Stalag")
	hyphenJoiners  map[string]bool         // lowercase words inside hyphened places' names ("on" of "Stoke-on-Trent")
	placeJoiners   map[string]bool         // lowercase words inside foreign places' names written apart ("es" of "Dar es Salaam")
	seatNouns      map[string]bool         // words after a constituency's name ("by-election")
	seatHolders    map[string]bool         // words before "for" and a constituency's name ("MP")
	places         map[string]bool         // places that also name sports clubs
	cities         map[string]bool         // places often written before a noun ("a Nashville restaurant")
	events         map[string]bool         // names of recurring events ("Coachella", "Met Gala")
	personVerbs    map[string]bool         // verbs before "he"/"she" that show a name is a person's
	companies      map[string]bool         // one-word company names ("Google", "Tesla")
	knownOrgs      map[string][][]string   // names of organisations the tagger mistypes (data/known_orgs.txt) by their first token, lowercase; longest first
	placeCues      map[string]bool         // words before a place ("in", "from")
	titles         map[string]bool         // titles before a person's name ("Princess")
	notNames       map[string]bool         // sentence-initial words that do not begin names
	commonInitials map[string]bool         // everyday words that are no entity alone at a sentence start
	wordNames      map[string]bool         // given names that are also everyday words ("may", "will")
	titlePhrases   map[string]bool         // titles before a name, lowercase ("police chief", "city manager")
	numbered       map[string]string       // words a number follows in a name ("Channel" 9, "League" One) → the name's kind
	titleMax       int                     // longest title phrase, in words
	titleFirst     map[string]bool         // the title phrases' first words, lowercase
	titleFirstMay  wordFilter              // passes every word of titleFirst
	nameHeads      *nameHeads              // head words of organisation and place names
}

// An outlet is one entry of data/outlets.tsv.
type outlet struct {
	words     []string // the name, split into tokens
	kind      string   // "outlet", "agency" or "platform"
	ambiguous bool     // also an everyday word: needs a cue or a tagger entity
}

var loadLists = sync.OnceValues(func() (*Lists, error) { return readLists() })

// DefaultLists returns the embedded lists, loaded once.
func DefaultLists() (*Lists, error) { return loadLists() }

func readLists() (*Lists, error) {
	l := &Lists{outletFirst: map[string]bool{}, cueBefore: map[string]bool{}, cueAfter: map[string]bool{}}
	var err error
	if l.honorifics, err = lexicon.Set(dataFS, "data/honorifics.txt", true); err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if l.orgSuffixes, err = lexicon.Set(dataFS, "data/org_suffixes.txt", true); err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if l.minorWords, err = lexicon.Set(dataFS, "data/minor_words.txt", false); err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	for _, set := range []struct {
		m    *map[string]bool
		file string
	}{
		{&l.outletHeads, "data/outlet_heads.txt"},
		{&l.editions, "data/outlet_editions.txt"},
		{&l.orgHeads, "data/org_heads.txt"},
		{&l.locHeads, "data/loc_heads.txt"},
		{&l.streetHeads, "data/street_heads.txt"},
		{&l.possPlaces, "data/possessive_places.txt"},
		{&l.placeFirst, "data/place_first_words.txt"},
		{&l.campWords, "data/camp_words.txt"},
		{&l.hyphenJoiners, "data/hyphen_joiners.txt"},
		{&l.placeJoiners, "data/place_joiners.txt"},
		{&l.seatNouns, "data/seat_nouns.txt"},
		{&l.seatHolders, "data/seat_holders.txt"},
		{&l.places, "data/places.txt"},
		{&l.cities, "data/cities.txt"},
		{&l.events, "data/events.txt"},
		{&l.personVerbs, "data/person_verbs.txt"},
		{&l.companies, "data/companies.txt"},
		{&l.placeCues, "data/place_cues.txt"},
		{&l.titles, "data/person_titles.txt"},
		{&l.notNames, "data/not_names.txt"},
		{&l.commonInitials, "data/common_initials.txt"},
		{&l.wordNames, "data/word_names.txt"},
		{&l.roles, "data/roles.txt"},
		{&l.awards, "data/awards.txt"},
		{&l.titlePhrases, "data/title_phrases.txt"},
	} {
		if *set.m, err = lexicon.Set(dataFS, set.file, false); err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
	}
	l.titleFirst = make(map[string]bool, len(l.titlePhrases))
	for p := range l.titlePhrases {
		l.titleMax = max(l.titleMax, len(strings.Fields(p)))
		first, _, _ := strings.Cut(p, " ")
		l.titleFirst[first] = true
		l.titleFirstMay.add(first)
	}
	l.roleWords = make(map[string]bool, len(l.honorifics)+len(l.roles))
	for _, set := range []map[string]bool{l.honorifics, l.roles} {
		for w, ok := range set {
			l.roleWords[w] = l.roleWords[w] || ok
		}
	}
	l.awardFirst = map[string]bool{}
	for a := range l.awards {
		first, _, _ := strings.Cut(a, " ")
		l.awardFirst[first] = true
	}
	if l.nameHeads, err = readNameHeads(); err != nil {
		return nil, err
	}
	if err := l.readOutlets(); err != nil {
		return nil, err
	}
	if err := l.readCues(); err != nil {
		return nil, err
	}
	if err := l.readNumbered(); err != nil {
		return nil, err
	}
	if err := l.readKnownOrgs(); err != nil {
		return nil, err
	}
	if err := l.readWorks(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Lists) readOutlets() error {
	lines, err := lexicon.Load(dataFS, "data/outlets.tsv")
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	for _, ln := range lines {
		if len(ln.Fields) < 2 || len(ln.Fields) > 3 {
			return fmt.Errorf("ner: %w", ln.Errorf("want 2 or 3 fields, got %d", len(ln.Fields)))
		}
		o := outlet{words: splitName(ln.Fields[0]), kind: ln.Fields[1]}
		if o.kind != "outlet" && o.kind != "agency" && o.kind != "platform" {
			return fmt.Errorf("ner: %w", ln.Errorf("kind %q: want outlet, agency or platform", o.kind))
		}
		if len(ln.Fields) == 3 {
			if ln.Fields[2] != "ambiguous" {
				return fmt.Errorf("ner: %w", ln.Errorf("third field %q: want ambiguous", ln.Fields[2]))
			}
			o.ambiguous = true
		}
		l.outlets = append(l.outlets, o)
		l.outletFirst[o.words[0]] = true
		// also as hearsay's tokenizer splits it, where that differs
		if tw := tokenWords(ln.Fields[0]); !equalWords(tw, o.words) || len(tw) != len(o.words) {
			o.words = tw
			l.outlets = append(l.outlets, o)
			l.outletFirst[tw[0]] = true
		}
	}
	// Longest names first, so "Us Weekly" wins over "Us".
	sortStable(l.outlets, func(a, b outlet) bool { return len(a.words) > len(b.words) })
	l.outletsByFirst = map[string][]int{}
	for i, o := range l.outlets {
		l.outletsByFirst[o.words[0]] = append(l.outletsByFirst[o.words[0]], i)
	}
	return nil
}

// readKnownOrgs reads data/known_orgs.txt into l.knownOrgs, each name split as the
// tokenizer splits it.
func (l *Lists) readKnownOrgs() error {
	set, err := lexicon.Set(dataFS, "data/known_orgs.txt", false)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	l.knownOrgs = make(map[string][][]string, len(set))
	for name := range set {
		ws := tokenWords(name)
		k := strings.ToLower(ws[0])
		l.knownOrgs[k] = append(l.knownOrgs[k], ws)
	}
	for _, names := range l.knownOrgs {
		sortStable(names, func(a, b []string) bool {
			return len(a) > len(b) || len(a) == len(b) && strings.Join(a, " ") < strings.Join(b, " ")
		})
	}
	return nil
}

// readNumbered reads data/numbered_names.tsv.
func (l *Lists) readNumbered() error {
	lines, err := lexicon.Table(dataFS, "data/numbered_names.tsv", 2)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	l.numbered = make(map[string]string, len(lines))
	for _, ln := range lines {
		switch k := ln.Fields[1]; k {
		case "outlet", "org", "unit":
			l.numbered[ln.Fields[0]] = k
		default:
			return fmt.Errorf("ner: %w", ln.Errorf("kind %q: want outlet, org or unit", k))
		}
	}
	return nil
}

func (l *Lists) readCues() error {
	lines, err := lexicon.Table(dataFS, "data/outlet_cues.txt", 2)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	for _, ln := range lines {
		switch ln.Fields[1] {
		case "before":
			l.cueBefore[ln.Fields[0]] = true
		case "after":
			l.cueAfter[ln.Fields[0]] = true
		default:
			return fmt.Errorf("ner: %w", ln.Errorf("position %q: want before or after", ln.Fields[1]))
		}
	}
	return nil
}

// splitName splits a name from a data file into tokens on spaces, as
// CoNLL-style corpora write them ("E! News" → E! News).
func splitName(s string) []string { return strings.Fields(s) }

// tokenWords splits a name the way hearsay's tokenizer does.
func tokenWords(s string) []string {
	toks := text.Tokenize(s, 0)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// isHonorificLower reports whether lw, a word already lowercased (as
// strings.ToLower does it), is a title (data/honorifics.txt; a tagger
// feature), with or without a final period.
func (l *Lists) isHonorificLower(lw string) bool {
	return l.honorifics[strings.TrimSuffix(lw, ".")]
}

// isRole reports whether w is a title or role word (data/honorifics.txt or
// data/roles.txt), for the refinement rules.
func (l *Lists) isRole(w string) bool {
	var buf [32]byte
	if lw, ok := text.AppendLowerASCII(buf[:0], w); ok {
		if n := len(lw); n > 0 && lw[n-1] == '.' {
			lw = lw[:n-1]
		}
		return l.roleWords[string(lw)]
	}
	return l.isRoleLower(strings.ToLower(w))
}

// hasLower reports whether m has the lowercase form of w,
// m[strings.ToLower(w)], without building that string for an ASCII word of
// up to 32 bytes.
func hasLower(m map[string]bool, w string) bool {
	var buf [32]byte
	if lw, ok := text.AppendLowerASCII(buf[:0], w); ok {
		return m[string(lw)]
	}
	return m[strings.ToLower(w)]
}

// WordName reports whether a lowercase word is a given name that is also an
// everyday word ("may", "will"; data/word_names.txt): the tagger keeps it
// in a person's name only where the sentence reads it as the name.
func (l *Lists) WordName(lw string) bool { return l.wordNames[lw] }

// KnownPlace reports whether a name, as written, is a city, region or
// country of data/cities.txt or data/places.txt ("Bristol", "Tacoma").
func (l *Lists) KnownPlace(name string) bool { return l.cities[name] || l.places[name] }

// KnownCompany reports whether a word, as written, is a one-word company
// name of data/companies.txt ("Nokia", "Ryanair").
func (l *Lists) KnownCompany(w string) bool { return l.companies[w] }

// KnownOrg reports whether words, as the tokenizer splits a name, are a
// name of data/known_orgs.txt ("Boko Haram", "Merrill Lynch"), its first
// word in either case.
func (l *Lists) KnownOrg(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, g := range l.knownOrgs[strings.ToLower(words[0])] {
		if len(g) == len(words) && strings.EqualFold(g[0], words[0]) && equalWords(g[1:], words[1:]) {
			return true
		}
	}
	return false
}

// EachOutletWord calls f with every word, as written, one of which the
// first or the last word of a name must be for OutletKind or
// TheOutletKind to find it: "The", the first words of outlets, the
// second words of those that start with "The", outlet heads and editions.
func (l *Lists) EachOutletWord(f func(word string)) {
	f("The")
	for _, m := range []map[string]bool{l.outletFirst, l.outletHeads, l.editions} {
		for w := range m {
			f(w)
		}
	}
	for _, o := range l.outlets {
		if len(o.words) > 1 && o.words[0] == "The" {
			f(o.words[1])
		}
	}
}

// EachKnownPlace calls f with every name KnownPlace holds, as written.
func (l *Lists) EachKnownPlace(f func(name string)) {
	for name := range l.cities {
		f(name)
	}
	for name := range l.places {
		f(name)
	}
}

// isRoleLower is isRole of a word already lowercased.
func (l *Lists) isRoleLower(lw string) bool {
	return l.roleWords[strings.TrimSuffix(lw, ".")]
}

// isOrgSuffixLower reports whether lw, a word already lowercased, ends
// organisation names.
func (l *Lists) isOrgSuffixLower(lw string) bool {
	return l.orgSuffixes[strings.TrimSuffix(lw, ".")]
}

func sortStable[T any](s []T, less func(a, b T) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
