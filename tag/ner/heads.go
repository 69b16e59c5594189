package ner

import (
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay/lexicon"
)

// nameHeads are the head words of organisation and place names of
// data/name_heads.tsv, with the modifiers that make no name alone.
type nameHeads struct {
	heads   map[string]int  // head as written, words joined by spaces → type id
	first   map[string]bool // first words of the heads
	maxLen  int             // longest head, in words
	generic map[string]bool // capitalised modifiers that name nothing alone ("City", "National")
	stop    map[string]bool // capitalised words that begin no name before a head (days, months)
	keep    map[string]bool // heads whose names the tagger calls places keep that label ("Soviet Union")
	town    map[string]bool // heads of names that start with the place they serve ("Cedar Falls School Board")
	club    map[string]bool // heads of clubs' names, which alone are a short form of the club's name ("Rovers")
	region  map[string]bool // heads of regions and venues: a name the tagger found whole as an organisation is still a place ("the Gold Coast", "Wembley Stadium")
	compass map[string]bool // compass words: a place named with one keeps the tagger's label ("West Bank")

	nationSuffixes []string        // endings of nationalities and religions ("German", "Jewish")
	describe       map[string]bool // capitalised first words that describe a name ("Former")
	whole          map[string]bool // heads that end a whole institution's name ("School District", "University")
	body           map[string]bool // heads of bodies of an institution ("Board", "Council")
	nationBody     map[string]bool // heads of a state's bodies, which a nationality before describes ("German Foreign Ministry")
}

// readNameHeads reads data/name_heads.tsv.
func readNameHeads() (*nameHeads, error) {
	lines, err := lexicon.Load(dataFS, "data/name_heads.tsv")
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	h := &nameHeads{heads: map[string]int{}, first: map[string]bool{}, generic: map[string]bool{}, stop: map[string]bool{}, keep: map[string]bool{}, town: map[string]bool{}, club: map[string]bool{}, region: map[string]bool{}, compass: map[string]bool{}, describe: map[string]bool{}, nationBody: map[string]bool{}, whole: map[string]bool{}, body: map[string]bool{}}
	for _, ln := range lines {
		if len(ln.Fields) < 2 || len(ln.Fields) > 3 || len(ln.Fields) == 3 && ln.Fields[2] != "keep" && ln.Fields[2] != "town" && ln.Fields[2] != "club" && ln.Fields[2] != "region" && ln.Fields[2] != "venue" {
			return nil, fmt.Errorf("ner: %w", ln.Errorf("want head, type and an optional keep, town, club, region or venue"))
		}
		switch ln.Fields[1] {
		case "ORG", "LOC":
			h.heads[ln.Fields[0]] = typeID(ln.Fields[1])
			first, _, _ := strings.Cut(ln.Fields[0], " ")
			h.first[first] = true
			h.maxLen = max(h.maxLen, len(strings.Fields(ln.Fields[0])))
			h.keep[ln.Fields[0]] = len(ln.Fields) == 3 && ln.Fields[2] == "keep"
			h.town[ln.Fields[0]] = len(ln.Fields) == 3 && (ln.Fields[2] == "town" || ln.Fields[2] == "club")
			h.club[ln.Fields[0]] = len(ln.Fields) == 3 && ln.Fields[2] == "club"
			h.region[ln.Fields[0]] = len(ln.Fields) == 3 && (ln.Fields[2] == "region" || ln.Fields[2] == "venue") // a venue, as a region, is a place whatever the tagger said
		case "COMPASS":
			h.compass[ln.Fields[0]] = true
		case "WHOLE":
			h.whole[ln.Fields[0]] = true
		case "BODY":
			h.body[ln.Fields[0]] = true
		case "NATION-BODY":
			h.nationBody[ln.Fields[0]] = true
		case "DESCRIBE":
			h.describe[ln.Fields[0]] = true
		case "NATION-SUFFIX":
			h.nationSuffixes = append(h.nationSuffixes, ln.Fields[0])
		case "GENERIC":
			h.generic[ln.Fields[0]] = true
		case "STOP":
			h.stop[ln.Fields[0]] = true
		default:
			return nil, fmt.Errorf("ner: %w", ln.Errorf("type %q: want ORG, LOC, GENERIC, STOP, COMPASS, DESCRIBE, WHOLE, BODY, NATION-BODY or NATION-SUFFIX", ln.Fields[1]))
		}
	}
	return h, nil
}

// OrgHead reports whether w, as written, is a head word of organisation
// names of data/name_heads.tsv ("Senate", "Council"): alone, it names an
// institution, not a person nor a short form of a longer name. Heads of
// clubs' names (marked club: "Rovers", "Athletic") are short forms and
// none. Like OutletKind it is a look-up that neither tags nor refines a
// document.
func (l *Lists) OrgHead(w string) bool {
	return l.nameHeads.heads[w] == typeORG && !l.nameHeads.club[w]
}

// headAt returns the length in words of the longest head starting at
// token i and its type, or 0.
func (h *nameHeads) headAt(ws []string, i int) (n, typ int) {
	if i >= len(ws) || !h.first[ws[i]] {
		return 0, 0 // most words start no head: no joining
	}
	for n := min(h.maxLen, len(ws)-i); n >= 2; n-- {
		if t, ok := joinedLookup(h.heads, ws[i:i+n]); ok {
			return n, t
		}
	}
	if t, ok := h.heads[ws[i]]; ok {
		return 1, t
	}
	return 0, 0
}

// refineNameHeads makes one name of a run of capitalised words that ends in
// a head word of data/name_heads.tsv, typed by the head, however the tagger
// split or labelled it: "Westfield Unified School District Superintendent
// Maria Velez" holds the organisation "Westfield Unified School District",
// "Ripley Town FC" is one organisation, "Brookfield Heights" a place. The
// name takes in the capitalised words before the head (not a sentence's
// opening function word, a title or role word, a day or a month) and after
// it "of" and capitalised words ("Harlow County Board of Supervisors").
// Heads in a row are one head, typed by the last ("Harlow County Board"),
// except a body's head after the head of a whole institution (classes
// BODY and WHOLE): "Harlan County School District Board of Trustees" is the
// district and its board, two names.
// A name of modifiers of class GENERIC and heads alone ("City Council") is
// no name; a name the tagger found exactly is left as it is, and so are
// headlines in capitals and names inside outlets, works and events.
func (l *Lists) refineNameHeads(si int, ws []string, info []*patternWord, labs []int, out []refinement) {
	h := l.nameHeads
	if capsLine(ws) {
		return
	}
	labelled := 0 // end of the last name labelled: the next starts after it
	for i := 0; i < len(ws); i++ {
		if !info[i].headFirst {
			continue // most words start no head (headAt's first test)
		}
		n, typ := h.headAt(ws, i)
		if n == 0 {
			continue
		}
		e := i + n
		for last := i; ; { // the last head is ws[last:e]
			m, t := h.headAt(ws, e)
			if m == 0 || joinedIn(h.whole, ws[last:e]) && h.body[ws[e]] {
				break // "Harlan County School District" and its "Board of Trustees" are two
			}
			last = e
			e, typ = e+m, t
		}
		if l.nameGoesOn(ws, labs, e) && !h.body[ws[e]] {
			i = e - 1
			continue
		}
		s := max(l.headNameStart(ws, labs, i, h.nationBody[ws[e-1]]), labelled)
		he := e
		e = l.headNameEnd(ws, labs, e, typ)
		if l.headNameOK(ws, labs, s, i, he, e, typ) && !done(out, si, s, e) {
			setSpan(labs, s, e, typ)
			l.trimBefore(ws, labs, s)
			trimAfter(ws, labs, e)
			l.trimRoleTail(ws, labs, e)
		}
		if e-s >= 2 && spanIs(labs, s, e) {
			labelled = e // labelled here or by the tagger
		}
		i = e - 1
	}
}

// nameGoesOn reports whether the name whose heads end at token e goes on
// with a capitalised word that is no title or role word and begins no
// person's name: the head is then inside a longer name the rule does not
// know ("Empire State Building", "Wexford State Mustangs").
func (l *Lists) nameGoesOn(ws []string, labs []int, e int) bool {
	if e >= len(ws) || !startsUpper(ws[e]) || !isNameWord(ws[e]) {
		return false
	}
	w := ws[e]
	if lw := strings.ToLower(w); l.isRoleLower(lw) || l.titlePhrases[lw] || l.nameHeads.stop[w] || l.notNames[lw] {
		return false
	}
	return labelType(labs[e]) != typePER || isInside(labs[e])
}

// headNameStart returns where the name ending in the head at token i
// begins: the capitalised words right before the head (not a sentence's
// first word that describes: "Embattled Millbrook School District
// Superintendent ..."), with "&", "and" before "District" or "Area"
// ("Calderbridge and District Bowls Club"), "St." and a possessive "'s"
// inside ("Women's Tennis Association", "St. Mary's
// Catholic Church"; not "Michigan's Department of Education", whose place
// or owner the tagger found).
func (l *Lists) headNameStart(ws []string, labs []int, i int, body bool) int {
	h := l.nameHeads
	s := i
	for s > 0 {
		w := ws[s-1]
		if (w == "&" || w == "and" && areaWord(ws[s]) && labelType(labs[s-2]) != typePER) && s > 1 && startsUpper(ws[s-2]) {
			s--
			continue // "Holbrook & Pace Hotels", "Calderbridge and District Bowls Club"
		}
		if (w == "'s" || w == "’s") && s > 1 && l.possessiveInName(ws, labs, s-2) {
			s--
			continue
		}
		if (w == "'" || w == "’") && s > 1 && pluralPossessive(ws[s-2]) {
			s--
			continue // "Westminster Magistrates' Court"
		}
		if !startsUpper(w) || !isNameWord(w) || hyphenLower(w) || h.stop[w] {
			break
		}
		if lw := strings.ToLower(w); l.notNames[lw] || l.isRoleLower(lw) || l.titlePhrases[lw] || body && l.ownEntityBefore(ws, labs, s) {
			break
		}
		s--
	}
	for s < i && (ws[s] == "&" || ws[s] == "and" || ws[s] == "'s" || ws[s] == "’s" || labs[s] == 0 && sentenceStart(ws, s) && l.describes(ws[s])) {
		s++
	}
	return s
}

// pluralPossessive reports whether w, before a lone apostrophe, is a
// capitalised plural that names who an institution serves inside its name
// ("Magistrates' Court", "Coroners' Court").
func pluralPossessive(w string) bool {
	return len(w) > 3 && startsUpper(w) && strings.HasSuffix(w, "s")
}

// areaWord reports whether w, after a town's name and "and", names the
// country around it in the name of a local body ("Calderbridge and
// District Bowls Club", "Harlow and Area Chamber of Commerce").
func areaWord(w string) bool { return w == "District" || w == "Area" || w == "Region" }

// ownEntityBefore reports whether the word before token s is a
// nationality or a religion the tagger took for a MISC entity of its own,
// which comes before the name of a state's body (heads of class
// NATION-BODY: "German Foreign Ministry") but is no part of it; it is part
// of other names ("American Public Transportation Association").
func (l *Lists) ownEntityBefore(ws []string, labs []int, s int) bool {
	if labelType(labs[s-1]) != typeMISC || isInside(labs[s]) || s > 1 && isInside(labs[s-1]) {
		return false
	}
	w := ws[s-1]
	for _, suf := range l.nameHeads.nationSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hyphenLower reports whether w is a compound whose last part is
// lowercase ("Minneapolis-based"): a description before a name, not part
// of it.
func hyphenLower(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k >= 0 && k+1 < len(w) && !startsUpper(w[k+1:])
}

// describes reports whether w, a capitalised first word of a sentence the
// tagger left out, is a word of description rather than of a name: a
// modifier of class DESCRIBE ("Former", "Longtime") or a participle or
// adverb ("Embattled", "Newly").
func (l *Lists) describes(w string) bool {
	if l.nameHeads.describe[w] {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly"))
}

// possessiveInName reports whether the word at token k, before "'s",
// belongs to the name after it: a capitalised word the tagger left out of
// every entity ("Women's"), or the end of a saint's name ("St. Mary's").
func (l *Lists) possessiveInName(ws []string, labs []int, k int) bool {
	if !startsUpper(ws[k]) || !isNameWord(ws[k]) || hasLower(l.notNames, ws[k]) {
		return false
	}
	if labs[k] == 0 {
		return true
	}
	return k > 0 && (ws[k-1] == "St." || ws[k-1] == "Saint" || ws[k-1] == "St")
}

// headNameEnd returns the end of a name of type typ whose heads end at
// token e: for an organisation a number of at most four digits before a
// capitalised word or punctuation ("Teamsters Local 727"), or "of"
// and the capitalised words after it ("Board of Supervisors"), and "and"
// with more of them where the tagger has the whole ("Department of Health
// and Human Services"), but not a place the tagger found on its own after
// "of".
func (l *Lists) headNameEnd(ws []string, labs []int, e, typ int) int {
	if typ == typeORG && e+1 < len(ws) && isDigits(ws[e]) && len(ws[e]) <= 4 && nameAfterNumber(ws[e+1]) {
		return e + 1 // "Bonneville School District 93", "Teamsters Local 727"
	}
	if e+1 >= len(ws) || ws[e] != "of" || !l.ofWord(ws[e+1]) && !l.firstOfWord(ws[e+1]) || labs[e+1] == beginOf(typeLOC) {
		return e // "Kia Motor Corp of South Korea": the place where it is
	}
	j := e + 2 // "of" and its first word
	for j < len(ws) {
		switch {
		case l.ofWord(ws[j]):
			j++
		case (ws[j] == "and" || ws[j] == "&") && j+1 < len(ws) && l.ofWord(ws[j+1]) && isInside(labs[j]):
			j++
		default:
			return j
		}
	}
	return j
}

// isDigits reports whether w is a number written in digits alone.
func isDigits(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}

// nameAfterNumber reports whether w, after a number, shows the number
// ends a name: a capitalised word or a comma, period, colon, semicolon or
// closing parenthesis ("Local 727, which ..."), not another number as in
// a table of results ("Notts County 3 1 1").
func nameAfterNumber(w string) bool {
	switch w {
	case ",", ".", ":", ";", ")":
		return true
	}
	return startsUpper(w)
}

// firstOfWord reports whether w, right after a head and "of", continues
// the name although it is a title or role word: "Department of Justice",
// "Court of Justice". Later in the name such a word ends it ("Board of
// Supervisors Chairman").
func (l *Lists) firstOfWord(w string) bool {
	return startsUpper(w) && isNameWord(w) && !hasLower(l.notNames, w)
}

// ofWord reports whether w may continue a name after its head and "of":
// capitalised, no title or role word ("Board of Supervisors Chairman").
func (l *Lists) ofWord(w string) bool {
	if !startsUpper(w) || !isNameWord(w) {
		return false
	}
	lw := strings.ToLower(w)
	return !l.isRoleLower(lw) && !l.titlePhrases[lw] && !l.notNames[lw]
}

// headNameOK reports whether tokens [s, e), whose heads are at tokens
// [i, he), make a name refineNameHeads should label as typ: two words or
// more, one of them neither a head nor GENERIC ("City Council" names
// nothing), and not inside a longer entity of the tagger's that starts
// before it ("the Test and County Cricket Board"), unless it starts with
// its head after "and" and goes on with "of" ("Morgan Stanley and Bank of
// America" are two). A name the tagger found
// exactly keeps its label unless the tagger called it MISC ("Detroit
// Regional Chamber"), a place that is an organisation by its head
// ("Boise State", "Ohio Health") or an organisation that is a region by
// its head (marked region: "the Gold Coast"): clubs named after places ("Notts
// County", "Crystal Palace"), a place named by a compass word ("West
// Bank") and heads marked keep ("Soviet Union") keep it too.
func (l *Lists) headNameOK(ws []string, labs []int, s, i, he, e, typ int) bool {
	if e-s < 2 || isInside(labs[s]) && !l.nameHeads.stop[ws[s-1]] && spanEnd(labs, s) >= e && !(s == i && e > he && ws[s-1] == "and") {
		return false
	}
	if spanIs(labs, s, e) {
		switch t := labelType(labs[s]); {
		case t == typ || t == typePER:
			return false
		case t == typeORG && !joinedIn(l.nameHeads.region, ws[i:he]):
			return false
		case t == typeLOC && (joinedIn(l.nameHeads.keep, ws[i:he]) || l.compassIn(ws[s:i])):
			return false
		}
	}
	h := l.nameHeads
	for k := s; k < e; k++ {
		if k >= i && k < he || k == he && ws[k] == "of" {
			continue
		}
		if n, _ := h.headAt(ws, k); n == 0 && !h.generic[ws[k]] && startsUpper(ws[k]) {
			return true
		}
	}
	return false
}

// compassIn reports whether one of ws is a compass word.
func (l *Lists) compassIn(ws []string) bool {
	for _, w := range ws {
		if l.nameHeads.compass[w] {
			return true
		}
	}
	return false
}

// trimAfter drops the "in", "at", "near" or "outside" that opens what is
// left of a tagger entity cut off by a name ending at token e: the
// capitalised words after it are a place ("the Penwith Marine Laboratory
// in Cornwall", tagged as one name). What is left after "and" stays as it
// is ("Allied Health and Care Workers' Union").
func trimAfter(ws []string, labs []int, e int) {
	if e+1 >= len(ws) || !isBegin(labs[e]) || !isInside(labs[e+1]) || !startsUpper(ws[e+1]) {
		return
	}
	switch ws[e] {
	case "in", "at", "near", "outside":
		labs[e] = 0
		setSpan(labs, e+1, spanEnd(labs, e+1), typeLOC)
	}
}

// trimBefore drops the words a tagger entity cut off by a name at token s
// leaves dangling: a connective or comma at the end ("Morgan Stanley and"
// before "Bank of America").
func (l *Lists) trimBefore(ws []string, labs []int, s int) {
	for k := s - 1; k >= 0 && isInside(labs[k]); k-- {
		if w := ws[k]; w != "and" && w != "&" && w != "," && w != "of" {
			return
		}
		labs[k] = 0
	}
}

// trimRoleTail drops from the labels the rest of a tagger entity after a
// name ending at token e when it starts with a title or role word
// ("Westfield School District Superintendent").
func (l *Lists) trimRoleTail(ws []string, labs []int, e int) {
	if e < len(ws) && labs[e] != 0 && (l.isRole(ws[e]) || hasLower(l.titlePhrases, ws[e])) && labelType(labs[e]) != typePER {
		labs[e] = 0
		clearTail(labs, e+1)
	}
}

// capsLine reports whether a sentence is a headline written in capitals or
// in title case: four words or more with letters, every one capitalised
// but short function words ("Westfield Schools Chief Quits After Board
// Vote").
func capsLine(ws []string) bool {
	letters := 0
	for _, w := range ws {
		if !hasLetter(w) {
			continue
		}
		letters++
		if !startsUpper(w) && len(w) > 3 {
			return false
		}
	}
	return letters >= 4
}

// townPlaces labels as a place a name the tagger called an organisation
// or MISC when the document also has an organisation that is that name and
// a head of a body serving a place ("Cedar Falls School Board", "the Grand
// Rapids Symphony": heads marked town), and a place cue comes before it
// ("a Democrat from Grand Rapids", "moved to Cedar Falls") or a place and a
// comma before it or after it ("BOISE, Idaho (AP)" beside "the Idaho
// Senate", "Millbrook, Ohio"). A compass word may come first ("live in East
// Grand Rapids"). The tagger, seeing the name inside the organisation's,
// takes the town for the organisation.
func (l *Lists) townPlaces(sents [][]string, info [][]*patternWord, labs [][]int) {
	towns := l.townNames(sents, info, labs)
	if len(towns) == 0 {
		return
	}
	eachEntity(labs, func(si, i, j int) {
		ws, ys := sents[si], labs[si]
		t := labelType(ys[i])
		k := i
		if j-i >= 2 && l.nameHeads.compass[ws[i]] {
			k = i + 1
		}
		if (t == typeORG || t == typeMISC) && towns[ws[k]]&townFirst != 0 && joinedIn(towns, ws[k:j])&townName != 0 &&
			(l.placeCueBefore(ws, i) || placeAround(ws, ys, i, j)) {
			setSpan(ys, i, j, typeLOC)
		}
	})
}

// placeAround reports whether a place and a comma come right before
// tokens [i, j) ("BOISE, Idaho (AP)") or a comma and a place right after
// them ("Millbrook, Ohio").
func placeAround(ws []string, ys []int, i, j int) bool {
	if j+1 < len(ws) && ws[j] == "," && ys[j+1] == beginOf(typeLOC) {
		return true
	}
	return i >= 2 && ws[i-1] == "," && labelType(ys[i-2]) == typeLOC
}

// Bits of the values of townNames.
const (
	townName  = 1 << iota // the key is a town's name
	townFirst             // the key is the first word of a town's name (looked up before joining)
)

// townNames returns the names of places that begin the document's
// organisations whose heads are marked town, "Cedar Falls" of "Cedar Falls
// School Board", with the bit townName, and their first words with the
// bit townFirst. The words before the head must not all be GENERIC.
func (l *Lists) townNames(sents [][]string, info [][]*patternWord, labs [][]int) map[string]uint8 {
	var towns map[string]uint8
	h := l.nameHeads
	for si, ws := range sents {
		ys := labs[si]
		for i := 0; i < len(ys); i++ {
			if ys[i] != beginOf(typeORG) {
				continue
			}
			j := spanEnd(ys, i)
			for k := i + 1; k < j; k++ {
				if !info[si][k].headFirst {
					continue // no head starts here (headAt's first test)
				}
				n, _ := h.headAt(ws, k)
				if n == 0 || !joinedIn(h.town, ws[k:k+n]) {
					continue
				}
				if m := l.townEnd(ws, i, k); m > i {
					if towns == nil {
						towns = map[string]uint8{}
					}
					towns[strings.Join(ws[i:m], " ")] |= townName
					towns[ws[i]] |= townFirst
				}
				break
			}
			i = j - 1
		}
	}
	return towns
}

// townEnd returns the end of the place's name at the start of an
// organisation's words [i, k) before its head: the words up to the first
// GENERIC one or other head ("Cedar Falls" of "Cedar Falls Community
// School"), or i when there are none.
func (l *Lists) townEnd(ws []string, i, k int) int {
	h := l.nameHeads
	m := i
	for m < k && !h.generic[ws[m]] && !h.compass[ws[m]] && startsUpper(ws[m]) && isNameWord(ws[m]) {
		if n, _ := h.headAt(ws, m); n > 0 {
			break
		}
		m++
	}
	return m
}

// untaggedCompanies labels as an organisation a word of data/companies.txt
// the tagger left out in mid-sentence, standing alone between words that
// are not capitalised ("who left Lionsgate to launch the company"), unless
// the document has it inside a person's name of two words or more ("Apple
// Martin"). It also splits a name the tagger ran together at "and" when
// both sides start with such a word ("Goldman Sachs and Deloitte").
func (l *Lists) untaggedCompanies(sents [][]string, info [][]*patternWord, labs [][]int) {
	var inPerson map[string]bool
	for si, ws := range sents {
		ys, inf := labs[si], info[si]
		for i, w := range ws {
			if !inf[i].company || i == 0 || ys[i] != 0 || startsUpper(ws[i-1]) && !isOpenQuote(ws[i-1]) ||
				i+1 < len(ws) && startsUpper(ws[i+1]) {
				continue
			}
			if inPerson == nil {
				inPerson = personWords(sents, labs)
			}
			if !inPerson[w] {
				ys[i] = beginOf(typeORG)
			}
		}
		l.splitCompanies(ws, ys)
	}
}

// splitCompanies splits an organisation the tagger ran together at "and"
// when the words on both sides start with a word of data/companies.txt.
func (l *Lists) splitCompanies(ws []string, ys []int) {
	for i := 0; i < len(ys); i++ {
		if ys[i] != beginOf(typeORG) {
			continue
		}
		j := spanEnd(ys, i)
		for k := i + 1; k+1 < j; k++ {
			if ws[k] == "and" && l.companies[ws[i]] && l.companies[ws[k+1]] {
				ys[k], ys[k+1] = 0, beginOf(typeORG)
				break
			}
		}
		i = j - 1
	}
}

// personWords returns the words of the person names of two words or more
// the tagger found in a document.
func personWords(sents [][]string, labs [][]int) map[string]bool {
	m := map[string]bool{}
	eachSpan(labs, typePER, func(si, i, j int) {
		for k := i; j-i >= 2 && k < j; k++ {
			m[sents[si][k]] = true
		}
	})
	return m
}
