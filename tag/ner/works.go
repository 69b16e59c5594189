package ner

import (
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-news/hearsay/lexicon"
	"github.com/hearsay-news/hearsay/text"
)

// A workPattern is one line of data/works.tsv.
type workPattern struct {
	items   []patItem
	label   int    // type id the title gets: MISC for works, PER for people
	kind    string // "film", "song", "person", ...
	strong  bool   // overrides the tagger's label of the title
	example string
	pos     string // file:line, for error messages
}

// A patItem is one item of a work pattern.
type patItem struct {
	kind  itemKind
	words map[string]bool // literal alternatives (kind itemWords)
	id    int             // index of a literal item among all patterns' literal items
}

// An itemKind is what a pattern item matches.
type itemKind uint8

const (
	itemWords  itemKind = iota // one of the literal alternatives
	itemTitle                  // TITLE: a run of capitalized words, maybe quoted
	itemYear                   // YEAR
	itemAge                    // AGE: "46-year-old"
	itemHon                    // HON: a person's title
	itemRole                   // ROLE: a role or honorific word
	itemAgenum                 // AGENUM: an age as a number
	itemAward                  // AWARD: an award name
)

// kindPatterns holds, for each set of item kinds (bit 1<<kind, as
// patternMemo.firstKinds gives it), the set of the patterns whose first
// item's kind is in the set.
type kindPatterns [1 << (itemAward + 1)]patternSet

// allKinds is the set of every item kind, the last index of a kindPatterns.
const allKinds = 1<<(itemAward+1) - 1

// A patternSet is a set of patterns, bit i%64 of word i/64 for pattern i
// (an index of Lists.works); nil for the empty set. Sets of the same Lists
// have the same length.
type patternSet []uint64

// add adds pattern i to the set of n patterns, allocating it when nil.
func (ps *patternSet) add(i, n int) {
	if *ps == nil {
		*ps = make(patternSet, (n+63)/64)
	}
	(*ps)[i/64] |= 1 << (i % 64)
}

// meets reports whether the sets, of the same Lists, have a pattern in
// common.
func (ps patternSet) meets(o patternSet) bool {
	if ps == nil || o == nil {
		return false
	}
	for k, w := range ps {
		if w&o[k] != 0 {
			return true
		}
	}
	return false
}

// word returns word k of the set, 0 for the empty set.
func (ps patternSet) word(k int) uint64 {
	if ps == nil {
		return 0
	}
	return ps[k]
}

func (l *Lists) readWorks() error {
	if err := l.readPatterns("data/works.tsv", typeMISC); err != nil {
		return err
	}
	if err := l.readPatterns("data/people.tsv", typePER); err != nil {
		return err
	}
	if err := l.readPatterns("data/place_patterns.tsv", typeLOC); err != nil {
		return err
	}
	l.indexPatternWords()
	return nil
}

// A patternWord is what the work patterns and the other refinement rules
// make of one word as written, found with one lookup per token and
// document (Lists.wordInfos).
type patternWord struct {
	bits        []uint64   // literal items accepting the word (by patItem.id); nil: none
	first       patternSet // the patterns whose first item is a word list that has the word
	second      patternSet // the patterns whose first and second items are word lists, the second of which has the word
	numbered    string     // Lists.numbered of the word: "outlet", "org" or "" when none
	awardFirst  bool       // some award name starts with the word
	title       bool       // a person's title (data/person_titles.txt)
	role        bool       // an ASCII lowercase word that isRole takes (Lists.roleWords)
	outletFirst bool       // some outlet name starts with the word (Lists.outletFirst)
	company     bool       // a company name (data/companies.txt)
	headFirst   bool       // some head of data/name_heads.tsv starts with the word
	eventFirst  bool       // some event name's first space-separated part (data/events.txt)
	outletHead  bool       // Lists.outletHeads has the word
	orgHead     bool       // Lists.orgHeads has the word
	locHead     bool       // Lists.locHeads has the word
	titleFirst  bool       // mayStartTitle: the word's lowercase form starts a title phrase
	plain       bool       // the word is ASCII and has no space (spaceASCII)
	opener      bool       // first is not empty, or awardFirst, role or title: the word may open a pattern wherever it stands (mayOpen)
	minor       bool       // Lists.minorWords has the word (allowed inside titles)
	personVerb  bool       // Lists.personVerbs has the word
	seatNoun    bool       // Lists.seatNouns has the word ("by-election")
	listed      bool       // the word has an entry of its own in Lists.patternWords
	roleAt      bool       // Lists.isRole of the word, for a listed word (patternMemo.roleWord)
	mayStart    bool       // a pattern may start at the word after a sentence's first token (mayOpen): opener, not plain, or the word starts with a capital, digit or quote, or is empty
}

// noWord is the patternWord of every plain word the lists do not name that
// starts with no capital, digit or quote, noStartWord that of the other
// plain words they do not name, noOtherWord that of the others (non-ASCII,
// or with a space).
var noWord, noStartWord, noOtherWord = &patternWord{plain: true}, &patternWord{plain: true, mayStart: true}, &patternWord{mayStart: true}

// indexPatternWords numbers the literal items of all patterns and maps each
// of their words to the set of items that accept it and to the patterns
// that may start at it, so that matching looks a word up once instead of
// once per pattern. It also marks the first words of award names, outlet
// names and name heads, person titles, companies and numbered names, so
// that the other rules need no lookup of their own.
func (l *Lists) indexPatternWords() {
	words := l.patternEntries()
	l.patternWords = make(map[string]*patternWord, len(words))
	for w, e := range words {
		l.patternWords[w] = &e
	}
}

// patternEntries builds the entries of Lists.patternWords.
func (l *Lists) patternEntries() map[string]patternWord {
	pw := map[string]patternWord{}
	n := 0
	for pi := range l.works {
		for k := range l.works[pi].items {
			it := &l.works[pi].items[k]
			if it.words == nil {
				continue
			}
			it.id = n
			n++
		}
	}
	np := len(l.works)
	l.secondFree = make(patternSet, (np+63)/64)
	for kinds := range l.openingByKinds {
		l.openingByKinds[kinds], l.checkByKinds[kinds] = nil, nil
	}
	for pi := range l.works {
		items := l.works[pi].items
		switch {
		case items[0].words == nil:
			for kinds := range l.openingByKinds {
				if kinds&(1<<items[0].kind) != 0 {
					l.openingByKinds[kinds].add(pi, np)
				}
			}
			l.secondFree.add(pi, np)
		case len(items) < 2:
			l.secondFree.add(pi, np)
		case items[1].words == nil:
			for kinds := range l.checkByKinds {
				if kinds&(1<<items[1].kind) != 0 {
					l.checkByKinds[kinds].add(pi, np)
				}
			}
		}
	}
	nw := (n + 63) / 64
	for pi := range l.works {
		for _, it := range l.works[pi].items {
			for w := range it.words {
				e := pw[w]
				if e.bits == nil {
					e.bits = make([]uint64, nw)
				}
				e.bits[it.id/64] |= 1 << (it.id % 64)
				pw[w] = e
			}
		}
	}
	for pi := range l.works {
		items := l.works[pi].items
		for w := range items[0].words {
			e := pw[w]
			e.first.add(pi, np)
			pw[w] = e
		}
		if items[0].words == nil || len(items) < 2 {
			continue
		}
		for w := range items[1].words {
			e := pw[w]
			e.second.add(pi, np)
			pw[w] = e
		}
	}
	for w := range l.awardFirst {
		e := pw[w]
		e.awardFirst = true
		pw[w] = e
	}
	for w := range l.titles {
		e := pw[w]
		e.title = true
		pw[w] = e
	}
	// An ASCII lowercase word is its own lowercase form, so isRole takes
	// it when it is a role word or one with a period after it.
	for r := range l.roleWords {
		for _, w := range [2]string{r, r + "."} {
			if isLowerWord(w) && text.IsASCII(w) && l.isRoleLower(w) {
				e := pw[w]
				e.role = true
				pw[w] = e
			}
		}
	}
	flag := func(w string, set func(e *patternWord)) {
		e := pw[w]
		set(&e)
		pw[w] = e
	}
	for w := range l.outletFirst {
		flag(w, func(e *patternWord) { e.outletFirst = true })
	}
	for w := range l.minorWords {
		flag(w, func(e *patternWord) { e.minor = true })
	}
	for w := range l.personVerbs {
		flag(w, func(e *patternWord) { e.personVerb = true })
	}
	for w := range l.seatNouns {
		flag(w, func(e *patternWord) { e.seatNoun = true })
	}
	// the capitalised forms of the role words, listed so that roleWord
	// finds isRole of a capitalised word written so in its entry
	for r, ok := range l.roleWords {
		if !ok {
			continue
		}
		for _, w := range [4]string{upperFirst(r), upperFirst(r) + ".", strings.ToUpper(r), strings.ToUpper(r) + "."} {
			flag(w, func(*patternWord) {})
		}
	}
	for w := range l.companies {
		flag(w, func(e *patternWord) { e.company = true })
	}
	for w := range l.nameHeads.first {
		flag(w, func(e *patternWord) { e.headFirst = true })
	}
	for w, k := range l.numbered {
		flag(w, func(e *patternWord) { e.numbered = k })
	}
	for ev := range l.events {
		first, _, _ := strings.Cut(ev, " ")
		flag(first, func(e *patternWord) { e.eventFirst = true })
	}
	for w := range l.outletHeads {
		flag(w, func(e *patternWord) { e.outletHead = true })
	}
	for w := range l.orgHeads {
		flag(w, func(e *patternWord) { e.orgHead = true })
	}
	for w := range l.locHeads {
		flag(w, func(e *patternWord) { e.locHead = true })
	}
	// a title phrase's first word as written in lowercase, capitalised or
	// in capitals (see titleStart)
	for k := range l.titleFirst {
		for _, w := range [3]string{k, upperFirst(k), strings.ToUpper(k)} {
			if strings.ToLower(w) == k {
				flag(w, func(e *patternWord) { e.titleFirst = true })
			}
		}
	}
	for w, e := range pw {
		space, ascii := spaceASCII(w)
		e.plain = !space && ascii
		e.opener = e.first != nil || e.awardFirst || e.role || e.title
		e.mayStart = e.opener || !e.plain || startsOpening(w)
		e.listed, e.roleAt = true, l.isRole(w)
		pw[w] = e
	}
	return pw
}

// spaceASCII reports whether w has a space and whether it has only ASCII
// bytes, in one pass.
func spaceASCII(w string) (space, ascii bool) {
	ascii = true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == ' ' {
			space = true
		} else if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	return space, ascii
}

// A patternMemo caches, for one sentence, what pattern items ask of each
// token, computed at most once per token however many patterns ask.
type patternMemo struct {
	words []string
	info  []*patternWord // Lists.patternWords of each token
	award []int8         // awardAt plus one, or 0 before it is computed
	title []int32        // titleRun plus one, or 0 before it is computed
	role  []int8         // roleWord as 1 (false) or 2 (true), or 0 before it is computed
}

// newPatternMemo returns a memo with room for the longest sentence of
// sents, so that reset allocates nothing.
func newPatternMemo(sents [][]string) patternMemo {
	n := 0
	for _, ws := range sents {
		n = max(n, len(ws))
	}
	return patternMemo{award: make([]int8, 0, n), title: make([]int32, 0, n), role: make([]int8, 0, n)}
}

// reset prepares the memo for the sentence words, whose entries of
// Lists.patternWords are info.
func (m *patternMemo) reset(words []string, info []*patternWord) {
	m.words, m.info = words, info
	n := len(words)
	m.award = resize(m.award, n)
	m.title = resize(m.title, n)
	m.role = resize(m.role, n)
	clear(m.award)
	clear(m.title)
	clear(m.role)
}

// wordInfos returns the entry of Lists.patternWords of every word of
// sents (noWord, noStartWord or noOtherWord for words it lacks), by sentence: one lookup per token for
// all the rules.
func (l *Lists) wordInfos(sents [][]string) [][]*patternWord {
	n := 0
	for _, ws := range sents {
		n += len(ws)
	}
	all := make([]*patternWord, n)
	out := make([][]*patternWord, len(sents))
	k := 0
	for si, ws := range sents {
		out[si] = l.sentenceInfo(all[k:k+len(ws):k+len(ws)], ws)
		k += len(ws)
	}
	return out
}

// sentenceInfo fills info with the entries of Lists.patternWords of the
// words ws and returns it.
func (l *Lists) sentenceInfo(info []*patternWord, ws []string) []*patternWord {
	for i, w := range ws {
		info[i] = l.patternWord(w)
	}
	return info
}

// patternWord returns the entry of Lists.patternWords of w; when it has
// none, noWord, noStartWord or noOtherWord.
func (l *Lists) patternWord(w string) *patternWord {
	if e := l.patternWords[w]; e != nil {
		return e
	}
	if space, ascii := spaceASCII(w); space || !ascii {
		return noOtherWord
	}
	if startsOpening(w) {
		return noStartWord
	}
	return noWord
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// accepts reports whether literal item it accepts token j.
func (m *patternMemo) accepts(it *patItem, j int) bool {
	bits := m.info[j].bits
	return bits != nil && bits[it.id/64]&(1<<(it.id%64)) != 0
}

func (m *patternMemo) awardAt(l *Lists, j int) int {
	if m.award[j] == 0 {
		m.award[j] = 1
		if info := m.info[j]; info.awardFirst || !info.plain && strings.Contains(m.words[j], " ") {
			m.award[j] = int8(l.awardAt(m.words, j)) + 1
		}
	}
	return int(m.award[j]) - 1
}

func (m *patternMemo) titleRun(l *Lists, j int) int {
	if j >= len(m.words) {
		return j
	}
	if m.title[j] == 0 {
		m.title[j] = int32(l.titleRun(m.words, m.info, j)) + 1
	}
	return int(m.title[j]) - 1
}

// roleWord reports whether token j is a role or honorific word that a
// role item accepts: lowercase, or capitalised at the sentence start.
func (m *patternMemo) roleWord(l *Lists, j int) bool {
	if m.role[j] == 0 {
		m.role[j] = 1
		w := m.words[j]
		// An ASCII lowercase word has made the list lookup already
		// (patternWord.role, set for no other words); a capitalised word is
		// no lowercase one.
		var role bool
		switch {
		case m.info[j].role:
			role = true
		case j == 0 && startsUpper(w):
			// a listed word has isRole in its entry; the role words'
			// capitalised forms are listed, so an unlisted plain word
			// that plainCase takes is none
			info := m.info[j]
			role = info.roleAt || !info.listed && !(info.plain && plainCase(w)) && l.isRole(w)
		case !m.info[j].plain && !text.IsASCII(w) && isLowerWord(w):
			role = l.isRole(w)
		}
		if role {
			m.role[j] = 2
		}
	}
	return m.role[j] == 2
}

// readPatterns reads a pattern file whose titles get type label.
func (l *Lists) readPatterns(file string, label int) error {
	lines, err := lexicon.Table(dataFS, file, 4)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	for _, ln := range lines {
		p := workPattern{label: label, kind: ln.Fields[1], example: ln.Fields[3], pos: ln.Pos()}
		switch ln.Fields[2] {
		case "strong":
			p.strong = true
		case "weak":
		default:
			return fmt.Errorf("ner: %w", ln.Errorf("strength %q: want strong or weak", ln.Fields[2]))
		}
		titles := 0
		for _, it := range strings.Fields(ln.Fields[0]) {
			switch it {
			case "TITLE":
				p.items = append(p.items, patItem{kind: itemTitle})
				titles++
			case "YEAR":
				p.items = append(p.items, patItem{kind: itemYear})
			case "AGE":
				p.items = append(p.items, patItem{kind: itemAge})
			case "HON":
				p.items = append(p.items, patItem{kind: itemHon})
			case "ROLE":
				p.items = append(p.items, patItem{kind: itemRole})
			case "AGENUM":
				p.items = append(p.items, patItem{kind: itemAgenum})
			case "AWARD":
				p.items = append(p.items, patItem{kind: itemAward})
				titles++
			default:
				alt := map[string]bool{}
				for _, a := range strings.Split(it, "|") {
					alt[a] = true
				}
				p.items = append(p.items, patItem{words: alt})
			}
		}
		if titles != 1 {
			return fmt.Errorf("ner: %w", ln.Errorf("want exactly one TITLE or AWARD, got %d", titles))
		}
		l.works = append(l.works, p)
	}
	return nil
}

// maxTitleLen is the longest title, in tokens.
const maxTitleLen = 10

// titleRun returns the end of the title that starts at i: capitalized words,
// numbers right after them, and minor words between them. It returns i when no title starts
// there. The words' entries of Lists.patternWords are info.
func (l *Lists) titleRun(words []string, info []*patternWord, i int) int {
	if i >= len(words) || !startsUpper(words[i]) {
		return i
	}
	end := i + 1
	for j := i + 1; j < len(words) && j-i < maxTitleLen; j++ {
		w := words[j]
		switch {
		case startsUpper(w) || (isNumber(w) && end == j):
			end = j + 1
		case info[j].minor: // Lists.minorWords
			continue
		default:
			return end
		}
	}
	return end
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isOpenQuote(w string) bool { return w == "\"" || w == "\u201c" || w == "''" || w == "``" }

func isCloseQuote(w string) bool { return w == "\"" || w == "\u201d" || w == "''" }

// closesQuote reports whether a quoted title ending at i is closed there,
// directly or after a comma or period inside the quotes ("Copper Sky,").
func closesQuote(words []string, i int) bool {
	return i < len(words) && (isCloseQuote(words[i]) ||
		((words[i] == "," || words[i] == ".") && i+1 < len(words) && isCloseQuote(words[i+1])))
}

// skipCloseQuote returns the index after the closing quote at i (see
// closesQuote).
func skipCloseQuote(words []string, i int) int {
	if isCloseQuote(words[i]) {
		return i + 1
	}
	return i + 2
}

// awardAt returns the length in tokens of the longest award name starting
// at token i, or 0.
func (l *Lists) awardAt(words []string, i int) int {
	if !l.awardFirst[words[i]] && !strings.Contains(words[i], " ") {
		return 0 // no award name starts with this word
	}
	for n := min(4, len(words)-i); n >= 1; n-- {
		if joinedIn(l.awards, words[i:i+n]) {
			return n
		}
	}
	return 0
}

// isAgeNumber reports whether w is a number that can be a person's age.
func isAgeNumber(w string) bool {
	return isNumber(w) && len(w) <= 3 && w[0] != '0' && (len(w) < 3 || w[0] == '1' && w[1] < '2')
}

// isAge reports whether w is an age like "46-year-old".
func isAge(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && len(n) <= 3 && isNumber(n)
}

func isYear(w string) bool { return len(w) == 4 && isNumber(w) && (w[0] == '1' || w[0] == '2') }

// mayOpen is a cheap first test of whether a pattern may start at token i
// of words ws with entries info. It is false, and then firstKinds returns
// no kind and the word's patternWord.first is empty, for a word after the
// first whose entry says no pattern may start there (patternWord.mayStart:
// a plain word that opens no pattern by its entry and starts with no
// capital, digit or quote; most words, lowercase ones and punctuation).
func mayOpen(info []*patternWord, i int) bool {
	return i == 0 || info[i].mayStart
}

// startsOpening reports whether w is empty or starts with an ASCII capital,
// digit or quote: a plain word that firstKinds may give a kind.
func startsOpening(w string) bool {
	if w == "" {
		return true
	}
	c := w[0]
	return c-'A' < 26 || c-'0' < 10 || c == '"' || c == '\'' || c == '`'
}

// firstKinds returns the set of item kinds other than word lists (bit 1<<kind)
// whose item takes token i (of the memo's sentence) as a pattern's first
// item: computed once per token for all the patterns that may start there.
func (m *patternMemo) firstKinds(l *Lists, i int) uint16 {
	words, w, info := m.words, m.words[i], m.info[i]
	var set uint16
	add := func(k itemKind, ok bool) {
		if ok {
			set |= 1 << k
		}
	}
	// a title starts a run of capitals; titleRun(j) != j when word j is
	// capitalised
	if !(i > 0 && startsUpper(words[i-1]) && i-1 > 0) {
		j := i
		if isOpenQuote(w) {
			j++
		}
		add(itemTitle, j < len(words) && startsUpper(words[j]))
	}
	// the tests that awardAt and roleWord start with, before their memos
	space, ascii := false, true
	if !info.plain {
		space, ascii = spaceASCII(w)
	}
	add(itemAward, (info.awardFirst || space) && m.awardAt(l, i) != 0)
	add(itemRole, info.role || (i == 0 || !ascii) && m.roleWord(l, i))
	add(itemHon, info.title)
	// the number items all take only words that start with a digit
	if w != "" && ('0' <= w[0] && w[0] <= '9' || w[0] >= utf8.RuneSelf) {
		add(itemYear, isYear(w))
		add(itemAgenum, isAgeNumber(w))
		add(itemAge, isAge(w))
	}
	return set
}

// nextKinds returns the set of item kinds other than word lists (bit
// 1<<kind) whose item, not a pattern's first, may match at token j (of the
// memo's sentence): a kind is missing only where match would fail there.
// Computed once per token for all the patterns whose second item asks.
func (m *patternMemo) nextKinds(l *Lists, j int) uint16 {
	words := m.words
	if j >= len(words) {
		return 0
	}
	var set uint16
	add := func(k itemKind, ok bool) {
		if ok {
			set |= 1 << k
		}
	}
	// a title: titleRun(j) != j, a capital, maybe after a quote
	t := j
	if isOpenQuote(words[t]) {
		t++
	}
	add(itemTitle, t < len(words) && startsUpper(words[t]))
	add(itemAward, m.awardAt(l, j) != 0)
	add(itemRole, m.roleWord(l, j))
	add(itemHon, m.info[j].title)
	// the number items all take only words that start with a digit
	if w := words[j]; w != "" && ('0' <= w[0] && w[0] <= '9' || w[0] >= utf8.RuneSelf) {
		add(itemYear, isYear(w))
		add(itemAgenum, isAgeNumber(w))
		add(itemAge, isAge(w))
	}
	return set
}

// match tries the pattern at token i and returns the title's token range.
func (p *workPattern) match(l *Lists, m *patternMemo, i int) (ts, te int, ok bool) {
	words := m.words
	j := i
	for k := range p.items {
		it := &p.items[k]
		if it.kind == itemTitle {
			if k == 0 && j > 0 && startsUpper(words[j-1]) && j-1 > 0 {
				return 0, 0, false // a title starts a run of capitals
			}
			quoted := j < len(words) && isOpenQuote(words[j])
			if quoted {
				j++
			}
			end := m.titleRun(l, j)
			if end == j || (quoted && !closesQuote(words, end)) {
				return 0, 0, false
			}
			ts, te, j = j, end, end
			if quoted {
				j = skipCloseQuote(words, end)
			}
			continue
		}
		if j >= len(words) {
			return 0, 0, false
		}
		switch it.kind {
		case itemAward:
			n := m.awardAt(l, j)
			if n == 0 {
				return 0, 0, false
			}
			ts, te, j = j, j+n, j+n
			continue
		case itemYear:
			ok = isYear(words[j])
		case itemRole:
			ok = m.roleWord(l, j) // lowercase, or capitalized at the sentence start
		case itemAgenum:
			ok = isAgeNumber(words[j])
		case itemHon:
			ok = m.info[j].title
		case itemAge:
			ok = isAge(words[j])
		default:
			ok = m.accepts(it, j)
		}
		if !ok {
			return 0, 0, false
		}
		j++
	}
	return ts, te, true
}

// A refinement is what the second layer decided for one entity span.
type refinement struct {
	sent, start, end int // tokens [start, end) of sentence sent
	kind             string
}

// refine applies the outlet list and work patterns to a document's labels,
// in place, and returns the kinds it assigned. The labels stay valid IOB2.
func (l *Lists) refine(sents [][]string, labs [][]int) []refinement {
	return l.refineInfo(sents, labs, l.wordInfos(sents), capMarks(sents))
}

// capMarks returns, by sentence, the tokens whose word starts with a
// capital or a digit (startsUpperOrDigit), as sentence.marks holds them.
func capMarks(sents [][]string) [][]int32 {
	out := make([][]int32, len(sents))
	for si, ws := range sents {
		for i, w := range ws {
			if startsUpperOrDigit(w) {
				out[si] = append(out[si], int32(i))
			}
		}
	}
	return out
}

// refineInfo is refine given the wordInfos of sents.
func (l *Lists) refineInfo(sents [][]string, labs [][]int, info [][]*patternWord, marks [][]int32) []refinement {
	var out []refinement
	l.streetCommas(sents, labs)
	l.splitRunOnNames(sents, labs)
	l.coordinatedPersons(sents, labs)
	known := namesByType(sents, labs)
	memo := newPatternMemo(sents)
	for si, ws := range sents {
		out = l.refineWorks(si, ws, info[si], labs[si], known, &memo, out)
		out = l.refineOutlets(si, ws, info[si], labs[si], out)
		out = l.numberedNames(si, ws, info[si], labs[si], marks[si], out)
		out = l.refineHeads(si, ws, info[si], labs[si], marks[si], &memo, out)
		out = l.refineEvents(si, ws, info[si], labs[si], marks[si], &memo, out)
		l.refineTeams(si, ws, labs[si], out)
		l.refineNameHeads(si, ws, info[si], labs[si], out)
		l.refinePlaces(ws, labs[si])
		l.knownOrgNames(ws, labs[si])
		l.ordinalFirstNames(ws, labs[si])
		l.joinUponPlaces(ws, labs[si])
		l.possessivePlaces(ws, labs[si])
		l.placeFirstNames(ws, labs[si])
		l.hyphenedPlaces(ws, labs[si])
		l.campNames(ws, labs[si])
		l.joinedSeats(ws, info[si], labs[si])
		l.trimTitles(ws, labs[si])
		l.titledNames(ws, info[si], labs[si], marks[si])
	}
	l.townPlaces(sents, info, labs)
	l.dropCommonInitials(sents, labs, out)
	l.companyNames(sents, info, labs)
	l.untaggedCompanies(sents, info, labs)
	l.pronounNames(sents, info, labs)
	l.namesOfSurnames(sents, labs)
	l.surnames(sents, info, labs, out)
	l.givenNames(sents, labs)
	l.kinCompoundNames(sents, labs)
	return out
}

// givenNames makes a person's the first name of a person found with a full
// name where it opens a sentence alone (after any opening quotes), before a
// lowercase word, and the tagger left it out: "Theo Marchetti" ... "\"Theo
// would play a riff", "Priya Natarajan" ... "Priya left her job". A first
// name two people share ("Tom Hale", "Tom Reed"), a word the document also
// writes in lowercase ("Grant Hale" ... "Grant funding was cut" ... "a
// grant") and a word data/common_initials.txt lists are left alone.
func (l *Lists) givenNames(sents [][]string, labs [][]int) {
	var given map[string]string // first words of people's full names: the last word, "" for two people
	eachSpan(labs, typePER, func(si, i, j int) {
		if w := sents[si][i]; j-i >= 2 && j-i <= 3 && startsUpper(w) && isNameWord(w) && !l.commonInitials[strings.ToLower(w)] {
			if given == nil {
				given = map[string]string{}
			}
			if last, ok := given[w]; ok && last != sents[si][j-1] {
				given[w] = "" // "Tom Hale" and "Tom Reed": "Tom" is either
			} else {
				given[w] = sents[si][j-1]
			}
		}
	})
	if given == nil {
		return
	}
	lower := make(map[string]string, len(given)) // the names' lowercase forms
	for w := range given {
		lower[strings.ToLower(w)] = w
	}
	for _, ws := range sents {
		for _, w := range ws {
			if g, ok := lower[w]; ok {
				delete(given, g) // "grant" as a word
			}
		}
	}
	for si, ws := range sents {
		ys := labs[si]
		for i := 0; i+1 < len(ws); i++ {
			if ys[i] == 0 && given[ws[i]] != "" && isLowerWord(ws[i+1]) && sentenceStart(ws, i) {
				ys[i] = beginOf(typePER)
			}
		}
	}
}

// knownOrgNames labels as an organisation each run of tokens that is a name
// of data/known_orgs.txt ("Boko Haram kidnapped", "Islamic Jihad claimed", "Merrill Lynch said",
// "fighters of al-Shabaab"), whatever the tagger said, unless the run is
// part of a longer entity the tagger found ("the Hamas Charter").
func (l *Lists) knownOrgNames(ws []string, ys []int) {
	for i := 0; i < len(ws); i++ {
		if !startsUpper(ws[i]) && !strings.Contains(ws[i], "-") {
			continue
		}
		for _, g := range l.knownOrgs[strings.ToLower(ws[i])] {
			n := len(g)
			if i+n > len(ws) || !strings.EqualFold(ws[i], g[0]) || !equalWords(ws[i+1:i+n], g[1:]) {
				continue
			}
			if isInside(ys[i]) || i+n < len(ys) && isInside(ys[i+n]) {
				break // inside or before more of a longer name
			}
			setSpan(ys, i, i+n, typeORG)
			i += n - 1
			break
		}
	}
}

// ordinalFirstNames takes a capitalised "First" inside a sentence, which
// the tagger leaves out as an ordinal, into the organisation or place name
// right after it ("advised by First Boston", "shares of First Republic",
// "on First Avenue"). A known place after it makes the whole a firm's
// name: "First Boston" and "First Chicago" are banks, not towns.
func (l *Lists) ordinalFirstNames(ws []string, ys []int) {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "First" || ys[i] != 0 || !isBegin(ys[i+1]) || sentenceStart(ws, i) {
			continue
		}
		t := labelType(ys[i+1])
		if t != typeORG && t != typeLOC {
			continue
		}
		e := spanEnd(ys, i+1)
		if t == typeLOC && l.knownPlace(ws[i+1:e]) {
			t = typeORG
		}
		setSpan(ys, i, e, t)
	}
}

// companyNames makes a one-word entity named in data/companies.txt an
// organisation ("worked at Google" tagged a place), unless the document
// has the word inside a longer person's name ("Apple Martin" ... "Apple
// wore") or it is a place after "the" ("the Amazon").
func (l *Lists) companyNames(sents [][]string, info [][]*patternWord, labs [][]int) {
	var cands [][2]int // sentence, token
	for si, ws := range sents {
		ys := labs[si]
		for i := range ws {
			if isBegin(ys[i]) && (i+1 == len(ys) || !isInside(ys[i+1])) && labelType(ys[i]) != typeORG && info[si][i].company &&
				!(labelType(ys[i]) == typeLOC && i > 0 && strings.EqualFold(ws[i-1], "the")) {
				cands = append(cands, [2]int{si, i})
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	inPerson := map[string]bool{} // words of person names of two or more words
	for si, ws := range sents {
		ys := labs[si]
		for i := 0; i < len(ys); i++ {
			if ys[i] == beginOf(typePER) {
				j := spanEnd(ys, i)
				for k := i; j-i >= 2 && k < j; k++ {
					inPerson[ws[k]] = true
				}
				i = j - 1
			}
		}
	}
	for _, c := range cands {
		if !inPerson[sents[c[0]][c[1]]] {
			labs[c[0]][c[1]] = beginOf(typeORG)
		}
	}
}

// pronounNames makes a person's a name of two or three words the tagger
// took for something else ("Sundar Pichai" as an organisation) when its
// last word alone is followed by a speech verb and "he" or "she" in the
// document ("Pichai wrote that he was proud"). A name ending in an
// organisation or outlet word is left alone. surnames then makes the last
// word alone a person wherever it stands.
func (l *Lists) pronounNames(sents [][]string, info [][]*patternWord, labs [][]int) {
	var heard map[string]bool // last words followed by a verb and a pronoun
	for si, ws := range sents {
		ys := labs[si]
		for i := 0; i+2 < len(ws); i++ {
			if !isBegin(ys[i]) || isInside(ys[i+1]) || !info[si][i+1].personVerb {
				continue
			}
			p := i + 2
			if ws[p] == "that" && p+1 < len(ws) {
				p++
			}
			if ws[p] == "he" || ws[p] == "she" {
				if heard == nil {
					heard = map[string]bool{}
				}
				heard[ws[i]] = true
			}
		}
	}
	if heard == nil {
		return
	}
	eachEntity(labs, func(si, i, j int) {
		ws, ys := sents[si], labs[si]
		last := ws[j-1]
		if n := j - i; n >= 2 && n <= 3 && labelType(ys[i]) != typePER && heard[last] && allUpper(ws[i:j]) &&
			!l.orgHeads[last] && !l.outletHeads[last] && l.OutletKind(ws[i:j]) == "" {
			setSpan(ys, i, j, typePER)
		}
	})
}

// allUpper reports whether every word starts with a capital.
func allUpper(ws []string) bool {
	for _, w := range ws {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// dropCommonInitials drops a one-word entity that starts a sentence, before a
// lowercase word, when the word is an everyday one: the document also
// writes it in lowercase ("Split rumors swirled" ... "have quietly split")
// or it is listed in data/common_initials.txt ("Best day ever"). A word the
// document also capitalizes inside a sentence, or has inside another
// entity, is kept ("Will Smith arrived. Will said ...").
func (l *Lists) dropCommonInitials(sents [][]string, labs [][]int, out []refinement) {
	var candBuf [16]initialCand
	cands := candBuf[:0]
	var lowerBuf [256]byte // the candidates' lowercase forms, one after another
	lowers := lowerBuf[:0]
	for si, ws := range sents {
		i := 0
		for i < len(ws) && (isOpenQuote(ws[i]) || ws[i] == "'") {
			i++
		}
		if i+1 < len(ws) && isBegin(labs[si][i]) && !isInside(labs[si][i+1]) && isLowerWord(ws[i+1]) && !done(out, si, i, i+1) {
			c := initialCand{si: si, i: i, w: ws[i], lo: int32(len(lowers))}
			if lw, ok := text.AppendLowerASCII(lowers, c.w); ok {
				lowers = lw
			} else {
				lowers = append(lowers, strings.ToLower(c.w)...)
			}
			c.hi = int32(len(lowers))
			cands = append(cands, c)
		}
	}
	if len(cands) == 0 {
		return
	}
	// only the candidates' words and their lowercase forms are counted
	var may wordFilter // passes every candidate's word and lowercase form
	for _, c := range cands {
		may.add(c.w)
		may.add(string(lowers[c.lo:c.hi]))
	}
	for si, ws := range sents {
		for i, w := range ws {
			if !may.passes(w) {
				continue // no candidate's word nor lowercase form
			}
			switch {
			case isLowerWord(w):
				for k := range cands {
					if string(lowers[cands[k].lo:cands[k].hi]) == w {
						cands[k].lowerUsed = true
					}
				}
			case i > 0 && startsUpper(w) && !isOpenQuote(ws[i-1]):
				for k := range cands {
					if cands[k].w == w {
						cands[k].capMid = true
					}
				}
			}
			if labs[si][i] != 0 {
				for k := range cands {
					if cands[k].w == w {
						cands[k].named++
					}
				}
			}
		}
	}
	for _, c := range cands {
		if !c.capMid && c.named == 1 && (c.lowerUsed || l.commonInitials[string(lowers[c.lo:c.hi])]) {
			labs[c.si][c.i] = 0
		}
	}
}

// An initialCand is a word dropCommonInitials may drop, with what the
// document does with it elsewhere.
type initialCand struct {
	si, i     int    // sentence and token
	w         string // the word as written
	lo, hi    int32  // its lowercase form (as strings.ToLower gives it) in dropCommonInitials' buffer
	lowerUsed bool   // the document writes the lowercase form
	capMid    bool   // the document capitalizes it inside a sentence
	named     int    // tokens of the word inside entities
}

// A wordFilter is a cheap test that passes every word added to it and
// few others: by length and first byte.
type wordFilter struct {
	lens  uint64    // bit min(len, 63) of each word
	first [256]bool // first bytes of the words
	empty bool      // "" was added
}

func (f *wordFilter) add(w string) {
	f.lens |= 1 << min(len(w), 63)
	if w == "" {
		f.empty = true
		return
	}
	f.first[w[0]] = true
}

// passes reports whether w may be one of the words added.
func (f *wordFilter) passes(w string) bool {
	if w == "" {
		return f.empty
	}
	return f.lens&(1<<min(len(w), 63)) != 0 && f.first[w[0]]
}

// passesBytes is passes of the word b, without making a string of it.
func (f *wordFilter) passesBytes(b []byte) bool {
	if len(b) == 0 {
		return f.empty
	}
	return f.lens&(1<<min(len(b), 63)) != 0 && f.first[b[0]]
}

// namesOfSurnames makes a person's a name of two or three capitalised
// words the tagger took for something else when its last word stands
// alone as a person elsewhere in the document: "Star guard Dashiell
// Amankwah-Royce scored" tagged an organisation beside "Amankwah-Royce's
// agent" tagged a person. A name with a head of data/name_heads.tsv, an
// organisation suffix or an outlet word in it ("Pelham Street Capital"),
// or a first word that is a known place or company, is left alone, and so
// is a word the document also writes first in a person's full name
// ("Stanley Tucci" ... "Stanley said" ... "Morgan Stanley").
func (l *Lists) namesOfSurnames(sents [][]string, labs [][]int) {
	var alone map[string]bool                       // words tagged a person on their own
	given := make(map[string]bool, nameHint(sents)) // first words of people's full names
	eachSpan(labs, typePER, func(si, i, j int) {
		if j-i >= 2 {
			given[sents[si][i]] = true
		}
		if j-i == 1 && startsUpper(sents[si][i]) {
			if alone == nil {
				alone = make(map[string]bool, nameHint(sents))
			}
			alone[sents[si][i]] = true
		}
	})
	if alone == nil {
		return
	}
	for w := range given {
		delete(alone, w) // "Stanley" for "Stanley Tucci" says nothing of "Morgan Stanley"
	}
	eachEntity(labs, func(si, i, j int) {
		ws, ys := sents[si], labs[si]
		if n := j - i; n >= 2 && n <= 3 && labelType(ys[i]) != typePER && alone[ws[j-1]] && l.plainName(ws[i:j]) {
			setSpan(ys, i, j, typePER)
		}
	})
}

// plainName reports whether ws could be a person's full name: capitalised
// name words, none a head or modifier of data/name_heads.tsv, an
// organisation suffix or an outlet word, the first no known place or
// company.
func (l *Lists) plainName(ws []string) bool {
	if l.cities[ws[0]] || l.places[ws[0]] || l.companies[ws[0]] {
		return false
	}
	h := l.nameHeads
	for k, w := range ws {
		if !startsUpper(w) || !isNameWord(w) || h.generic[w] || h.compass[w] || l.outletHeads[w] || l.orgHeads[w] || l.locHeads[w] || l.isOrgSuffixLower(strings.ToLower(w)) {
			return false
		}
		if n, _ := h.headAt(ws, k); n > 0 {
			return false
		}
	}
	return true
}

// surnames makes the last name of a person found with a full name a person
// wherever it stands alone in the document ("Thiago Mendes" ... "Mendes"),
// also after a title (see titledSurname).
func (l *Lists) surnames(sents [][]string, info [][]*patternWord, labs [][]int, refined []refinement) {
	last := make(map[string]bool, nameHint(sents))
	eachSpan(labs, typePER, func(si, i, j int) {
		if w := sents[si][j-1]; j-i >= 2 && j-i <= 3 && startsUpper(w) && !l.orgHeads[w] {
			last[w] = true
		}
	})
	l.patternedNames(sents, labs, refined, last)
	if len(last) == 0 {
		return
	}
	for si, ws := range sents {
		ys := labs[si]
		for i, w := range ws {
			alone := isBegin(ys[i]) && (i+1 == len(ys) || !isInside(ys[i+1]))
			if alone && last[w] && labelType(ys[i]) != typePER {
				ys[i] = beginOf(typePER)
			}
			if startsUpper(w) && l.titleStart(w, info[si][i]) {
				l.titledSurname(ws, ys, i, last)
			}
		}
	}
}

// patternedNames adds to last the one-word names a pattern of
// data/people.tsv made a person's and that still are ("In 1799 Byron
// received his early education", "Princess Sofia"): alone elsewhere in the
// document ("Letters to Byron"), such a word is the same person, however
// the tagger labelled it. A company's name, a place the lists know and an
// organisation's head word are left out.
func (l *Lists) patternedNames(sents [][]string, labs [][]int, refined []refinement, last map[string]bool) {
	for _, r := range refined {
		if r.kind != "person" || r.end-r.start != 1 || labs[r.sent][r.start] != beginOf(typePER) {
			continue
		}
		if w := sents[r.sent][r.start]; startsUpper(w) && !l.orgHeads[w] && !l.companies[w] && !l.KnownPlace(w) {
			last[w] = true
		}
	}
}

// titledSurname makes a person's the surname after a capitalised title of
// data/title_phrases.txt at token i when the document gives the person's
// full name elsewhere ("Interim Chief Luis Carrasco" ... "Chief Carrasco
// joined", "Commissioner Sellers moved", "a report by Manager Dorsett"),
// however the tagger labelled the title and the name: the title is no part
// of the name. The surname must end the run of capitalised words, and a
// span the tagger made must not reach beyond it.
func (l *Lists) titledSurname(ws []string, ys []int, i int, last map[string]bool) {
	n := l.titleLen(ws, i, sentenceStart(ws, i))
	j := i + n
	if n == 0 || j >= len(ws) || !last[ws[j]] || j+1 < len(ws) && startsUpper(ws[j+1]) && isNameWord(ws[j+1]) {
		return
	}
	if j+1 < len(ys) && isInside(ys[j+1]) || isInside(ys[i]) {
		return // a longer name, or a title inside another
	}
	for t := i; t < j; t++ {
		ys[t] = 0
	}
	ys[j] = beginOf(typePER)
}

// refineHeads labels runs of capitalized words that end in an outlet word
// ("The Oregon Post") as outlets, and entities that end in an organisation
// word ("Arclight Software") or a place word ("Millbrook County") as
// organisations or places.
func (l *Lists) refineHeads(si int, ws []string, info []*patternWord, labs []int, marks []int32, m *patternMemo, out []refinement) []refinement {
	next := 0                  // the token after the last run of capitals
	for _, mk := range marks { // the capitalized words are among them
		i := int(mk)
		if i < next || !startsUpper(ws[i]) || (i > 0 && startsUpper(ws[i-1]) && labs[i] == labs[i-1] && labs[i] != 0) {
			continue
		}
		end := m.titleRun(l, i)
		last := info[end-1]
		s := lastEntity(labs, i, end)
		switch {
		case end-i >= 2 && last.outletHead && !done(out, si, i, end):
			setSpan(labs, i, end, typeORG)
			out = append(out, refinement{sent: si, start: i, end: end, kind: "outlet"})
		case last.orgHead && end-s >= 2 && labs[s] != 0 && labelType(labs[s]) != typeORG && spanIs(labs, s, end) && !l.titledPerson(ws, labs, s):
			setSpan(labs, s, end, typeORG)
		case last.locHead && end-s >= 2 && labs[s] != 0 && labelType(labs[s]) != typeLOC && spanIs(labs, s, end):
			setSpan(labs, s, end, typeLOC)
		}
		next = end
	}
	return out
}

// lastEntity returns the start of the run [i, end) of capitalised words
// that refineHeads retypes: the run itself, or the tagger's last entity in
// it when the run holds several ("Sanjay Kohli of Arclight Software").
func lastEntity(labs []int, i, end int) int {
	if labs[end-1] == 0 || spanIs(labs, i, end) {
		return i
	}
	j := end - 1
	for j > i && isInside(labs[j]) {
		j--
	}
	if j > i && isBegin(labs[j]) && spanIs(labs, j, end) {
		return j
	}
	return i
}

// titledPerson reports whether the entity at token i is a person with a
// title or role word right before it ("Ambassador Samantha Power"), which
// an organisation word at its end does not override.
func (l *Lists) titledPerson(ws []string, labs []int, i int) bool {
	return i > 0 && labelType(labs[i]) == typePER && (l.isRole(ws[i-1]) || l.titles[ws[i-1]])
}

// refineTeams makes an organisation a name of two to four words that
// starts with a known place (data/cities.txt, data/places.txt) and ends in
// a capitalized plural, as names of sports teams do: "Chicago Ravens",
// "Los Angeles Lakers". Names of events are left alone ("London Games").
func (l *Lists) refineTeams(si int, ws []string, labs []int, out []refinement) {
	for i := 0; i < len(ws); i++ {
		if !isBegin(labs[i]) {
			continue
		}
		j := spanEnd(labs, i)
		if n := j - i; n < 2 || n > 4 || labelType(labs[i]) == typeORG || done(out, si, i, j) {
			i = j - 1
			continue
		}
		last := ws[j-1]
		place := false
		for k := i + 1; k < j && !place; k++ {
			name := strings.Join(ws[i:k], " ")
			place = l.cities[name] || l.places[name]
		}
		if place && allUpper(ws[i:j]) && len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") &&
			!l.events[last] && !l.awards[last] && !l.orgHeads[last] && !l.locHeads[last] {
			setSpan(labs, i, j, typeORG)
		}
		i = j - 1
	}
}

// maxEventLen is the longest event name, in tokens, refineEvents looks up.
const maxEventLen = 4

// refineEvents labels names of recurring events (data/events.txt) MISC of
// kind "event": "headlined Coachella", "at the Grammys". The name must be
// the whole run of capitalized words there; one that starts the sentence
// needs the tagger to have found an entity there, and one followed by a
// comma and a place ("Coachella, California") or after "in", "near" or
// "outside" ("an apartment in Tribeca") is the place.
func (l *Lists) refineEvents(si int, ws []string, info []*patternWord, labs []int, marks []int32, m *patternMemo, out []refinement) []refinement {
	next := 0                  // the token after the last event
	for _, mk := range marks { // the capitalized words are among them
		i := int(mk)
		if i < next || !startsUpper(ws[i]) || i > 0 && startsUpper(ws[i-1]) && ws[i-1] != "The" {
			continue
		}
		if !info[i].eventFirst && strings.IndexByte(ws[i], ' ') < 0 {
			continue // no event name starts with the word
		}
		end := m.titleRun(l, i)
		if end-i > maxEventLen || !joinedIn(l.events, ws[i:end]) || done(out, si, i, end) {
			continue
		}
		if i == 0 && labs[i] == 0 {
			continue
		}
		if end+1 < len(ws) && ws[end] == "," && labelType(labs[end+1]) == typeLOC {
			continue
		}
		if i > 0 && (ws[i-1] == "in" || ws[i-1] == "near" || ws[i-1] == "outside") {
			continue // "an apartment in Tribeca", "a farm near Glastonbury": the place
		}
		if i > 0 && labs[i-1] != 0 && ws[i-1] != "The" {
			continue // inside a longer entity
		}
		clearTail(labs, end)
		if i > 0 && ws[i-1] == "The" && isBegin(labs[i-1]) {
			labs[i-1] = 0
		}
		setSpan(labs, i, end, typeMISC)
		out = append(out, refinement{sent: si, start: i, end: end, kind: "event"})
		next = end
	}
	return out
}

// done reports whether an earlier refinement already covers [s, e).
func done(out []refinement, si, s, e int) bool {
	for _, r := range out {
		if r.sent == si && r.start < e && s < r.end {
			return true
		}
	}
	return false
}

// spanIs reports whether tokens [s, e) are exactly one entity.
func spanIs(labs []int, s, e int) bool {
	if !isBegin(labs[s]) {
		return false
	}
	for i := s + 1; i < e; i++ {
		if !isInside(labs[i]) {
			return false
		}
	}
	return e == len(labs) || !isInside(labs[e])
}

// homeApposition reports whether tokens [i, j) are a person's home in
// an apposition: ", of" between a person's name (and maybe an age,
// "Alan Brackley, 72, of Rochdale,") and the name, and a comma or the end of
// the sentence after it ("Alan and Joan Brackley, of Rochdale, celebrate").
// A club's player is written "Rochdale's Kit Ormsby" or "joined Rochdale".
func homeApposition(ws []string, labs []int, i, j int) bool {
	if i < 3 || ws[i-1] != "of" || ws[i-2] != "," {
		return false
	}
	if j < len(ws) && ws[j] != "," && ws[j] != "." && ws[j] != ";" {
		return false
	}
	k := i - 3 // the last word of the person's name
	if k >= 2 && ws[k] != "" && ws[k][0] >= '0' && ws[k][0] <= '9' && ws[k-1] == "," {
		k -= 2 // an age between the name and its home
	}
	return labelType(labs[k]) == typePER
}

// placeCueBefore reports whether a place cue of one or two words ends
// right before token i.
func (l *Lists) placeCueBefore(ws []string, i int) bool {
	if i > 0 && hasLower(l.placeCues, ws[i-1]) {
		return true
	}
	return i > 1 && l.placeCues[strings.ToLower(ws[i-2]+" "+ws[i-1])]
}

// trimTitles takes a title or role word off the front of a person's name
// ("Influencer Kayla Monroe" → "Kayla Monroe"), as CoNLL-2003 does.
func (l *Lists) trimTitles(ws []string, labs []int) {
	for i := 0; i+1 < len(ws); i++ {
		if labs[i] == beginOf(typePER) && isInside(labs[i+1]) && l.isRole(ws[i]) {
			labs[i], labs[i+1] = 0, beginOf(typePER)
		}
	}
}

// titledNames keeps a capitalised title of data/title_phrases.txt out of
// the name after it and makes that name a person: "Police Chief Ann Moss",
// "City Manager Helen Quist", "Deputy Chief Carla Benavides", "Board member
// Evelyn Cho" at a sentence start. The name is
// the two or three capitalised words right after the title, none of them a
// title or role word, the last no organisation or place word ("Coach
// Outlet Stores" is left alone).
func (l *Lists) titledNames(ws []string, info []*patternWord, labs []int, marks []int32) {
	next := 0                  // the token after the last name looked at
	for _, mk := range marks { // the capitalized words are among them
		i := int(mk)
		if i < next || !startsUpper(ws[i]) || !l.titleStart(ws[i], info[i]) {
			continue // the tests titleLen leaves to its callers, before sentenceStart
		}
		n := l.titleLen(ws, i, sentenceStart(ws, i))
		if n == 0 {
			continue
		}
		j := i + n
		k := j
		for k < len(ws) && k-j < 4 && startsUpper(ws[k]) && isNameWord(ws[k]) && !l.isRole(ws[k]) && !hasLower(l.titlePhrases, ws[k]) {
			k++
		}
		if r := k - j; r < 2 || r > 3 || l.orgHeads[ws[k-1]] || l.locHeads[ws[k-1]] || l.outletHeads[ws[k-1]] ||
			j < len(ws) && labelType(labs[j]) != typePER && labs[j] != 0 && spanEnd(labs, j) > k {
			next = k
			continue
		}
		if isInside(labs[i]) {
			l.relabelBeforeTitle(ws, labs, i)
		}
		for t := i; t < j; t++ {
			labs[t] = 0
		}
		for t := k; t < len(labs) && isInside(labs[t]); t++ {
			labs[t] = 0 // "Coach Ray Dunn of the Pines": the name ends with its capitalised words
		}
		setSpan(labs, j, k, typePER)
		next = k
	}
}

// relabelBeforeTitle types the words of a span before the title at token i
// that a person's name after the title ran into ("Air Force Lieutenant Dana
// Whitcomb, 34," taken whole for a person): they name the body or the place
// the title belongs to, no person. Words ending in an organisation's head
// ("U.S. Air Force", "Kelby Police") are an organisation, a known place a
// place; other words ("Former") no name.
func (l *Lists) relabelBeforeTitle(ws []string, labs []int, i int) {
	s := i
	for s > 0 && isInside(labs[s]) {
		s--
	}
	if labelType(labs[s]) != typePER {
		return
	}
	switch {
	case l.endsInOrgHead(ws[s:i]):
		setSpan(labs, s, i, typeORG)
	case l.knownPlace(ws[s:i]):
		setSpan(labs, s, i, typeLOC)
	default:
		for t := s; t < i; t++ {
			labs[t] = 0
		}
	}
}

// endsInOrgHead reports whether the last words of ws are an organisation's
// head of data/name_heads.tsv or org_heads.txt ("Air Force", "Police").
func (l *Lists) endsInOrgHead(ws []string) bool {
	if l.orgHeads[ws[len(ws)-1]] {
		return true
	}
	for k := range ws {
		if n, typ := l.nameHeads.headAt(ws, k); n > 0 && k+n == len(ws) && typ == typeORG {
			return true
		}
	}
	return false
}

// titleLen is the length in words of the longest capitalised title phrase
// starting at token i, 0 when none, for a token whose word is capitalised
// and may start a title (mayStartTitle or titleStart), as its callers
// found. At the start of a sentence (initial) only its first word need be
// capitalised ("Board member Evelyn Cho").
func (l *Lists) titleLen(ws []string, i int, initial bool) int {
	var buf [96]byte
	for n := min(l.titleMax, len(ws)-i); n >= 1; n-- {
		if l.titleWords(buf[:0], ws[i:i+n], initial) {
			return n
		}
	}
	return 0
}

// titleWords reports whether words, whose first is capitalised and may
// start a title, are a title phrase written as titleLen takes one: the last
// word capitalised and the others capitalised or "of", unless initial. buf
// is room for the phrase (isTitlePhrase).
func (l *Lists) titleWords(buf []byte, words []string, initial bool) bool {
	if !initial {
		if !startsUpper(words[len(words)-1]) {
			return false
		}
		for _, w := range words[1:] {
			if !startsUpper(w) && w != "of" {
				return false
			}
		}
	}
	return l.isTitlePhrase(buf, words)
}

// isTitlePhrase reports whether the words, joined by spaces and
// lowercased, are a title phrase. Words of ASCII are joined and lowered
// into buf, and a map index of string(buf) copies nothing.
func (l *Lists) isTitlePhrase(buf []byte, words []string) bool {
	for k, w := range words {
		if k > 0 {
			buf = append(buf, ' ')
		}
		var ascii bool
		if buf, ascii = text.AppendLowerASCII(buf, w); !ascii {
			return l.titlePhrases[strings.ToLower(strings.Join(words, " "))]
		}
	}
	return l.titlePhrases[string(buf)]
}

// mayStartTitle reports whether a title phrase can start with word w: its
// lowercase form is a phrase's first word, or w holds a space. A short
// ASCII word is lowercased without allocating.
func (l *Lists) mayStartTitle(w string) bool {
	if strings.Contains(w, " ") {
		return true
	}
	var buf [24]byte
	if lw, ok := text.AppendLowerASCII(buf[:0], w); ok {
		return l.titleFirstMay.passesBytes(lw) && l.titleFirst[string(lw)]
	}
	return hasLower(l.titleFirst, w)
}

// titleStart is mayStartTitle(w) for a word whose entry of
// Lists.patternWords is e: a word flagged titleFirst may start a title; an
// ASCII word without a space in lowercase, capitalised or in capitals is
// flagged whenever its lowercase form is a title's first word, so an
// unflagged one may not.
func (l *Lists) titleStart(w string, e *patternWord) bool {
	if e.titleFirst {
		return true
	}
	if plainCase(w) && strings.IndexByte(w, ' ') < 0 {
		return false
	}
	return l.mayStartTitle(w)
}

// plainCase reports whether w is ASCII and in lowercase after its first
// letter or has no lowercase letters at all: the lowercase form of a title
// word, the form with its first letter capitalised (upperFirst) or the
// form in capitals.
func plainCase(w string) bool {
	restLower, noLower := true, true
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return false
		case 'a' <= c && c <= 'z':
			noLower = false
		case 'A' <= c && c <= 'Z' && i > 0:
			restLower = false
		}
	}
	return restLower || noLower
}

// upperFirst returns w with its first byte in capitals when it is an ASCII
// lowercase letter.
func upperFirst(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// sentenceStart reports whether token i opens its sentence, quotation
// marks aside.
func sentenceStart(ws []string, i int) bool {
	for _, w := range ws[:i] {
		if !isOpenQuote(w) && !isCloseQuote(w) {
			return false
		}
	}
	return true
}

// TitleBefore returns how many of the last words of ws form a capitalised
// title of data/title_phrases.txt ("Deputy Chief" of "named Deputy
// Chief"), 0 when none: for stages that keep such a title with the name
// after it, as they keep "Mr." or "Mayor". initial says that ws starts a
// sentence, where only the title's first word need be capitalised. Like
// OutletKind it is a look-up that neither tags nor refines a document.
func (l *Lists) TitleBefore(ws []string, initial bool) int {
	// a title of n words ends ws only when the words from len(ws)-n to
	// the end are a title themselves
	for n := min(l.titleMax, len(ws)); n >= 1; n-- {
		if l.IsTitle(ws[len(ws)-n:], initial && sentenceStart(ws, len(ws)-n)) {
			return n
		}
	}
	return 0
}

// IsTitle reports whether the words ws, not empty, are a capitalised title
// of data/title_phrases.txt: TitleBefore(ws, initial) == len(ws).
func (l *Lists) IsTitle(ws []string, initial bool) bool {
	if len(ws) == 0 || len(ws) > l.titleMax || !startsUpper(ws[0]) || !l.mayStartTitle(ws[0]) {
		return false
	}
	var buf [96]byte
	return l.titleWords(buf[:0], ws, initial)
}

// isNameWord reports whether w is a word of letters (with inner periods,
// hyphens or apostrophes) that can be part of a person's name.
func isNameWord(w string) bool {
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsLetter(c):
			letters++
		case c == '.' || c == '-' || c == '\'' || c == '’':
		default:
			return false
		}
	}
	return letters > 0
}

// refinePlaces relabels as LOC a known place the tagger called an
// organisation when a place cue comes before it ("in Lyon"), a place
// after it ("Lyon, France"), or it is a person's home set off by commas
// after the name ("Alan Brackley, of Rochdale, celebrates": homeApposition).
func (l *Lists) refinePlaces(ws []string, labs []int) {
	for i := 0; i < len(ws); i++ {
		if !isBegin(labs[i]) || labelType(labs[i]) != typeORG {
			continue
		}
		j := spanEnd(labs, i)
		if !joinedIn(l.places, ws[i:j]) {
			continue
		}
		cue := l.placeCueBefore(ws, i) || homeApposition(ws, labs, i, j)
		country := j+1 < len(ws) && ws[j] == "," && labelType(labs[j+1]) == typeLOC && isBegin(labs[j+1])
		if cue || country {
			setSpan(labs, i, j, typeLOC)
		}
	}
}

// joinUponPlaces makes one place of a place, "upon" and the river or
// place it stands on, written apart: "Newcastle upon Tyne", "Kingston upon
// Thames", "Burton upon Trent"; and of two places the tagger found on
// either side of a lowercase joiner of foreign names ("Dar es Salaam",
// "Frankfurt am Main", "Châlons en Champagne"). The tagger splits them at
// the joiner; the words after it are one or two capitalised words.
func (l *Lists) joinUponPlaces(ws []string, labs []int) {
	for i := 1; i+1 < len(ws); i++ {
		if labs[i-1] == 0 || labs[i] != 0 || !startsUpper(ws[i+1]) || !isNameWord(ws[i+1]) {
			continue
		}
		if ws[i] != "upon" && !(l.placeJoiners[ws[i]] && labs[i+1] == beginOf(typeLOC) && labelType(labs[i-1]) == typeLOC) {
			continue
		}
		s := i - 1
		for s > 0 && isInside(labs[s]) {
			s--
		}
		if labelType(labs[s]) == typePER {
			continue
		}
		e := i + 2
		if isInside(labs[i+1]) || labs[i+1] != 0 {
			e = spanEnd(labs, i+1)
		}
		if e-i-1 > 2 {
			continue
		}
		setSpan(labs, s, e, typeLOC)
		i = e - 1
	}
}

// possessivePlaces makes one place of a name with a possessive inside
// that the tagger cut at the "'s": a word of data/possessive_places.txt
// or a saint's name, "'s" and a capitalised word ("King's Cross",
// "Bishop's Stortford", "St John's Wood"). "Lord's" alone after a place
// cue is the cricket ground ("a century at Lord's"). A word after the
// "'s" that makes an organisation's name ("King's College"), or a name already
// running over the "'s" ("St Mary's Church"), is left as it is.
func (l *Lists) possessivePlaces(ws []string, labs []int) {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i+1] != "'s" && ws[i+1] != "’s" || labs[i+1] != 0 || !startsUpper(ws[i]) {
			continue
		}
		s, saint := l.possessivePlaceStart(ws, labs, i)
		if s < 0 {
			continue
		}
		if i+2 >= len(ws) || !startsUpper(ws[i+2]) || !isNameWord(ws[i+2]) {
			if ws[i] == "Lord" && s == i && i > 0 && l.placeCues[strings.ToLower(ws[i-1])] {
				setSpan(labs, i, i+2, typeLOC) // "at Lord's"
			}
			continue
		}
		if lw := strings.ToLower(ws[i+2]); l.isRoleLower(lw) || l.titlePhrases[lw] || l.notNames[lw] || labelType(labs[i+2]) == typeORG && l.orgAfterPossessive(ws, labs, i+2) {
			continue
		}
		e := i + 3
		if labs[i+2] != 0 {
			e = spanEnd(labs, i+2)
		}
		if saint && (e-i-2 > 1 || e < len(ws) && startsUpper(ws[e]) && isNameWord(ws[e])) {
			continue // a saint's name and a longer name: the heads decide ("St Mary's Parish Church")
		}
		setSpan(labs, s, e, typeLOC)
		i = e - 1
	}
}

// placeFirstNames makes a place of a name the tagger took for a person's
// that begins with a word of data/place_first_words.txt ("at Royal
// Ascot", "Great Yarmouth"), taking in such a word the tagger labelled
// alone right before a person's name ("the Royal Albert Hall", tagged
// "Royal" and "Albert Hall"). A title before the name ("Mr Old") or a
// name of one word is left as it is.
func (l *Lists) placeFirstNames(ws []string, labs []int) {
	for i := 0; i < len(ws); i++ {
		if !isBegin(labs[i]) || !l.placeFirst[ws[i]] {
			continue
		}
		e := spanEnd(labs, i)
		if labelType(labs[i]) != typePER && e-i == 1 && e < len(ws) && labelType(labs[e]) == typePER && isBegin(labs[e]) {
			e = spanEnd(labs, e) // "Royal" and "Albert Hall"
		} else if labelType(labs[i]) != typePER || e-i < 2 {
			i = e - 1
			continue
		}
		if i > 0 && l.titles[ws[i-1]] {
			i = e - 1
			continue
		}
		setSpan(labs, i, e, typeLOC)
		i = e - 1
	}
}

// orgAfterPossessive reports whether the organisation the tagger found at
// token k is one by its words: more than one word, or a head of
// organisations' names ("King's College"); a lone word else is the
// second word of a place's name the tagger mistook ("Bishop's
// Stortford").
func (l *Lists) orgAfterPossessive(ws []string, labs []int, k int) bool {
	if spanEnd(labs, k) > k+1 || l.orgHeads[ws[k]] {
		return true
	}
	n, typ := l.nameHeads.headAt(ws, k)
	return n > 0 && typ == typeORG
}

// possessivePlaceStart returns where a place whose name has a possessive
// after token i begins, and whether it is a saint's name: i for a word of
// data/possessive_places.txt outside the tagger's names after a place cue
// ("moved to Bishop's Stortford"; not "the King's Speech"), the "St" (or
// "St.", "Saint") of a saint's name of one word, or -1.
func (l *Lists) possessivePlaceStart(ws []string, labs []int, i int) (int, bool) {
	if i > 0 && (ws[i-1] == "St" || ws[i-1] == "St." || ws[i-1] == "Saint") && (labs[i-1] == 0 || isBegin(labs[i-1]) && spanEnd(labs, i-1) == i+1) {
		return i - 1, true
	}
	if l.possPlaces[ws[i]] && (labs[i] == 0 || isBegin(labs[i]) && spanEnd(labs, i) == i+1) && l.placeCueBefore(ws, i) {
		return i, false
	}
	return -1, false
}

// campNames makes a place of a camp's name: a word of
// data/camp_words.txt and the capitalised words and Roman numerals after
// it ("held in Stalag Luft III", "Oflag IV-C").
func (l *Lists) campNames(ws []string, labs []int) {
	for i := 0; i+1 < len(ws); i++ {
		if !startsUpper(ws[i]) || !startsUpper(ws[i+1]) || !l.campWords[ws[i]] {
			continue
		}
		e := i + 1
		for e < len(ws) && e-i <= 3 && startsUpper(ws[e]) && (isNameWord(ws[e]) || romanNumeral(ws[e])) {
			e++
		}
		if i > 0 && isInside(labs[i]) {
			continue // inside a longer name
		}
		setSpan(labs, i, e, typeLOC)
		i = e - 1
	}
}

// romanNumeral reports whether w is a Roman numeral in capitals, with a
// hyphen and a letter maybe after it ("III", "VIII-B").
func romanNumeral(w string) bool {
	head, _, _ := strings.Cut(w, "-")
	if head == "" {
		return false
	}
	for _, c := range head {
		if !strings.ContainsRune("IVXL", c) {
			return false
		}
	}
	return true
}

// hyphenedPlaces makes a place of a word the tagger left out that joins
// capitalised words with lowercase joiners by hyphens: "Stoke-on-Trent",
// "Henley-on-Thames", "Ashby-de-la-Zouch", "Barrow-in-Furness",
// "Weston-super-Mare".
func (l *Lists) hyphenedPlaces(ws []string, labs []int) {
	for i, w := range ws {
		if labs[i] == 0 && l.hyphenedPlace(w) {
			labs[i] = beginOf(typeLOC)
			if i+1 < len(labs) && isInside(labs[i+1]) {
				labs[i+1] = beginOf(labelType(labs[i+1]))
			}
		}
	}
}

// hyphenedPlace reports whether w is capitalised words and lowercase
// joiners of places' names (data/hyphen_joiners.txt) joined by hyphens,
// capitalised at both ends.
func (l *Lists) hyphenedPlace(w string) bool {
	if strings.Count(w, "-") < 2 || !startsUpper(w) {
		return false // most words: spared the split
	}
	parts := strings.Split(w, "-")
	if len(parts) < 3 || !startsUpper(parts[0]) || !startsUpper(parts[len(parts)-1]) {
		return false
	}
	joined := false
	for _, p := range parts[1 : len(parts)-1] {
		switch {
		case l.hyphenJoiners[p]:
			joined = true
		case startsUpper(p):
		default:
			return false
		}
	}
	for _, p := range parts {
		if !isNameWord(p) {
			return false
		}
	}
	return joined
}

func (l *Lists) refineWorks(si int, ws []string, info []*patternWord, labs []int, known map[string]*int, m *patternMemo, out []refinement) []refinement {
	m.reset(ws, info)
	var keyBuf [64]byte // the title, looked up in known
	nw := len(l.secondFree)
tokens:
	for i := 0; i < len(ws); i++ {
		if !mayOpen(info, i) {
			continue
		}
		// the patterns that may start at the token: those whose first item
		// is a word list that has the word, or of a kind that takes it
		// (firstKinds), and, of those whose first two items are word
		// lists, only those whose second list has the next word
		kinds := m.firstKinds(l, i)
		first, open := m.info[i].first, l.openingByKinds[kinds]
		if first == nil && open == nil {
			continue
		}
		// of the patterns whose first item is a word list and second item
		// is not, only those whose second item's kind takes the next word
		// (nextKinds, asked only when there are such patterns)
		var second, check patternSet
		if i+1 < len(ws) {
			second = m.info[i+1].second
		}
		if first.meets(l.checkByKinds[allKinds]) {
			check = l.checkByKinds[m.nextKinds(l, i+1)]
		}
		for k := range nw {
			viable := (first.word(k) | open.word(k)) & (second.word(k) | l.secondFree[k] | check.word(k))
			for viable != 0 {
				pi := k*64 + bits.TrailingZeros64(viable)
				viable &= viable - 1
				p := &l.works[pi]
				ts, te, ok := p.match(l, m, i)
				if !ok {
					continue
				}
				if p.label == typePER && l.orgHeads[ws[te-1]] {
					continue // "Queen Mary University"
				}
				for p.label == typePER && te-ts > 1 && isNumber(ws[te-1]) {
					te-- // "Goalkeeper Ann Post 7 -": a rating after the name, no part of it
				}
				for k := te - 2; p.label == typePER && k >= ts; k-- {
					if isNumber(ws[k]) {
						ts = k + 1 // "In 1815 Byron married his cousin": a year and what comes before it are no part of the name
						break
					}
				}
				if p.label == typeMISC && p.strong && knownCount(known, joinWords(keyBuf[:0], ws[ts:te]))-sameSpan(labs, ts, te) > 0 {
					continue // a name used elsewhere in the document as a person or place
				}
				if !p.strong && !allTypes(labs[ts:te], 0, p.label) {
					continue
				}
				for k := ts - 1; k >= i && labs[k] != 0; k-- {
					labs[k] = 0 // "Princess" of an entity "Princess Sofia"
				}
				clearTail(labs, te)
				setSpan(labs, ts, te, p.label)
				out = append(out, refinement{sent: si, start: ts, end: te, kind: p.kind})
				i = te - 1 // no other pattern inside a title
				continue tokens
			}
		}
	}
	return out
}

func (l *Lists) refineOutlets(si int, ws []string, info []*patternWord, labs []int, out []refinement) []refinement {
	for i := 0; i < len(ws); i++ {
		if !info[i].outletFirst {
			continue
		}
		for _, oi := range l.outletsByFirst[ws[i]] {
			o := &l.outlets[oi]
			n := len(o.words)
			if i+n > len(ws) || !equalWords(ws[i+1:i+n], o.words[1:]) {
				continue // the first words are the same
			}
			if o.kind == "outlet" && i+n < len(ws) && l.editions[ws[i+n]] {
				n++ // an edition: "Elle UK"
			}
			if i+n < len(ws) && startsUpper(ws[i+n]) && !hasLower(l.cueAfter, ws[i+n]) {
				continue // part of a longer name ("People Power")
			}
			if o.ambiguous && !l.outletCue(ws, labs, i, i+n) {
				continue
			}
			clearTail(labs, i+n)
			setSpan(labs, i, i+n, typeORG)
			out = append(out, refinement{sent: si, start: i, end: i + n, kind: o.kind})
			i += n - 1
			break
		}
	}
	return out
}

// joinedSeats makes one place of a constituency named by two places
// joined by "and", before "by-election" or "constituency" or after "MP
// for": "the Harrowgate and Skelmore by-election", "MP for Kelby and
// Dunmere". The tagger takes the two for two names. The words around the
// seat are data/seat_nouns.txt and data/seat_holders.txt.
func (l *Lists) joinedSeats(ws []string, info []*patternWord, labs []int) {
	for j, w := range ws {
		switch {
		case info[j].seatNoun:
			if s := seatStart(ws, j); s >= 0 {
				setSpan(labs, s, j, typeLOC)
			}
		case w == "for":
			if j == 0 || !l.seatHolders[ws[j-1]] {
				continue
			}
			e := j + 1
			for e < len(ws) && (startsUpper(ws[e]) && isNameWord(ws[e]) || ws[e] == "and" && e+1 < len(ws) && startsUpper(ws[e+1])) {
				e++
			}
			if e > j+3 && seatStart(ws, e) == j+1 {
				clearTail(labs, e)
				setSpan(labs, j+1, e, typeLOC)
			}
		}
	}
}

// seatStart returns the start of a run of capitalised words with one "and"
// inside that ends right before token e ("Harrowgate and Skelmore"), or -1.
func seatStart(ws []string, e int) int {
	s, and := e, false
	for s > 0 {
		w := ws[s-1]
		switch {
		case startsUpper(w) && isNameWord(w) && w != "The":
			s--
		case w == "and" && !and && s < e && s > 1 && startsUpper(ws[s-2]):
			s--
			and = true
		default:
			if and && s < e && ws[s] != "and" {
				return s
			}
			return -1
		}
	}
	if and && ws[0] != "and" {
		return 0
	}
	return -1
}

// numberedNames labels names that a word of data/numbered_names.tsv or a
// call sign and a number make ("Channel 9", "BBC Radio 4", "KTLA 5",
// "Channel 4 News", "League One"), which the tagger cuts before the
// number: broadcasters are outlets. Capitalised words before the word are
// part of the name; a tagger entity that ran into the name from before
// keeps only its capitalised words ("Wrzeszcz joined Radio" 4).
//
// The number after the word, a digit or a capital, is one of marks.
func (l *Lists) numberedNames(si int, ws []string, info []*patternWord, labs []int, marks []int32, out []refinement) []refinement {
	next := 0 // the token after the last name
	for _, mk := range marks {
		i := int(mk) - 1 // the word before the number
		if i < next {
			continue
		}
		kind := info[i].numbered
		ok := kind != ""
		if !ok && callSign(ws[i]) {
			kind, ok = "outlet", true
		}
		if !ok || !nameNumber(ws[i+1]) && !(kind == "unit" && isDigits(ws[i+1]) && len(ws[i+1]) <= 4) {
			continue
		}
		if kind == "unit" && labelType(labs[i]) == typePER {
			continue // "Goalkeeper Ann Post 7": a player's rating, not a branch
		}
		s, e := i, i+2
		for s > 0 && startsUpper(ws[s-1]) && isNameWord(ws[s-1]) && !hasLower(l.notNames, ws[s-1]) && !(s-1 == 0 && labs[s-1] == 0) {
			s--
		}
		if kind == "outlet" && e < len(ws) && ws[e] == "News" {
			e++
		}
		if done(out, si, s, e) {
			continue
		}
		if s > 0 && isInside(labs[s]) {
			k := s
			for k > 0 && !startsUpper(ws[k-1]) && isInside(labs[k-1]) {
				labs[k-1] = 0 // "joined" in "Wrzeszcz joined Radio"
				k--
			}
		}
		clearTail(labs, e)
		setSpan(labs, s, e, typeORG)
		if kind == "outlet" {
			out = append(out, refinement{sent: si, start: s, end: e, kind: "outlet"})
		}
		next = e
	}
	return out
}

// nameNumber reports whether w is a number inside a name: one or two
// digits, or a capitalised number word up to Ten ("League One").
func nameNumber(w string) bool {
	if isDigits(w) {
		return len(w) <= 2
	}
	switch w {
	case "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten":
		return true
	}
	return false
}

// callSign reports whether w is a broadcaster's call sign: three or four
// capitals starting with K or W ("KTLA", "WPIX").
func callSign(w string) bool {
	if len(w) < 3 || len(w) > 4 || w[0] != 'K' && w[0] != 'W' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// outletCue reports whether an ambiguous outlet name at [s, e) is an outlet:
// the tagger found an entity there, or an attribution cue is next to it.
func (l *Lists) outletCue(ws []string, labs []int, s, e int) bool {
	if labs[s] != 0 && !allTypes(labs[s:e], 0) {
		return true
	}
	if s > 0 && hasLower(l.cueBefore, ws[s-1]) {
		return true
	}
	return e < len(ws) && hasLower(l.cueAfter, ws[e])
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// allTypes reports whether every label has one of the given type ids.
func allTypes(labs []int, ok ...int) bool {
	for _, y := range labs {
		found := false
		for _, t := range ok {
			if labelType(y) == t {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// clearTail sets to O the rest of an entity that continues at token e.
func clearTail(labs []int, e int) {
	for ; e < len(labs) && isInside(labs[e]); e++ {
		labs[e] = 0
	}
}

// setSpan labels tokens [s, e) as one entity of type t and repairs the
// labels around it so that the sequence stays valid IOB2.
func setSpan(labs []int, s, e, t int) {
	labs[s] = beginOf(t)
	for i := s + 1; i < e; i++ {
		labs[i] = insideOf(t)
	}
	if e < len(labs) && isInside(labs[e]) {
		labs[e] = beginOf(labelType(labs[e]))
	}
}

// sameSpan is 1 when tokens [s, e) are exactly one PER or LOC entity.
func sameSpan(labs []int, s, e int) int {
	if t := typeName(labs[s]); (t == "PER" || t == "LOC") && spanIs(labs, s, e) {
		return 1
	}
	return 0
}

// namesByType counts the entity names the tagger labeled PER or LOC. The
// counts are allocated together, and the names of more than one word are
// substrings of one string.
func namesByType(sents [][]string, labs [][]int) map[string]*int {
	m := make(map[string]*int, nameHint(sents))
	var slab []int
	count := func(name string, _ int) {
		if c := m[name]; c != nil {
			*c++
			return
		}
		if len(slab) == cap(slab) {
			slab = make([]int, 0, 16)
		}
		slab = append(slab, 1)
		m[name] = &slab[len(slab)-1]
	}
	var textBuf [1024]byte
	var endBuf, valBuf [64]int32
	names := nameBatch{text: textBuf[:0], ends: endBuf[:0], vals: valBuf[:0]} // names of more than one word
	eachEntity(labs, func(si, i, j int) {
		if t := labelType(labs[si][i]); t == typePER || t == typeLOC {
			if j-i == 1 {
				count(sents[si][i], t)
			} else {
				names = names.add(sents[si][i:j], t)
			}
		}
	})
	names.each(count)
	return m
}

// A nameBatch gathers names of more than one word, each with a value,
// joined by spaces in one buffer, so that they become substrings of one
// string: one allocation for a document's names rather than one for each.
type nameBatch struct {
	text []byte  // the names, one after another
	ends []int32 // where each name ends in text
	vals []int32 // each name's value
}

// add returns b with the name strings.Join(words, " ") and its value v
// added (a value, not a pointer, so that buffers on the caller's stack
// stay there).
func (b nameBatch) add(words []string, v int) nameBatch {
	b.text = joinWords(b.text, words)
	b.ends = append(b.ends, int32(len(b.text)))
	b.vals = append(b.vals, int32(v))
	return b
}

// each calls f with every name added, in order, and its value.
func (b nameBatch) each(f func(name string, v int)) {
	if len(b.ends) == 0 {
		return
	}
	text, start := string(b.text), 0
	for k, e := range b.ends {
		f(text[start:e], int(b.vals[k]))
		start = int(e)
	}
}

// knownCount is *m[key], or 0 for a name not counted.
func knownCount(m map[string]*int, key []byte) int {
	if c := m[string(key)]; c != nil {
		return *c
	}
	return 0
}

// nameHint is the size to make a map of a document's names with: one for
// every 32 words, about as many as an article has, so that the map seldom
// grows while it fills.
func nameHint(sents [][]string) int {
	n := 0
	for _, ws := range sents {
		n += len(ws)
	}
	return n / 32
}
