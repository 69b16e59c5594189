package entity

import (
	"embed"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-news/hearsay/lexicon"
	"github.com/hearsay-news/hearsay/tag/ner"
	"github.com/hearsay-news/hearsay/text"
)

//go:embed data/*.tsv
var dataFS embed.FS

// A pronounInfo is one line of data/pronouns.tsv.
type pronounInfo struct {
	gender byte // 'm', 'f', 'n' (neuter), 'u' (unknown)
	number byte // 's', 'p', 'u'
	person int8 // 1, 2, 3
	poss   bool // possessive determiner or pronoun
	nom    bool // nominative: a subject ("he", "she")
	acc    bool // accusative: an object ("him")
}

// A nounInfo describes a person noun: an occupation, a role, a kinship word.
type nounInfo struct {
	gender   byte   // 'm', 'f', 'u'
	class    string // "occupation", "role", or the kinship class ("spouse", "child", ...)
	role     string // canonical role for roles
	isOcc    bool   // an occupation (gives an occupation fact)
	isRole   bool   // a role held in an organisation (position_held)
	isKin    bool   // a kinship or generic person noun
	wordsLen int
}

// An ageRule is one line of data/ages.tsv.
type ageRule struct {
	name   string
	re     *regexp.Regexp
	target string // "next", "prev", "after"
	anchor string // "dct", "turned", "event", "event-only", "born", "child-born"
	need   string // a literal every match contains
	// rare is the index in need of its rarest byte in English text
	// (rarestByte), which containsAround looks for first.
	rare  int
	words bool // the age may be written in words ({N})
	// start holds the bytes a text must start with to match re, when
	// starts is set (an anchored pattern; anchoredStart).
	start  byteSet
	starts bool
	// width is the most bytes a match spans, when bounded is set (an
	// anchored pattern; anchoredWidth).
	width   int
	bounded bool
	// lits are strings one of which every match contains, when litsSet
	// (requiredLiterals); digitWidth is, when digits is set, the most
	// bytes a match spans, every match holding a digit (digitWindow): a
	// match holds one of lits and a digit at most that far apart.
	lits       []string
	litsSet    bool
	digitWidth int
	digits     bool
	// prefixes are strings one of which a text starts with when the
	// anchored pattern matches it, when prefixesSet (anchoredPrefixes).
	prefixes    []string
	prefixesSet bool
	// run holds the texts of the elements right after "^", and next the
	// bytes the rest must start with after them, when runSet
	// (anchoredRun): a match starts with one of run and a byte of next.
	run    []string
	next   byteSet
	runSet bool
	// second holds the second bytes of run, when seconds is set (runSet
	// and every text of run at least two bytes long; secondBytes): a text
	// whose second byte is not in it starts with none of run.
	second  byteSet
	seconds bool
	// span is the most bytes a match spans, when spanSet (matchSpan).
	span    int
	spanSet bool
}

// head returns the part of text the rule needs to see for its match at
// the start of text: all of it, or for a bounded anchored pattern its
// first width bytes and a rune more.
func (a *ageRule) head(text string) string {
	if a.bounded && len(text) > a.width+utf8.UTFMax {
		return text[:a.width+utf8.UTFMax]
	}
	return text
}

// mayMatch reports whether re may match text: false when the pattern is
// anchored and text does not start with a byte or a string a match starts
// with, or with such a string and then a byte the rest of a match starts
// with.
func (a *ageRule) mayMatch(text string) bool {
	if a.starts && text != "" && !a.start.has(text[0]) {
		return false
	}
	if a.seconds && len(text) > 1 && !a.second.has(text[1]) {
		return false
	}
	if a.runSet {
		return startsRun(text, a.run, &a.next) // each of run starts with one of prefixes
	}
	return !a.prefixesSet || hasAnyPrefix(text, a.prefixes)
}

// mayMatchIn reports whether re may match somewhere in text: false when
// text holds none of the strings every match contains or, when every match
// holds a digit, holds none near one.
func (a *ageRule) mayMatchIn(text string) bool {
	return !a.litsSet || literalNear(text, a.lits, a.digits, a.digitWidth)
}

// mayMatchNear reports whether re may match somewhere in text, as
// re.MatchString(text) does, asking it only of the stretches of text
// around the literals every match contains (lits): a match holds one, and
// spans at most span bytes. Each stretch keeps a rune or more of the text
// on either side, so that "\b" reads there as in the whole text; "^" and "$"
// may match at a stretch's ends, where the whole text has none: the answer
// may be a false yes, never a false no. When every match holds a digit
// (digits), a literal with no digit within digitWidth bytes of it is passed
// over, as literalNear passes it. Without such literals and bound, it asks
// re of all of text.
func (a *ageRule) mayMatchNear(text string) bool {
	if !a.litsSet || !a.spanSet {
		return a.re.MatchString(text)
	}
	reach := a.span + utf8.UTFMax
	for _, l := range a.lits {
		for from := 0; ; {
			i := strings.Index(text[from:], l)
			if i < 0 {
				break
			}
			p := from + i
			from = p + 1
			if a.digits && !hasDigitIn(text[max(0, p-a.digitWidth):min(len(text), p+len(l)+a.digitWidth)]) {
				continue // a match holds a digit too (literalNear): none around this literal
			}
			if a.re.MatchString(text[max(0, p+len(l)-reach):min(len(text), p+reach)]) {
				return true
			}
		}
	}
	return false
}

// Lexicons holds every data file the stage uses, loaded once.
type Lexicons struct {
	pronouns   map[string]pronounInfo
	honorifics map[string]byte     // lowercase title without period → gender
	names      map[string]byte     // lowercase given name → gender
	nouns      map[string]nounInfo // lowercase phrase → info (occupations, roles, kinship)
	nounMax    int                 // longest phrase in nouns, in words
	nounTails  map[string]bool     // the words after the last space of the nouns that have one
	demonyms   map[string]string   // lowercase demonym → country
	demMax     int
	groups     map[string]int // lowercase phrase → size
	groupFirst map[string]bool
	groupMax   int
	groupTails map[string]bool // the words after the last space of the groups that have one
	workCues   map[string]string
	orgWords   map[string]bool
	orgCues    map[string]bool
	reps       map[string]bool
	leagues    map[string]string   // lowercase league ("nhl") → the trade of its players ("hockey player")
	tradeSyns  map[string][]string // description noun ("stand-up") → other trades it names ("comedian"), data/tradesynonyms.tsv
	cues       [numCues]*cueSet    // class → its words (data/cues.tsv); nil for a class with none
	// phraseBit is the bit of each class in tokenInfo.heads and tails, 0
	// for a class without one (markPhraseEnds).
	phraseBit  [numCues]uint32
	titleNouns map[string]string // "dr" → "doctor"
	// titleTrades are the titles that state a trade (data/titletrades.tsv): "rev" → "priest".
	titleTrades map[string]string
	// postNominalTrades are the letters after a name that state a trade (data/postnominaltrades.tsv): "kc" → "barrister".
	postNominalTrades map[string]string
	deathRe           *regexp.Regexp
	// deathLits are strings one of which a match of deathRe holds, when
	// deathLitsSet (requiredLiterals).
	deathLits    []string
	deathLitsSet bool
	ages         []ageRule
	outlets      *ner.Lists        // the name tagger's outlet list (OutletKind)
	regions      map[string]string // lowercase region as written ("colo.") → its name ("Colorado")
	parties      map[string]string // lowercase party member ("democrat") or initial ("d-") → the party's name
	// tokenWords holds, for each word that is a pronoun, opens a group
	// phrase, names a kind of work (data/workcues.tsv), is a person noun,
	// demonym or honorific or is a word of a class of data/cues.tsv, what the per-token
	// look-ups of mention finding need to know of it (see docInfo.tokenAt
	// and docInfo.is).
	tokenWords map[string]*tokenInfo
	// infos holds the records of tokenWords, one after another, which
	// tokenWords points into; infoStrings the strings they name (index 0
	// is ""), nounInfos their person nouns.
	infos       []tokenInfo
	infoStrings []string
	nounInfos   []nounInfo

	// byteWords holds the tokenInfo of tokenWords' words of one byte,
	// wordTable all of tokenWords (tokenWord) as the index in infos plus
	// one.
	byteWords [256]*tokenInfo
	wordTable *wordTable[uint16]
	// nameTable holds the given names of names (nameGender).
	nameTable *wordTable[byte]
	// listedNames holds the given names of data/names_listed.tsv that
	// names lacks, with their gender: rarer names of a long list, which
	// only make a name of two to four words a person's (personalWords).
	listedNames map[string]byte

	// countries holds the countries of demonyms that are all ASCII,
	// lowercased, and otherCountries the others as written (isCountry).
	countries      map[string]bool
	otherCountries []string
}

// A tokenInfo is what the lexicons tell of a lowercase token for mention
// finding, looked up once per token of a document (docInfo.tokenAt).
// The records of all words are one array (Lexicons.infos) of 64 bytes a
// record, without pointers: the strings and the person noun a word has
// are numbers into tables of the lexicons (Lexicons.infoString,
// Lexicons.nounOf), so that the records take half the room they took each
// allocated with its strings and the collector has nothing to scan in them.
type tokenInfo struct {
	// cues holds a bit for each class of data/cues.tsv the word is in,
	// bit c%64 of cues[c/64] for class c.
	cues [(int(numCues) + 63) / 64]uint64
	// noun is the person noun the word is (Lexicons.noun), as its index in
	// Lexicons.nounInfos plus one, or 0 (Lexicons.nounOf).
	noun uint16
	// honorific is the title the word is, without a final period
	// ("dr" for "dr." and "dr"), when it is one; demonym the country of
	// the word as a demonym of data/demonyms.tsv, when isDemonym
	// ("french": "France"); workCue the kind of work the word names in
	// data/workcues.tsv ("movie": "film"), when isWorkCue. Each is an
	// index in Lexicons.infoStrings, 0 for "" (Lexicons.infoString).
	honorific, demonym, workCue uint16
	pronoun                     pronounInfo // the pronoun it is, when isPronoun
	isPronoun                   bool
	groupFirst                  bool // it opens a group phrase ("the couple")
	groupTail                   bool // it ends a group phrase of several words ("couple" of "the couple"; Lexicons.groupTails)
	// isDemonym and isWorkCue tell that demonym and workCue are set.
	isDemonym bool
	isWorkCue bool
	// bits holds the word's other yes-or-no properties, one bit each
	// (wordBits: bitOrgCue ...), packed so that the record is a cache line.
	bits wordBits
	// heads and tails hold, for each class of data/cues.tsv that has
	// phrases of several words and a bit here (Lexicons.phraseBit), that
	// bit when the word is the first (heads) or the last (tails) word of
	// one of them.
	heads, tails uint32
	_            [4]byte // a record a cache line: 64 bytes
}

// wordBits are the yes-or-no properties of a word packed in tokenInfo.bits.
type wordBits uint8

// The properties of tokenInfo.bits.
const (
	// bitOrgCue: the word is in Lexicons.orgCues ("company", "band").
	bitOrgCue wordBits = 1 << iota
	// bitOrgWord: the word is in Lexicons.orgWords ("hospital", "university").
	bitOrgWord
	// bitNounTail: the word ends a person noun of several words
	// (Lexicons.nounTails); bitNounHead: it starts one.
	bitNounTail
	bitNounHead
	// bitChildPlural: the word names several children (see
	// resolver.childPlural).
	bitChildPlural
	// bitPlaceWord: the word, written in any case, may be a known place, a
	// country or a region (Lexicons.mayBePlace).
	bitPlaceWord
	// bitOutletWord: the word, in the case it is written in, may start or
	// end an outlet's name (Lexicons.mayBeOutlet).
	bitOutletWord
	// bitSpaced: the word has a space or is empty: a phrase whose first or
	// last token it is may start or end with another word.
	bitSpaced
)

// has reports whether the word of ti has the property b.
func (ti *tokenInfo) has(b wordBits) bool { return ti.bits&b != 0 }

// set gives the word of ti the property b when on, takes it away when not.
func (ti *tokenInfo) set(b wordBits, on bool) {
	if on {
		ti.bits |= b
	} else {
		ti.bits &^= b
	}
}

// infoString returns the string of index i of the records' strings
// (tokenInfo.honorific, demonym, workCue).
func (lx *Lexicons) infoString(i uint16) string { return lx.infoStrings[i] }

// nounOf returns the person noun of ti, nil when it is none (or ti is nil).
func (lx *Lexicons) nounOf(ti *tokenInfo) *nounInfo {
	if ti == nil || ti.noun == 0 {
		return nil
	}
	return &lx.nounInfos[ti.noun-1]
}

// isCue reports whether the word of ti is in the class (false for nil).
func (ti *tokenInfo) isCue(class cue) bool {
	return ti != nil && ti.cues[class/64]&(1<<(class%64)) != 0
}

// buildTokenWords makes lx.tokenWords from the loaded pronouns, groups,
// cue classes, person nouns, demonyms and honorifics.
func (lx *Lexicons) buildTokenWords() error {
	lx.tokenWords = make(map[string]*tokenInfo, len(lx.pronouns)+len(lx.groupFirst))
	get := func(w string) *tokenInfo {
		ti := lx.tokenWords[w]
		if ti == nil {
			ti = &tokenInfo{}
			lx.tokenWords[w] = ti
		}
		return ti
	}
	strIndex := map[string]uint16{"": 0}
	lx.infoStrings = []string{""}
	str := func(s string) uint16 {
		i, ok := strIndex[s]
		if !ok {
			i = uint16(len(lx.infoStrings))
			strIndex[s] = i
			lx.infoStrings = append(lx.infoStrings, s)
		}
		return i
	}
	for w, p := range lx.pronouns {
		ti := get(w)
		ti.pronoun, ti.isPronoun = p, true
	}
	for w, in := range lx.groupFirst {
		get(w).groupFirst = in
	}
	for w, in := range lx.groupTails {
		get(w).groupTail = in
	}
	for w, in := range lx.orgCues {
		get(w).set(bitOrgCue, in)
	}
	for w, in := range lx.orgWords {
		get(w).set(bitOrgWord, in)
	}
	for _, w := range sortedKeys(lx.nouns) {
		lx.nounInfos = append(lx.nounInfos, lx.nouns[w])
		get(w).noun = uint16(len(lx.nounInfos))
	}
	for w, in := range lx.nounTails {
		get(w).set(bitNounTail, in)
	}
	for w := range lx.nouns {
		if i := strings.IndexByte(w, ' '); i > 0 {
			get(w[:i]).set(bitNounHead, true)
		}
	}
	for w, country := range lx.demonyms {
		ti := get(w)
		ti.demonym, ti.isDemonym = str(country), true
	}
	for w, kind := range lx.workCues {
		ti := get(w)
		ti.workCue, ti.isWorkCue = str(kind), true
	}
	for h := range lx.honorifics {
		// The words whose honorific is h: h+"." and, when it does not end
		// in a period itself, h (see Lexicons.honorific).
		if !strings.HasSuffix(h, ".") {
			get(h).honorific = str(h)
		}
		get(h + ".").honorific = str(h)
	}
	for c, set := range lx.cues {
		if set == nil {
			continue
		}
		for w := range set.words {
			get(w).cues[c/64] |= 1 << (c % 64)
		}
	}
	lx.markPhraseEnds(get)
	for w, ti := range lx.tokenWords {
		ti.set(bitSpaced, !wordNoSpace(w))
	}
	lx.markChildPlurals(get)
	lx.markPlaceWords(get)
	if lx.outlets != nil {
		lx.outlets.EachOutletWord(func(w string) { get(strings.ToLower(w)).set(bitOutletWord, true) })
	}
	if len(lx.nounInfos) > math.MaxUint16 || len(lx.infoStrings) > math.MaxUint16 || len(lx.tokenWords) >= math.MaxUint16 {
		return fmt.Errorf("token words: more than %d words, nouns or strings", math.MaxUint16-1)
	}
	// the records one after another, in the order of their words, and
	// tokenWords pointing into them
	words := sortedKeys(lx.tokenWords)
	lx.infos = make([]tokenInfo, len(words))
	index := make(map[string]uint16, len(words))
	for i, w := range words {
		lx.infos[i] = *lx.tokenWords[w]
		lx.tokenWords[w] = &lx.infos[i]
		index[w] = uint16(i + 1)
		if len(w) == 1 {
			lx.byteWords[w[0]] = &lx.infos[i]
		}
	}
	lx.wordTable = newWordTable(index)
	for c, set := range lx.cues {
		if set != nil {
			set.table, set.infos, set.class = lx.wordTable, lx.infos, cue(c) // every word of the set is in tokenWords with the class's bit
		}
	}
	return nil
}

// markPhraseEnds gives each class of data/cues.tsv that has phrases of
// several words a bit of tokenInfo.heads and tails (Lexicons.phraseBit;
// the first 32 such classes, in the order of the classes, have one) and
// sets it for the first and the last word of each of the class's phrases.
func (lx *Lexicons) markPhraseEnds(get func(string) *tokenInfo) {
	next := 0
	for c, set := range lx.cues {
		if set == nil || next == 32 {
			continue
		}
		var bit uint32
		for w := range set.words {
			i, j := strings.IndexByte(w, ' '), strings.LastIndexByte(w, ' ')
			if i <= 0 || j == len(w)-1 {
				continue // one word, or a phrase that starts or ends with a space, as no token does
			}
			if bit == 0 {
				bit = 1 << next
				next++
				lx.phraseBit[c] = bit
			}
			get(w[:i]).heads |= bit
			get(w[j+1:]).tails |= bit
		}
	}
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// tokenIndex returns the record of index i plus one of lx.infos (a value
// of lx.wordTable), nil for 0.
func (lx *Lexicons) tokenIndex(i uint16) *tokenInfo {
	if i == 0 {
		return nil
	}
	return &lx.infos[i-1]
}

// markChildPlurals sets childPlural for the words that name several
// children: those of cue class kin-plural, "children", and every plural
// whose singular (the function singular) is a kinship noun of class child.
// Those plurals are made from the nouns, each form singular undoes.
func (lx *Lexicons) markChildPlurals(get func(string) *tokenInfo) {
	if set := lx.cues[cueKinPlural]; set != nil {
		for w := range set.words {
			get(w).set(bitChildPlural, true)
		}
	}
	get("children").set(bitChildPlural, true)
	for n, info := range lx.nouns {
		if !info.isKin || info.class != "child" {
			continue
		}
		forms := []string{n + "s", n + "es"}
		if strings.HasSuffix(n, "man") {
			forms = append(forms, n[:len(n)-3]+"men")
		}
		if strings.HasSuffix(n, "y") {
			forms = append(forms, n[:len(n)-1]+"ies")
		}
		for _, w := range forms {
			if lx.pluralOfChild(w) {
				get(w).set(bitChildPlural, true)
			}
		}
	}
}

// markPlaceWords sets placeWord for the lowercase of every name
// outlets.KnownPlace holds, every country isCountry holds (a country
// written with letters outside ASCII under the ASCII letters they fold
// to) and every region: an ASCII word whose lowercase has no placeWord is
// none of them (Lexicons.mayBePlace).
func (lx *Lexicons) markPlaceWords(get func(string) *tokenInfo) {
	if lx.outlets != nil {
		lx.outlets.EachKnownPlace(func(name string) { get(strings.ToLower(name)).set(bitPlaceWord, true) })
	}
	for c := range lx.countries {
		get(c).set(bitPlaceWord, true)
	}
	for _, c := range lx.otherCountries {
		if f, ok := foldASCII(c); ok {
			get(f).set(bitPlaceWord, true)
		}
	}
	for r := range lx.regions {
		get(r).set(bitPlaceWord, true)
	}
}

// foldASCII returns s with each letter lowered and each letter outside
// ASCII replaced by the ASCII letter it folds to (strings.EqualFold), and
// whether every one has such a letter.
func foldASCII(s string) (string, bool) {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		f := r
		for f >= utf8.RuneSelf {
			if f = unicode.SimpleFold(f); f == r {
				return "", false
			}
		}
		b = append(b, unicode.ToLower(f))
	}
	return string(b), true
}

// pluralOfChild reports whether w is a plural whose singular (the
// function singular) is a kinship noun of class child ("daughters",
// "stepsons").
func (lx *Lexicons) pluralOfChild(w string) bool {
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "men") {
		return false // singular leaves the word as it is
	}
	s := singular(w)
	if s == w {
		return false
	}
	info, ok := lx.noun(s)
	return ok && info.isKin && info.class == "child"
}

// isDemonymWord reports whether w is a demonym of data/demonyms.tsv, as
// written there in lowercase: asked of the table of token words, which
// holds each with isDemonym set.
func (lx *Lexicons) isDemonymWord(w string) bool {
	ti := lx.tokenWord(w)
	return ti != nil && ti.isDemonym
}

// tokenWord returns lx.tokenWords[w], a word of one byte ("a", ",", "I")
// from an array, a longer one from lx.wordTable.
func (lx *Lexicons) tokenWord(w string) *tokenInfo {
	if len(w) == 1 {
		return lx.byteWords[w[0]]
	}
	i, _ := lx.wordTable.get(w)
	return lx.tokenIndex(i)
}

// LoadLexicons reads the embedded data files.
func LoadLexicons() (*Lexicons, error) {
	lx := &Lexicons{
		pronouns: map[string]pronounInfo{}, honorifics: map[string]byte{}, names: map[string]byte{}, listedNames: map[string]byte{},
		nouns: map[string]nounInfo{}, demonyms: map[string]string{}, groups: map[string]int{}, workCues: map[string]string{},
	}
	steps := []func() error{lx.loadPronouns, lx.loadHonorifics, lx.loadNames, lx.loadNouns, lx.loadDemonyms,
		lx.loadGroups, lx.loadWorkCues, lx.loadAges, lx.loadOrgWords, lx.loadCues, lx.loadOutlets, lx.loadRegions, lx.loadParties,
		lx.buildTokenWords}
	for _, f := range steps {
		if err := f(); err != nil {
			return nil, fmt.Errorf("entity: %w", err)
		}
	}
	return lx, nil
}

func gender(l lexicon.Line, s string) (byte, error) {
	switch s {
	case "m", "f", "n", "u":
		return s[0], nil
	}
	return 0, l.Errorf("bad gender %q (want m, f, n or u)", s)
}

func (lx *Lexicons) loadPronouns() error {
	lines, err := lexicon.Table(dataFS, "data/pronouns.tsv", 5)
	if err != nil {
		return err
	}
	for _, l := range lines {
		g, err := gender(l, l.Fields[1])
		if err != nil {
			return err
		}
		p, err := strconv.Atoi(l.Fields[3])
		if err != nil || p < 1 || p > 3 {
			return l.Errorf("bad person %q", l.Fields[3])
		}
		num := map[string]byte{"sg": 's', "pl": 'p', "u": 'u'}[l.Fields[2]]
		if num == 0 {
			return l.Errorf("bad number %q", l.Fields[2])
		}
		lx.pronouns[l.Fields[0]] = pronounInfo{gender: g, number: num, person: int8(p), poss: l.Fields[4] == "poss", nom: l.Fields[4] == "nom", acc: l.Fields[4] == "acc"}
	}
	return nil
}

// genderTable reads a data file of at least fields fields whose second
// field is a gender (m, f, n or u) and calls add with each line, its first
// field in lowercase and its gender.
func genderTable(file string, fields int, add func(l lexicon.Line, word string, g byte)) error {
	lines, err := lexicon.Table(dataFS, file, fields)
	if err != nil {
		return err
	}
	for _, l := range lines {
		g, err := gender(l, l.Fields[1])
		if err != nil {
			return err
		}
		add(l, strings.ToLower(l.Fields[0]), g)
	}
	return nil
}

func (lx *Lexicons) loadHonorifics() error {
	return genderTable("data/honorifics.tsv", 2, func(_ lexicon.Line, w string, g byte) { lx.honorifics[w] = g })
}

func (lx *Lexicons) loadNames() error {
	if err := genderTable("data/names.tsv", 2, func(_ lexicon.Line, w string, g byte) { lx.names[w] = g }); err != nil {
		return err
	}
	// Names derived from corpora (see internal/namegen) add to the
	// hand-made list; names of public-domain lists filtered of words,
	// places and surnames (see internal/listnames) are kept apart, as
	// weaker evidence (personalWords).
	addNew := func(_ lexicon.Line, w string, g byte) {
		if _, ok := lx.names[w]; !ok {
			lx.names[w] = g
		}
	}
	if err := genderTable("data/names_derived.tsv", 4, addNew); err != nil {
		return err
	}
	lx.nameTable = newWordTable(lx.names)
	return genderTable("data/names_listed.tsv", 2, func(_ lexicon.Line, w string, g byte) {
		if _, ok := lx.names[w]; !ok {
			lx.listedNames[w] = g
		}
	})
}

func (lx *Lexicons) addNoun(key string, upd func(*nounInfo)) {
	in := lx.nouns[key]
	if in.gender == 0 {
		in.gender = 'u'
	}
	upd(&in)
	in.wordsLen = len(strings.Fields(key))
	addTail(&lx.nounTails, key)
	if in.wordsLen > lx.nounMax {
		lx.nounMax = in.wordsLen
	}
	lx.nouns[key] = in
}

func (lx *Lexicons) loadNouns() error {
	err := genderTable("data/occupations.tsv", 2, func(_ lexicon.Line, w string, g byte) {
		lx.addNoun(w, func(n *nounInfo) { n.isOcc, n.gender, n.class = true, g, "occupation" })
	})
	if err != nil {
		return err
	}
	roles, err := lexicon.Table(dataFS, "data/roles.tsv", 2)
	if err != nil {
		return err
	}
	for _, l := range roles {
		lx.addNoun(strings.ToLower(l.Fields[0]), func(n *nounInfo) { n.isRole, n.role = true, l.Fields[1] })
	}
	return genderTable("data/kinship.tsv", 3, func(l lexicon.Line, w string, g byte) {
		lx.addNoun(w, func(n *nounInfo) {
			n.isKin, n.class = true, l.Fields[2]
			if g != 'u' {
				n.gender = g
			}
		})
	})
}

func (lx *Lexicons) loadDemonyms() error {
	lines, err := lexicon.Table(dataFS, "data/demonyms.tsv", 2)
	if err != nil {
		return err
	}
	for _, l := range lines {
		k := strings.ToLower(l.Fields[0])
		lx.demonyms[k] = l.Fields[1]
		lx.demMax = max(lx.demMax, len(strings.Fields(k)))
	}
	lx.countries = make(map[string]bool, len(lx.demonyms))
	for _, country := range lx.demonyms {
		if text.IsASCII(country) {
			lx.countries[strings.ToLower(country)] = true
		} else {
			lx.otherCountries = append(lx.otherCountries, country)
		}
	}
	return nil
}

// isCountry reports whether w names a country of data/demonyms.tsv
// ("France", "Canada"), case-insensitively (strings.EqualFold).
func (lx *Lexicons) isCountry(w string) bool {
	var buf [foldBufLen]byte
	b, ok := text.AppendLowerASCII(buf[:0], w)
	if !ok { // letters outside ASCII may fold to ASCII ones: compare with each
		return equalFoldAny(lx.otherCountries, w) || lx.anyCountryFolds(w)
	}
	return lx.countries[string(b)] || equalFoldAny(lx.otherCountries, w)
}

// anyCountryFolds reports whether an ASCII country of lx.countries equals
// w under strings.EqualFold.
func (lx *Lexicons) anyCountryFolds(w string) bool {
	for country := range lx.countries {
		if strings.EqualFold(country, w) {
			return true
		}
	}
	return false
}

// equalFoldAny reports whether one of ws equals w under strings.EqualFold.
func equalFoldAny(ws []string, w string) bool {
	for _, x := range ws {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

func (lx *Lexicons) loadRegions() error {
	lines, err := lexicon.Table(dataFS, "data/regions.tsv", 2)
	if err != nil {
		return err
	}
	lx.regions = make(map[string]string, len(lines))
	for _, l := range lines {
		lx.regions[strings.ToLower(l.Fields[0])] = l.Fields[1]
	}
	return nil
}

func (lx *Lexicons) loadParties() error {
	lines, err := lexicon.Table(dataFS, "data/parties.tsv", 2)
	if err != nil {
		return err
	}
	lx.parties = make(map[string]string, len(lines))
	for _, l := range lines {
		w := strings.ToLower(l.Fields[0])
		if !strings.HasSuffix(w, "-") && !lx.is(cuePartyMember, w) {
			return l.Errorf("%q is no word of cue class party-member", l.Fields[0])
		}
		lx.parties[w] = l.Fields[1]
	}
	return nil
}

// region returns the name of the region written s ("Colo." → "Colorado"),
// or "".
func (lx *Lexicons) region(s string) string {
	name, _ := lookupLower(lx.regions, strings.TrimSpace(s)) // lowered on the stack, not in a string of its own
	return name
}

func (lx *Lexicons) loadGroups() error {
	lines, err := lexicon.Table(dataFS, "data/groups.tsv", 2)
	if err != nil {
		return err
	}
	for _, l := range lines {
		n, err := strconv.Atoi(l.Fields[1])
		if err != nil {
			return l.Errorf("bad size %q", l.Fields[1])
		}
		k := strings.ToLower(l.Fields[0])
		lx.groups[k] = n
		if lx.groupFirst == nil {
			lx.groupFirst = map[string]bool{}
		}
		lx.groupFirst[strings.Fields(k)[0]] = true
		addTail(&lx.groupTails, k)
		lx.groupMax = max(lx.groupMax, len(strings.Fields(k)))
	}
	return nil
}

func (lx *Lexicons) loadWorkCues() error {
	var err error
	lx.workCues, err = lexicon.Map(dataFS, "data/workcues.tsv", true)
	return err
}

func (lx *Lexicons) loadOrgWords() error {
	var err error
	if lx.orgWords, err = lexicon.Set(dataFS, "data/orgwords.tsv", true); err != nil {
		return err
	}
	if lx.orgCues, err = lexicon.Set(dataFS, "data/orgcues.tsv", true); err != nil {
		return err
	}
	if lx.reps, err = lexicon.Set(dataFS, "data/representatives.tsv", true); err != nil {
		return err
	}
	if lx.leagues, err = lexicon.Map(dataFS, "data/leagues.tsv", true); err != nil {
		return err
	}
	return lx.loadTradeSynonyms()
}

// loadTradeSynonyms reads data/tradesynonyms.tsv: a description noun and
// the other trades, separated by "|", of the people it may refer to.
func (lx *Lexicons) loadTradeSynonyms() error {
	m, err := lexicon.Map(dataFS, "data/tradesynonyms.tsv", true)
	if err != nil {
		return fmt.Errorf("trade synonyms: %w", err)
	}
	lx.tradeSyns = make(map[string][]string, len(m))
	for noun, trades := range m {
		lx.tradeSyns[noun] = strings.Split(trades, "|")
	}
	return nil
}

func (lx *Lexicons) loadCues() error {
	lines, err := lexicon.Table(dataFS, "data/cues.tsv", 2)
	if err != nil {
		return err
	}
	var death []string
	for _, l := range lines {
		c, ok := cueNamed(l.Fields[0])
		if !ok {
			return l.Errorf("unknown cue class %q", l.Fields[0])
		}
		if lx.cues[c] == nil {
			lx.cues[c] = newCueSet()
		}
		lx.cues[c].add(strings.ToLower(l.Fields[1]))
		if c == cueDeathCue {
			death = append(death, regexp.QuoteMeta(l.Fields[1]))
		}
	}
	for _, c := range []cue{cueCapstop, cueNameParticle, cueDeterminer, cueDescriptionStop, cueCopula, cueCopulaFiller,
		cuePredicateLead, cueRankTitle, cueRoleQualifier, cueDeathCue, cueNotAName, cueSourceLead, cueSpeechVerb,
		cueOutletBefore, cueOutletAfter, cuePlaceSuffix, cueEventHead, cueOutletHead, cueVenueHead, cueTitleMinor, cueClubBefore, cueOrgNominal} {
		if lx.cues[c].len() == 0 {
			return fmt.Errorf("data/cues.tsv: no words of class %q", c)
		}
	}
	lx.deathRe = regexp.MustCompile(`\b(?:` + strings.Join(death, "|") + `)\b`)
	lx.deathLits, lx.deathLitsSet = requiredLiterals(lx.deathRe.String())
	lx.titleNouns, err = lexicon.Map(dataFS, "data/titles.tsv", true)
	if err != nil {
		return err
	}
	lx.titleTrades, err = lexicon.Map(dataFS, "data/titletrades.tsv", true)
	if err != nil {
		return err
	}
	lx.postNominalTrades, err = lexicon.Map(dataFS, "data/postnominaltrades.tsv", true)
	return err
}

// loadOutlets takes the outlet list of the name tagger.
func (lx *Lexicons) loadOutlets() error {
	l, err := ner.DefaultLists()
	if err != nil {
		return fmt.Errorf("outlet list: %w", err)
	}
	lx.outlets = l
	return nil
}

// is reports whether w (lowercase) is a word of the class in data/cues.tsv.
func (lx *Lexicons) is(class cue, w string) bool { return lx.cues[class].has(w) }

// isWords is is of the words joined by spaces; phrases the set's lengths
// and first and last bytes rule out are not joined.
func (lx *Lexicons) isWords(class cue, words []string) bool {
	c := lx.cues[class]
	if c == nil || len(words) == 0 {
		return c.has(strings.Join(words, " "))
	}
	n := len(words) - 1
	for _, w := range words {
		if w == "" {
			return c.has(strings.Join(words, " "))
		}
		n += len(w)
	}
	last := words[len(words)-1]
	if n < c.minLen || n > c.maxLen || !hasByte(&c.first, words[0][0]) || !hasByte(&c.last, last[len(last)-1]) {
		return false
	}
	var buf [64]byte
	return c.holdsBytes(joinWords(buf[:0], words)) // has's length and byte tests passed above
}

// A cueSet is the words of one class of data/cues.tsv. Most words asked
// about are not in it, and the lengths and the first and last bytes of its
// words tell most of those apart without hashing them.
type cueSet struct {
	words          map[string]bool
	minLen, maxLen int
	first, last    [4]uint64 // bit sets of the first and last bytes of the words
	// table is the lexicons' table of token words, which holds each word
	// of the set with the bit of class (buildTokenWords), once they are
	// built; words is asked while it is nil.
	table *wordTable[uint16]
	infos []tokenInfo // the records the values of table index (plus one)
	class cue
}

// holds is words[w], asked of table when there is one.
func (c *cueSet) holds(w string) bool {
	if c.table == nil {
		return c.words[w]
	}
	h := wordHash(w)
	if !c.table.mayHold(h) {
		return false
	}
	i, _ := c.table.getHashed(w, h)
	return i != 0 && c.infos[i-1].isCue(c.class)
}

// holdsBytes is holds of the word b.
func (c *cueSet) holdsBytes(b []byte) bool {
	if c.table == nil {
		return c.words[string(b)]
	}
	h := bytesHash(b)
	if !c.table.mayHold(h) {
		return false
	}
	i, _ := c.table.getBytes(b, h)
	return i != 0 && c.infos[i-1].isCue(c.class)
}

// newCueSet returns an empty set.
func newCueSet() *cueSet { return &cueSet{words: map[string]bool{}, minLen: math.MaxInt} }

// add adds w to the set.
func (c *cueSet) add(w string) {
	c.words[w] = true
	c.minLen, c.maxLen = min(c.minLen, len(w)), max(c.maxLen, len(w))
	if w != "" {
		setByte(&c.first, w[0])
		setByte(&c.last, w[len(w)-1])
	}
}

// setByte sets the bit of b in set.
func setByte(set *[4]uint64, b byte) { set[b>>6] |= 1 << (b & 63) }

// hasByte reports whether the bit of b is set in set.
func hasByte(set *[4]uint64, b byte) bool { return set[b>>6]&(1<<(b&63)) != 0 }

// len is the number of words of the set; 0 for a nil set.
func (c *cueSet) len() int {
	if c == nil {
		return 0
	}
	return len(c.words)
}

// has reports whether w is in the set (false for a nil set).
func (c *cueSet) has(w string) bool {
	if c == nil || len(w) < c.minLen || len(w) > c.maxLen {
		return false
	}
	if w != "" && (!hasByte(&c.first, w[0]) || !hasByte(&c.last, w[len(w)-1])) {
		return false
	}
	return c.holds(w)
}

func (lx *Lexicons) loadAges() error {
	lines, err := lexicon.Table(dataFS, "data/ages.tsv", 5)
	if err != nil {
		return err
	}
	for _, l := range lines {
		pattern := strings.ReplaceAll(l.Fields[1], "{N}", numberPattern)
		re, err := regexp.Compile(pattern)
		if err != nil {
			return l.Errorf("bad pattern: %v", err)
		}
		if re.NumSubexp() < 1 && !bornLike(l.Fields[3]) {
			return l.Errorf("pattern needs a group for the years")
		}
		switch l.Fields[2] {
		case "next", "prev", "after":
		default:
			return l.Errorf("bad target %q", l.Fields[2])
		}
		switch l.Fields[3] {
		case "dct", "turned", "event", "event-only", "born", "child-born":
		default:
			return l.Errorf("bad anchor %q", l.Fields[3])
		}
		rule := ageRule{name: l.Fields[0], re: re, target: l.Fields[2], anchor: l.Fields[3], need: l.Fields[4], rare: rarestByte(l.Fields[4]),
			words: strings.Contains(l.Fields[1], "{N}")}
		rule.start, rule.starts = anchoredStart(pattern)
		rule.width, rule.bounded = anchoredWidth(pattern)
		rule.lits, rule.litsSet = requiredLiterals(pattern)
		rule.digitWidth, rule.digits = digitWindow(pattern)
		rule.prefixes, rule.prefixesSet = anchoredPrefixes(pattern)
		rule.run, rule.next, rule.runSet = anchoredRun(pattern)
		rule.second, rule.seconds = secondBytes(rule.run)
		rule.span, rule.spanSet = matchSpan(pattern)
		lx.ages = append(lx.ages, rule)
	}
	return nil
}

// numberWords are the ages that may be written as words ("turned three").
var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90}

// numberPattern matches an age in digits or words; it replaces {N} in data/ages.tsv.
const numberPattern = `(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`

// parseYears reads an age written in digits or words.
func parseYears(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	s = strings.ToLower(s)
	if tens, unit, ok := strings.Cut(s, "-"); ok {
		t, u := numberWords[tens], numberWords[unit]
		return t + u, t >= 20 && u > 0 && u < 10
	}
	n, ok := numberWords[s]
	return n, ok
}

// noun looks up a person noun, such as "actress" or "singer".
func (lx *Lexicons) noun(s string) (nounInfo, bool) {
	if n, ok := lx.nouns[s]; ok {
		return n, true
	}
	return nounInfo{}, false
}

// nounBytes is noun of a phrase given as bytes, looked up without copying
// it to a string; it must stay noun's twin.
func (lx *Lexicons) nounBytes(b []byte) (nounInfo, bool) {
	if n, ok := lx.nouns[string(b)]; ok {
		return n, true
	}
	return nounInfo{}, false
}

// nameGender looks w up, lowercased, in the given names (data/names.tsv):
// its gender tendency and whether it is there. A short ASCII word is
// lowercased and hashed in one pass, without allocating, and looked up in
// lx.nameTable.
func (lx *Lexicons) nameGender(w string) (byte, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		g, ok := lx.names[strings.ToLower(w)]
		return g, ok
	}
	h := hashStart
	var all byte // the union of the bytes: ASCII when below utf8.RuneSelf
	for i := 0; i < len(w); i++ {
		c := w[i]
		all |= c
		buf[i] = text.LowerASCIIByte(c)
		h = hashStep(h, buf[i])
	}
	if all >= utf8.RuneSelf {
		g, ok := lx.names[strings.ToLower(w)]
		return g, ok
	}
	if !lx.nameTable.mayHold(h) {
		return 0, false
	}
	return lx.nameTable.getBytes(buf[:len(w)], h)
}

// titleAlone reports whether w, lowercased, is an honorific and not a
// given name ("Lady", "Earl").
func (lx *Lexicons) titleAlone(w string) bool {
	if _, ok := lookupLower(lx.honorifics, w); !ok {
		return false // most words: no honorific, so no need to ask the names
	}
	g, _ := lx.nameGender(w)
	return g == 0
}

// nounWords is noun of the words joined by spaces. A phrase of several
// words is joined only when its last word (after its last space) ends a
// noun of several words.
func (lx *Lexicons) nounWords(words []string) (nounInfo, bool) {
	if !mayJoin(lx.nounTails, words) {
		return nounInfo{}, false
	}
	var buf [64]byte
	return lx.nounBytes(joinWords(buf[:0], words))
}

// joinWords appends words joined by spaces to b.
func joinWords(b []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b
}

// addTail adds to *tails the part of key after its last space, if it has
// one.
func addTail(tails *map[string]bool, key string) {
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		if *tails == nil {
			*tails = map[string]bool{}
		}
		(*tails)[key[i+1:]] = true
	}
}

// mayJoin reports whether the words joined by spaces may be a key whose
// tail addTail put in tails: always for one word; for several, when the
// part of the last word after its last space is such a tail.
func mayJoin(tails map[string]bool, words []string) bool {
	if len(words) < 2 {
		return true
	}
	tail := words[len(words)-1]
	if i := strings.LastIndexByte(tail, ' '); i >= 0 {
		tail = tail[i+1:]
	}
	return tails[tail]
}

// singular guesses the singular of an English plural noun phrase; other
// phrases are returned unchanged.
func singular(s string) string {
	one, _ := lexicon.Singular(s)
	return one
}

// foldBufLen is the longest word looked up lowercased without allocating.
const foldBufLen = 64

// lookupLower is m[strings.ToLower(w)], without building the lowercased
// string when w is ASCII.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [foldBufLen]byte
	b, ok := text.AppendLowerASCII(buf[:0], w)
	if !ok {
		v, found := m[strings.ToLower(w)]
		return v, found
	}
	v, found := m[string(b)]
	return v, found
}

// isLower is is of w lowercased, without building the lowercased string
// when w is ASCII.
func (lx *Lexicons) isLower(class cue, w string) bool { return lx.cues[class].hasLower(w) }

// hasLower is has of w lowercased.
func (c *cueSet) hasLower(w string) bool {
	if c == nil {
		return false
	}
	if w != "" && (!mayEnd(&c.first, w[0]) || !mayEnd(&c.last, w[len(w)-1])) {
		return false // asked before the word is lowered
	}
	var buf [foldBufLen]byte
	b, ok := text.AppendLowerASCII(buf[:0], w)
	if !ok {
		return c.has(strings.ToLower(w))
	}
	if len(b) < c.minLen || len(b) > c.maxLen {
		return false
	}
	if len(b) != 0 && (!hasByte(&c.first, b[0]) || !hasByte(&c.last, b[len(b)-1])) {
		return false
	}
	return c.holdsBytes(b)
}

// mayEnd reports whether the lowercase (strings.ToLower) of a word whose
// first (or last) byte is b may start (or end) with a byte of set: for an
// ASCII byte, whether set holds it lowered; for another, always, as
// lowering may change its rune.
func mayEnd(set *[4]uint64, b byte) bool {
	if b >= utf8.RuneSelf {
		return true
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	return hasByte(set, b)
}

// lowerIn is set[strings.ToLower(w)].
func lowerIn(set map[string]bool, w string) bool {
	v, _ := lookupLower(set, w)
	return v
}
