package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// A ment is a mention while the stage works on it.
//
// The fields that scans over every mention read (ent, the tokens, the
// sentence, kind and type) come first, in the first 64 bytes: a mention
// is 368 bytes, and a scan reads one or two cache lines of each (the
// mentions of a chunk are not aligned to lines), not two or three.
type ment struct {
	ent          int // cluster index, -1 while unresolved
	tok0, tok1   int // token range [tok0, tok1)
	sent         int
	kind         hearsay.MentionKind
	typ          hearsay.EntityType // "" when unknown
	head         int                // head token
	gender       byte               // 'm', 'f', 'n', 'u'
	number       byte               // 's', 'p', 'u'
	person       int                // 1, 2, 3 (pronouns); 3 otherwise
	words        []string           // name words without title and possessive marker
	title        string             // honorific before the name, lowercase, "" when none
	nameTok      int                // first token of the name after a title of the name tagger's list, 0 when none
	poss         bool               // followed by a possessive marker
	quoted       bool               // inside a quotation
	noun         string             // nominal head phrase, lowercase ("climate activist")
	info         nounInfo           // what the lexicon says about noun
	mods         []int              // tokens modifying a nominal's head
	possessor    *ment              // the mention that possesses a nominal ("her" of "her husband"), nil
	groupSize    int                // for group mentions: the number of members, 0 when unknown
	age          int                // "the 46-year-old": the age, 0 when none
	workKind     string             // for works: "film", "song", ...
	outlet       string             // for outlets: the kind the outlet list gives ("outlet", "agency", "platform")
	event        bool               // the name ends in an event word ("Venice Film Festival")
	quotedTitle  bool               // the name is all of a quotation: a title
	ctxTyped     bool               // a given name that is also a place, typed by its context (givenPlaceType)
	employer     bool               // a name typed as an employer's by the words after it (employerName)
	vocative     bool               // a name said to the person addressed inside a quotation ("Yes, Noah, I did")
	indefinite   bool               // "a fitness instructor"
	orgPossessed bool               // "the company's chair": possessed by the organisation the article is about
	nick         string             // the nickname inside a name: "J-Roc" of Jalen "J-Roc" Pierce
	rule         string
	members      []int // cluster indices a group stands for
	done         bool  // joined to a cluster or settled by resolveRest: not resolved again
}

// docInfo holds per-document facts the detectors share.
type docInfo struct {
	spareMents []ment   // allocated for newMent, not used yet
	spareWords []string // allocated for newWords, not used yet
	lowerBuf   []byte   // a chunk of bytes lowerJoin and keepString cut strings from, not written again
	doc        *hearsay.Document
	lower      []string // lowercased token texts
	quoted     []bool   // token is inside a quotation
	// answers holds by sentence whether it is part of an interview's answer, nil in an article
	// that is no interview (InterviewAnswers); firstQuestion is the sentence of its first question
	answers       []bool
	firstQuestion int
	initial       []bool // token starts a sentence (or a quotation)
	// capital is isCap of each token's text: scans over every token
	// read it, one byte a token, instead of the tokens themselves.
	capital []bool
	hasNER  bool
	hasPOS  bool
	capSeen map[string]bool // words seen capitalized away from a sentence start, once needed (seenCap)
	lowSeen map[string]bool // words written in lowercase, once needed (seenLower)
	caps    [][3]int        // capSpans, once found
	spans   [][3]int        // the spans nameMentions read, for the next document's room
	capsSet bool
	// tokens are the lexicons' tokenInfo of each lowercase token (nil
	// for a word of neither list; see token).
	tokens []*tokenInfo
	// reuse holds arrays a document analysed before left (nil when there
	// are none to reuse), and used the chunks of mentions and clusters
	// this one took (see release).
	reuse *scratch
	used  chunks
	flags []bool // the array quoted, initial and capital are cut from
	// capToks holds, in order, the index of each token whose text is
	// capitalised (isCap): scans that want only such tokens read these.
	capToks []int32
	// quoteToks holds, in order, the index of each quotation mark
	// (isQuote).
	quoteToks []int32
}

// A scratch holds the arrays the analysis of one document used that the
// next may use again (Stage.Process): the chunks of mentions and clusters,
// the per-token arrays of docInfo and the lists of spans and of mentions'
// ends. Nothing reaches the document from them: what the stage writes
// there is copied out of them.
type scratch struct {
	chunks
	lower     []string
	tokens    []*tokenInfo
	flags     []bool    // room for quoted and initial
	capToks   []int32   // room for docInfo.capToks
	quoteToks []int32   // room for docInfo.quoteToks
	spans     [][3]int  // room for the name tagger's spans (nameMentions)
	caps      [][3]int  // room for capSpans
	ends      *mentEnds // the arrays of mentionEnds
}

// chunks are the chunks of mentions (docInfo.newMent) and of clusters and
// their first lists of mentions (resolver.newCluster) a document takes.
type chunks struct {
	ments    [][]ment    // of mentChunk mentions
	clusters [][]cluster // of clusterChunk clusters
	rooms    [][]*ment   // of clusterChunk*clusterRoom mentions
}

// release returns the arrays of di for the next document to use: di and
// its mentions may not be used any more.
func (di *docInfo) release() *scratch {
	sc := di.reuse
	if sc == nil {
		sc = &scratch{}
	}
	sc.ments = append(sc.ments, di.used.ments...)
	sc.clusters = append(sc.clusters, di.used.clusters...)
	sc.rooms = append(sc.rooms, di.used.rooms...)
	sc.lower, sc.flags = di.lower[:0], di.flags[:0]
	sc.tokens, sc.capToks, sc.quoteToks = di.tokens[:0], di.capToks[:0], di.quoteToks[:0]
	if di.spans != nil {
		sc.spans = di.spans[:0]
	}
	if di.caps != nil {
		sc.caps = di.caps[:0]
	}
	*di = docInfo{}
	return sc
}

// spareSpans returns an empty list of spans, with the room a list of the
// kind (scratch.spans or scratch.caps) a document before left, when
// there is one: *spare is emptied, and the caller's list becomes the one
// the next document reuses (docInfo.spans and caps; release).
func spareSpans(spare *[][3]int) [][3]int {
	s := *spare
	*spare = nil
	return s[:0]
}

// cleared returns s with length n and every element zero, reusing its
// array when it is large enough.
func cleared[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// tokenAt returns what the lexicons tell of token i (Lexicons.tokenWords),
// every token being looked up once per document.
func (di *docInfo) tokenAt(lx *Lexicons, i int) tokenInfo {
	if ti := di.token(lx, i); ti != nil {
		return *ti
	}
	return tokenInfo{}
}

// token returns the lexicons' tokenInfo of token i, nil for a word they
// do not hold. Every token is looked up when the docInfo is made
// (newDocInfo), in the lexicons given there, which lx is.
func (di *docInfo) token(lx *Lexicons, i int) *tokenInfo { return di.tokens[i] }

// tokenTable returns the lexicons' tokenInfo of every token (see token).
func (di *docInfo) tokenTable(lx *Lexicons) []*tokenInfo { return di.tokens }

// nounWords is lx.nounWords of tokens a to e (lowercased), answered from
// the per-token look-ups for one word and for a phrase whose last word
// ends no person noun of several words.
func (di *docInfo) nounWords(lx *Lexicons, a, e int) (nounInfo, bool) {
	if e-a < 1 || strings.IndexByte(di.lower[e-1], ' ') >= 0 {
		return lx.nounWords(di.lower[a:e])
	}
	ti := di.token(lx, e-1)
	if e-a == 1 {
		n := lx.nounOf(ti)
		if n == nil {
			return nounInfo{}, false
		}
		return *n, true
	}
	if ti == nil || !ti.has(bitNounTail) {
		return nounInfo{}, false
	}
	if h := di.token(lx, a); (h == nil || !h.has(bitNounHead)) && di.lower[a] != "" && strings.IndexByte(di.lower[a], ' ') < 0 {
		return nounInfo{}, false // a noun of several words starts with a word that starts one
	}
	var buf [64]byte
	return lx.nounBytes(joinWords(buf[:0], di.lower[a:e]))
}

// mayEndNoun reports whether a person noun may end at token e-1: when it
// does not, nounWords(lx, a, e) is false for every a before e.
func (di *docInfo) mayEndNoun(lx *Lexicons, e int) bool {
	if e < 1 || strings.IndexByte(di.lower[e-1], ' ') >= 0 {
		return true
	}
	ti := di.token(lx, e-1)
	return ti != nil && (ti.noun != 0 || ti.has(bitNounTail))
}

// nounAt is lx.noun of token i, lowercased, from the per-token look-ups.
func (di *docInfo) nounAt(lx *Lexicons, i int) (nounInfo, bool) {
	if n := lx.nounOf(di.token(lx, i)); n != nil {
		return *n, true
	}
	return nounInfo{}, false
}

// demonym is lx.demonyms of token i, lowercased, from the per-token
// look-ups: the country and whether the word is a demonym.
func (di *docInfo) demonym(lx *Lexicons, i int) (string, bool) {
	if ti := di.token(lx, i); ti != nil {
		return lx.infoString(ti.demonym), ti.isDemonym
	}
	return "", false
}

// isPhrase is lx.isWords(class, di.lower[a:e]) from the per-token
// look-ups: a phrase of several tokens whose first token starts no phrase
// of the class, or whose last token ends none (tokenInfo.heads, tails), is
// turned away without joining its words.
func (di *docInfo) isPhrase(lx *Lexicons, class cue, a, e int) bool {
	if bit := lx.phraseBit[class]; bit != 0 && e-a >= 2 && !startsPhrase(bit, di.tokens[a], di.tokens[e-1]) &&
		(di.tokens[a] != nil || wordNoSpace(di.lower[a])) && (di.tokens[e-1] != nil || wordNoSpace(di.lower[e-1])) {
		return false
	}
	return lx.isWords(class, di.lower[a:e])
}

// startsPhrase reports whether the word of first may start a phrase of
// the class whose bit of heads and tails is bit and the word of last end
// one: false when either is the first or the last word of none, or is nil,
// true when either has a space (bitSpaced).
func startsPhrase(bit uint32, first, last *tokenInfo) bool {
	if first == nil || last == nil {
		return false
	}
	return first.has(bitSpaced) || last.has(bitSpaced) || first.heads&bit != 0 && last.tails&bit != 0
}

// wordNoSpace reports whether w is a word without a space, not empty: the
// last word of a phrase whose last token it is.
func wordNoSpace(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == ' ' {
			return false
		}
	}
	return w != ""
}

// is reports whether token i, lowercased, is a word of the class in
// data/cues.tsv: di.is(lx, class, i) from the per-token look-ups.
func (di *docInfo) is(lx *Lexicons, class cue, i int) bool {
	return di.token(lx, i).isCue(class)
}

// pastPostNominals returns the token after the letters of honours (cue
// class post-nominal) that follow a name from token j in sentence sent
// ("Ann Holt DBE FRS"), j when none does.
func (di *docInfo) pastPostNominals(lx *Lexicons, j, sent int) int {
	toks := di.doc.Tokens
	for j < len(toks) && toks[j].Sentence == sent && di.is(lx, cuePostNominal, j) && isUpperString(toks[j].Text) {
		j++
	}
	return j
}

// newDocInfo makes the per-document facts the detectors share: the
// lowercase tokens, their look-ups in lx, quotations and sentence starts.
func newDocInfo(lx *Lexicons, doc *hearsay.Document) *docInfo { return newDocInfoReusing(lx, doc, nil) }

// newDocInfoReusing is newDocInfo making its arrays from those of sc, left
// by a document analysed before, when sc is not nil.
func newDocInfoReusing(lx *Lexicons, doc *hearsay.Document, sc *scratch) *docInfo {
	n := len(doc.Tokens)
	di := &docInfo{doc: doc, reuse: sc}
	var lower []string
	var flags []bool
	var tokens []*tokenInfo
	if sc != nil {
		lower, flags, tokens, di.capToks, di.quoteToks = sc.lower, sc.flags, sc.tokens, sc.capToks[:0], sc.quoteToks[:0]
		sc.lower, sc.flags, sc.tokens, sc.capToks, sc.quoteToks = nil, nil, nil, nil, nil
	}
	di.flags = cleared(flags, 3*n)
	di.lower, di.quoted, di.initial, di.capital = cleared(lower, n), di.flags[:n:n], di.flags[n:2*n:2*n], di.flags[2*n:]
	di.tokens = cleared(tokens, n)
	in := false
	var prev *hearsay.Token // the token before, nil at the first
	prevInitial := false
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		di.lower[i], di.tokens[i] = lx.lowerToken(t.Text, &di.lowerBuf)
		if !di.hasNER && t.NER != "" && t.NER != "O" {
			di.hasNER = true // asked until a token has a name tag
		}
		if !di.hasPOS && t.XPOS != "" {
			di.hasPOS = true
		}
		if isCap(t.Text) {
			di.capToks = append(di.capToks, int32(i))
			di.capital[i] = true
		}
		if isQuote(t.Text) {
			di.quoteToks = append(di.quoteToks, int32(i))
			in = quoteOpens(t.Text, in)
			di.initial[i] = true
		} else {
			di.quoted[i] = in
			di.initial[i] = prev == nil || prev.Sentence != t.Sentence || prevInitial && !isWordy(prev.Text) || prev.Text == ":"
		}
		prev, prevInitial = t, di.initial[i]
	}
	di.answers, di.firstQuestion = InterviewAnswers(doc)
	return di
}

// seenCap reports whether word w is seen capitalised away from a sentence
// start somewhere in the document; the words are gathered on the first call.
func (di *docInfo) seenCap(w string) bool {
	if di.capSeen == nil {
		di.capSeen = map[string]bool{}
		for i := range di.doc.Tokens {
			t := &di.doc.Tokens[i]
			if !di.initial[i] && isCap(t.Text) {
				di.capSeen[t.Text] = true
			}
		}
	}
	return di.capSeen[w]
}

// lowerWords is lowerJoin(m.words): for a name of one token written as
// the token is, the token's lowercase, already made.
func (di *docInfo) lowerWords(m *ment) string {
	if len(m.words) == 1 && m.tok0 >= 0 && m.tok0 < len(di.lower) && m.words[0] == di.doc.Tokens[m.tok0].Text {
		return di.lower[m.tok0]
	}
	return di.lowerJoin(m.words)
}

// lowerJoin is lowerJoin(words). Words of ASCII are joined and lowered
// into the document's shared chunks of bytes (as lowerToken does) instead
// of an allocation each; a single word without a capital is itself.
func (di *docInfo) lowerJoin(words []string) string {
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	if n <= 0 {
		return ""
	}
	di.roomFor(n)
	off := len(di.lowerBuf)
	for k, w := range words {
		if k > 0 {
			di.lowerBuf = append(di.lowerBuf, ' ')
		}
		var ascii bool
		if di.lowerBuf, ascii = text.AppendLowerASCII(di.lowerBuf, w); !ascii {
			di.lowerBuf = di.lowerBuf[:off] // given back: nothing cut from it
			return lowerJoin(words)
		}
	}
	key := di.lowerBuf[off:]
	if len(words) == 1 && string(key) == words[0] {
		di.lowerBuf = di.lowerBuf[:off] // a word without a capital is its own lowercase
		return words[0]
	}
	return unsafe.String(&key[0], n)
}

// roomFor makes room for n more bytes in the chunk di.lowerBuf, starting
// a new chunk when the last has too little left.
func (di *docInfo) roomFor(n int) {
	const chunk = 2048
	if cap(di.lowerBuf)-len(di.lowerBuf) < n {
		di.lowerBuf = make([]byte, 0, max(chunk, n))
	}
}

// keepString returns string(b), copied into the document's shared chunks
// of bytes (see lowerJoin) instead of an allocation of its own.
func (di *docInfo) keepString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	di.roomFor(len(b))
	off := len(di.lowerBuf)
	di.lowerBuf = append(di.lowerBuf, b...)
	return unsafe.String(&di.lowerBuf[off], len(b))
}

// lowerToken returns strings.ToLower(w) and lx.tokenWord of it, reading
// the bytes of w once: an ASCII word is hashed (wordHash) as it is
// lowered. A word with capitals is lowercased into *buf, a chunk of bytes
// cut into strings and not written again (as strings.Builder's are not),
// instead of an allocation of its own; *buf becomes a new chunk when it
// has too little room. A word without one is its own lowercase.
func (lx *Lexicons) lowerToken(w string, buf *[]byte) (string, *tokenInfo) {
	// every byte is lowered by a table and hashed, without a branch; the
	// union of the bytes tells ASCII, that of the changes a capital
	h := hashStart
	var all, changed byte
	for j := 0; j < len(w); j++ {
		c := w[j]
		l := text.LowerASCIIByte(c)
		all |= c
		changed |= l ^ c
		h = hashStep(h, l)
	}
	if all >= utf8.RuneSelf {
		lw := strings.ToLower(w)
		return lw, lx.tokenWord(lw)
	}
	lw := w
	if changed != 0 {
		lw = lowerInto(buf, w)
	}
	if len(lw) == 1 {
		return lw, lx.byteWords[lw[0]]
	}
	if !lx.wordTable.mayHold(h) {
		return lw, nil // about half the words of an article
	}
	i, _ := lx.wordTable.getHashed(lw, h)
	return lw, lx.tokenIndex(i)
}

// lowerInto lowercases the ASCII word w into the chunk *buf (see
// lowerToken) and returns it.
func lowerInto(buf *[]byte, w string) string {
	const chunk = 2048
	b := *buf
	if cap(b)-len(b) < len(w) {
		b = make([]byte, 0, max(chunk, len(w)))
	}
	off := len(b)
	b, _ = text.AppendLowerASCII(b, w) // room made, every byte ASCII
	*buf = b
	return unsafe.String(&b[off], len(w))
}

func isQuote(s string) bool {
	if s == "" || s[0] != '"' && s[0] != '`' && s[0] != '\'' && s[0] != "“"[0] {
		return false // no quotation mark starts so ("“" and "”" share their first byte)
	}
	switch s {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

// quoteOpens returns whether the quotation is open after quote mark q.
func quoteOpens(q string, open bool) bool {
	switch q {
	case "“", "``":
		return true
	case "”", "''":
		return false
	}
	return !open
}

// isCap reports whether s starts with an upper-case letter. The ASCII
// test is small enough to be inlined; other words go to isCapRune.
func isCap(s string) bool {
	if s == "" || s[0] >= utf8.RuneSelf {
		return isCapRune(s)
	}
	return s[0]-'A' < 26 // unicode.IsUpper of an ASCII letter, A to Z
}

// isCapRune is isCap of a word that is empty or starts with a byte
// outside ASCII.
func isCapRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isUpperString reports whether strings.ToUpper(s) == s without building
// the uppercase: s is valid UTF-8 and upper-casing leaves each of its
// runes as it is.
func isUpperString(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false // an invalid byte becomes U+FFFD
		}
		i += size
	}
	return true
}

func isWordy(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isAlphaWord reports whether s is a word of letters, hyphens,
// apostrophes and periods that starts with a letter. ASCII words are read
// byte by byte, each classed by alphaClass; others go to isAlphaRunes.
func isAlphaWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if k := alphaClass[s[i]]; k != alphaLetter {
			if k == alphaHigh {
				return isAlphaRunes(s)
			}
			if k == alphaOther {
				return false
			}
		}
	}
	return alphaClass[s[0]] == alphaLetter
}

// Classes of bytes for isAlphaWord (alphaClass).
const (
	alphaOther  = iota // a byte no alpha word holds
	alphaLetter        // an ASCII letter
	alphaInner         // a hyphen, an apostrophe or a period
	alphaHigh          // a byte of a letter outside ASCII, maybe
)

// alphaClass is the class of each byte for isAlphaWord. It is only read.
var alphaClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = alphaHigh
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			t[c] = alphaLetter
		case c == '-' || c == '\'' || c == '.':
			t[c] = alphaInner
		}
	}
	return t
}()

// isAlphaRunes is isAlphaWord of a word that is not all ASCII.
func isAlphaRunes(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func isPossMarker(s string) bool {
	switch s {
	case "'s", "’s", "'", "’", "'S":
		return true
	}
	return false
}

// detect finds the mentions of a document: names, pronouns, nominals, groups.
func (lx *Lexicons) detect(di *docInfo, allPronouns bool) []*ment {
	inName := make([]bool, len(di.doc.Tokens))
	names := lx.nameMentions(di)
	for _, m := range names {
		for i := m.tok0; i < m.tok1; i++ {
			inName[i] = true
		}
	}
	// Each kind's list is in text order (sortMents) already, mostly: merged,
	// they are as sorting them one after another would make them.
	ms := mergeMents(names, lx.pronounMentions(di, inName, allPronouns))
	ms = mergeMents(ms, lx.groupMentions(di, inName))
	return mergeMents(ms, lx.nominalMentions(di, inName, ms))
}

// compareMents orders mentions by first token, longer first.
func compareMents(a, b *ment) int {
	if a.tok0 != b.tok0 {
		return cmp.Compare(a.tok0, b.tok0)
	}
	return cmp.Compare(b.tok1, a.tok1)
}

// sortMents sorts mentions by first token, longer first, keeping the
// order of equal ones.
func sortMents(ms []*ment) {
	slices.SortStableFunc(ms, compareMents)
}

// mergeMents returns a and b in a new list, sorted as sortMents sorts a
// followed by b: a stable merge when each is sorted already, a sort
// otherwise.
func mergeMents(a, b []*ment) []*ment {
	out := make([]*ment, 0, len(a)+len(b))
	if !slices.IsSortedFunc(a, compareMents) || !slices.IsSortedFunc(b, compareMents) {
		out = append(append(out, a...), b...)
		sortMents(out)
		return out
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if compareMents(b[j], a[i]) < 0 {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i]) // a's first among equals, as a stable sort keeps them
			i++
		}
	}
	return append(append(out, a[i:]...), b[j:]...)
}

// nameMentions finds name mentions from NER tags, or from capitalisation when the
// document has no NER layer.
func (lx *Lexicons) nameMentions(di *docInfo) []*ment {
	var spans [][3]int // tok0, tok1, type index
	if di.hasNER {
		var room [][3]int
		if di.reuse != nil {
			room = spareSpans(&di.reuse.spans)
		}
		spans = nerSpans(di.doc.Tokens, room)
		spans = lx.titledSpans(di, spans)
		spans = lx.joinPatronyms(di, spans)
		spans = lx.joinFamilyFirst(di, spans)
		lx.particlesBefore(di, spans)
		lx.givenNamesBefore(di, spans)
		lx.titleGivenNamesBefore(di, spans)
		lx.surnamesAfter(di, spans)
		lx.kinGivenNames(di, spans)
		lx.holdersAfterIn(di, spans)
		spans = lx.givenPlaceSurnames(di, spans)
		spans = lx.nameLists(di, spans)
		lx.retypeGivenSubjects(di, spans)
		lx.retypeAgedGivens(di, spans)
		spans = append(spans, lx.missedPeople(di, spans)...)
		spans = append(spans, lx.missedGivenSubjects(di, spans)...)
		spans = append(spans, lx.missedAgedGivens(di, spans)...)
		spans = append(spans, missedSurnames(di, spans)...)
		spans = append(spans, lx.missedOrgs(di, spans)...)
		spans = append(spans, lx.missedEvents(di, spans)...)
		spans = append(spans, lx.missedScoreSides(di, spans)...)
		spans = append(spans, lx.missedEmployers(di, spans)...)
		lx.retypeFirmSubjects(di, spans)
		spans = append(spans, lx.missedFirmSubjects(di, spans)...)
		spans = append(spans, lx.missedPostBodies(di, spans)...)
		spans = append(spans, lx.missedPlaces(di, spans)...)
		spans = append(spans, lx.missedParties(di, spans)...)
		spans = append(spans, lx.missedPlatformX(di, spans)...)
		spans = append(spans, lx.coupleFirstSpans(di, spans)...)
		spans = append(spans, lx.sharedSurnameFirsts(di, spans)...)
		spans = append(spans, lx.stageNameSpans(di, spans)...)
		spans = lx.raceHeadings(di, spans)
		slices.SortFunc(spans, func(a, b [3]int) int { return cmp.Compare(a[0], b[0]) }) // sort.Slice's pdqsort, with no reflection
		lx.ordinalUnits(di, spans)
		spans = lx.joinAmpersands(di, spans)
		spans = lx.joinJointNames(di, spans)
		spans = lx.joinPartySpans(di, spans)
		spans = lx.joinOfSpans(di, spans)
		spans = lx.joinVenueAt(di, spans)
		spans = lx.joinJointBodies(di, spans)
		spans = lx.joinEventSpans(di, spans)
		spans = lx.joinCuedForSpans(di, spans)
		spans = lx.mendOrgChains(di, spans)
		lx.extendOrgSuffix(di, spans)
		lx.trimTitleOf(di, spans)
		lx.stateBodies(di, spans)
		lx.parishBodies(di, spans)
		spans = lx.trimOfficeChains(di, spans)
		lx.trimTrailingPosts(di, spans)
		spans = lx.trimEndowedPosts(di, spans)
		lx.joinNameArticles(di, spans)
		di.spans = spans
	} else {
		spans = lx.capSpans(di)
	}
	nicks := lx.nicknames(di)
	parens, covered := lx.parenNames(di)
	spouses, spouseSpans := lx.parenSpouses(di, covered)
	parens, covered = append(parens, spouses...), append(covered, spouseSpans...)
	heads, headSpans := lx.noticeHeads(di)
	parens, covered = append(parens, heads...), append(covered, headSpans...)
	out := handles(di)
	out = append(out, parens...)
	pairs := lx.titledPairs(di)
	pairs = append(pairs, lx.quotedWorks(di)...)
	pairs = append(pairs, lx.cuedTitles(di, pairs)...)
	out = append(out, pairs...)
	out = append(out, nicks...)
	// The spans kept are split by each splitter in turn, all of them at
	// once, and then made mentions: each step's code stays in the caches
	// for all the spans instead of being read again for each.
	// the two buffers are cut from one array with room for the spans
	// split in two, so that most documents grow neither
	n := 2*len(spans) + 8
	room := make([][3]int, 2*n)
	split, parts := room[:0:n], room[n:n:2*n]
	for _, s := range spans {
		inside := false
		for _, n := range nicks {
			inside = inside || s[0] < n.tok1 && n.tok0 < s[1]
		}
		for _, n := range covered {
			inside = inside || s[0] < n.tok1 && n.tok0 < s[1]
		}
		if inside || di.doc.Skipped(spanOf(di.doc.Tokens, s[0], s[1])) {
			continue // boilerplate names are read from the credits (credits.go)
		}
		if s[2] != nerPER && inTimex(di.doc, spanOf(di.doc.Tokens, s[0], s[1])) {
			continue // "Christmas Eve 2018", "Labor Day": a time, not an entity
		}
		if pairs.overlaps(s[0], s[1]) {
			continue
		}
		split = lx.splitTerritory(di, s, split)
	}
	// each splitter maps every part to its parts, in order; they append
	// to two buffers in turn
	parts = lx.splitAtPossDeterminer(di, split, parts)
	split = lx.splitGivenPair(di, parts, split[:0])
	lx.kinGivenName(di, split)
	parts = lx.splitAtBreak(di, split, parts[:0])
	split = lx.splitOutletName(di, parts, split[:0])
	parts = lx.splitPostBeforeName(di, split, parts[:0])
	split = lx.splitPersonOfPlace(di, parts, split[:0])
	parts = lx.splitRoleOfPlace(di, split, parts[:0])
	split = lx.splitTitleCaseHeading(di, parts, split[:0])
	parts = splitCounty(di, split, parts[:0])
	split = lx.splitPlaceParty(di, parts, split[:0])
	parts, split = split, parts
	out = slices.Grow(out, len(parts)+8) // a mention a part, and a few regions before titles
	for _, part := range parts {
		if m := lx.nameMention(di, part[0], part[1], part[2]); m != nil {
			out = append(out, m)
			if r := lx.regionBeforeTitle(di, m, spans); r != nil {
				out = append(out, r)
			} else if r := lx.townBeforeTitle(di, m, spans); r != nil {
				out = append(out, r)
			}
		}
	}
	completeNames(di, out)
	lx.maidenNames(di, out)
	sortMents(out)
	return lx.joinConnected(di, out)
}

// demonymBeforeGiven reports whether token a is a demonym of
// data/demonyms.tsv ("Scot", "Dane", "Kiwi") and the token after it a given
// name of data/names.tsv: a nationality told before a person's name.
func (lx *Lexicons) demonymBeforeGiven(di *docInfo, a int) bool {
	if a+1 >= len(di.lower) || lx.names[di.lower[a+1]] == 0 {
		return false
	}
	_, dem := di.demonym(lx, a)
	return dem
}

// givenNameInList reports whether the one word of m, a demonym that is
// also a given name ("Finn", "Dane"), names someone: it stands alone
// between punctuation or "and" ("three children, Ivy, Finn and Oskar",
// "son Finn, 7"), with no article before it ("a Finn") and no name after
// it ("Finn Kai Lehto").
func (lx *Lexicons) givenNameInList(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	a := m.tok0
	if m.tok1 != a+1 || a == 0 || toks[a-1].Sentence != m.sent {
		return false
	}
	if _, ok := lx.names[di.lower[a]]; !ok {
		return false
	}
	if a+1 < len(toks) && toks[a+1].Sentence == m.sent && isCap(toks[a+1].Text) && isAlphaWord(toks[a+1].Text) {
		return false // "Finn Kai Lehto": the nationality of the name after it
	}
	switch di.lower[a-1] {
	case ",", "and", "&", ";", ":", "(":
		return true
	}
	info, ok := lx.noun(di.lower[a-1])
	return ok && info.isKin && info.class == "child" // "son Finn"
}

// maidenNames gives a name followed by a birth surname in parentheses or
// commas ("Ann Kerr (née Dale)", "Ann Kerr, née Dale,", cue class
// maiden-mark; honours after the name may come between) that surname as its
// nickname: "Dale" alone later in the text is the same person, not a
// relative whose full name ends in it.
func (lx *Lexicons) maidenNames(di *docInfo, ms []*ment) {
	toks := di.doc.Tokens
	for _, m := range ms {
		p := di.pastPostNominals(lx, m.tok1, m.sent) // "Ann Kerr DBE (née Dale)"
		if m.kind != hearsay.NameMention || m.nick != "" || m.typ != "" && m.typ != hearsay.Person || p+2 >= len(toks) ||
			toks[p].Text != "(" && toks[p].Text != "," || toks[p+2].Sentence != m.sent || !lx.is(cueMaidenMark, di.lower[p+1]) ||
			!isCap(toks[p+2].Text) || !isAlphaWord(toks[p+2].Text) {
			continue
		}
		m.nick = toks[p+2].Text
	}
}

// joinConnected makes one organisation of two names the tagger split at a
// connective of cue class name-connective ("Maíz y Sal", "Holbrook &
// Pace"), unless either is titled or starts with a known given name (two
// people: "Brad & Angelina"), and one name of two split at a lowercase
// particle of cue class name-particle ("Deportivo Mar del Plata"), an
// organisation when the second is one.
func (lx *Lexicons) joinConnected(di *docInfo, ms []*ment) []*ment {
	toks := di.doc.Tokens
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 {
			a := out[n-1]
			if a.kind == hearsay.NameMention && m.kind == hearsay.NameMention && m.sent == a.sent && a.title == "" && m.title == "" && !a.poss &&
				(m.tok0 == a.tok1+1 || m.tok0 == a.tok1) && !lx.looksPersonal(a.words) && !lx.looksPersonal(m.words) {
				if m.tok0 == a.tok1+1 && lx.is(cueNameConnective, toks[a.tok1].Text) {
					a.words = append(append(append([]string(nil), a.words...), toks[a.tok1].Text), m.words...)
					a.tok1, a.head, a.poss, a.typ = m.tok1, m.head, m.poss, hearsay.Org
					continue
				}
				if m.tok0 == a.tok1+1 && !isCap(toks[a.tok1].Text) && lx.is(cueNameParticle, toks[a.tok1].Text) {
					a.words = append(append(append([]string(nil), a.words...), toks[a.tok1].Text), m.words...)
					if m.typ == hearsay.Org {
						a.typ = hearsay.Org
					}
					a.tok1, a.head, a.poss = m.tok1, m.head, m.poss
					continue // "Deportivo Mar" + "del" + "Plata": a name the tagger cut at a particle
				}
				if m.tok0 == a.tok1 && lx.andOrgHead(di, m.tok0, m) {
					a.words = append(append([]string(nil), a.words...), m.words...)
					a.tok1, a.head, a.poss, a.typ = m.tok1, m.head, m.poss, hearsay.Org
					continue // "Allied Health" + "and Care Workers' Union"
				}
				if m.tok0 == a.tok1+1 && di.lower[a.tok1] == "and" && a.typ != hearsay.Person && slices.Contains(a.words, "of") && lx.fieldWords(m.words) {
					a.words = append(append(append([]string(nil), a.words...), toks[a.tok1].Text), m.words...)
					a.tok1, a.head, a.poss, a.typ = m.tok1, m.head, m.poss, hearsay.Org
					continue // "Royal Welsh College of Music" + "and" + "Drama": one body of two fields
				}
				if m.tok0 == a.tok1 && ofNameTail(di, m) {
					a.words = append(append([]string(nil), a.words...), m.words...)
					a.tok1, a.head, a.poss = m.tok1, m.head, m.poss
					if a.typ != hearsay.Event {
						a.typ = hearsay.Org
					}
					continue // "African Cup" + "of Nations": a name the tagger cut at "of"
				}
				if m.tok0 == a.tok1+1 && di.lower[a.tok1] == "and" && a.typ != hearsay.Person && len(a.words) > 1 && len(m.words) > 1 &&
					lx.outlets.OrgHead(m.words[len(m.words)-1]) && !lx.outlets.OrgHead(a.words[len(a.words)-1]) {
					a.words = append(append(append([]string(nil), a.words...), toks[a.tok1].Text), m.words...)
					a.tok1, a.head, a.poss, a.typ = m.tok1, m.head, m.poss, hearsay.Org
					continue // "Lake District Search" + "and" + "Mountain Rescue Association": one organisation
				}
			}
		}
		out = append(out, m)
	}
	for _, a := range out {
		lx.extendConnected(di, a, out)
	}
	return out
}

// ofNameTail reports whether name m, which the tagger started with a
// lowercase "of", goes on with a capitalised word: the tail of a name cut
// before it ("of Nations").
func ofNameTail(di *docInfo, m *ment) bool {
	return len(m.words) >= 2 && di.lower[m.tok0] == "of" && di.doc.Tokens[m.tok0].Text == "of" && isCap(m.words[1])
}

// andOrgHead reports whether token i is "and" and name m, which the
// tagger started with it, ends in a head word of organisation names
// (data/name_heads.tsv in the name tagger): "Allied Health" and "and Care
// Workers' Union" are one organisation.
func (lx *Lexicons) andOrgHead(di *docInfo, i int, m *ment) bool {
	return di.lower[i] == "and" && len(m.words) > 0 && lx.outlets.OrgHead(m.words[len(m.words)-1])
}

// extendConnected extends a name over a connective and the capitalised
// words the tagger left out after it ("Maíz y Sal" where only "Maíz" was
// tagged).
func (lx *Lexicons) extendConnected(di *docInfo, a *ment, ms []*ment) {
	toks := di.doc.Tokens
	c := a.tok1
	if a.kind != hearsay.NameMention || a.title != "" || a.poss || c+1 >= len(toks) || toks[c+1].Sentence != a.sent ||
		!lx.is(cueNameConnective, toks[c].Text) || lx.looksPersonal(a.words) {
		return
	}
	e := c + 1
	for e < len(toks) && toks[e].Sentence == a.sent && isCap(toks[e].Text) && isAlphaWord(toks[e].Text) && !di.is(lx, cueCapstop, e) {
		e++
	}
	if e == c+1 {
		return
	}
	for _, m := range ms {
		if m != a && m.tok0 < e && m.tok1 > c {
			return // another name there: joinConnected's case, or none
		}
	}
	a.words = append(append([]string(nil), a.words...), textsOf(toks[c:e])...)
	a.tok1, a.head, a.typ = e, e-1, hearsay.Org
}

// trimPlaceSuffix removes a suffix of class place-suffix from the last
// word of a name ("Cincinnati-based" is Cincinnati) and reports whether it
// did: the name is then a place.
func (lx *Lexicons) trimPlaceSuffix(m *ment) bool {
	last := m.words[len(m.words)-1]
	i := lastDash(last)
	if i <= 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(last[i:])
	if !lx.isLower(cuePlaceSuffix, "-"+last[i+size:]) {
		return false
	}
	m.words = append(append([]string(nil), m.words[:len(m.words)-1]...), last[:i])
	return true
}

// trimFormerPrefix removes from the first word of name m a prefix of cue
// class former-mod written with a hyphen before a capital ("Ex-Brisk
// Foods chief executive Ben Toller", "ex-Harlow Town striker Dan Moss"):
// the name is the firm's or the club's the person left, the prefix says
// the post is past.
func (lx *Lexicons) trimFormerPrefix(m *ment) {
	w := m.words[0]
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || !isCap(w[i+1:]) || !lx.isLower(cueFormerMod, w[:i+1]) {
		return
	}
	m.words[0] = w[i+1:]
}

// lastDash is strings.LastIndexAny(s, "-‐–"), with no rune decoding for
// an ASCII word.
func lastDash(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.LastIndexAny(s, "-‐–")
		}
	}
	return strings.LastIndexByte(s, '-')
}

// modifiesNoun reports whether a one-word name is followed by a lowercase
// common noun of the same sentence, which it modifies: one the tagger
// tags a noun, or a person noun of data/occupations.tsv or roles.tsv
// ("a two-time Olympic champion").
func (lx *Lexicons) modifiesNoun(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	e := m.tok1
	if m.poss || e >= len(toks) || toks[e].Sentence != m.sent || !di.hasPOS {
		return false
	}
	t := toks[e]
	if n, ok := di.nounAt(lx, e); ok && (n.isOcc || n.isRole) && t.Text == di.lower[e] {
		return true // "a two-time Olympic champion", whatever tag the noun got
	}
	return (t.XPOS == "NN" || t.XPOS == "NNS") && t.Text == di.lower[e] && !di.is(lx, cueOutletAfter, e) // "Rhythm magazine" names
}

// isAcronymWord reports whether w is an acronym: two or more capital letters,
// with digits or a hyphenated part allowed ("NFL", "WKXR-TV").
func isAcronymWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2 && w[0] >= 'A' && w[0] <= 'Z'
}

// inTimex reports whether a time expression holds all of span sp.
func inTimex(doc *hearsay.Document, sp hearsay.Span) bool {
	for i := range doc.Timexes { // by index: a Timex is large to copy
		if doc.Timexes[i].Span.Contains(sp) {
			return true
		}
	}
	return false
}

// mentList is a list of mentions.
type mentList []*ment

// overlaps reports whether a mention of the list overlaps tokens [a, b).
func (l mentList) overlaps(a, b int) bool {
	for _, m := range l {
		if m.tok0 < b && a < m.tok1 {
			return true
		}
	}
	return false
}

// quotedWorks finds titles in quotation marks after a work cue (the
// podcast "Hearts on Fire," the thriller "The Glass Orchard"): one to eight
// words, each capitalised or a minor word of titles (title-minor in
// data/cues.tsv), whatever the name tagger made of them.
func (lx *Lexicons) quotedWorks(di *docInfo) mentList {
	toks := di.doc.Tokens
	var out mentList
	next := 1 // the first token a quotation mark may be at
	for _, c := range di.quoteToks {
		q := int(c)
		if q+1 >= len(toks) {
			break
		}
		if q < next || !di.quoted[q+1] || di.quoted[q] && q > 0 && di.quoted[q-1] {
			continue
		}
		kind := lx.workCue(di, q)
		if kind == "" && toks[q-1].Text == "," {
			kind = lx.workCue(di, q-1) // `their podcast, "Hearts on Fire,"`
		}
		if kind == "" {
			continue
		}
		a, b := q+1, q+1
		for b < len(toks) && b < a+9 && toks[b].Sentence == toks[q].Sentence && !isQuote(toks[b].Text) {
			b++
		}
		if b >= len(toks) || !isQuote(toks[b].Text) || b == a || b >= a+9 {
			continue
		}
		e := b
		for e > a && (toks[e-1].Text == "," || toks[e-1].Text == ".") {
			e--
		}
		if e == a || !isCap(toks[a].Text) || !lx.quotedTitleWords(di, a, e) {
			continue
		}
		m := lx.nameMention(di, a, e, nerMISC)
		if m == nil {
			continue
		}
		m.tok0, m.words, m.typ, m.workKind, m.quotedTitle = a, titleTexts(toks[a:e]), hearsay.Work, kind, true
		out = append(out, m)
		next = b + 1
	}
	return out
}

// cuedTitles finds unquoted titles of works of two capitalised words or
// more with minor words between them (cue class title-minor), or of an
// article of cue class title-article and capitalised words, right after a
// cue of data/workcues.tsv, or after such a cue and a comma: "the talk
// show Ray in the Afternoon", "a syndicated talk program, Ray in the
// Afternoon,", "the drama The Long Tide". The name tagger splits them at
// the minor words or leaves them out.
func (lx *Lexicons) cuedTitles(di *docInfo, have mentList) mentList {
	toks := di.doc.Tokens
	var out mentList
	next := 1 // the first token a title may start at
	for _, c := range di.capToks {
		a := int(c)
		if a < next || di.quoted[a] {
			continue
		}
		kind := lx.workCue(di, a) // asked first: most capitalised words follow no cue
		if kind == "" && toks[a-1].Text == "," {
			kind = lx.workCue(di, a-1)
		}
		if kind == "" || !isAlphaWord(toks[a].Text) || di.is(lx, cueTitleMinor, a) && !di.is(lx, cueTitleArticle, a) || insideTaggedName(toks, a) {
			continue
		}
		e, minor := a+1, false
		for k := a + 1; k < len(toks) && k < a+8 && toks[k].Sentence == toks[a].Sentence && isAlphaWord(toks[k].Text); k++ {
			if isCap(toks[k].Text) {
				e = k + 1
			} else if di.is(lx, cueTitleMinor, k) {
				if k+1 < len(toks) && strings.HasSuffix(toks[k+1].NER, "-LOC") && di.is(lx, cueLocativeMinor, k) {
					break // "the series Harbour Lights in Cornwall": a place after the title
				}
				minor = true
			} else {
				break
			}
		}
		article := e-a >= 2 && di.is(lx, cueTitleArticle, a) // "the BBC drama The Long Tide"
		if !(minor && e-a >= 3 || article) || !lx.titleWords(di, a, e) || have.overlaps(a, e) {
			continue
		}
		m := lx.nameMention(di, a, e, nerMISC)
		if m == nil {
			continue
		}
		m.tok0, m.tok1, m.words, m.typ, m.workKind = a, e, textsOf(toks[a:e]), hearsay.Work, kind
		out = append(out, m)
		next = e + 1
	}
	return out
}

// insideTaggedName reports whether token a goes on a name the tagger
// began before it: a cue word inside that name ("the Sydney Opera House",
// "the Leeds Playhouse Film Club") starts no title after it.
func insideTaggedName(toks []hearsay.Token, a int) bool {
	return a > 0 && strings.HasPrefix(toks[a].NER, "I-")
}

// titleWords reports whether tokens [a, b) are capitalised words or minor
// words of titles.
func (lx *Lexicons) titleWords(di *docInfo, a, b int) bool {
	for i := a; i < b; i++ {
		t := di.doc.Tokens[i].Text
		if !isAlphaWord(t) || !isCap(t) && !di.is(lx, cueTitleMinor, i) {
			return false
		}
	}
	return true
}

// titleTexts returns the words of a quoted title, each comma and
// possessive marker joined to the word before it ("Salt,", "One's").
func titleTexts(toks []hearsay.Token) []string {
	out := make([]string, 0, len(toks))
	for i, t := range toks {
		if i > 0 && (t.Text == "," || isPossMarker(t.Text)) {
			out[len(out)-1] += t.Text
			continue
		}
		out = append(out, t.Text)
	}
	return out
}

// quotedTitleWords reports whether tokens [a, b), inside quotation marks,
// are the words of a title (titleWords) with, between them, commas, "&"
// and possessive markers ("Bread, Salt and Fire", "Salt, Fat, Family",
// "A Kitchen of One's Own"), none of them first or last.
func (lx *Lexicons) quotedTitleWords(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	for i := a; i < b; i++ {
		switch t := toks[i].Text; {
		case i > a && i < b-1 && (t == "," || t == "&"), i > a && isPossMarker(t):
		case !isAlphaWord(t) || !isCap(t) && !di.is(lx, cueTitleMinor, i):
			return false
		}
	}
	return true
}

// titledPairs reads "Duke and Duchess of Ardenne" (two capitalised titles
// of rank, "and", "of" and capitalised words) as a group of two people
// over "Duke and Duchess" and a place, whatever the name tagger made of
// them.
func (lx *Lexicons) titledPairs(di *docInfo) mentList {
	toks := di.doc.Tokens
	var out mentList
	next := 0 // the first token a pair may start at
	for _, c := range di.capToks {
		a := int(c) - 4 // the name after "X and Y of" is capitalised
		if a < next || di.lower[a+1] != "and" || !lx.is(cueRankTitle, lx.honorific(di, a)) || !lx.is(cueRankTitle, lx.honorific(di, a+2)) ||
			di.lower[a+3] != "of" || !isCap(toks[a+4].Text) || toks[a+4].Sentence != toks[a].Sentence {
			continue
		}
		out = append(out, &ment{tok0: a, tok1: a + 3, head: a + 2, sent: toks[a].Sentence, kind: hearsay.GroupMention, typ: hearsay.Person,
			gender: 'u', number: 'p', person: 3, groupSize: 2, quoted: di.quoted[a], ent: -1, rule: "group-titles"})
		e := a + 4
		for e < len(toks) && toks[e].Sentence == toks[a].Sentence && isCap(toks[e].Text) && isAlphaWord(toks[e].Text) {
			e++
		}
		if m := lx.nameMention(di, a+4, e, nerLOC); m != nil {
			out = append(out, m)
		}
		next = e
	}
	return out
}

// completeNames extends a one-word name to the capitalised word before it
// when the two make a longer name the text uses elsewhere ("told Star
// Signal" where the tagger took only "Signal").
func completeNames(di *docInfo, ms []*ment) {
	toks := di.doc.Tokens
	long := map[string]*ment{}
	for _, m := range ms {
		if m.kind == hearsay.NameMention && len(m.words) == 2 {
			long[di.lowerJoin(m.words)] = m
		}
	}
	for _, m := range ms {
		p := m.tok0 - 1
		if m.kind != hearsay.NameMention || len(m.words) != 1 || m.title != "" || p < 0 || toks[p].Sentence != m.sent || !isCap(toks[p].Text) {
			continue
		}
		if o, ok := long[di.lower[p]+" "+strings.ToLower(m.words[0])]; ok {
			m.tok0, m.words = p, append([]string{toks[p].Text}, m.words...)
			if m.typ == "" || m.typ == hearsay.Person && o.typ != hearsay.Person {
				m.typ = o.typ
			}
			m.outlet = o.outlet
		}
	}
}

// regionBeforeTitle returns a place mention for a region the tagger left
// out right before a titled name ("Idaho Gov. Brad Little", "New Mexico
// Sen. Ana Ruiz"), or nil.
func (lx *Lexicons) regionBeforeTitle(di *docInfo, m *ment, spans [][3]int) *ment {
	if m.title == "" {
		return nil
	}
	toks := di.doc.Tokens
	for n := 3; n >= 1; n-- {
		a := m.tok0 - n
		if a < 0 || toks[a].Sentence != m.sent || !isCap(toks[a].Text) {
			continue
		}
		if lx.region(di.doc.Text[toks[a].Start:toks[m.tok0-1].End]) == "" {
			continue
		}
		for _, s := range spans {
			if s[0] < m.tok0 && a < s[1] {
				return nil // the tagger named it already
			}
		}
		return lx.nameMention(di, a, m.tok0, nerLOC)
	}
	return nil
}

// townBeforeTitle returns a place mention for the one or two capitalised
// words the tagger left out right before a titled name whose title is a
// town's office of cue class town-title ("Port Ellis Mayor Dana Ruiz said",
// "Kelby Councilwoman Ana Roe", opening a sentence as the tagger reads
// them worst): the town whose office it is, or nil. A given name, a
// demonym, a title or a word that no name holds ("Former", "Deputy")
// is none.
func (lx *Lexicons) townBeforeTitle(di *docInfo, m *ment, spans [][3]int) *ment {
	if m.title == "" || m.typ != hearsay.Person || !lx.is(cueTownTitle, m.title) || m.tok0 == 0 {
		return nil
	}
	toks := di.doc.Tokens
	a := m.tok0
	for a > 0 && m.tok0-a < 2 && toks[a-1].Sentence == m.sent && lx.townWord(di, a-1) {
		a--
	}
	if a == m.tok0 || a > 0 && toks[a-1].Sentence == m.sent && isCap(toks[a-1].Text) {
		return nil // no town, or a longer run of capitals than a town's name
	}
	if _, given := lx.nameGender(toks[a].Text); given && a+1 < m.tok0 {
		return nil // "Ana Roe Mayor ...": a person's name
	}
	for _, s := range spans {
		if s[0] < m.tok0 && a < s[1] {
			return nil // the tagger named it already
		}
	}
	return lx.nameMention(di, a, m.tok0, nerLOC)
}

// townWord reports whether token k may be a word of a town's name before a
// title (townBeforeTitle): capitalised, alphabetic, and none of a title, a
// demonym, a known given name alone, a role's qualifier or a word the cue
// lists keep from names.
func (lx *Lexicons) townWord(di *docInfo, k int) bool {
	w := di.doc.Tokens[k].Text
	if !isCap(w) || !isAlphaWord(w) || isUpperString(w) && len(w) > 1 {
		return false
	}
	lw := di.lower[k]
	if lx.honorific(di, k) != "" || lx.is(cueCapstop, lw) || lx.is(cueNotAName, lw) || di.is(lx, cueRoleQualifier, k) || di.is(lx, cueHeadRole, k) {
		return false
	}
	if _, dem := lx.demonyms[lw]; dem {
		return false
	}
	_, noun := lx.nouns[lw]
	return !noun
}

// lonelySuffix reports whether token a is a word of cue class
// club-suffix or a last word of data/orgwords.tsv that cannot name
// anything alone, after a capitalised proper noun of the same sentence the
// tagger left out, which no cue class takes for a stop word or a title.
func (lx *Lexicons) lonelySuffix(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if !di.is(lx, cueClubSuffix, a) && !di.orgWordAt(lx, a) {
		return false
	}
	p := a - 1
	if toks[p].Sentence != toks[a].Sentence || !isCap(toks[p].Text) || !isAlphaWord(toks[p].Text) || toks[p].NER != "O" {
		return false
	}
	if di.hasPOS && toks[p].UPOS != "PROPN" {
		return false
	}
	lp := di.lower[p]
	if lx.is(cueCapstop, lp) || lx.honorific(di, p) != "" || lx.is(cueNotAName, lp) {
		return false
	}
	_, noun := lx.nouns[lp]
	_, dem := lx.demonyms[lp]
	return !noun && !dem
}

// eponymOf reports whether a possessive name is followed, after its
// possessive marker, by a word of cue class eponym-head ("Parkinson's
// disease").
func (lx *Lexicons) eponymOf(di *docInfo, m *ment) bool {
	i := m.tok1
	if i < len(di.lower) && isPossMarker(di.doc.Tokens[i].Text) {
		i++
	}
	return i < len(di.lower) && di.doc.Tokens[i].Sentence == m.sent && di.is(lx, cueEponymHead, i)
}

// splitAtBreak splits a span of an organisation, place or person at a
// lowercase word of cue class name-break between two capitalised words
// ("joined Quantra from Oracle": "Quantra" and "Oracle"); each part keeps
// the span's type. Titles of works keep theirs ("Ray in the Afternoon").
// The parts of the spans of parts are appended to out.
func (lx *Lexicons) splitAtBreak(di *docInfo, parts, out [][3]int) [][3]int {
	for _, s := range parts {
		a := s[0]
		for k := s[0] + 1; k+1 < s[1]; k++ {
			t := di.doc.Tokens[k].Text
			if s[2] == nerMISC || t != di.lower[k] || !lx.is(cueNameBreak, t) && !di.orgCueAt(lx, k) || !isCap(di.doc.Tokens[k-1].Text) || !isCap(di.doc.Tokens[k+1].Text) {
				continue
			}
			if k == a+1 && lx.venueAt(di, a) {
				continue // "the Inn at Sawyer Lake": one venue
			}
			out = append(out, [3]int{a, k, s[2]})
			a = k + 1
		}
		out = append(out, [3]int{a, s[1], s[2]})
	}
	return out
}

// splitAtPossDeterminer cuts a span at each capitalised possessive
// determiner of cue class poss-determiner ("His", "Her", "Their" at a
// sentence's start or in a title), which is never a name or part of one:
// "Snap With His Son Leo" leaves "Son Leo", "Sir, Your feature" nothing.
// Words of a style of address right after the determiner (cue class
// style-word: "His Royal Highness", "Her Majesty") go with it, unless the
// style is in the possessive inside an institution's name ("Her
// Majesty's Theatre"), where the span stays whole. Each part keeps the
// span's type; the parts of the spans of parts are appended to out.
func (lx *Lexicons) splitAtPossDeterminer(di *docInfo, parts, out [][3]int) [][3]int {
	toks := di.doc.Tokens
	for _, s := range parts {
		a := s[0]
		if p := a - 1; p >= 0 && toks[p].Sentence == toks[a].Sentence && isCap(toks[p].Text) && di.is(lx, cuePossDeterminer, p) {
			if lx.styleInPossessive(di, a, s[1]) {
				a = p // "Her Majesty's Prison", tagged without "Her"
			}
			for a < s[1] && di.is(lx, cueStyleWord, a) {
				a++ // "His Royal Highness", "Royal" tagged alone
			}
		}
		for k := a; k < s[1]; k++ {
			if !isCap(toks[k].Text) || !di.is(lx, cuePossDeterminer, k) || lx.styleInPossessive(di, k+1, s[1]) {
				continue
			}
			if a < k {
				out = append(out, [3]int{a, k, s[2]})
			}
			for k+1 < s[1] && di.is(lx, cueStyleWord, k+1) {
				k++
			}
			a = k + 1
		}
		if a < s[1] {
			out = append(out, [3]int{a, s[1], s[2]})
		}
	}
	return out
}

// styleInPossessive reports whether the words from token i, before token
// e, are words of a style of address (cue class style-word) the last of
// which is in the possessive ("Majesty's", "Majesty 's").
func (lx *Lexicons) styleInPossessive(di *docInfo, i, e int) bool {
	toks := di.doc.Tokens
	for k := i; k < e; k++ {
		w := toks[k].Text
		if k > i && isPossMarker(w) {
			return true
		}
		if t, ok := strings.CutSuffix(w, "'s"); ok && lx.isLower(cueStyleWord, t) {
			return true
		}
		if t, ok := strings.CutSuffix(w, "’s"); ok && lx.isLower(cueStyleWord, t) {
			return true
		}
		if !di.is(lx, cueStyleWord, k) {
			return false
		}
	}
	return false
}

// splitGivenPair splits a span of two known given names joined by "and"
// ("her daughters Rosa and Ivy", which the tagger may take for one
// organisation) into two people, and so a span of two surnames of people
// whose full names a span before gives ("Ava Frost ... Jude Ashe ...
// Representatives for Frost and Ashe"), and so are the two after a word of
// cue class companion-lead and "of" ("Friends of Hart and Vance said", which
// the tagger may take for a charity). Titles of works stay whole ("Tom
// and Jerry" in quotation marks is tagged MISC). The parts of the spans of
// parts are appended to out.
func (lx *Lexicons) splitGivenPair(di *docInfo, parts, out [][3]int) [][3]int {
	var surnames []string // the last words of the full names of people spanned so far
	for _, s := range parts {
		if s[2] == nerPER && s[1]-s[0] >= 2 {
			surnames = append(surnames, di.lower[s[1]-1])
		}
		if s[1]-s[0] == 5 && s[2] != nerMISC && di.lower[s[0]+1] == "of" && di.lower[s[0]+3] == "and" && di.is(lx, cueCompanionLead, s[0]) {
			// "Friends of Hart and Vance said": the companions' words are no
			// organisation's name when both surnames are of people named before
			if a, b := di.lower[s[0]+2], di.lower[s[0]+4]; a != b && slices.Contains(surnames, a) && slices.Contains(surnames, b) {
				out = append(out, [3]int{s[0] + 2, s[0] + 3, nerPER}, [3]int{s[0] + 4, s[1], nerPER})
				continue
			}
		}
		if s[1]-s[0] != 3 || s[2] == nerMISC || di.lower[s[0]+1] != "and" {
			out = append(out, s)
			continue
		}
		_, first := lx.nameGender(di.doc.Tokens[s[0]].Text)
		_, second := lx.nameGender(di.doc.Tokens[s[0]+2].Text)
		if a, b := di.lower[s[0]], di.lower[s[0]+2]; a != b && slices.Contains(surnames, a) && slices.Contains(surnames, b) {
			first, second = true, true
		}
		if !first || !second {
			out = append(out, s)
			continue
		}
		out = append(out, [3]int{s[0], s[0] + 1, nerPER}, [3]int{s[0] + 2, s[1], nerPER})
	}
	return out
}

// kinGivenName retypes as a person each span of one known given name that
// the tagger took for a place or an organisation when a kinship noun and
// "of" stand before it, "the late" between ("husband of Margaret", "father
// of the late Carol", "widow of Frank"): a relative, not a place. Nouns of
// persons by rank stay out ("the Duke of Kent").
func (lx *Lexicons) kinGivenName(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		if s[1]-s[0] != 1 || s[2] == nerPER || s[2] == nerMISC {
			continue
		}
		k := s[0] - 1
		if k >= 1 && di.lower[k] == "late" && di.lower[k-1] == "the" {
			k -= 2
		}
		if k < 1 || di.lower[k] != "of" || toks[k-1].Sentence != toks[s[0]].Sentence {
			continue
		}
		w := di.lower[k-1]
		if info, ok := lx.nouns[w]; !ok || !info.isKin || info.class == "person" && w != "widow" && w != "widower" {
			continue // "the Duke of Kent": a title's place
		}
		if _, ok := lx.nameGender(toks[s[0]].Text); ok {
			spans[i][2] = nerPER
		}
	}
}

// splitOutletName splits a span that joins a known outlet or a party's
// member words (partyWords) to the given name after it ("sources tell TMZ
// Luca popped the question": "TMZ" and "Luca"; "defeating Conservative Tom
// Baines"; "Social Democrat Paul Vance", "Social" left out by the tagger):
// the outlet or party becomes an organisation, the rest a person. The
// parts of the spans of parts are appended to out.
func (lx *Lexicons) splitOutletName(di *docInfo, parts, out [][3]int) [][3]int {
	var buf [8]string // the words before a split point, for the outlet list
	for _, s := range parts {
		split := false
		pw := 0
		if s[1]-s[0] >= 2 {
			pw = lx.partyWords(di, s[0], s[1])
		}
		for k := s[0] + 1; k < s[1] && !split; k++ {
			// the cheap test first: the words from k on must look like a person's name
			if !lx.personalWords(di.doc.Tokens[k].Text, s[1]-k) {
				continue
			}
			party := k == s[0]+pw
			if !party && lx.outlets.OutletKind(appendTexts(buf[:0], di.doc.Tokens[s[0]:k])) == "" {
				continue
			}
			a := s[0]
			if party && k == a+1 && a > 0 && lx.partyWords(di, a-1, k) == 2 && di.doc.Tokens[a-1].NER == "O" && di.doc.Tokens[a-1].Sentence == di.doc.Tokens[a].Sentence {
				a-- // "Social" left out by the tagger: "Social Democrat Paul Vance"
			}
			out = append(out, [3]int{a, k, nerORG}, [3]int{k, s[1], nerPER})
			split = true
		}
		if !split {
			out = append(out, s)
		}
	}
	return out
}

// partyWords returns how many tokens of [a, b) from a on name a party's
// members, all capitalised: a word of cue class party-member ("Labour",
// "Democrat") or a word of class party-lead and one of party-member
// ("Liberal Democrat", "Lib Dem"); 0 when they name none.
func (lx *Lexicons) partyWords(di *docInfo, a, b int) int {
	toks := di.doc.Tokens
	if a >= b || !isCap(toks[a].Text) {
		return 0
	}
	if a+1 < b && di.is(lx, cuePartyLead, a) && isCap(toks[a+1].Text) && di.is(lx, cuePartyMember, a+1) {
		return 2
	}
	if di.is(lx, cuePartyMember, a) {
		return 1
	}
	return 0
}

// partyMemberWords reports whether words name a party's members as
// partyWords reads them ("Green", "Liberal Democrat").
func (lx *Lexicons) partyMemberWords(words []string) bool {
	switch len(words) {
	case 1:
		return lx.isLower(cuePartyMember, words[0])
	case 2:
		return lx.isLower(cuePartyLead, words[0]) && lx.isLower(cuePartyMember, words[1])
	}
	return false
}

// partyMemberBefore reports whether one of the four tokens before token
// i is a word of cue class party-member: missedParties finds a party
// (partyWords) only then, in a role's place or right before the name.
func (lx *Lexicons) partyMemberBefore(di *docInfo, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if di.is(lx, cuePartyMember, k) {
			return true
		}
	}
	return false
}

// roleAfter reports whether a lowercase role or occupation of one or two
// words (data/roles.tsv, data/occupations.tsv) starts at token i of
// sentence sent ("Green councillor Amy Lister", "the Liberal Democrat
// candidate").
func (lx *Lexicons) roleAfter(di *docInfo, i, sent int) bool {
	toks := di.doc.Tokens
	for n := 2; n >= 1; n-- {
		if i+n > len(toks) || toks[i+n-1].Sentence != sent || toks[i].Text != di.lower[i] {
			continue
		}
		if info, ok := di.nounWords(lx, i, i+n); ok && (info.isOcc || info.isRole) && !info.isKin {
			return true
		}
	}
	return false
}

// joinPartySpans joins, in place, a one-word span to the span right after
// it when the two words name a party's members ("Christian" and "Democrat"
// tagged apart): the joined span has the second one's type, and the split
// of splitOutletName parts the party from a name after it.
func (lx *Lexicons) joinPartySpans(di *docInfo, spans [][3]int) [][3]int {
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && out[n-1][1] == s[0] && out[n-1][1]-out[n-1][0] == 1 && lx.partyWords(di, s[0]-1, s[1]) == 2 {
			out[n-1] = [3]int{out[n-1][0], s[1], s[2]}
			continue
		}
		out = append(out, s)
	}
	return out
}

// maxJointName is the most tokens of a name of cue class joint-name.
const maxJointName = 6

// joinJointNames makes one organisation of each name of cue class
// joint-name written capitalised in one sentence ("Labour and
// Co-operative"), in place of the spans that overlap it: the name tagger
// cuts such names at their "and".
func (lx *Lexicons) joinJointNames(di *docInfo, spans [][3]int) [][3]int {
	var joint [][3]int
	for i := 0; i < len(di.lower); i++ {
		if e := lx.jointNameEnd(di, i); e > i {
			joint = append(joint, [3]int{i, e, nerORG})
			i = e - 1
		}
	}
	if len(joint) == 0 {
		return spans
	}
	out := make([][3]int, 0, len(spans)+len(joint))
	for _, s := range spans {
		if !overlapsAny(s, joint) {
			out = append(out, s)
		}
	}
	out = append(out, joint...)
	slices.SortFunc(out, func(a, b [3]int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// jointNameEnd returns the token after the longest name of cue class
// joint-name that starts at token i, capitalised, within its sentence, or
// i when none does.
func (lx *Lexicons) jointNameEnd(di *docInfo, i int) int {
	toks := di.doc.Tokens
	if !isCap(toks[i].Text) {
		return i
	}
	for e := min(i+maxJointName, len(toks)); e > i+1; e-- {
		if toks[e-1].Sentence == toks[i].Sentence && isCap(toks[e-1].Text) && lx.isWords(cueJointName, di.lower[i:e]) {
			return e
		}
	}
	return i
}

// overlapsAny reports whether span s shares a token with one of spans.
func overlapsAny(s [3]int, spans [][3]int) bool {
	for _, o := range spans {
		if s[0] < o[1] && o[0] < s[1] {
			return true
		}
	}
	return false
}

// joinJointBodies makes one organisation of a name of one or two
// capitalised words, no person's, then "and" and an organisation's name
// of two or more words whose last word is of cue class joint-body-head
// ("Devon and Somerset Fire and Rescue Service", "Avon and Somerset
// Police", "Kelby and Ostrel NHS Foundation Trust"): a public body that
// serves two places, which the name tagger cuts at the "and".
func (lx *Lexicons) joinJointBodies(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s[2] == nerORG && s[1]-s[0] >= 2 {
			p := out[n-1]
			if p[2] != nerPER && p[1]-p[0] <= 2 && p[1]+1 == s[0] && di.lower[p[1]] == "and" && toks[p[0]].Sentence == toks[s[1]-1].Sentence && lx.jointBodyHead(di, p, s) {
				out[n-1] = [3]int{p[0], s[1], nerORG}
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// jointBodyHead reports whether the words of span p are all capitalised
// and span s ends in a word of cue class joint-body-head.
func (lx *Lexicons) jointBodyHead(di *docInfo, p, s [3]int) bool {
	for i := p[0]; i < p[1]; i++ {
		if !di.capital[i] || !isAlphaWord(di.doc.Tokens[i].Text) {
			return false
		}
	}
	return di.is(lx, cueJointBodyHead, s[1]-1)
}

// joinVenueAt makes one place of a venue's head word alone after "the"
// (cue class venue-head) and the name after "at" that the tagger took
// apart ("the Inn at Sawyer Lake", "the Lodge at Fern Hill").
func (lx *Lexicons) joinVenueAt(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s[2] != nerPER {
			p := out[n-1]
			if p[1]-p[0] == 1 && p[1]+1 == s[0] && toks[p[0]].Sentence == toks[s[0]].Sentence && lx.venueAt(di, p[0]) {
				out[n-1] = [3]int{p[0], s[1], nerLOC}
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// ordinalUnits starts each span (sorted) at the ordinal before it when the
// span ends in a word of a numbered unit (cue class ordinal-unit): the name
// tagger leaves "512th" out of "the 512th Engineer Brigade", whose name it
// is part of.
func (lx *Lexicons) ordinalUnits(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		a := s[0]
		if a == 0 || toks[a-1].Sentence != toks[a].Sentence || !isOrdinalNumber(toks[a-1].Text) {
			continue
		}
		if i > 0 && spans[i-1][1] == a {
			continue // the ordinal ends the name before
		}
		if di.is(lx, cueOrdinalUnit, s[1]-1) {
			spans[i][0] = a - 1
		}
	}
}

// isOrdinalNumber reports whether w is an ordinal written in digits:
// "1st", "22nd", "103rd", "512th".
func isOrdinalNumber(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// venueAt reports whether token a is a venue's head word (cue class
// venue-head) after "the" and before "at": "the Inn at".
func (lx *Lexicons) venueAt(di *docInfo, a int) bool {
	return a > 0 && a+1 < len(di.lower) && di.lower[a-1] == "the" && di.lower[a+1] == "at" && di.is(lx, cueVenueHead, a)
}

// joinAmpersands joins, in place, a span that opens with "&" to the span
// right before it ("the Northampton Chronicle" and "& Echo"), as one
// organisation's name, and widens a span that ends with "&" over the
// capitalised words right after it ("Slaughter &" before "May"): a name
// neither starts nor ends with "&". A town's span right before a
// hyphenated word that ends in a local paper's head (hyphenPaper) joins
// it too ("the Omaha World-Herald"). Spans must be sorted by start.
func (lx *Lexicons) joinAmpersands(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	out := spans[:0]
	for i, s := range spans {
		if n := len(out); n > 0 && out[n-1][1] == s[0] && toks[s[0]].Text == "&" && s[1]-s[0] >= 2 && out[n-1][2] != nerPER {
			out[n-1] = [3]int{out[n-1][0], s[1], nerORG}
			continue
		}
		if n := len(out); n > 0 && out[n-1][1] == s[0] && out[n-1][2] == nerLOC && s[1]-s[0] == 1 && lx.hyphenPaper(di, s[0]) {
			out[n-1] = [3]int{out[n-1][0], s[1], nerORG} // "the Omaha World-Herald": the paper, not the town and a name
			continue
		}
		if e := s[1]; e-s[0] >= 2 && toks[e-1].Text == "&" {
			next := len(toks)
			if i+1 < len(spans) {
				next = spans[i+1][0]
			}
			for e < next && toks[e].Sentence == toks[s[0]].Sentence && isCap(toks[e].Text) && isAlphaWord(toks[e].Text) {
				e++
			}
			if e > s[1] {
				s = [3]int{s[0], e, nerORG}
			}
		}
		out = append(out, s)
	}
	return out
}

// hyphenPaper reports whether token k is a capitalised hyphenated word
// whose last part is of cue class paper-head ("World-Herald",
// "Times-Picayune"), the end of a paper's name.
func (lx *Lexicons) hyphenPaper(di *docInfo, k int) bool {
	w := di.doc.Tokens[k].Text
	h := strings.LastIndexByte(w, '-')
	return h > 0 && h+1 < len(w) && isCap(w) && isCap(w[h+1:]) && lx.isLower(cuePaperHead, w[h+1:])
}

// joinOfSpans joins, in place, an organisation's name ending in a word of
// cue class of-org-head, "of" and the place's or organisation's name of
// one to three words the tagger tagged after it into one organisation
// ("the Church of Scotland", "the Bank of Ireland", "the University of
// Ghana"), also with "the" after "of" ("the Museum of the Moving Image").
func (lx *Lexicons) joinOfSpans(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	out := spans[:0]
	for _, s := range spans {
		if s[2] == nerPER || s[2] == nerMISC || s[1]-s[0] > 3 {
			out = append(out, s)
			continue
		}
		of := s[0] - 1 // "of" before s, or "of the" ("the Church of the Holy Spirit")
		if of > 0 && di.lower[of] == "the" && isLowerWord(toks[of].Text) {
			of--
		}
		if of < 1 || di.lower[of] != "of" || toks[of].Sentence != toks[s[0]].Sentence {
			out = append(out, s)
			continue
		}
		if n := len(out); n > 0 && out[n-1][2] == nerORG && (out[n-1][1] == of || out[n-1][1] == of+1) && of > out[n-1][0] && lx.isLower(cueOfOrgHead, toks[of-1].Text) {
			out[n-1] = [3]int{out[n-1][0], s[1], nerORG} // "University of" tagged apart from "Ghana"
			continue
		}
		out = append(out, s)
	}
	return out
}

// joinCuedForSpans joins, in place, a name right after a lowercase noun of
// data/orgcues.tsv, "for" and a name after it that closes its clause into
// one organisation: "the charity Music for Every Child", "the campaign
// group Parents for Safer Roads,". The first name starts with no known
// given name and the second has two words or more ("the charity Oxfam for
// Haiti" stays two names).
func (lx *Lexicons) joinCuedForSpans(di *docInfo, spans [][3]int) [][3]int {
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && lx.cuedForPair(di, out[n-1], s) {
			out[n-1] = [3]int{out[n-1][0], s[1], nerORG}
			continue
		}
		out = append(out, s)
	}
	return out
}

// cuedForPair reports whether spans p and s are one organisation's name
// split at "for" (see joinCuedForSpans).
func (lx *Lexicons) cuedForPair(di *docInfo, p, s [3]int) bool {
	toks := di.doc.Tokens
	a, f := p[0], p[1]
	if a == 0 || f+1 != s[0] || s[1]-s[0] < 2 || di.lower[f] != "for" || toks[a-1].Sentence != toks[a].Sentence || toks[s[1]-1].Sentence != toks[a].Sentence {
		return false
	}
	if toks[a-1].Text != di.lower[a-1] || !di.orgCueAt(lx, a-1) || lx.names[di.lower[a]] != 0 {
		return false
	}
	e := s[1]
	return e >= len(toks) || toks[e].Sentence != toks[a].Sentence || strings.ContainsAny(toks[e].Text, ",;:.")
}

// personNext reports whether token i of sentence sent starts a person's
// name: the name tagger's or one with a known given name.
func (lx *Lexicons) personNext(di *docInfo, i, sent int) bool {
	toks := di.doc.Tokens
	if i >= len(toks) || toks[i].Sentence != sent || !isCap(toks[i].Text) {
		return false
	}
	return toks[i].NER == "B-PER" || lx.names[di.lower[i]] != 0
}

// missedParties finds the capitalised words of a party's members that the
// name tagger left out before a person's name, directly or before a
// lowercase role ("Liberal Democrat Helen Marsh", "won by Green
// councillor Amy Lister"): organisations, the party.
func (lx *Lexicons) missedParties(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	for _, s := range have {
		if s[2] != nerPER || !lx.partyMemberBefore(di, s[0]) {
			continue
		}
		e := s[0]
		sent := toks[e].Sentence
		for k := 1; k <= 2 && e-k >= 0 && toks[e-k].Sentence == sent; k++ {
			if lx.roleAfter(di, e-k, sent) {
				e -= k // "Green councillor Amy Lister"
				break
			}
		}
		for _, n := range [2]int{2, 1} {
			a := e - n
			if a < 0 || toks[a].Sentence != sent || toks[a].NER != "O" || n == 2 && toks[a+1].NER != "O" || lx.partyWords(di, a, e) != n {
				continue
			}
			out = append(out, [3]int{a, e, nerORG})
			break
		}
	}
	return out
}

// splitPersonOfPlace splits a span that runs a person's full name, of
// two or three capitalised words starting with a known given name, into
// "of" and the place or body after it ("Harold and Edith Brandt of
// Millbrook celebrated", "Ewa Lind of Eastmarch General Hospital"): the
// person and the place, or an organisation when its last word is one of
// data/orgwords.tsv or an organisation head of the name tagger. The parts of the spans of parts are appended to out.
func (lx *Lexicons) splitPersonOfPlace(di *docInfo, parts, out [][3]int) [][3]int {
	toks := di.doc.Tokens
	for _, s := range parts {
		if k, t := lx.titledPersonOf(di, s); k > 0 {
			typ := nerLOC
			if last := toks[s[1]-1].Text; di.orgWordAt(lx, s[1]-1) || lx.outlets != nil && lx.outlets.OrgHead(last) || lx.holdsOrgWord(di, t, s[1]) {
				typ = nerORG // "the Ostrel Gazette", "the University of Kelby"
			}
			out = append(out, [3]int{s[0], k, nerPER}, [3]int{t, s[1], typ})
			continue
		}
		k := s[0] + 2
		if lx.givenOfPlace(di, s) {
			k = s[0] + 1 // "his wife Karen of Shrewsbury": a given name alone before a known place
		}
		for k < s[0]+4 && k < s[1] && di.lower[k] != "of" {
			k++
		}
		if s[2] == nerMISC || k+1 >= s[1] || di.lower[k] != "of" || !allCapWords(toks[s[0]:k]) || !allCapWords(toks[k+1:s[1]]) {
			out = append(out, s)
			continue
		}
		if g, ok := lx.nameGender(toks[s[0]].Text); !ok || g == 'n' {
			out = append(out, s)
			continue
		}
		typ := nerLOC
		if last := toks[s[1]-1].Text; di.orgWordAt(lx, s[1]-1) || lx.outlets != nil && lx.outlets.OrgHead(last) {
			typ = nerORG
		}
		out = append(out, [3]int{s[0], k, nerPER}, [3]int{k + 1, s[1], typ})
	}
	return out
}

// givenOfPlace reports whether span s is a given name, "of" and a place
// the name tagger's lists know, with no title before it ("survived by her
// daughter Karen of Shrewsbury"): a person and her home, as survivor lists
// write them, not a name of the "Catherine of Aragon" kind a title goes with.
func (lx *Lexicons) givenOfPlace(di *docInfo, s [3]int) bool {
	toks := di.doc.Tokens
	if s[1]-s[0] < 3 || di.lower[s[0]+1] != "of" || lx.outlets == nil || !lx.outlets.KnownPlace(titleWords(toks[s[0]+2:s[1]])) {
		return false
	}
	if s[0] > 0 && toks[s[0]-1].Sentence == toks[s[0]].Sentence && lx.honorific(di, s[0]-1) != "" {
		return false
	}
	return true
}

// givenPlaceSurnames returns the spans with a person's name made of a
// one-word span that is a given name of known gender and the capitalised
// word right after it, which the tagger read as a one-word person or, after
// a place, left out ("replaced by Florence Welch", tagged "Florence" and
// "Welch"; "his partner, Nicola Reeve," tagged a thing and a person; "the
// award went to Sydney Pryor"), when that word names no
// place, no body and no part of a place (surnameWord) and the two are no
// known place (givenPlaceSurnameAt). The person's span takes the place of
// both; the spans are filtered in place.
func (lx *Lexicons) givenPlaceSurnames(di *docInfo, spans [][3]int) [][3]int {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if k := lx.givenPlaceSurnameAt(di, s); k > 0 {
			next := i+1 < len(spans) && spans[i+1][0] == k
			if next && (spans[i+1][1] != k+1 || spans[i+1][2] != nerPER) || !next && s[2] != nerLOC {
				out = append(out, s)
				continue
			}
			if next {
				i++ // "Welch", tagged a person apart: the person's span covers it
			}
			s = [3]int{s[0], k + 1, nerPER}
		}
		out = append(out, s)
	}
	return out
}

// givenPlaceSurnameAt returns the token of the surname after span s when
// s is one word, no person's, that is a given name of known gender and a
// capitalised surnameWord follows it, the two no known place, with no
// third capitalised word after them ("Sydney Opera House"); else 0.
func (lx *Lexicons) givenPlaceSurnameAt(di *docInfo, s [3]int) int {
	toks := di.doc.Tokens
	k := s[1]
	if s[2] == nerPER || k-s[0] != 1 || k >= len(toks) || toks[k].Sentence != toks[s[0]].Sentence {
		return 0
	}
	if g, ok := lookupLower(lx.names, toks[s[0]].Text); !ok || g != 'm' && g != 'f' && (g != 'u' || toks[k].NER != "B-PER") {
		return 0 // a name given to both sexes only before a word tagged a person ("Nicola Reeve")
	}
	w := toks[k].Text
	if !isCap(w) || !isAlphaWord(w) || isUpperString(w) || di.initial[k] || !lx.surnameWord(w) || lx.outlets.KnownPlace(toks[s[0]].Text+" "+w) {
		return 0
	}
	if k+1 < len(toks) && toks[k+1].Sentence == toks[k].Sentence && isCap(toks[k+1].Text) {
		return 0
	}
	return k
}

// surnameWord reports whether capitalised word w may end a person's name
// after a given name that is also a town's: it names no place, no body and
// no part of a place (cue classes place-tail, venue-head, street-head,
// compass, landform, org-suffix, not-a-name, data/orgwords.tsv, a known
// place, country, region or demonym).
func (lx *Lexicons) surnameWord(w string) bool {
	if lowerIn(lx.orgWords, w) {
		return false
	}
	for _, c := range [...]cue{cuePlaceTail, cueVenueHead, cueStreetHead, cueCompass, cueLandform, cueOrgSuffix, cueNotAName, cueCapstop, cueNameEndStop} {
		if lx.isLower(c, w) {
			return false
		}
	}
	return !lx.isCountry(w) && lx.region(w) == "" && !lx.outlets.KnownPlace(w) && !lx.isDemonymWord(strings.ToLower(w))
}

// titledPersonOf finds, in span s that the tagger read as one name, a
// person's name and "of" (perhaps "of the") before the body or place the
// person is of: a name of one to three capitalised words after a title
// that is no title of rank, in the span or right before it ("Mr. Leon of
// Bear Stearns", "Dr. Ines Varga of the University of Kelby", "Bishop Tom
// Hale of the Diocese of Ostrel"), or of two or three words starting with
// a known given name before "of the" ("Tom Reeve of the Ostrel Gazette").
// It returns the token of "of" and the first token of the body's name, or
// 0, 0. A title of rank keeps its "of" ("Lord Hale of Kelby" is split
// apart by splitTerritory, "the Earl of Morvenstow" is one name).
func (lx *Lexicons) titledPersonOf(di *docInfo, s [3]int) (int, int) {
	toks := di.doc.Tokens
	if s[2] == nerMISC || s[1]-s[0] < 3 {
		return 0, 0
	}
	sent := toks[s[0]].Sentence
	a, title := s[0], ""
	if e := lx.titleRunEnd(di, s[0], sent); e > s[0] && e < s[1] {
		a, title = e, lx.runTitle(di, s[0], e)
	} else if s[0] > 0 && toks[s[0]-1].Sentence == sent {
		title = lx.honorific(di, s[0]-1)
	}
	if title != "" && lx.is(cueRankTitle, title) {
		return 0, 0
	}
	k := a + 1
	for k < a+3 && k < s[1] && di.lower[k] != "of" {
		k++
	}
	if k+1 >= s[1] || di.lower[k] != "of" || toks[k].Text != "of" || !allCapWords(toks[a:k]) {
		return 0, 0
	}
	t := k + 1
	if di.lower[t] == "the" && toks[t].Text == "the" {
		t++
	}
	if title == "" {
		if t == k+1 || k-a < 2 {
			return 0, 0 // "Ewa Lind of Eastmarch General Hospital": splitPersonOfPlace's
		}
		if g, ok := lx.nameGender(toks[a].Text); !ok || g == 'n' {
			return 0, 0
		}
	}
	if t >= s[1] || !ofBodyName(toks[t:s[1]]) {
		return 0, 0
	}
	return k, t
}

// ofBodyName reports whether toks are the name of a body or place after
// "of": capitalised words, with lowercase "of", "the", "and" or "for"
// only between two of them ("University of Kelby").
func ofBodyName(toks []hearsay.Token) bool {
	if len(toks) == 0 || !isCap(toks[0].Text) || !isCap(toks[len(toks)-1].Text) {
		return false
	}
	for i := range toks {
		switch w := toks[i].Text; {
		case isCap(w) && (isAlphaWord(w) || strings.ContainsAny(w, "-'’.&")):
		case w == "of" || w == "the" || w == "and" || w == "for" || w == "&":
		default:
			return false
		}
	}
	return true
}

// nationalityPhrase reports whether the words of name m, split also at
// hyphens, name only nationalities or peoples: each conjunct (between
// "and" or commas) is demonyms of data/demonyms.tsv (of one or more words,
// "South African"), their plurals or words of cue class not-a-name
// ("African"), with words of cue class demonym-mod before them ("East
// African", "Cuban-Americans", "pro-British") and a participle of cue
// class demonym-suffix at the end ("Soviet-led"). A conjunct of modifiers
// alone is allowed when a demonym follows the name ("Middle Eastern and
// North" before "American buyers").
//
// key is the name's words lowercased and joined by spaces (lowerWords),
// which the parts are cut from without copying.
func (lx *Lexicons) nationalityPhrase(di *docInfo, m *ment, key string) bool {
	if len(m.words) == 1 && strings.IndexByte(m.words[0], '-') < 0 {
		return false // one part: no phrase of nationalities
	}
	var room [12]string
	parts := room[:0]
	for rest, more := key, true; more; {
		var p string
		if i := strings.IndexAny(rest, " -"); i >= 0 {
			p, rest = rest[:i], rest[i+1:]
		} else {
			p, more = rest, false
		}
		if p == "" {
			return false
		}
		parts = append(parts, p)
	}
	if len(parts) < 2 {
		return false
	}
	nextDemonym := m.tok1 < len(di.lower) && di.doc.Tokens[m.tok1].Sentence == m.sent && lx.isDemonymWord(di.lower[m.tok1])
	found := false
	start := 0
	for i := 0; i <= len(parts); i++ {
		if i < len(parts) && parts[i] != "and" && parts[i] != "," {
			continue
		}
		ok, dem := lx.nationalityConjunct(parts[start:i])
		if !ok || !dem && !nextDemonym {
			return false
		}
		found = found || dem
		start = i + 1
	}
	return found
}

// nationalityConjunct reports whether parts (lowercase words) are words of
// cue class demonym-mod, then demonyms, their plurals or words of cue
// class not-a-name, then at most one participle of cue class
// demonym-suffix; dem tells whether a demonym is among them.
func (lx *Lexicons) nationalityConjunct(parts []string) (ok, dem bool) {
	if len(parts) == 0 {
		return false, false
	}
	for i := 0; i < len(parts); {
		if n := lx.demonymAt(parts[i:]); n > 0 {
			dem = true
			i += n
			continue
		}
		switch {
		case dem && i == len(parts)-1 && lx.is(cueDemonymSuffix, parts[i]):
		case !dem && lx.is(cueDemonymMod, parts[i]):
		default:
			return false, false
		}
		i++
	}
	return true, dem
}

// demonymAt returns how many of the first three words of parts make a
// demonym, its plural or a word of cue class not-a-name ("south
// africans", "kenyan", "european"), 0 when none does.
func (lx *Lexicons) demonymAt(parts []string) int {
	var room [48]byte
	for n := min(3, len(parts)); n >= 1; n-- {
		w := parts[0]
		if n > 1 {
			b := append(room[:0], parts[0]...)
			for _, p := range parts[1:n] {
				b = append(append(b, ' '), p...)
			}
			w = string(b) // not kept: the lookups below copy nothing
		}
		if lx.isDemonymWord(w) || lx.pluralDemonym(w) || n == 1 && lx.is(cueNotAName, w) {
			return n
		}
	}
	return 0
}

// pluralDemonym reports whether key, a lowercase word, is the plural of a
// demonym of data/demonyms.tsv ("kenyans", "britons", "frenchmen"), or a
// word of cue class people-plural ("muslims", "europeans").
func (lx *Lexicons) pluralDemonym(key string) bool {
	if n := len(key); n > 4 && strings.HasSuffix(key, "men") {
		return lx.isDemonymWord(key[:n-3] + "man")
	}
	return len(key) > 4 && key[len(key)-1] == 's' && lx.isDemonymWord(key[:len(key)-1]) || lx.is(cuePeoplePlural, key)
}

// portfolioAfterPost reports whether mention m is a portfolio of a post
// of cue class portfolio-post (canonical roles of ministers, secretaries,
// commissioners; not "Head of Research and Development", whose department
// the post's literal keeps) right after the post and "for" or "of"
// ("Minister for Justice and
// Equality", "Secretary of State for Defence", "Commissioner for Works and
// Transport"): every word is one of cue classes portfolio, field,
// field-mod, department-mod or not-a-name, or "and".
func (lx *Lexicons) portfolioAfterPost(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	j := m.tok0 - 1 // "for" or "of"
	if j < 1 || toks[j-1].Sentence != m.sent || toks[j].Text != "for" && toks[j].Text != "of" || len(m.words) > 5 {
		return false
	}
	words := 0
	for _, w := range m.words {
		switch {
		case w == "and" || w == "&":
		case isCap(w) && (lx.isLower(cuePortfolio, w) || lx.isLower(cueField, w) || lx.isLower(cueFieldMod, w) || lx.isLower(cueDepartmentMod, w) || lx.isLower(cueNotAName, w)):
			words++
		default:
			return false
		}
	}
	if words == 0 {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3 && toks[k].Sentence == m.sent && isCap(toks[k].Text); k-- {
		if info, ok := di.nounWords(lx, k, j); ok && info.isRole && !info.isKin && lx.is(cuePortfolioPost, info.role) {
			return true
		}
	}
	return false
}

// stateOfCountry reports whether mention m is a name and "State", the
// name no region of data/regions.tsv ("Ohio State", "Penn State" name
// universities), a town the lists know ("Lagos State", "Kano State") or
// after words of cue class place-before ("born in Ogun
// State"), a post and "of" ("the Governor of Kwara State") or before a
// word of cue class state-office ("Lagos State Governor"): a state of a
// federation, a place.
func (lx *Lexicons) stateOfCountry(di *docInfo, m *ment) bool {
	n := len(m.words)
	if n < 2 || n > 3 || m.words[n-1] != "State" || lx.region(strings.Join(m.words[:n-1], " ")) != "" || lx.sportsDoc(di) {
		return false
	}
	if lx.placeCueBefore(di, m) || lx.outlets.KnownPlace(strings.Join(m.words[:n-1], " ")) {
		return true // "born in Ogun State"; "Lagos State has banned ...": the state named after a known town
	}
	if e := m.tok1; !m.poss && e < len(di.lower) && di.doc.Tokens[e].Sentence == m.sent && di.is(lx, cueStateOffice, e) {
		return true // "Lagos State Governor Babajide Sanwo-Olu": the state the governor serves
	}
	j := m.tok0 - 1
	return j >= 1 && di.lower[j] == "of" && di.doc.Tokens[j-1].Sentence == m.sent && lx.roleAt(di, j-1)
}

// honourOfOrder reports whether words are a rank of an order of
// chivalry (cue class honour-rank), "of", and a name holding "Order"
// ("Commander of the Order of the British Empire", "Knight of the Order of
// the Garter").
func (lx *Lexicons) honourOfOrder(words []string) bool {
	if len(words) < 4 || words[1] != "of" || !lx.isLower(cueHonourRank, words[0]) {
		return false
	}
	return slices.Contains(words[2:], "Order")
}

// fieldWords reports whether words are capitalised words of cue classes
// field and field-mod, the last of field ("Drama", "Social Care").
func (lx *Lexicons) fieldWords(words []string) bool {
	if len(words) == 0 || len(words) > 3 || !lx.isLower(cueField, words[len(words)-1]) {
		return false
	}
	for _, w := range words {
		if !isCap(w) || !lx.isLower(cueField, w) && !lx.isLower(cueFieldMod, w) {
			return false
		}
	}
	return true
}

// fieldName reports whether untitled mention m names a field of study or
// a medical specialty: its words are of cue classes field and field-mod,
// the last of field ("Emergency Medicine", "Economics and Political
// Science"), and it follows no capitalised head of an organisation and
// "of" ("the Department of History"). A field of one word needs a word
// of cue class field-before right before it ("a degree in Music",
// "studied Law"; not "Jude Law").
func (lx *Lexicons) fieldName(di *docInfo, m *ment) bool {
	if m.poss || len(m.words) == 0 || !lx.isLower(cueField, m.words[len(m.words)-1]) {
		return false
	}
	for i, w := range m.words {
		if w == "of" && i > 0 && i < len(m.words)-1 {
			continue // "History of Art"
		}
		if !isCap(w) && w != "and" && w != "&" || !lx.isLower(cueField, w) && !lx.isLower(cueFieldMod, w) {
			return false
		}
	}
	toks := di.doc.Tokens
	a := m.tok0
	if a == 0 || toks[a-1].Sentence != m.sent {
		return false
	}
	if di.lower[a-1] == "of" && a >= 2 && isCap(toks[a-2].Text) && di.is(lx, cueOfOrgHead, a-2) {
		return false // "the Department of" + "History", "School of" + "Music"
	}
	if len(m.words) == 1 {
		return toks[a-1].Text == di.lower[a-1] && di.is(lx, cueFieldBefore, a-1)
	}
	return true
}

// splitPostBeforeName splits a span the tagger read as one organisation's
// or place's name where a post or a trade (data/roles.tsv,
// data/occupations.tsv) or the letters of a seat (cue class post-nominal,
// in capitals) stand before a known given name and a capitalised word:
// "BJP MLA Rajesh Verma of Lucknow Cantonment", "Kelby Rovers striker Tom
// Hale". The words before the post are the body's name (none when they
// are a demonym), the post is no name, and the given name starts a
// person's name to the end of the span, which splitPersonOfPlace may split
// again at "of".
func (lx *Lexicons) splitPostBeforeName(di *docInfo, parts, out [][3]int) [][3]int {
	for _, s := range parts {
		k := lx.postBeforeNameAt(di, s)
		if k < 0 {
			out = append(out, s)
			continue
		}
		if k-1 > s[0] && !lx.isDemonymWord(di.lower[s[0]]) && !lx.postWords(di, s[0], k-1) {
			out = append(out, [3]int{s[0], k - 1, nerORG})
		}
		out = append(out, [3]int{k, s[1], nerPER})
	}
	return out
}

// postWords reports whether a token of [a, b) is a title or a word of a
// post or trade ("Director General Ann Hale": "Director" names no body).
func (lx *Lexicons) postWords(di *docInfo, a, b int) bool {
	for k := a; k < b; k++ {
		if lx.honorific(di, k) != "" {
			return true
		}
		if info, ok := di.nounWords(lx, k, k+1); ok && (info.isRole || info.isOcc) {
			return true
		}
	}
	return false
}

// postBeforeNameAt returns the token of the given name in span s, tagged
// no person's, that follows a post or a trade or the capital letters of a
// seat (splitPostBeforeName), or -1. The given name is one names.tsv gives
// a sex, and a capitalised word of letters that ends no organisation's name
// follows it.
func (lx *Lexicons) postBeforeNameAt(di *docInfo, s [3]int) int {
	toks := di.doc.Tokens
	if s[2] == nerPER || s[1]-s[0] < 3 {
		return -1
	}
	for k := s[0] + 1; k+1 < s[1]; k++ {
		if di.lower[k] == "of" {
			return -1
		}
		if g := lx.names[di.lower[k]]; g != 'm' && g != 'f' {
			continue
		}
		if w := toks[k+1].Text; !isCap(w) || !isAlphaWord(w) || isUpperString(w) || di.orgWordAt(lx, k+1) {
			continue
		}
		p := toks[k-1].Text
		if isUpperString(p) && len(p) <= 4 && lx.isLower(cuePostNominal, di.lower[k-1]) {
			return k // "BJP MLA Rajesh Verma"
		}
		if info, ok := di.nounWords(lx, k-1, k); ok && (info.isRole || info.isOcc) && !info.isKin && isCap(p) {
			return k // "Kelby Rovers Striker Tom Hale"
		}
	}
	return -1
}

// splitPlaceParty splits a span of a known place or region and a party's
// member word after it ("a Chicago Democrat", "the Texas Republican", "an
// Ohio Democrat"), which news writes of a politician from that place, into
// the place and the party; "Christian Democrat" names no place and stays
// whole. The parts of the spans of parts are appended to out.
func (lx *Lexicons) splitPlaceParty(di *docInfo, parts, out [][3]int) [][3]int {
	toks := di.doc.Tokens
	for _, s := range parts {
		last := s[1] - 1
		if s[2] == nerPER || last-s[0] < 1 || last-s[0] > 3 || !isCap(toks[last].Text) || !di.is(lx, cuePartyMember, last) || lx.outlets == nil {
			out = append(out, s)
			continue
		}
		var buf [4]string
		place := strings.Join(appendTexts(buf[:0], toks[s[0]:last]), " ")
		if lx.region(place) == "" && !lx.outlets.KnownPlace(place) {
			out = append(out, s)
			continue
		}
		out = append(out, [3]int{s[0], last, nerLOC}, [3]int{last, s[1], nerORG})
	}
	return out
}

// splitRoleOfPlace keeps, of a name the tagger read as one span of
// capitalised words, a role or occupation (data/roles.tsv,
// data/occupations.tsv), "of" and a name, only the name after "of": the
// role is no name of its own ("Lord Provost of Dundee", "Archdeacon of
// Thornbury", "Honorary Recorder of Carlisle", "Chief Operating Officer
// of Velbrook Pharma", "Honorary Recorder of Leeds"). The name is an
// organisation when its last word ends organisations' names
// (data/orgwords.tsv), a place otherwise, whatever the tagger said of the
// whole; a department (cue class department-mod: "Head of
// Communications") names nothing. A span that starts with a known given
// name is left to splitPersonOfPlace.
func (lx *Lexicons) splitRoleOfPlace(di *docInfo, parts, out [][3]int) [][3]int {
	toks := di.doc.Tokens
	for _, s := range parts {
		k := lx.roleOfAt(di, s)
		if k < 0 {
			out = append(out, s)
			continue
		}
		if di.isPhrase(lx, cueDepartmentMod, k+1, s[1]) {
			continue // "Head of Communications", "Director of Human Resources": a post, no name
		}
		typ := nerLOC
		if last := toks[s[1]-1].Text; di.orgWordAt(lx, s[1]-1) || lx.outlets != nil && lx.outlets.OrgHead(last) {
			typ = nerORG
		}
		if h := lx.holderStart(di, k+1, s[1]); h > k+1 {
			if t := lx.officeBody(di, k+1, h, typ); t != 0 {
				out = append(out, [3]int{k + 1, h, t}) // "Chief Justice of Nigeria Ifeoma Nnaji": the body and its holder
			}
			out = append(out, [3]int{h, s[1], nerPER})
			continue
		}
		out = append(out, [3]int{k + 1, s[1], typ})
	}
	return out
}

// roleOfAt returns the index of the "of" in span s that follows a role or
// occupation ending the capitalised words before it, with a capitalised
// word after it, or -1.
func (lx *Lexicons) roleOfAt(di *docInfo, s [3]int) int {
	toks := di.doc.Tokens
	if s[2] == nerMISC {
		return -1
	}
	k := s[0] + 1
	for k < s[0]+5 && k < s[1] && di.lower[k] != "of" {
		k++
	}
	if k+1 >= s[1] || di.lower[k] != "of" || !allCapWords(toks[s[0]:k]) || !isCap(toks[k+1].Text) {
		return -1
	}
	if g, ok := lx.nameGender(toks[s[0]].Text); ok && g != 'n' {
		return -1
	}
	for a := s[0]; a < k; a++ {
		if info, ok := di.nounWords(lx, a, k); ok && (info.isRole || info.isOcc) && !info.isKin {
			return k
		}
	}
	return -1
}

// allCapWords reports whether every token is a capitalised word of letters
// (with hyphens or apostrophes).
func allCapWords(toks []hearsay.Token) bool {
	for i := range toks {
		t := &toks[i]
		if !isCap(t.Text) || !isAlphaWord(t.Text) && !strings.ContainsAny(t.Text, "-'’") {
			return false
		}
	}
	return true
}

// countyAfter reports whether a comma and an Irish county written with
// "Co" or "Co." follow mention m in its sentence ("Knocknagoshel, Co.
// Kerry"): the name is a town, or a townland, of the county.
func countyAfter(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	k := m.tok1
	return k+2 < len(toks) && toks[k].Text == "," && (di.lower[k+1] == "co" || di.lower[k+1] == "co.") && toks[k+2].Sentence == m.sent && isCap(toks[k+2].Text)
}

// splitCounty cuts a span at a comma before an Irish county written "Co"
// ("Ballincollig, Co Cork", which the name tagger may take for a company):
// the town and the county are two places. The parts of the spans of parts
// are appended to out.
func splitCounty(di *docInfo, parts, out [][3]int) [][3]int {
	toks := di.doc.Tokens
	for _, s := range parts {
		a := s[0]
		for k := s[0] + 1; k+2 < s[1]; k++ {
			if toks[k].Text != "," || (di.lower[k+1] != "co" && di.lower[k+1] != "co.") || !isCap(toks[k+2].Text) {
				continue
			}
			out = append(out, [3]int{a, k, nerLOC})
			a = k + 1
		}
		if a > s[0] {
			out = append(out, [3]int{a, s[1], nerLOC})
			continue
		}
		out = append(out, s)
	}
	return out
}

// splitTerritory splits a titled name with a territorial designation ("King
// Albrecht of Valmora") into the person ("King Albrecht") and the place
// ("Valmora"). A title of rank alone before "of" ("Duke of Ardenne") is the
// name itself and stays whole. The parts of s are appended to out.
func (lx *Lexicons) splitTerritory(di *docInfo, s [3]int, out [][3]int) [][3]int {
	a, b := s[0], s[1]
	t := a
	if lx.honorific(di, a) == "" {
		t = a - 1
	}
	if t < 0 || !lx.is(cueRankTitle, lx.honorific(di, t)) {
		return append(out, s)
	}
	of := t + 2 // title, one given name, "of"
	if of+1 >= b || di.lower[of] != "of" || !isCap(di.doc.Tokens[of+1].Text) {
		return append(out, s)
	}
	return append(out, [3]int{a, of, nerPER}, [3]int{of + 1, b, nerLOC})
}

// handles finds social media handles ("@nportman"): names, given to a
// person when they follow the person's name in parentheses.
func handles(di *docInfo) []*ment {
	if di.doc.Text != "" && strings.IndexByte(di.doc.Text, '@') < 0 {
		return nil // each token's text is cut from the document's: no token starts with "@"
	}
	var out []*ment
	for i := range di.doc.Tokens {
		t := &di.doc.Tokens[i]
		if len(t.Text) > 2 && t.Text[0] == '@' && isWordy(t.Text[1:]) {
			out = append(out, &ment{tok0: i, tok1: i + 1, head: i, sent: t.Sentence, kind: hearsay.NameMention, number: 's', person: 3,
				gender: 'u', ent: -1, words: []string{t.Text}, quoted: di.quoted[i], rule: "name-handle"})
		}
	}
	return out
}

// nicknames finds names with a quoted nickname inside: Jalen "J-Roc"
// Pierce, Dwayne "The Rock" Johnson. The name is the words around the
// quotation; the nickname is kept to recognise it when it stands alone.
func (lx *Lexicons) nicknames(di *docInfo) []*ment {
	toks := di.doc.Tokens
	var out []*ment
	next := 1 // the first token a quotation mark may be at
	for _, c := range di.capToks {
		q := int(c) + 1 // a quotation mark right after a capitalised word
		if q+2 >= len(toks) {
			break
		}
		if q < next || !isNickQuote(toks[q].Text) || !isAlphaWord(toks[q-1].Text) {
			continue
		}
		single := !isQuote(toks[q].Text) // William 'Billy' Dunne: single marks close it
		closes := func(s string) bool { return single && isSingleQuote(s) || !single && isQuote(s) }
		e := q + 1
		for e < len(toks) && e <= q+4 && !closes(toks[e].Text) && toks[e].Sentence == toks[q].Sentence {
			e++
		}
		if e >= len(toks)-1 || e == q+1 || e > q+4 || !closes(toks[e].Text) || !isCap(toks[q+1].Text) {
			continue
		}
		from, last := e+1, e+1
		for last+1 < len(toks) && !isCap(toks[last].Text) && di.is(lx, cueNameParticle, last) && toks[last+1].Sentence == toks[q].Sentence {
			last++ // Juan "Johnny" dela Cruz: the surname's particle
		}
		if !isCap(toks[last].Text) || !isAlphaWord(toks[last].Text) || toks[last].Sentence != toks[q].Sentence || di.is(lx, cueCapstop, last) {
			continue
		}
		first := q - 1
		if _, ok := lx.names[di.lower[first]]; !ok && di.hasNER && !strings.HasSuffix(toks[first].NER, "PER") && !strings.HasSuffix(toks[last].NER, "PER") {
			continue // a given name, or a person by the name tagger (any capitalised pair without one)
		}
		end := last + 1
		for end < len(toks) && toks[end].Sentence == toks[q].Sentence && isCap(toks[end].Text) && isAlphaWord(toks[end].Text) && !di.is(lx, cueCapstop, end) {
			end++
		}
		m := &ment{tok0: first, tok1: end, head: end - 1, sent: toks[q].Sentence, kind: hearsay.NameMention, typ: hearsay.Person,
			number: 's', person: 3, gender: lx.names[di.lower[first]], ent: -1, quoted: di.quoted[first], rule: "name-nickname"}
		if m.gender == 0 {
			m.gender = 'u'
		}
		m.words = append([]string{toks[first].Text}, textsOf(toks[from:end])...)
		m.nick = strings.Join(textsOf(toks[q+1:e]), " ")
		if end < len(toks) && isPossMarker(toks[end].Text) {
			m.poss = true
		}
		out = append(out, m)
		next = end + 1
	}
	return out
}

// isNickQuote reports whether s may open a nickname between a given name
// and a surname: a quotation mark (isQuote) or a single one
// (isSingleQuote), which then closes it.
func isNickQuote(s string) bool { return isQuote(s) || isSingleQuote(s) }

// isSingleQuote reports whether s is a single quotation mark ("'", "‘",
// "’").
func isSingleQuote(s string) bool { return s == "'" || s == "‘" || s == "’" }

// parenNames reads the names of survivor lists and alumni notes that
// carry a second name in parentheses between the given name and the
// surname: a spouse's given name ("daughter Karen (Dale) Brekke", Karen
// Brekke married to Dale Brekke) or a birth surname ("Jenna (Pell)
// Delahunt"). The person is the given name with the surname, a mention on
// the given name alone; a spouse, a given name of data/names.tsv, is the
// inner name with the surname, a mention on the inner name; a given name
// joined to the first by "and" shares the surname ("to Arvid and Ruth
// (Nyberg) Lindqvist"). covered holds the whole of each such name, where
// the name tagger's spans are not read.
func (lx *Lexicons) parenNames(di *docInfo) (out, covered []*ment) {
	toks := di.doc.Tokens
	for _, c := range di.capToks {
		g := int(c) // the given name, then "(", the inner name, ")", the surname
		if g+4 >= len(toks) || toks[g+1].Text != "(" || toks[g+3].Text != ")" || toks[g+4].Sentence != toks[g].Sentence {
			continue
		}
		if _, ok := lx.names[di.lower[g]]; !ok || !isAlphaWord(toks[g].Text) {
			continue
		}
		inner, last := toks[g+2].Text, g+4
		if !isCap(inner) || !isAlphaWord(inner) || !isCap(toks[last].Text) || !isAlphaWord(toks[last].Text) || di.is(lx, cueCapstop, last) {
			continue
		}
		end := last + 1
		for end < len(toks) && toks[end].Sentence == toks[g].Sentence && isCap(toks[end].Text) && isAlphaWord(toks[end].Text) && !di.is(lx, cueCapstop, end) {
			end++
		}
		surname := textsOf(toks[last:end])
		person := func(k int, given string) *ment {
			m := &ment{tok0: k, tok1: k + 1, head: k, sent: toks[g].Sentence, kind: hearsay.NameMention, typ: hearsay.Person,
				number: 's', person: 3, gender: lx.names[strings.ToLower(given)], ent: -1, quoted: di.quoted[k], rule: "name-paren"}
			if m.gender == 0 {
				m.gender = 'u'
			}
			m.words = append([]string{given}, surname...)
			return m
		}
		start := g
		if g >= 2 && di.lower[g-1] == "and" && toks[g-2].Sentence == toks[g].Sentence && isCap(toks[g-2].Text) && isAlphaWord(toks[g-2].Text) {
			if _, ok := lx.names[di.lower[g-2]]; ok {
				out = append(out, person(g-2, toks[g-2].Text)) // "Arvid and Ruth (Nyberg) Lindqvist"
				start = g - 2
			}
		}
		out = append(out, person(g, toks[g].Text))
		if _, ok := lx.names[strings.ToLower(inner)]; ok && !lx.petNameOf(toks[g].Text, inner) {
			out = append(out, person(g+2, inner)) // a spouse, not the familiar form of the name: "Thomas (Tom) Keane"
		}
		covered = append(covered, &ment{tok0: start, tok1: end, ent: -1, rule: "name-paren"})
	}
	return out, covered
}

// noticeHeads reads the heads of death and family notices that write the
// surname first, in capitals, then a comma and the given names ("MORAN,
// Patrick (Paddy)", "O'SULLIVAN, Margaret (née Daly)", "WALSH, Mary Ann.")
// at the start of a line: the person is the given names with the surname
// ("Patrick Moran"), a mention on the whole head. covered holds each head
// and a parenthesis right after it, where the name tagger's spans are not
// read.
func (lx *Lexicons) noticeHeads(di *docInfo) (out, covered []*ment) {
	toks := di.doc.Tokens
	for s := 0; s+2 < len(toks); s++ {
		if s > 0 && (toks[s-1].Sentence == toks[s].Sentence || !strings.Contains(di.doc.Text[toks[s-1].End:toks[s].Start], "\n")) {
			continue // the head starts a line
		}
		c := s
		for c < len(toks) && c < s+2 && capsWord(toks[c].Text) && len(toks[c].Text) >= 2 && toks[c].Sentence == toks[s].Sentence {
			c++
		}
		if c == s || c+1 >= len(toks) || toks[c].Text != "," || toks[c+1].Sentence != toks[s].Sentence {
			continue
		}
		g := c + 1
		end := g
		for end < len(toks) && end < g+3 && toks[end].Sentence == toks[s].Sentence && isCap(toks[end].Text) && isAlphaWord(toks[end].Text) && !capsWord(toks[end].Text) {
			if _, ok := lx.names[di.lower[end]]; !ok {
				break
			}
			end++
		}
		if end == g {
			continue // "LONDON, Tuesday": no given name after the comma
		}
		if end < len(toks) && toks[end].Sentence == toks[s].Sentence && isCap(toks[end].Text) && isAlphaWord(toks[end].Text) {
			continue // "KELBY, Ann Holt said": a dateline before a full name
		}
		m := &ment{tok0: s, tok1: end, head: end - 1, sent: toks[s].Sentence, kind: hearsay.NameMention, typ: hearsay.Person,
			number: 's', person: 3, gender: lx.names[di.lower[g]], ent: -1, quoted: di.quoted[g], rule: "name-notice-head"}
		if m.gender == 0 {
			m.gender = 'u'
		}
		m.words = textsOf(toks[g:end])
		for k := s; k < c; k++ {
			m.words = append(m.words, surnameCase(toks[k].Text))
		}
		out = append(out, m)
		e := end
		if e+2 < len(toks) && toks[e].Text == "(" && toks[e].Sentence == m.sent {
			for e < len(toks) && toks[e].Sentence == m.sent && toks[e].Text != ")" && e < end+5 {
				e++
			}
			if e < len(toks) && toks[e].Text == ")" {
				end = e + 1 // "(Paddy)", "(née Daly)": a familiar or a birth name, which the head covers
			}
		}
		covered = append(covered, &ment{tok0: s, tok1: end, ent: -1, rule: "name-notice-head"})
		s = end - 1
	}
	return out, covered
}

// surnameCase writes a surname in capitals as a name: "MORAN" → "Moran",
// "O'SULLIVAN" → "O'Sullivan", "MCCARTHY" → "McCarthy", "WYNNE-JONES" →
// "Wynne-Jones".
func surnameCase(w string) string {
	rs := []rune(strings.ToLower(w))
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == '\'' || r == '’' || r == '-' || i == 1 && rs[0] == 'M' && r == 'c'
	}
	return string(rs)
}

// petNameOf reports whether one of two given names is a familiar form of
// the other (cue class pet-name: "Thomas" and "Tom", "Margaret" and
// "Peggy").
func (lx *Lexicons) petNameOf(a, b string) bool {
	return lx.isLower(cuePetName, a+" "+b) || lx.isLower(cuePetName, b+" "+a)
}

// parenSpouses reads the names of survivor lists that write a spouse's
// given name in parentheses after the full name ("her daughter, Siobhan
// Kelly (Declan), of Galway", "sons Brendan (Anne) and Kevin"): the person is
// the name before the parenthesis, the spouse the inner name with the
// person's surname when the name has one. The inner name must be a given
// name of data/names.tsv and no capitalised word may follow the parenthesis
// (parenNames reads "Karen (Dale) Brekke"); names parenNames covered are
// left alone. covered holds the whole of each such name, where the name
// tagger's spans are not read.
func (lx *Lexicons) parenSpouses(di *docInfo, done []*ment) (out, covered []*ment) {
	toks := di.doc.Tokens
	for p := 1; p+2 < len(toks); p++ {
		if toks[p].Text != "(" || toks[p+2].Text != ")" || toks[p+2].Sentence != toks[p].Sentence || toks[p-1].Sentence != toks[p].Sentence {
			continue
		}
		inner := toks[p+1].Text
		if _, ok := lx.names[di.lower[p+1]]; !ok || !isCap(inner) || !isAlphaWord(inner) {
			continue
		}
		if a := p + 3; a < len(toks) && toks[a].Sentence == toks[p].Sentence && isCap(toks[a].Text) && isAlphaWord(toks[a].Text) {
			continue
		}
		start := p
		for start > 0 && start > p-3 && toks[start-1].Sentence == toks[p].Sentence && isCap(toks[start-1].Text) && isAlphaWord(toks[start-1].Text) && !di.is(lx, cueCapstop, start-1) {
			start--
		}
		if start == p || overlapsName(done, start, p+3) {
			continue
		}
		if _, ok := lx.names[di.lower[start]]; !ok || !lx.kinNounBefore(di, start, toks[p].Sentence) {
			continue // the name before the parenthesis opens with a given name, and a relative's noun comes before it
		}
		var surname []string
		if p-start >= 2 {
			surname = []string{toks[p-1].Text}
		}
		name := func(k, e int, words []string) *ment {
			m := &ment{tok0: k, tok1: e, head: e - 1, sent: toks[p].Sentence, kind: hearsay.NameMention, typ: hearsay.Person,
				number: 's', person: 3, gender: lx.names[di.lower[k]], ent: -1, quoted: di.quoted[k], rule: "name-paren"}
			if m.gender == 0 {
				m.gender = 'u'
			}
			m.words = words
			return m
		}
		out = append(out, name(start, p, textsOf(toks[start:p])), name(p+1, p+2, append([]string{inner}, surname...)))
		covered = append(covered, &ment{tok0: start, tok1: p + 3, ent: -1, rule: "name-paren"})
	}
	return out, covered
}

// kinNounBefore reports whether a family kinship noun comes at most eight
// tokens before token a in its part of a list ("her daughter, Siobhan",
// "sons Brendan (Anne) and Kevin"), with no semicolon between.
func (lx *Lexicons) kinNounBefore(di *docInfo, a, sent int) bool {
	toks := di.doc.Tokens
	for k := a - 1; k >= 0 && k >= a-8 && toks[k].Sentence == sent && toks[k].Text != ";"; k-- {
		info, ok := di.nounAt(lx, k)
		if !ok {
			info, ok = lx.nouns[singular(di.lower[k])] // "sons Brendan (Anne) and Kevin (Louise)"
		}
		if ok && info.isKin && familyKin(info.class) {
			return true
		}
	}
	return false
}

// overlapsName reports whether tokens a to b overlap a name of ms.
func overlapsName(ms []*ment, a, b int) bool {
	for _, m := range ms {
		if a < m.tok1 && m.tok0 < b {
			return true
		}
	}
	return false
}

func textsOf(toks []hearsay.Token) []string {
	out := make([]string, len(toks))
	for i := range toks {
		t := &toks[i]
		out[i] = t.Text
	}
	return out
}

// appendTexts appends the texts of toks to out.
func appendTexts(out []string, toks []hearsay.Token) []string {
	for i := range toks {
		out = append(out, toks[i].Text)
	}
	return out
}

// NER type codes used by nerSpans.
const (
	nerUnknown = iota
	nerPER
	nerORG
	nerLOC
	nerMISC
)

func nerCode(t string) int {
	switch t {
	case "PER", "PERSON":
		return nerPER
	case "ORG", "ORGANIZATION":
		return nerORG
	case "LOC", "GPE", "LOCATION":
		return nerLOC
	case "MISC":
		return nerMISC
	}
	return nerUnknown
}

// isLowerWord reports whether w is a word of lowercase ASCII letters only.
func isLowerWord(w string) bool {
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// nerSpans groups IOB2 tags into token spans, appended to out.
func nerSpans(toks []hearsay.Token, out [][3]int) [][3]int {
	start, typ := -1, ""
	flush := func(end int) {
		if start >= 0 {
			code := nerCode(typ)
			for code != nerMISC && end-start > 1 && isLowerWord(toks[end-1].Text) {
				end-- // "Ruby and" of "their twins, Ruby and Theo": a name ends in no lowercase word
			}
			out = append(out, [3]int{start, end, code})
		}
		start = -1
	}
	for i := range toks {
		t := &toks[i]
		tag := t.NER
		if start < 0 && (len(tag) < 2 || tag[1] != '-') {
			continue // outside a name ("O"), none open: nothing to flush
		}
		switch {
		case strings.HasPrefix(tag, "B-"):
			flush(i)
			start, typ = i, tag[2:]
		case strings.HasPrefix(tag, "I-"):
			if start < 0 || tag[2:] != typ || toks[start].Sentence != t.Sentence {
				flush(i)
				start, typ = i, tag[2:]
			}
		default:
			flush(i)
		}
	}
	flush(len(toks))
	return out
}

// capSpans finds runs of capitalised words, for documents without NER.
// They depend on the tokens alone and are found once per document; the
// slice returned is full, so appending to it copies.
func (lx *Lexicons) capSpans(di *docInfo) [][3]int {
	if !di.capsSet {
		spans := lx.findCapSpans(di)
		di.caps, di.capsSet = spans[:len(spans):len(spans)], true
	}
	return di.caps
}

// findCapSpans finds the runs of capitalised words capSpans returns.
func (lx *Lexicons) findCapSpans(di *docInfo) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	if di.reuse != nil {
		out = spareSpans(&di.reuse.caps)
	}
	known := make([]uint8, len(toks)) // 1 + whether ok(i), once asked: ok is asked up to three times a token
	ok := func(i int) bool {
		if known[i] == 0 {
			known[i] = 1
			if lx.capNameWord(di, i) {
				known[i] = 2
			}
		}
		return known[i] == 2
	}
	caps := di.capToks
	for i := 0; i < len(toks); {
		// a span starts at a capitalised token (capNameWord): go to the next
		for len(caps) > 0 && int(caps[0]) < i {
			caps = caps[1:]
		}
		if len(caps) == 0 {
			break
		}
		i = int(caps[0])
		if !ok(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Sentence == toks[i].Sentence {
			if ok(j) {
				j++
				continue
			}
			if lx.is(cueNameParticle, toks[j].Text) && j+1 < len(toks) && ok(j+1) && toks[j+1].Sentence == toks[i].Sentence {
				j += 2
				continue
			}
			break
		}
		if j-i == 1 && !di.hasPOS {
			w := toks[i].Text
			_, dem := di.demonym(lx, i)
			if dem || di.initial[i] && !di.seenCap(w) && lx.names[di.lower[i]] == 0 {
				i = j
				continue
			}
		}
		out = append(out, [3]int{i, j, nerUnknown})
		i = j
	}
	return out
}

// capNameWord reports whether token i may be a word of a run of
// capitalised words (findCapSpans): a capitalised word of letters, a proper
// noun when the document has part-of-speech tags, and no stop word unless
// it opens a name mid-sentence before another capitalised word ("Us
// Weekly").
func (lx *Lexicons) capNameWord(di *docInfo, i int) bool {
	toks := di.doc.Tokens
	t := toks[i].Text
	if !isCap(t) { // the cheapest test first: most tokens fail it
		return false
	}
	if di.hasPOS && !strings.HasPrefix(toks[i].XPOS, "NNP") && toks[i].UPOS != "PROPN" {
		return false
	}
	if !isAlphaWord(t) {
		return false
	}
	if di.is(lx, cueCapstop, i) {
		n := i + 1
		if di.initial[i] || n >= len(toks) || toks[n].Sentence != toks[i].Sentence || !isCap(toks[n].Text) || di.is(lx, cueCapstop, n) || isUpperString(t) && len(t) > 1 {
			return false
		}
	}
	return true
}

// givenNamesBefore widens, in place, a name of one word, or a person's of
// two, to the given name the tagger left out right before it ("Ingrid
// Castellano is setting the record straight", tagged "Castellano" alone,
// often at a sentence start; "met Nusrat Jahan Mim", tagged "Jahan Mim"):
// a capitalised untagged word that names.tsv gives a gender, outside a time
// expression, before a word that ends no organisation or place name. The
// name is a person's.
func (lx *Lexicons) givenNamesBefore(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		a := s[0]
		if s[1]-a > 2 || s[1]-a == 2 && s[2] != nerPER || a == 0 || toks[a-1].Sentence != toks[a].Sentence || toks[a-1].NER != "O" || !isCap(toks[a-1].Text) ||
			di.orgWordAt(lx, a) || i > 0 && spans[i-1][1] > a-1 {
			continue
		}
		if g := lx.names[di.lower[a-1]]; g != 'm' && g != 'f' || lx.honorific(di, a-1) != "" || inTimex(di.doc, spanOf(toks, a-1, a)) {
			continue
		}
		spans[i] = [3]int{a - 1, s[1], nerPER}
	}
}

// titleGivenName reports whether the first word of the name of
// three words or more in tokens [a, b), a title that is also a given name (cue
// class title-given), is the name's given name: the word after it is no
// given name the lists know ("Dean Witter Reynolds"; in "Dean Ann Moss" it
// is a title).
func (lx *Lexicons) titleGivenName(di *docInfo, a, b int) bool {
	if b-a < 3 || !isCap(di.doc.Tokens[a].Text) || !lx.is(cueTitleGiven, di.lower[a]) || !isCap(di.doc.Tokens[a+1].Text) {
		return false
	}
	_, given := lx.names[di.lower[a+1]]
	_, listed := lx.listedNames[di.lower[a+1]]
	return !given && !listed
}

// titleGivenNamesBefore widens, in place, a name of two words or more to
// the word the tagger left out right before it when that word is a title
// that is also a given name and the name's first word is no given name
// (titleGivenName): "Shares of Dean Witter Reynolds Inc. fell", tagged
// "Witter Reynolds Inc.".
func (lx *Lexicons) titleGivenNamesBefore(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		a := s[0]
		if s[1]-a < 2 || a == 0 || toks[a-1].Sentence != toks[a].Sentence || toks[a-1].NER != "O" || i > 0 && spans[i-1][1] > a-1 {
			continue
		}
		if lx.titleGivenName(di, a-1, s[1]) {
			spans[i][0] = a - 1
		}
	}
}

// holdersAfterIn retypes, in place, as a person's a name of two or three
// words the tagger took for a place or an organisation after a post and
// "in" that a verb of having or finding governs: "Haldor Mining has a new
// chief executive in Nia Okafor", "the club found a ready-made captain in
// Tom Hale", "Kelby have a natural replacement in Jude Bexley". The first word must be a given name names.tsv gives a gender
// and the last no word of organisation or place names.
func (lx *Lexicons) holdersAfterIn(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		a, b := s[0], s[1]
		if s[2] == nerPER || b-a < 2 || b-a > 3 || a < 4 || di.lower[a-1] != "in" || !lx.personNounAt(di, a-2) || di.orgWordAt(lx, b-1) {
			continue
		}
		if g := lx.names[di.lower[a]]; g != 'm' && g != 'f' {
			continue
		}
		if haveBefore(di, a-3, toks[a].Sentence) {
			spans[i][2] = nerPER
		}
	}
}

// personNounAt reports whether token i is a noun of a person of the
// entity data (a post, a trade, a kinship noun) or one of someone who
// takes another's place ("replacement", "successor").
func (lx *Lexicons) personNounAt(di *docInfo, i int) bool {
	switch di.lower[i] {
	case "replacement", "successor", "signing", "executive", "deputy", "ally":
		return true
	}
	_, ok := di.nounAt(lx, i)
	return ok
}

// haveBefore reports whether, going back from token k over at most three
// modifiers of sentence sent, an article follows a verb of having or
// finding ("has a new", "found an able").
func haveBefore(di *docInfo, k, sent int) bool {
	toks := di.doc.Tokens
	for n := 0; n < 4 && k > 0 && toks[k].Sentence == sent; n, k = n+1, k-1 {
		if w := di.lower[k]; w != "a" && w != "an" {
			continue
		}
		switch di.lower[k-1] {
		case "has", "have", "had", "having", "found", "find", "finds", "got", "get", "gets", "getting", "see", "sees", "saw":
			return true
		}
		return false
	}
	return false
}

// surnamesAfter widens, in place, a name of one word that names.tsv gives
// a gender, alone or after titles, to the double-barrelled surname the
// tagger left out right after it ("Lorraine Castellane-Watts, the first
// woman to edit ...", tagged "Lorraine" alone, a region; "Hon. Kwesi
// Appiah-Mensah", tagged "Hon. Kwesi"): a capitalised untagged word of capitalised
// parts joined by a hyphen that ends the run of capitalised words. The name
// is a person's. After a title, the surname may be any capitalised
// word (titledSurname).
func (lx *Lexicons) surnamesAfter(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		a, b := s[0], s[1]
		if b-a < 1 || b >= len(toks) || toks[b].Sentence != toks[a].Sentence || toks[b].NER != "O" || !hyphenedName(toks[b].Text) && !lx.titledSurname(di, a, b) ||
			i+1 < len(spans) && spans[i+1][0] <= b || di.orgWordAt(lx, b) {
			continue
		}
		if b-a > 1 && lx.titleRunEnd(di, a, toks[a].Sentence) != b-1 {
			continue // a name of several words, unless titles and a given name ("Hon. Kwesi")
		}
		if g := lx.names[di.lower[b-1]]; g != 'm' && g != 'f' || b+1 < len(toks) && toks[b+1].Sentence == toks[b].Sentence && isCap(toks[b+1].Text) {
			continue
		}
		spans[i] = [3]int{a, b + 1, nerPER}
	}
}

// titledSurname reports whether token b, after the one-word name a..b
// that a title of honorifics.tsv comes before, is a surname the tagger
// left out ("Command Sgt. Maj. Lorena Price, the brigade's ...", tagged
// "Lorena" alone): a capitalised word of letters, a proper noun, that
// opens no time expression.
func (lx *Lexicons) titledSurname(di *docInfo, a, b int) bool {
	return b-a == 1 && lx.honorific(di, a-1) != "" && lx.capNameWord(di, b) &&
		!inTimex(di.doc, spanOf(di.doc.Tokens, b, b+1))
}

// servicesField reports whether words of cue class services-to end right
// before token a in its sentence, "and to" only after one of the others
// ("for services to Rugby League and to Charity").
func (lx *Lexicons) servicesField(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	for n := 3; n >= 2; n-- {
		s := a - n
		if s < 0 || toks[s].Sentence != toks[a].Sentence || !di.isPhrase(lx, cueServicesTo, s, a) {
			continue
		}
		if di.lower[s] != "and" {
			return true
		}
		for k := s - 1; k >= 1 && toks[k].Sentence == toks[a].Sentence && k > s-6; k-- {
			if di.lower[k-1] != "and" && di.isPhrase(lx, cueServicesTo, k-1, k+1) {
				return true
			}
		}
	}
	return false
}

// anyLetter reports whether a word of words has a letter.
func anyLetter(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// hyphenedName reports whether w is capitalised parts joined by hyphens
// ("Castellane-Watts", "Okwu-Bergstrom"), each of two letters or more and
// not in capitals.
func hyphenedName(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for w != "" {
		p := w
		if k := strings.IndexByte(w, '-'); k >= 0 {
			p, w = w[:k], w[k+1:]
			if w == "" {
				return false // a trailing hyphen
			}
		} else {
			w = ""
		}
		if len(p) < 2 || !isCap(p) || isUpperString(p) {
			return false
		}
	}
	return true
}

// kinGivenNames makes a person of a lone given name of known gender that
// the tagger called a place or an organisation when family notices say
// whose relative it is: a kinship noun of family, after a comma and a few
// lowercase words, followed by "of" ("Tobin, elder son of ...",
// "Marisa, the younger daughter of ..."), a kinship noun and a word of
// cue class kin-for before it ("a son, a brother for Wren"), or the name's
// own relative after it in its clause ("Mateo must be returned to his
// father": ownKinAfter), or a naming right before it ("named him Otto":
// namingBefore).
func (lx *Lexicons) kinGivenNames(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		a := s[0]
		if s[1]-a != 1 || s[2] == nerPER {
			continue
		}
		if g := lx.names[di.lower[a]]; g != 'm' && g != 'f' {
			continue
		}
		if g := lx.names[di.lower[a]]; lx.kinNounOfAfter(di, a+1, toks[a].Sentence) || lx.kinNounForBefore(di, a, toks[a].Sentence) || lx.ownKinAfter(di, a, g) || namingBefore(di, a) {
			spans[i][2] = nerPER
		}
	}
}

// namingVerbs give a newborn its name: "named him Otto", "called her Wren".
var namingVerbs = map[string]bool{"named": true, "called": true, "christened": true}

// newbornNouns name a child being named: "named the baby Otto".
var newbornNouns = map[string]bool{"baby": true, "boy": true, "girl": true, "son": true, "daughter": true, "newborn": true}

// namingBefore reports whether a naming stands right before the name at
// token a: a verb of namingVerbs and "him" or "her" ("named him Otto"),
// "the" or "their" and a noun of newbornNouns ("called their son Otto"), or
// such a noun, a comma and the verb ("The baby, named Luna, was born").
func namingBefore(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if a >= 2 && toks[a-2].Sentence == toks[a].Sentence && namingVerbs[di.lower[a-2]] && (di.lower[a-1] == "him" || di.lower[a-1] == "her") {
		return true
	}
	if a >= 3 && toks[a-3].Sentence == toks[a].Sentence && namingVerbs[di.lower[a-1]] && di.lower[a-2] == "," && newbornNouns[di.lower[a-3]] {
		return true // "The baby, named Luna, was born on Monday"
	}
	return a >= 3 && toks[a-3].Sentence == toks[a].Sentence && namingVerbs[di.lower[a-3]] && (di.lower[a-2] == "the" || di.lower[a-2] == "their") && newbornNouns[di.lower[a-1]]
}

// ownKinAfter reports whether the name at token a is the subject of its
// clause (a verb follows it, maybe after adverbs; no article before it) and
// the clause goes on, within a few words and no punctuation, to a
// possessive of the name's gender g before a noun of family kinship, maybe
// after one lowercase word: "Mateo must be returned to his father", "Sofia
// now lives with her mother".
func (lx *Lexicons) ownKinAfter(di *docInfo, a int, g byte) bool {
	toks := di.doc.Tokens
	sent := toks[a].Sentence
	if a > 0 && toks[a-1].Sentence == sent && (toks[a-1].UPOS == "DET" || di.lower[a-1] == "the") {
		return false // "the Chelsea flat she shared with her ex-boyfriend": a name before a noun
	}
	v := a + 1
	for v < len(toks) && toks[v].Sentence == sent && toks[v].UPOS == "ADV" {
		v++
	}
	if v >= len(toks) || toks[v].Sentence != sent || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
		return false // the name is the subject of its clause: "Sofia now lives with her mother"
	}
	poss := "his"
	if g == 'f' {
		poss = "her"
	}
	for k := a + 1; k <= a+7 && k+1 < len(toks) && toks[k+1].Sentence == sent; k++ {
		if !isAlphaWord(toks[k].Text) {
			return false // a comma, a quotation mark: another clause
		}
		if di.lower[k] != poss {
			continue
		}
		for n := k + 1; n <= k+2 && n < len(toks) && toks[n].Sentence == sent && isAlphaWord(toks[n].Text) && toks[n].Text == di.lower[n]; n++ {
			if info, ok := di.nounAt(lx, n); ok && info.isKin && familyKin(info.class) {
				return true
			}
		}
		return false
	}
	return false
}

// kinNounOfAfter reports whether a comma at token c starts a phrase of
// at most three lowercase words ending in a family kinship noun followed
// by "of": ", elder son of", ", the only daughter of".
func (lx *Lexicons) kinNounOfAfter(di *docInfo, c, sent int) bool {
	toks := di.doc.Tokens
	if c >= len(toks) || toks[c].Text != "," {
		return false
	}
	for k := c + 1; k <= c+3 && k+1 < len(toks) && toks[k+1].Sentence == sent; k++ {
		if toks[k].Text != di.lower[k] || !isAlphaWord(toks[k].Text) {
			return false
		}
		if info, ok := di.nounAt(lx, k); ok && info.isKin {
			return familyKin(info.class) && di.lower[k+1] == "of"
		}
	}
	return false
}

// kinNounForBefore reports whether a family kinship noun and a word of
// cue class kin-for come right before token a: "a brother for".
func (lx *Lexicons) kinNounForBefore(di *docInfo, a, sent int) bool {
	toks := di.doc.Tokens
	if a < 2 || toks[a-2].Sentence != sent || !di.is(lx, cueKinFor, a-1) {
		return false
	}
	info, ok := di.nounAt(lx, a-2)
	return ok && info.isKin && familyKin(info.class)
}

// familyKin reports whether a kinship class is one of family ties by
// birth: child, parent, sibling, grandchild, grandparent.
func familyKin(class string) bool {
	switch class {
	case "child", "parent", "sibling", "grandchild", "grandparent":
		return true
	}
	return false
}

// missedPeople finds capitalised names the name tagger left out that the
// text marks as people: a title before ("Dr. Kim Ode"), an age around
// ("Deshawn Price, 26,", "12-year-old Aleph"), an occupation or kinship noun
// before ("Quarterback Deshawn Price", "a son named Teo"), or a given name of known gender
// followed by another name word.
func (lx *Lexicons) missedPeople(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	for _, s := range lx.freeCapSpans(di, have) {
		a, b := s[0], s[1]
		for a < b-1 {
			if info, ok := di.nounAt(lx, a); ok && (info.isOcc || info.isRole) {
				a++ // "Quarterback Deshawn Price"
				continue
			}
			break
		}
		if a > s[0] && b-a == 1 && lx.names[di.lower[a]] == 0 {
			continue // "Star Signal": one word after the noun is no one's name
		}
		cue := lx.honorific(di, a-1) != "" || a > 0 && ageOf(di.lower[a-1]) > 0
		if !cue && b+2 < len(toks) && toks[b].Text == "," && isNumber(toks[b+1].Text) && (toks[b+2].Text == "," || toks[b+2].Text == ".") {
			cue = true
		}
		if !cue && a > s[0] || !cue && a > 0 && !di.initial[a-1] {
			if info, ok := di.nounAt(lx, a-1); ok && (info.isOcc || info.isKin && info.class != "other") {
				cue = true
			}
		}
		if !cue && a > 1 && di.is(lx, cueNamingVerb, a-1) {
			if info, ok := di.nounAt(lx, a-2); ok && info.isKin && info.class != "other" {
				cue = true // "a daughter christened Aurelie"
			}
		}
		if !cue && b-a >= 2 {
			g, ok := lx.names[di.lower[a]]
			cue = ok && g != 'u'
		}
		if !cue && b-a == 1 && lx.names[di.lower[a]] != 0 && lx.nounBeforeComma(di, a, b) {
			cue = true // "a miner, Frank Hale, and a dinner lady, Pat."
		}
		if cue {
			out = append(out, [3]int{a, b, nerPER})
		}
	}
	return out
}

// joinNameArticles extends, in place, a span to the
// article of another language of cue class name-article written in
// lowercase right before it in mid-sentence ("told la Repubblica", "the
// daily el Mundo"): the article is part of the name. After a particle of
// a person's name ("de la Cruz") the article stays out.
func (lx *Lexicons) joinNameArticles(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		j := s[0] - 1
		if j < 1 || toks[j].Sentence != toks[s[0]].Sentence || toks[j-1].Sentence != toks[j].Sentence || toks[j].Text != di.lower[j] || !di.is(lx, cueNameArticle, j) {
			continue
		}
		if di.is(lx, cueNameParticle, j-1) || isCap(toks[j-1].Text) {
			continue // "Maria de la Cruz", "Marine Le Pen"
		}
		spans[i][0] = j
	}
}

// realNameAt returns, for a phrase of cue class real-name-lead that ends
// right before token q and follows a comma or "(" after a capitalised word
// ("Hyunwoo, whose real name is Kang", "Taemin (real name Oh"), the end
// of the stage name before it (the comma or the parenthesis) and true.
func (lx *Lexicons) realNameAt(di *docInfo, q int) (int, bool) {
	toks := di.doc.Tokens
	if q < 3 || q >= len(toks) || !isCap(toks[q].Text) || !isAlphaWord(strings.ReplaceAll(toks[q].Text, "-", "")) {
		return 0, false
	}
	for n := 1; n <= 4 && q-n-2 >= 0; n++ {
		p := q - n
		if toks[p-1].Sentence != toks[q].Sentence || toks[p-2].Sentence != toks[q].Sentence || !di.isPhrase(lx, cueRealNameLead, p, q) {
			continue
		}
		if t := toks[p-1].Text; (t == "," || t == "(") && isCap(toks[p-2].Text) {
			return p - 1, true
		}
	}
	return 0, false
}

// stageNameSpans finds a stage or familiar name and the real name a
// phrase of cue class real-name-lead joins ("Hyunwoo, whose real name is
// Kang Hyun-woo,"): the real name, a person's span or two or three
// capitalised words no span covers, and the stage name, one to three
// capitalised words no span covers, are a person's names.
func (lx *Lexicons) stageNameSpans(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	spanAt := func(i int) int { // the code of the span covering token i, -1 when none does
		for _, s := range have {
			if s[0] <= i && i < s[1] {
				return s[2]
			}
		}
		return -1
	}
	var out [][3]int
	for _, c := range di.capToks {
		q := int(c)
		end, ok := lx.realNameAt(di, q)
		if !ok {
			continue
		}
		switch code := spanAt(q); {
		case code == -1:
			e := q + 1
			for e < len(toks) && e < q+3 && toks[e].Sentence == toks[q].Sentence && isCap(toks[e].Text) && isAlphaWord(strings.ReplaceAll(toks[e].Text, "-", "")) {
				e++
			}
			if e-q < 2 {
				continue // "born Kelby": one word alone may be a place
			}
			out = append(out, [3]int{q, e, nerPER})
		case code != nerPER:
			continue // "born London": no real name
		}
		if a := end - 1; spanAt(a) == -1 {
			s := a
			for s > 0 && s > a-2 && toks[s-1].Sentence == toks[a].Sentence && isCap(toks[s-1].Text) && spanAt(s-1) == -1 && !di.initial[s] {
				s--
			}
			out = append(out, [3]int{s, a + 1, nerPER})
		}
	}
	return out
}

// missedSurnames finds the surnames the name tagger and the part-of-speech
// tagger left out where they are also common words ("Liam Price, 34, ...
// Recorder Helen Parry told Price"): a capitalised word no span covers that
// is the last word of a person's name of two words or more found before it,
// in mid-sentence or, opening one, before a comma, a colon, a possessive or
// a verb ("Price, a former engineer, ...").
func missedSurnames(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	surnameEnd := map[string]int{} // the last word of each full name, and where it first ends
	for _, s := range have {
		if s[2] != nerPER || s[1]-s[0] < 2 {
			continue
		}
		if e, ok := surnameEnd[toks[s[1]-1].Text]; !ok || s[1] < e {
			surnameEnd[toks[s[1]-1].Text] = s[1]
		}
	}
	if len(surnameEnd) == 0 {
		return nil
	}
	var out [][3]int
	for _, k := range di.capToks {
		a := int(k)
		if e, ok := surnameEnd[toks[a].Text]; !ok || a < e || coveredBy(have, a, a+1) || !isAlphaWord(toks[a].Text) || di.initial[a] && !nameVerbAfter(di, a+1) {
			continue
		}
		if a+1 < len(toks) && toks[a+1].Sentence == toks[a].Sentence && isCap(toks[a+1].Text) && isAlphaWord(toks[a+1].Text) {
			continue // a word of a longer name ("Price Waterhouse")
		}
		out = append(out, [3]int{a, a + 1, nerPER})
	}
	return out
}

// nameVerbAfter reports whether token k, after a capitalised word that opens
// its sentence, shows that word to be a subject's name: a comma, a colon, a
// possessive or a verb ("Price, a former engineer, ...", "Price said").
func nameVerbAfter(di *docInfo, k int) bool {
	toks := di.doc.Tokens
	if k >= len(toks) || toks[k].Sentence != toks[k-1].Sentence {
		return false
	}
	switch toks[k].Text {
	case ",", ":", "'s", "’s":
		return true
	}
	return di.hasPOS && (strings.HasPrefix(toks[k].XPOS, "VB") || toks[k].XPOS == "MD")
}

// nounBeforeComma reports whether the one-word name over tokens [a, b)
// stands between a comma after a lowercase person noun of one to three
// words, an occupation or a kinship noun not of class other ("a dinner lady, Pat",
// "his nephew, Kit"), and a punctuation mark that ends the apposition.
func (lx *Lexicons) nounBeforeComma(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	if a < 2 || b >= len(toks) || toks[a-1].Text != "," || toks[a-2].Sentence != toks[a].Sentence || toks[b].Sentence != toks[a].Sentence {
		return false
	}
	if t := toks[b].Text; t != "." && t != "," && t != ";" {
		return false
	}
	for n := 1; n <= 3 && a-1-n >= 0 && toks[a-1-n].Sentence == toks[a].Sentence; n++ {
		if w := toks[a-1-n].Text; w != di.lower[a-1-n] {
			return false
		}
		if info, ok := di.nounWords(lx, a-1-n, a-1); ok && (info.isOcc || info.isKin && info.class != "other") {
			return true
		}
	}
	return false
}

// freeCapSpans returns the runs of capitalised words (capSpans) that share
// no token with the spans already found.
func (lx *Lexicons) freeCapSpans(di *docInfo, have [][3]int) [][2]int {
	covered := make([]bool, len(di.doc.Tokens))
	for _, s := range have {
		for i := s[0]; i < s[1]; i++ {
			covered[i] = true
		}
	}
	var out [][2]int
	for _, s := range lx.capSpans(di) {
		free := true
		for i := s[0]; i < s[1]; i++ {
			free = free && !covered[i]
		}
		if free {
			out = append(out, [2]int{s[0], s[1]})
		}
	}
	return out
}

// missedOrgs finds capitalised names the name tagger left out that end in
// a word of cue class org-suffix ("Castlegate Athletic have sacked ...",
// "Tidewater Bank"), follow a lowercase noun of data/orgcues.tsv ("the
// fintech start-up Ledgerly"), come before a word of cue class org-after
// ("a Quillfeather spokeswoman") or after words of class club-before
// ("co-founded Quillfeather") or before a description headed by such a noun
// ("Tessaly, a Swedish furniture maker,"), with no known given name first,
// or are acronyms before a person's trade ("a former NFL cheerleader"),
// or end in a word of a numbered unit after an ordinal ("the 101st
// Airborne Division", cue class ordinal-unit): organisations.
func (lx *Lexicons) missedOrgs(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	for _, s := range lx.freeCapSpans(di, have) {
		a, b := s[0], s[1]
		if b-a >= 2 && di.is(lx, cueOrgSuffix, b-1) && !di.is(lx, cueCompass, a) ||
			a > 0 && di.orgCueAt(lx, a-1) && toks[a-1].Text == di.lower[a-1] && toks[a-1].Sentence == toks[a].Sentence ||
			b < len(toks) && toks[b].Sentence == toks[a].Sentence && di.is(lx, cueOrgAfter, b) && lx.names[di.lower[a]] == 0 ||
			lx.afterClubCue(di, a) && lx.names[di.lower[a]] == 0 || lx.orgAppositiveAt(di, b, toks[a].Sentence) && lx.names[di.lower[a]] == 0 ||
			b-a == 1 && lx.acronymBeforePerson(di, a) ||
			a > 0 && isOrdinalNumber(toks[a-1].Text) && di.is(lx, cueOrdinalUnit, b-1) {
			out = append(out, [3]int{a, b, nerORG}) // "the fintech start-up Ledgerly"
		}
	}
	return out
}

// acronymBeforePerson reports whether token a is an acronym of three
// characters or more (none of cue classes not-a-name and acronym-not-org)
// or a league of data/leagues.tsv, after a lowercase word and before a
// lowercase noun of a person's trade or post ("a former NFL cheerleader",
// "a UNICEF official", "a BBC journalist"): the organisation the person
// plays, works or speaks for.
func (lx *Lexicons) acronymBeforePerson(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if a == 0 || a+1 >= len(toks) || toks[a-1].Sentence != toks[a].Sentence || toks[a+1].Sentence != toks[a].Sentence ||
		toks[a-1].Text != di.lower[a-1] || !isAlphaWord(toks[a-1].Text) {
		return false
	}
	return lx.orgAcronym(di, a)
}

// orgAcronym reports whether token a is an acronym of three characters or
// more (none of cue classes not-a-name and acronym-not-org) or a league of
// data/leagues.tsv, before a lowercase noun of a person's trade or post in
// its sentence ("NFL player", "UNICEF official"); a kinship noun after it
// ("her NHL boyfriend") tells a trade, no organisation.
func (lx *Lexicons) orgAcronym(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if a+1 >= len(toks) || toks[a+1].Sentence != toks[a].Sentence || toks[a+1].Text != di.lower[a+1] {
		return false
	}
	w := toks[a].Text
	if _, league := lx.leagues[di.lower[a]]; !league && (len(w) < 3 || !isAcronymWord(w) || lx.isLower(cueNotAName, w) || lx.isLower(cueAcronymNotOrg, w)) {
		return false
	}
	n, ok := di.nounAt(lx, a+1)
	return ok && (n.isOcc || n.isRole) && !n.isKin // "her NHL boyfriend" is read by the trade of the league's players (data/leagues.tsv)
}

// missedPlaces finds compounds of a capitalised name and a suffix of cue
// class place-suffix that the name tagger left out, as it may at the start
// of a sentence ("London-based designer Clara Moss"): the name is a place.
// Demonyms are no places ("Irish-born").
func (lx *Lexicons) missedPlaces(di *docInfo, have [][3]int) [][3]int {
	covered := make([]bool, len(di.doc.Tokens))
	for _, s := range have {
		for i := s[0]; i < s[1]; i++ {
			covered[i] = true
		}
	}
	var out [][3]int
	for _, c := range di.capToks {
		i := int(c)
		t := &di.doc.Tokens[i]
		if covered[i] || !lowerTail(t.Text) {
			continue
		}
		k := strings.LastIndexByte(t.Text, '-')
		if _, dem := lx.demonyms[di.lower[i][:k]]; dem || !lx.is(cuePlaceSuffix, di.lower[i][k:]) || !isAlphaWord(t.Text[:k]) {
			continue
		}
		out = append(out, [3]int{i, i + 1, nerLOC})
	}
	for _, sp := range lx.freeCapSpans(di, have) {
		if lx.cuedPlaceSpan(di, sp[0], sp[1]) || lx.colonDateline(di, sp[0], sp[1]) {
			out = append(out, [3]int{sp[0], sp[1], nerLOC})
		}
	}
	return out
}

// colonDateline reports whether tokens [a, b) are one to three words in
// capitals that open a sentence before a colon and a capitalised word, and
// that the lists know as a place once written in title case: the dateline
// of the Indian press ("LUCKNOW: Chief Minister ...", "NEW DELHI: ..."),
// which the tagger leaves out.
func (lx *Lexicons) colonDateline(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	if b-a > 3 || !di.initial[a] || b+1 >= len(toks) || toks[b].Text != ":" || toks[b+1].Sentence != toks[a].Sentence || !isCap(toks[b+1].Text) {
		return false
	}
	for k := a; k < b; k++ {
		if !isUpperString(toks[k].Text) || !isAlphaWord(toks[k].Text) || len(toks[k].Text) < 3 {
			return false
		}
	}
	return lx.outlets != nil && lx.outlets.KnownPlace(placeName(di.doc.Text[toks[a].Start:toks[b-1].End]))
}

// raceHeadings makes a place of the one to three words that start a
// heading written in capitals, a sentence of its own, right before words
// of cue class heading-office ("WILLOUGHBY MAYOR", "MADISON TOWNSHIP
// TRUSTEE", "PAINESVILLE CITY COUNCIL, WARD 3"): the town whose office
// the race below the heading is for. "CITY" before "COUNCIL" is the
// council's word unless the lists know the town by it ("KANSAS CITY
// COUNCIL"). The spans the tagger found in those words give way.
func (lx *Lexicons) raceHeadings(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	for st := 0; st < len(toks); {
		en := st + 1
		for en < len(toks) && toks[en].Sentence == toks[st].Sentence {
			en++
		}
		if a, b := lx.raceHeadingPlace(di, st, en); b > a {
			spans = slices.DeleteFunc(spans, func(s [3]int) bool { return s[0] < b+1 && a < s[1] })
			spans = append(spans, [3]int{a, b, nerLOC})
		}
		st = en
	}
	return spans
}

// raceHeadingPlace returns the place's words [a, b) of the sentence of
// tokens [st, en) when it is a heading over a local race (raceHeadings),
// or b == a.
func (lx *Lexicons) raceHeadingPlace(di *docInfo, st, en int) (a, b int) {
	toks := di.doc.Tokens
	if en-st < 2 || en-st > 8 {
		return st, st
	}
	for k := st; k < en; k++ {
		if w := toks[k].Text; isAlphaWord(w) && !capsWord(w) || isLowerWord(w) {
			return st, st
		}
	}
	k := st
	for k < en && k-st < 4 && isAlphaWord(toks[k].Text) && !di.is(lx, cueHeadingOffice, k) {
		k++
	}
	if k == st || k >= en || k-st > 3 || !di.is(lx, cueHeadingOffice, k) {
		return st, st
	}
	for i := st; i < k; i++ {
		if di.is(lx, cueCapstop, i) || di.is(lx, cueNotAName, i) || di.orgWordAt(lx, i) && !di.is(lx, cuePlaceTail, i) || di.is(lx, cueRoleQualifier, i) || di.is(lx, cueHeadRole, i) {
			return st, st // "STATE BOARD", "DEPUTY MAYOR", "THE MAYOR"
		}
	}
	if di.lower[k-1] == "city" && k-st >= 2 && lx.outlets != nil && !lx.outlets.KnownPlace(titleWords(toks[st:k])) {
		k-- // "PAINESVILLE CITY COUNCIL": Painesville's city council
	}
	return st, k
}

// titleWords joins the texts of toks, each written as a name
// (text.TitleWord: "KANSAS CITY" is "Kansas City").
func titleWords(toks []hearsay.Token) string {
	ws := make([]string, len(toks))
	for i := range toks {
		ws[i] = text.TitleWord(toks[i].Text)
	}
	return strings.Join(ws, " ")
}

// cuedPlaceSpan reports whether the capitalised words a..b that the name
// tagger left out, one to three with no known given name first, name a
// place by the words around them: before a comma and an Irish county
// ("Drumcallow, Co. Kerry"); not opening their sentence, between
// "a", "an" or "the" and a noun of cue class native-noun ("a Thornsby
// native", "the Kelsworth resident"), or after two or three words of cue
// class place-before ("grew up in Thornsby", "moved back to Abbotsmere").
func (lx *Lexicons) cuedPlaceSpan(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	if b-a > 3 || lx.names[di.lower[a]] != 0 {
		return false
	}
	if _, dem := di.demonym(lx, a); dem || lx.is(cueNotAName, di.lower[a]) {
		return false
	}
	if countyAfter(di, &ment{tok1: b, sent: toks[a].Sentence}) {
		return true // "Drumcallow, Co. Kerry", also opening a line: a town of the county
	}
	if a == 0 || di.initial[a] || toks[a-1].Sentence != toks[a].Sentence {
		return false
	}
	if b < len(toks) && toks[b].Sentence == toks[a].Sentence && di.is(lx, cueNativeNoun, b) {
		switch di.lower[a-1] {
		case "a", "an", "the":
			return true
		}
	}
	for n := 2; n <= 3 && a-n >= 0; n++ {
		if toks[a-n].Sentence == toks[a].Sentence && di.isPhrase(lx, cuePlaceBefore, a-n, a) {
			return true
		}
	}
	return false
}

// afterClubCue reports whether words of cue class club-before end right
// before token a in its sentence ("co-founded Quillfeather").
func (lx *Lexicons) afterClubCue(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	for n := 1; n <= 3 && a-n >= 0 && toks[a-n].Sentence == toks[a].Sentence; n++ {
		if di.isPhrase(lx, cueClubBefore, a-n, a) {
			return true
		}
	}
	return lx.fieldDegreeBefore(di, a)
}

// fieldDegreeBefore reports whether "from" before token a follows a field
// of up to three words after "in" and a word that with "from" is of cue
// class club-before ("a degree in law from Durham", "a doctorate in
// applied physics from Leeds").
func (lx *Lexicons) fieldDegreeBefore(di *docInfo, a int) bool {
	toks, low := di.doc.Tokens, di.lower
	if a < 4 || low[a-1] != "from" {
		return false
	}
	for k := a - 2; k >= 1 && k >= a-5 && toks[k].Sentence == toks[a].Sentence; k-- {
		if low[k] == "in" {
			return k < a-2 && lx.is(cueClubBefore, low[k-1]+" from")
		}
		if !isAlphaWord(low[k]) && low[k] != "&" {
			return false
		}
	}
	return false
}

// placeEnding reports whether a one-word name, lowercase, ends in a
// word ending of places (cue class place-ending: "Gloucestershire").
func (lx *Lexicons) placeEnding(w string) bool {
	c := lx.cues[cuePlaceEnding]
	if c.len() == 0 {
		return false
	}
	for n := c.minLen; n <= c.maxLen && n+2 < len(w); n++ {
		if c.has(w[len(w)-n:]) {
			return true
		}
	}
	return false
}

// partyState reports whether a one-word name is a party's initial and a
// region of data/regions.tsv ("D-Calif", "R-Texas"): the affiliation
// written after a legislator's name.
func (lx *Lexicons) partyState(words []string) bool {
	if len(words) != 1 || len(words[0]) < 4 || words[0][1] != '-' || !strings.ContainsRune("DRI", rune(words[0][0])) {
		return false
	}
	tail := words[0][2:]
	return lx.region(tail) != "" || lx.region(tail+".") != ""
}

// lowerTail reports whether a word is a compound that ends in a lowercase
// part ("Michelin-starred", "London-based", "Oscar-winning").
func lowerTail(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	for _, c := range w[i+1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// titleBefore returns the first token of a capitalised title of the name
// tagger's list (ner.Lists.TitleBefore) that ends right before token a in
// sentence sent, or a when there is none.
func (lx *Lexicons) titleBefore(di *docInfo, a, sent int) int {
	if lx.outlets == nil {
		return a
	}
	toks := di.doc.Tokens
	s := a
	for s > 0 && a-s < 4 && toks[s-1].Sentence == sent {
		s--
	}
	var buf [4]string
	ws := buf[:0]
	capital := false // a title starts with a capital: without one, none is asked for
	for _, t := range toks[s:a] {
		ws = append(ws, t.Text)
		capital = capital || isCap(t.Text)
	}
	if !capital {
		return a
	}
	return a - lx.outlets.TitleBefore(ws, s == 0 || toks[s-1].Sentence != sent)
}

// employerAfterTrade reports whether a trade or a role of
// data/occupations.tsv or data/roles.tsv and "at" or "of" ("the" may
// follow) stand right before token i: the name there employs the person.
func (lx *Lexicons) employerAfterTrade(di *docInfo, i int) bool {
	j := i - 1
	if j >= 0 && di.lower[j] == "the" {
		j--
	}
	if j < 1 || di.lower[j] != "at" && di.lower[j] != "of" || di.doc.Tokens[j-1].Sentence != di.doc.Tokens[i].Sentence {
		return false
	}
	if di.lower[j] == "at" {
		j = lx.pastOfField(di, j)
	}
	for n := 1; n <= 2 && j-n >= 0; n++ {
		if info, ok := di.nounWords(lx, j-n, j); ok && (info.isOcc || info.isRole) && !info.isKin {
			return true
		}
	}
	return false
}

// abbrevAfterVerb reports whether name m, written key, is a region's
// abbreviation with a full stop ("Mass.", "Miss.") right after a
// lowercase word that is no locative cue (cue class place-before) in its
// sentence, and the POS tagger reads that word as a verb: "celebrated
// Mass." ends a sentence with a noun, where "Boston, Mass." and "in Mass."
// name the state.
func (lx *Lexicons) abbrevAfterVerb(di *docInfo, m *ment, key string) bool {
	toks := di.doc.Tokens
	p := m.tok0 - 1
	if !strings.HasSuffix(key, ".") || len(m.words) != 1 || p < 0 || toks[p].Sentence != m.sent || !di.hasPOS || toks[p].UPOS != "VERB" || toks[p].Text != di.lower[p] {
		return false
	}
	return lx.region(key) != "" && !lx.placeCueBefore(di, m)
}

// firmPostBefore reports whether a post of cue class firm-post and "of" or
// "at" stand right before name m ("chief executive of Sasol", "a partner
// at Linklaters") and m is no place, country or region the lists know:
// the name is the firm that employs the holder.
func (lx *Lexicons) firmPostBefore(di *docInfo, m *ment) bool {
	j := m.tok0 - 1
	if j < 1 || di.lower[j] != "of" && di.lower[j] != "at" || di.doc.Tokens[j-1].Sentence != m.sent {
		return false
	}
	if len(m.words) > 4 || lx.knownPlaceName(di, m) || lx.isCountry(strings.Join(m.words, " ")) {
		return false
	}
	for n := 1; n <= 3 && j-n >= 0; n++ {
		if di.isPhrase(lx, cueFirmPost, j-n, j) {
			return !lx.placeElsewhere(di, m)
		}
	}
	return false
}

// placeElsewhere reports whether the words of name m stand elsewhere in
// the document right after words of cue class place-before ("lives in
// Marrowby"): the document uses the name for a place.
func (lx *Lexicons) placeElsewhere(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	n := m.tok1 - m.tok0
	for i := 0; i+n <= len(toks); i++ {
		if i == m.tok0 || toks[i].Text != toks[m.tok0].Text {
			continue
		}
		same := true
		for k := 1; k < n && same; k++ {
			same = toks[i+k].Text == toks[m.tok0+k].Text
		}
		if !same || i+n < len(toks) && isCap(toks[i+n].Text) && toks[i+n].Sentence == toks[i].Sentence {
			continue
		}
		o := ment{tok0: i, tok1: i + n, sent: toks[i].Sentence}
		if lx.placeCueBefore(di, &o) {
			return true
		}
	}
	return false
}

// pastOfField returns the token of "of" before one or two lowercase words
// that end right before token j, the field of a post written after it
// ("head of operations at", "professor of modern history at"), or j when
// there is none.
func (lx *Lexicons) pastOfField(di *docInfo, j int) int {
	toks := di.doc.Tokens
	for n := 1; n <= 2 && j-n-1 >= 0; n++ {
		w := toks[j-n].Text
		if w != di.lower[j-n] || !isAlphaWord(w) || toks[j-n].Sentence != toks[j].Sentence {
			return j
		}
		if di.lower[j-n-1] == "of" {
			return j - n - 1
		}
	}
	return j
}

// institutionName reports whether a name of two words or more ends in one
// or two words of cue class institution-head ("Mercy General Hospital",
// "Harlow Medical Center", "Kestrel Academy"), or a name of three words
// or more has one such word before its last, the town the institution
// stands in ("Trinity College Dublin", "Queen's University Belfast"; not
// a venue, a street or a place named after it: "College Road"):
// hospitals, clinics, schools and the like are organisations wherever
// they stand.
func (lx *Lexicons) institutionName(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	if lx.isLower(cueInstitutionHead, words[n-1]) {
		return true
	}
	if n >= 3 && lx.isLower(cueInstitutionHead, words[n-2]+" "+words[n-1]) {
		return true
	}
	last := words[n-1]
	return n >= 3 && lx.isLower(cueInstitutionHead, words[n-2]) && !lx.isLower(cueVenueHead, last) && !lx.isLower(cuePlaceTail, last) && !lx.isLower(cueStreetHead, last)
}

// placeCueBefore reports whether words of cue class place-before ("in",
// "near", "trip to") end right before mention m in its sentence.
func (lx *Lexicons) placeCueBefore(di *docInfo, m *ment) bool {
	for n := 1; n <= 3 && m.tok0-n >= 0; n++ {
		if di.doc.Tokens[m.tok0-n].Sentence != m.sent {
			break
		}
		if di.isPhrase(lx, cuePlaceBefore, m.tok0-n, m.tok0) {
			return true
		}
	}
	return false
}

// compassPlace reports whether a name is a known place (a country of
// data/demonyms.tsv, a region of data/regions.tsv, or a place of the name
// tagger's lists) followed by a word of cue class compass or "Central"
// ("Hull West", "Bristol North West", "Leeds Central"): a district or an
// electoral seat, a place.
func (lx *Lexicons) compassPlace(words []string) bool {
	n := len(words)
	if n < 2 || n > 4 {
		return false
	}
	k := n - 1
	if !lx.isLower(cueCompass, words[k]) && !strings.EqualFold(words[k], "central") {
		return false
	}
	if k >= 2 && lx.isLower(cueCompass, words[k-1]) {
		k-- // "Bristol North West"
	}
	place := strings.Join(words[:k], " ")
	return lx.outlets.KnownPlace(place) || lx.region(place) != "" || lx.isCountry(place)
}

// regionWithWordBefore reports whether the word before tokens [a, b) and
// those tokens name a region of data/regions.tsv that the tokens alone do
// not ("New" + "Hampshire").
func (lx *Lexicons) regionWithWordBefore(di *docInfo, a, b int) bool {
	if b-a > 2 {
		return false
	}
	key := di.lower[a-1]
	for i := a; i < b; i++ {
		key += " " + di.lower[i]
	}
	_, ok := lx.regions[key]
	return ok
}

// placeCompound reports whether word w ends in a suffix of cue class
// place-suffix ("Greek-born", "Texas-based"): a modifier of the noun after it.
func (lx *Lexicons) placeCompound(w string) bool {
	i := strings.LastIndexAny(w, "-‐–")
	if i <= 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	return lx.isLower(cuePlaceSuffix, "-"+w[i+size:])
}

// noNameWords reports whether a name of two words or more is made only of
// demonyms and words of cue class not-a-name ("Canadian Olympic", "British
// Paralympic"): modifiers of the noun after them, no name.
func (lx *Lexicons) noNameWords(words []string) bool {
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if _, dem := lookupLower(lx.demonyms, w); !dem && !lx.isLower(cueNotAName, w) && !lx.isLower(cueNameEndStop, w) {
			return false
		}
	}
	return true
}

// commonHeading reports whether one-word mention m is a sentence of its
// own that the POS tagger reads as a common noun: a heading ("Career",
// "Baptisms"), no name. Written in capitals, the heading may end with a
// full stop ("DISQUALIFICATION. Tom Hale, of Kelby, ...").
func (lx *Lexicons) commonHeading(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	if !di.hasPOS || toks[m.tok0].UPOS != "NOUN" {
		return false
	}
	e := capsHeadingStop(di, m)
	return (m.tok0 == 0 || toks[m.tok0-1].Sentence != m.sent) && (e >= len(toks) || toks[e].Sentence != m.sent)
}

// capsHeadingStop returns the token after mention m and, when all of m's
// words are written in capitals and a full stop follows them in their
// sentence, after that full stop: the end of a run-in heading in capitals
// ("DISQUALIFICATION.", "NOTICE OF APPEAL.").
func capsHeadingStop(di *docInfo, m *ment) int {
	toks := di.doc.Tokens
	e := m.tok1
	if e >= len(toks) || toks[e].Sentence != m.sent || toks[e].Text != "." {
		return e
	}
	for k := m.tok0; k < m.tok1; k++ {
		if isAlphaWord(toks[k].Text) && !capsWord(toks[k].Text) {
			return e
		}
	}
	return e + 1
}

// clubBeforeTeamRole reports whether name m, of two or three words whose
// last is a team name's (cue class club-suffix: "Town", "United"), comes
// right before a lowercase noun of a team's staff or a player's position
// in its sentence (cue classes team-role, sports-word: "skipper",
// "striker"): the club, not the town. Before "manager" or "boss" the
// document must speak of sport ("the Kelby Town manager" may run a town).
func (lx *Lexicons) clubBeforeTeamRole(di *docInfo, m *ment) bool {
	n, k := len(m.words), m.tok1
	if n < 2 || n > 3 || m.poss || k >= len(di.lower) || di.doc.Tokens[k].Sentence != m.sent || di.doc.Tokens[k].Text != di.lower[k] || !lx.isLower(cueClubSuffix, m.words[n-1]) {
		return false
	}
	if di.is(lx, cueSportsWord, k) {
		return true
	}
	if !di.is(lx, cueTeamRole, k) {
		return false
	}
	return di.lower[k] != "manager" && di.lower[k] != "boss" || lx.sportsDoc(di)
}

// capitalisedPost reports whether the two to four words of mention m, all
// written capitalised and the first no known given name, are a trade or a
// post of data/occupations.tsv or data/roles.tsv after words of rank (cue
// classes post-rank, role-qualifier, head-role) or none ("Senior Coroner",
// "Chief Executive", "Deputy Head Teacher"): a post written as a title,
// which the name tagger may take for a person's name.
func (lx *Lexicons) capitalisedPost(di *docInfo, m *ment) bool {
	n := m.tok1 - m.tok0
	if n == 1 && len(m.words) == 1 && lx.capsPostWord(di, m.tok0) {
		return true // "WITNESS: DAVID OKONJO, HEADTEACHER": a post in capitals, no one's name
	}
	if n < 2 || n > 4 || len(m.words) != n || lx.names[di.lower[m.tok0]] != 0 {
		return false
	}
	for k := m.tok0; k < m.tok1; k++ {
		if !isCap(di.doc.Tokens[k].Text) || !isAlphaWord(di.doc.Tokens[k].Text) {
			return false
		}
	}
	for a := m.tok0; a < m.tok1; a++ {
		if info, ok := di.nounWords(lx, a, m.tok1); ok && (info.isOcc || info.isRole) && !info.isKin {
			return true
		}
		if !di.is(lx, cuePostRank, a) && !di.is(lx, cueRoleQualifier, a) && !di.is(lx, cueHeadRole, a) {
			return false
		}
	}
	return false
}

// capsPostWord reports whether token k is one word in capitals, of four
// letters or more, that is a trade or a post (data/occupations.tsv,
// data/roles.tsv) and no given name, before no colon (a speaker's label in
// a transcript may be a surname that is also a trade: "BAKER:").
func (lx *Lexicons) capsPostWord(di *docInfo, k int) bool {
	toks := di.doc.Tokens
	w := toks[k].Text
	if len(w) < 4 || !isUpperString(w) || !isAlphaWord(w) || lx.names[di.lower[k]] != 0 || k+1 < len(toks) && toks[k+1].Text == ":" {
		return false
	}
	info, ok := di.nounWords(lx, k, k+1)
	return ok && (info.isOcc || info.isRole) && !info.isKin
}

// nounHeading reports whether mention m, of two to four words, is all of
// a line of its own (a colon may end it; in capitals, a full stop) or,
// in capitals, the kicker that starts a sentence before a colon, and the
// POS tagger reads each of its words as a common noun or an adjective,
// the first no known given
// name and the whole no known place: a heading ("Key Dates", "Early Life",
// "Fact Box"), which the name tagger may take for a person.
func (lx *Lexicons) nounHeading(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	n := m.tok1 - m.tok0
	if !di.hasPOS || n < 2 || n > 4 || len(m.words) != n || m.tok0 > 0 && toks[m.tok0-1].Sentence == m.sent {
		return false
	}
	e := capsHeadingStop(di, m)
	colon := e == m.tok1 && e < len(toks) && toks[e].Sentence == m.sent && toks[e].Text == ":"
	if colon {
		e++
	}
	if e < len(toks) && toks[e].Sentence == m.sent && !(colon && isUpperString(toks[m.tok0].Text) && isUpperString(toks[m.tok1-1].Text)) {
		return false // a kicker in capitals before a colon may lead its sentence ("VOTER GUIDE: Four candidates ...")
	}
	for k := m.tok0; k < m.tok1; k++ {
		if u := toks[k].UPOS; u != "NOUN" && u != "ADJ" || !isAlphaWord(toks[k].Text) {
			return false
		}
	}
	var buf [64]byte
	return lx.names[di.lower[m.tok0]] == 0 && !lx.outlets.KnownPlace(string(joinWords(buf[:0], m.words))) && lx.region(string(joinWords(buf[:0], m.words))) == ""
}

// capsLabel reports whether tokens [a, b) lie in a label written in
// capitals that starts its sentence (or follows an opening bracket) and
// ends right before a colon ("RUBY WEDDING: Gordon and Sheila ...",
// "UPDATE:", "[SUPER: ...]"), and the label is no one's name: one of its
// words is of cue class kicker-word ("wedding", "update", "pictured"), or
// each of its words is one the document also writes in lowercase. A
// speaker's name so written in a transcript ("RAY PENHALLOW: Morning.")
// stays a name.
func (lx *Lexicons) capsLabel(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	if a >= b || !capsWord(toks[a].Text) {
		return false
	}
	sent := toks[a].Sentence
	s := a
	for s > 0 && toks[s-1].Sentence == sent && capsWord(toks[s-1].Text) {
		s--
	}
	if s > 0 && toks[s-1].Sentence == sent && toks[s-1].Text != "[" && toks[s-1].Text != "(" {
		return false
	}
	e := b
	for e < len(toks) && toks[e].Sentence == sent && capsWord(toks[e].Text) {
		e++
	}
	if e >= len(toks) || toks[e].Sentence != sent || toks[e].Text != ":" {
		return false
	}
	common := true
	for k := s; k < e; k++ {
		if di.is(lx, cueKickerWord, k) {
			return true
		}
		common = common && (!isAlphaWord(toks[k].Text) || di.seenLower(di.lower[k]))
	}
	return common
}

// initialListWord reports whether the one-word mention m starts its
// sentence (or follows a colon there), the POS tagger reads it as a common
// noun or an adjective, and a comma or a conjunction joins it to a
// lowercase common noun or adjective: the first item of a list of common
// words ("Golden, diamond and ruby weddings", "Gold and silver medals"),
// capitalised only by its place.
func initialListWord(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	a, k := m.tok0, m.tok1
	if !di.hasPOS || !di.initial[a] || !commonPOS(toks[a].UPOS) || k+1 >= len(toks) || toks[k+1].Sentence != m.sent {
		return false
	}
	if toks[k].Text != "," && toks[k].UPOS != "CCONJ" {
		return false
	}
	next := toks[k+1]
	return next.Text == di.lower[k+1] && isAlphaWord(next.Text) && commonPOS(next.UPOS)
}

// commonPOS reports whether a universal part-of-speech tag is that of a
// common noun or an adjective.
func commonPOS(upos string) bool {
	return upos == "NOUN" || upos == "ADJ"
}

// capsWord reports whether w is a word written in capitals: a letter and
// no lowercase letter ("WEDDING", "80TH", "O'NEILL").
func capsWord(w string) bool {
	return isUpperString(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// seenLower reports whether the document writes the lowercase word w as
// it is, in lowercase.
func (di *docInfo) seenLower(w string) bool {
	if di.lowSeen == nil {
		di.lowSeen = map[string]bool{}
		for i := range di.doc.Tokens {
			if t := di.doc.Tokens[i].Text; t == di.lower[i] {
				di.lowSeen[t] = true
			}
		}
	}
	return di.lowSeen[w]
}

// localOfficeAfter reports whether name m, of one or two capitalised
// words that end in no organisation's word (but for the last words of
// places, cue class place-tail: "Maury County Sheriff") and are no
// party's, comes right before a word of cue class local-office in its
// sentence ("Kelby Mayor", "Ostrel councilwoman").
func (lx *Lexicons) localOfficeAfter(di *docInfo, m *ment) bool {
	k := m.tok1
	if len(m.words) > 2 || m.poss || k >= len(di.lower) || di.doc.Tokens[k].Sentence != m.sent || !di.is(lx, cueLocalOffice, k) {
		return false
	}
	last := m.words[len(m.words)-1]
	return (!lowerIn(lx.orgWords, last) || lx.isLower(cuePlaceTail, last)) && !lx.isLower(cueOrgSuffix, last) && !lx.isLower(cuePartyMember, last)
}

// personNoun reports whether a lowercase word is a noun of a person of
// data/kinship.tsv or data/occupations.tsv ("husband", "volunteer").
func (lx *Lexicons) personNoun(w string) bool {
	n, ok := lx.nouns[w]
	return ok && (n.isKin || n.isOcc)
}

// isOccupation reports whether words (lowercase) are an occupation of
// data/occupations.tsv ("actress", "fashion designer").
func (lx *Lexicons) isOccupation(words []string) bool {
	n, ok := lx.nouns[strings.Join(words, " ")]
	return ok && n.isOcc
}

// honorific returns the title (lowercase, without period) of token i, or "".
// A title of cue class letter-title ("PC", "DCI") is one only before a
// known given name: "PC Ann Hale", not "PC World" nor "DC Comics".
func (lx *Lexicons) honorific(di *docInfo, i int) string {
	if i < 0 {
		return ""
	}
	if ti := di.token(lx, i); ti != nil && ti.honorific != 0 && isCap(di.doc.Tokens[i].Text) {
		h := lx.infoString(ti.honorific) // the lowercase word without a final period, when lx.honorifics has that
		if lx.is(cueLetterTitle, h) && !lx.givenNameAt(di, i+1) {
			return ""
		}
		return h
	}
	return ""
}

// givenNameAt reports whether token k, in the sentence of token k-1, is a
// known given name.
func (lx *Lexicons) givenNameAt(di *docInfo, k int) bool {
	toks := di.doc.Tokens
	if k >= len(toks) || toks[k].Sentence != toks[k-1].Sentence {
		return false
	}
	_, given := lx.nameGender(toks[k].Text)
	return given
}

// coupleTitles moves the start of titled mention m to the first of a
// couple's two titles joined by "and" or "&" ("Mr and Mrs Paul Orde"):
// the given name and surname after them are the husband's, as formal
// notices write them, so the first title, a man's, is the mention's.
func (lx *Lexicons) coupleTitles(di *docInfo, m *ment) {
	toks := di.doc.Tokens
	t := m.tok0
	if t < 2 || toks[t-2].Sentence != m.sent || toks[t-1].Text != "and" && toks[t-1].Text != "&" {
		return
	}
	first := lx.honorific(di, t-2)
	if first == "" || lx.honorifics[first] == 'f' || lx.honorifics[m.title] != 'f' {
		return
	}
	m.tok0, m.title = t-2, first
}

// coupleFirst reports, for token a, the first of a couple's titles joined
// by "and" or "&" before a surname alone ("Lord and Lady Orde", "Mr and
// Mrs Orde"), the title of a man or of either sex, the second a woman's,
// that title, and the end of the surname; "" when a is none.
func (lx *Lexicons) coupleFirst(di *docInfo, a int) (string, int) {
	toks := di.doc.Tokens
	if a+3 >= len(toks) || toks[a+3].Sentence != toks[a].Sentence || toks[a+1].Text != "and" && toks[a+1].Text != "&" {
		return "", 0
	}
	first, second := lx.honorific(di, a), lx.honorific(di, a+2)
	if first == "" || second == "" || lx.honorifics[first] == 'f' || lx.honorifics[second] != 'f' {
		return "", 0
	}
	e := a + 3
	if !isCap(toks[e].Text) || !isWordy(toks[e].Text) || lx.honorific(di, e) != "" {
		return "", 0
	}
	if e+1 < len(toks) && toks[e+1].Sentence == toks[a].Sentence && isCap(toks[e+1].Text) && isWordy(toks[e+1].Text) {
		return "", 0 // "Mr and Mrs Paul Orde": the full name is the husband's (coupleTitles)
	}
	return first, e + 1
}

// coupleFirstMention makes m, over the first of a couple's titles, the
// mention of the man the title and the surname ending at token e name.
func (lx *Lexicons) coupleFirstMention(di *docInfo, m *ment, title string, e int) *ment {
	m.title = title
	m.words = di.newWords(1)
	m.words = append(m.words, di.doc.Tokens[e-1].Text)
	m.typ = hearsay.Person
	m.gender = lx.honorifics[title]
	return m
}

// sharedSurnameFirsts returns, as people's, the given names the tagger
// left out before "and" and a person's name of two words that starts with
// a given name ("Organisers Ann and Dave Rook", tagged "Dave Rook"): the
// first of two people who share the surname. The given name is a
// capitalised word names.tsv gives a gender, outside a time expression,
// covered by no span.
func (lx *Lexicons) sharedSurnameFirsts(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	for _, s := range have {
		a := s[0] - 2 // the given name, before "and"
		if s[2] != nerPER || s[1]-s[0] != 2 || a < 0 || di.lower[a+1] != "and" || toks[a].Sentence != toks[s[0]].Sentence || toks[a].NER != "O" || !isCap(toks[a].Text) {
			continue
		}
		if g := lx.names[di.lower[s[0]]]; g != 'm' && g != 'f' {
			continue
		}
		if g := lx.names[di.lower[a]]; g != 'm' && g != 'f' || lx.honorific(di, a) != "" || inTimex(di.doc, spanOf(toks, a, a+1)) || overlapsAny([3]int{a, a + 1, nerPER}, have) {
			continue
		}
		out = append(out, [3]int{a, a + 1, nerPER})
	}
	return out
}

// coupleFirstSpans returns the first of a couple's titles before a
// surname alone (coupleFirst) that no span of have covers, as a person's.
func (lx *Lexicons) coupleFirstSpans(di *docInfo, have [][3]int) [][3]int {
	var out [][3]int
	toks := di.doc.Tokens
	for i := 0; i+3 < len(toks); i++ {
		if w := di.lower[i+1]; w != "and" && w != "&" {
			continue // most tokens, told from their lowercase, an array a sixth the tokens' size
		}
		if w := toks[i+1].Text; w != "and" && w != "&" {
			continue // coupleFirst's first test, before the call
		}
		if t, _ := lx.coupleFirst(di, i); t == "" {
			continue
		}
		covered := false
		for _, s := range have {
			covered = covered || s[0] <= i && i < s[1]
		}
		if !covered {
			out = append(out, [3]int{i, i + 1, nerPER})
		}
	}
	return out
}

// postAlone reports whether the name over tokens [a, b) is all a post:
// a capitalised title of the name tagger's list ("Town Clerk", "Chief of
// Police") or a post or trade of data/roles.tsv or data/occupations.tsv
// ("Finance Director"), which news capitalises as if it were a name. A
// single word the tagger took for a person may be a surname ("Bishop").
func (lx *Lexicons) postAlone(di *docInfo, a, b, code int) bool {
	if b-a < 1 || b-a > 4 || code == nerPER && b-a == 1 && !lx.postBetweenCommas(di, a) && !postBeforeBody(di, a) {
		return false
	}
	if info, ok := di.nounWords(lx, a, b); ok && (info.isRole || info.isOcc) && !info.isKin {
		return true
	}
	if lx.outlets == nil {
		return false
	}
	var buf [4]string
	ws := buf[:0]
	for _, t := range di.doc.Tokens[a:b] {
		ws = append(ws, t.Text)
	}
	return lx.outlets.IsTitle(ws, di.initial[a])
}

// insidePost reports whether the name over tokens [a, b) lies inside a
// longer post of data/roles.tsv written with capitals, in one sentence,
// starting at most three tokens before it ("Director of Public
// Prosecutions" around "Public", "Chief of Defence Staff" around
// "Defence").
func (lx *Lexicons) insidePost(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	sent := toks[a].Sentence
	for s := a; s >= 0 && s >= a-3 && toks[s].Sentence == sent; s-- {
		if s < a && !isCap(toks[s].Text) && !isOfficeConnective(toks[s].Text) {
			return false
		}
		for e := b; e <= len(toks) && e <= s+lx.nounMax; e++ {
			if e > b && (toks[e-1].Sentence != sent || !isCap(toks[e-1].Text) && !isOfficeConnective(toks[e-1].Text)) {
				break
			}
			if (s < a || e > b) && isCap(toks[s].Text) && di.mayEndNoun(lx, e) {
				if info, ok := di.nounWords(lx, s, e); ok && info.isRole && !info.isKin {
					return true
				}
			}
		}
	}
	return false
}

// postBetweenCommas reports whether token a, a post of data/roles.tsv,
// stands alone between a comma and a comma or a period in its sentence:
// the post of the name before it, as statements write it ("Ann Holt,
// Chairman, said"), no surname ("Bishop").
func (lx *Lexicons) postBetweenCommas(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if a == 0 || a+1 >= len(toks) || toks[a-1].Text != "," || toks[a+1].Sentence != toks[a].Sentence || toks[a+1].Text != "," && toks[a+1].Text != "." {
		return false
	}
	return lx.roleAt(di, a)
}

// postBeforeBody reports whether token a, capitalised after a comma or
// a lowercase word, comes before "of", "in", "at" or "for" and a
// capitalised word in its sentence ("Tom Reeve, Lecturer in Modern
// History", "was named Head of Emergency Medicine"): a post written as a
// title, whose holder is named elsewhere, when it is one (postAlone).
func postBeforeBody(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if a == 0 || a+2 >= len(toks) || toks[a+2].Sentence != toks[a].Sentence || toks[a-1].Sentence != toks[a].Sentence {
		return false
	}
	if p := toks[a-1].Text; p != "," && p != di.lower[a-1] {
		return false
	}
	switch toks[a+1].Text {
	case "of", "in", "at", "for":
		return isCap(toks[a+2].Text)
	}
	return false
}

// roleAt reports whether token i is a post of data/roles.tsv ("MP", "CEO").
func (lx *Lexicons) roleAt(di *docInfo, i int) bool {
	n, ok := di.nounAt(lx, i)
	return ok && n.isRole
}

// nameMention builds a name mention over tokens [a, b).
func (lx *Lexicons) nameMention(di *docInfo, a, b, code int) *ment {
	toks := di.doc.Tokens
	m := di.newMent(ment{tok0: a, tok1: b, head: b - 1, sent: toks[a].Sentence, kind: hearsay.NameMention, number: 's', person: 3,
		gender: 'u', ent: -1, quoted: di.quoted[a], rule: "name"})
	// A comma or semicolon the tagger took into the start or end of a name
	// (", Conn." at the end of a text).
	for b-a >= 2 && (toks[a].Text == "," || toks[a].Text == ";") {
		a++
		m.tok0 = a
	}
	for b-a >= 2 && (toks[b-1].Text == "," || toks[b-1].Text == ";") {
		b--
		m.tok1, m.head = b, b-1
	}
	// A year the tagger took into the start of a name ("the 2014 and 2018
	// Winter Olympics", tagged "2018 Winter Olympics").
	for b-a >= 2 && len(toks[a].Text) == 4 && isNumber(toks[a].Text) && (toks[a].Text[:2] == "19" || toks[a].Text[:2] == "20") && isCap(toks[a+1].Text) {
		a++
		m.tok0 = a
	}
	// A title after a comma inside the span starts the next name ("the
	// Speaker of the Assembly, Rt. Hon. Yakubu Danladi", tagged
	// "Assembly, Rt."): the name ends at the comma.
	for k := a + 1; k+1 < b; k++ {
		if toks[k].Text == "," && lx.titleStart(di, k+1) {
			b = k
			m.tok1, m.head = b, b-1
			break
		}
	}
	if b-a == 1 {
		if t, e := lx.coupleFirst(di, a); t != "" {
			return lx.coupleFirstMention(di, m, t, e) // "Lord and Lady Orde": "Lord" is Lord Orde
		}
	}
	// A capitalised stop word the tagger left out in mid-sentence ("Us Weekly").
	for code != nerPER && a > 0 && toks[a-1].Sentence == m.sent && !di.initial[a-1] && di.is(lx, cueCapstop, a-1) && !di.is(lx, cuePossDeterminer, a-1) &&
		isCap(toks[a-1].Text) && lx.honorific(di, a-1) == "" && len(toks[a-1].Text) > 1 && !isUpperString(toks[a-1].Text) {
		a--
		m.tok0 = a
	}
	// A capitalised word the tagger left out of a region's name ("New
	// Hampshire Gov. Ann Cole", "North Carolina" of data/regions.tsv).
	region := false
	if code != nerPER && a > 0 && toks[a-1].Sentence == m.sent && isCap(toks[a-1].Text) && lx.regionWithWordBefore(di, a, b) {
		a--
		m.tok0, region = a, true
	}
	// Capitalised words the tagger left out of a street's name ("White Hart
	// Lane", tagged "Hart Lane"), in mid-sentence.
	for n := 0; n < 2 && b-a >= 2 && a > 0 && toks[a-1].Sentence == m.sent && !di.initial[a-1] && isCap(toks[a-1].Text) && isAlphaWord(toks[a-1].Text) &&
		!di.is(lx, cueCapstop, a-1) && lx.honorific(di, a-1) == "" && di.is(lx, cueStreetHead, b-1) && isCap(toks[b-1].Text); n++ {
		a--
		m.tok0 = a
	}
	// A capitalised word the tagger left out before a lone suffix of a
	// club's or company's name ("Westbridge United have sacked ...").
	if b-a == 1 && a > 0 && code != nerPER && lx.lonelySuffix(di, a) {
		a--
		m.tok0 = a
	}
	// A name in the possessive the tagger left out before the head word of
	// an institution's name ("King's College London", "St Mary's
	// Hospital", tagged "College London", "Hospital").
	if code != nerPER {
		if n := lx.possessiveBefore(di, a, m.sent); n > 0 {
			a -= n
			m.tok0 = a
		}
	}
	// The head word of an institution's name the tagger left out after a
	// name in the possessive ("Capitol Region Children's Center", tagged
	// "Capitol Region Children").
	if code != nerPER {
		if n := lx.headAfterPossessive(di, b, m.sent); n > 0 {
			b += n
			m.tok1, m.head = b, b-1
		}
	}
	// A stop word the tagger took in at a sentence start ("Are Sienna Vale").
	// A given name that is also such a word ("May Chen and Tom Hale
	// married") stays when the tagger took it into the person's name.
	for b-a >= 2 && di.initial[a] && di.is(lx, cueCapstop, a) && lx.honorific(di, a) == "" && !(code == nerPER && lx.outlets.WordName(di.lower[a])) {
		a++
		m.tok0 = a
	}
	// A verb that opens a timeline's entry after its date ("1991 — Joins
	// Orbis Bank", tagged "Joins Orbis Bank"), wherever it stands.
	for b-a >= 2 && di.is(lx, cueLineVerb, a) {
		a++
		m.tok0 = a
	}
	// A label of a photo's credit before its colon, run into a caption's
	// last name or alone ("Captain America Image: Nick Moreau").
	if b < len(toks) && toks[b].Text == ":" && toks[b].Sentence == m.sent && di.is(lx, cueCreditLabel, b-1) && isCap(toks[b-1].Text) {
		if b-a == 1 {
			return nil
		}
		b--
		m.tok1, m.head = b, b-1
	}
	// A weekday the tagger ran into the name before it ("President Ana
	// Ferreira Thursday vowed", as wires write the day after the subject).
	for b-a >= 2 && di.is(lx, cueNameEndStop, b-1) && isCap(toks[b-1].Text) {
		b--
		m.tok1, m.head = b, b-1
	}
	if b-a > 1 && lx.postMiddle(di, a+1, b, m.sent) {
		return nil // "Chief People Officer", tagged "Chief People": a post, no titled name
	}
	// A title inside the span ("Prince Harry") or just before it ("Mr. Smith").
	institution := (code == nerORG || code == nerLOC) && b-a > 2 && lx.honorific(di, a) != "" && di.orgWordAt(lx, b-1)                // "Queen Elizabeth Hospital": the title is part of the name
	institution = institution || (b-a > 2 || b-a == 2 && code == nerLOC) && lx.honorific(di, a) != "" && isPossMarker(toks[a+1].Text) // "King's College London", "Queen's University Belfast", the place "Lord's": a title in the possessive names no one
	// "Chief Financial Officer", "General Manager": a post, no titled name
	institution = institution || b-a > 1 && lx.postName(di, a, b)
	// "Shree Cement", "Tun Razak Exchange", "Sri Lankan": a name of an organisation, a place or a people that starts with a title
	institution = institution || code != nerPER && lx.titledInstitution(di, a, b)
	// "General Motors", "General Systems": a title and one word that ends organisations' names (cue class org-suffix)
	institution = institution || b-a == 2 && lx.honorific(di, a) != "" && di.is(lx, cueOrgSuffix, a+1)
	// "General Dynamics Corp.", "Admiral Freight Ltd": a title and a name that ends in an organisation's suffix, not tagged a person's
	institution = institution || b-a >= 3 && code != nerPER && lx.honorific(di, a) != "" && di.is(lx, cueOrgSuffix, b-1)
	// "Duke University", "Queen Elizabeth Hospital" (even tagged as a person's): a title and a name that ends in an institution's head word (cue class institution-head) name the institution
	institution = institution || b-a >= 2 && lx.honorific(di, a) != "" && isCap(toks[b-1].Text) && lx.isLower(cueInstitutionHead, toks[b-1].Text)
	// "Dean Witter Reynolds": a title that is also a given name, before a word that is none, is the given name
	institution = institution || lx.titleGivenName(di, a, b)
	if t := lx.honorific(di, a); t != "" && b-a > 1 && !institution {
		m.title = t
		a = lx.pastTitles(di, a, b, m)
	} else if t != "" && b-a > 1 {
		// a title that names an institution
	} else if b-a == 1 && lx.titleStart(di, a) && lx.titleRunEnd(di, a, m.sent) >= b {
		// a title alone after another ("Chief Judge"): no titled name
	} else if a > 0 && toks[a-1].Sentence == m.sent && lx.postName(di, a-1, b) {
		return nil // "Chief Scientific Officer", tagged "Scientific Officer": a post, no titled name
	} else if lx.postMiddle(di, a, b, m.sent) {
		return nil // "Chief Risk Officer", tagged "Risk": the middle of a post, no titled name
	} else if t := lx.honorific(di, a-1); t != "" && toks[a-1].Sentence == m.sent && isCap(toks[b-1].Text) && lx.isLower(cueInstitutionHead, toks[b-1].Text) {
		a-- // "Queen Elizabeth Hospital hired him", tagged "Elizabeth Hospital": the title starts the institution's name
		m.tok0, institution = a, true
	} else if s := lx.titleRunBefore(di, a, m.sent); t != "" && s < a-1 && (lx.honorifics[t] != 'm' && lx.honorifics[t] != 'f' || lx.tradeTitle(di, s, a, "") != "" || di.is(lx, cueStyleLead, s)) {
		// "Rt. Hon. Musa Bello", "Mrs Justice Okafor", "Professor Sir Tom Hale", "Rt Hon Sir Tom Hale": the mention starts at
		// the run; a gendered title right before the name after neither a title of a trade nor a style (cue class
		// style-lead) keeps its own reading ("Dowager Lady Pell")
		m.title, m.tok0 = lx.tradeTitle(di, s, a, t), s
	} else if t != "" && toks[a-1].Sentence == m.sent {
		m.title, m.tok0 = t, a-1
	} else if a >= 2 && toks[a-1].Text == "." && toks[a-2].Sentence == m.sent && lx.honorific(di, a-2) != "" {
		m.title, m.tok0 = lx.honorific(di, a-2), a-2
	} else if s := lx.titleRunBefore(di, a, m.sent); s < a {
		m.title, m.tok0 = lx.runTitle(di, s, a), s // "Rt. Hon. Yaw Boateng", "Dato' Sri Rosnah Karim"
	} else if e := lx.titleRunEnd(di, a, m.sent); b-a > 1 && e > a && e < b && isCap(toks[e].Text) {
		m.title = "title"
		a = lx.pastTitles(di, a, b, m) // "Tan Sri Osman Ali", "Arc. Ngozi Eze"
	}
	// A couple's titles before a husband's full name ("Mr and Mrs Paul
	// Orde", "Dr and Mrs Paul Orde"): the name is his, the mention starts
	// at his title.
	if m.title != "" && b-a >= 2 {
		lx.coupleTitles(di, m)
	}
	// A capitalised title of the name tagger's list right before the name
	// ("Deputy Chief Carla Benavides", "City Manager Helen Quist", "State
	// Sen. Amy Cole") belongs to the mention, as "Mayor" does, not to the name.
	// An occupation alone ("Actress Marisol Quintero") stays outside the
	// mention: it describes the person.
	if code == nerPER {
		if t := lx.titleBefore(di, a, m.sent); t < m.tok0 && !lx.isOccupation(di.lower[t:a]) {
			m.tok0, m.nameTok = t, a
		}
	}
	// A compound adjective at the start ("Michelin-starred Fiamma",
	// "Oscar-winning Dana Reyes") describes the name; a given name of
	// data/names.tsv written so ("Seo-yeon Kim", "Min-jun Lee") is the name's.
	for b-a >= 2 && m.title == "" && lowerTail(toks[a].Text) && lx.names[di.lower[a]] == 0 {
		a++
		m.tok0 = a
	}
	// A capitalised plural noun of people at the start of a sentence
	// ("Classmates Ada Holt and ...", name-list-lead) is no part of the name.
	if m.title == "" && b-a >= 3 && di.initial[a] && di.is(lx, cueNameListLead, a) {
		a++
		m.tok0 = a
	}
	// A capitalised noun of a time of life or a family state before a
	// person's full name (person-lead: "Pensioner Alan Hale", "Grandmother
	// Ivy Cole", "Schoolgirl Amy Roe Wells") describes the person: no part of the name.
	if m.title == "" && b-a >= 2 && di.is(lx, cuePersonLead, a) && (code == nerPER && b-a >= 3 || lx.names[di.lower[a+1]] != 0) {
		a++
		m.tok0 = a
	}
	// A demonym before a person's given name and surname ("Scot Andy
	// Murray", "Dane Ida Holm") tells the nationality: no part of the name.
	if m.title == "" && b-a >= 3 && code != nerORG && code != nerLOC && lx.demonymBeforeGiven(di, a) {
		a++
		m.tok0 = a
	}
	// A capitalised occupation at the start ("Actor Marcus Bell") describes the name.
	for !institution && m.title == "" && b-a >= 2 {
		if info, ok := di.nounAt(lx, a); !ok || !info.isOcc && !info.isRole {
			break
		}
		if b-a == 2 && (lx.looksPersonal([]string{toks[a].Text}) || !lx.looksPersonal([]string{toks[a+1].Text})) {
			break // of two words, the first is a trade only before a given name
		}
		a++
		m.tok0 = a
	}
	// A post written in capitals that the tagger took into an organisation's
	// name ("the Labour MP for Eastholm", "Helix Bank CEO Tom Hale"): the
	// party or the company is the name, the post a word of its own.
	for code != nerPER && m.title == "" && b-a >= 2 && len(toks[b-1].Text) >= 2 && isUpperString(toks[b-1].Text) && lx.roleAt(di, b-1) {
		b--
		m.tok1, m.head = b, b-1
	}
	// The first word of a capitalised post that the tagger took into an
	// organisation's name before the post's other words ("Velmora Executive
	// Vice President Marcus Oyelaran", "Kestrel Harbour Managing Director
	// Joss Uriah") is no part of the name.
	if code != nerPER && m.title == "" && b-a >= 2 && lx.postStartsAt(di, b-1, m.sent) {
		b--
		m.tok1, m.head = b, b-1
	}
	// Letters of honours after a person's name ("Ann Holt DBE FRS") are no
	// part of it, whatever the tagger called a name of three words or more
	// ("Dame Ada Rusk DBE").
	for (code == nerPER && b-a >= 2 || b-a >= 3) && isUpperString(toks[b-1].Text) && lx.isLower(cuePostNominal, di.lower[b-1]) {
		b--
		m.tok1, m.head = b, b-1
	}
	m.words = di.newWords(b - a)
	for i := a; i < b; i++ {
		w := toks[i].Text
		if isPossMarker(w) {
			if i < b-1 && len(m.words) > 0 {
				m.words[len(m.words)-1] += w // "St. Aidan's Church": part of the name
				continue
			}
			m.poss = true
			if i == b-1 {
				m.tok1, m.head = i, i-1
			}
			continue
		}
		if w == "/" && i > a && i < b-1 && len(m.words) > 0 && toks[i-1].End == toks[i].Start && toks[i].End == toks[i+1].Start {
			m.words[len(m.words)-1] += w + toks[i+1].Text // "Kumar a/l Muthu": one word, as written
			i++
			continue
		}
		for _, suf := range []string{"'s", "’s"} {
			if i == b-1 && strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w = strings.TrimSuffix(w, suf)
				m.poss = true
			}
		}
		m.words = append(m.words, w)
	}
	if m.tok1 < len(toks) && isPossMarker(toks[m.tok1].Text) {
		m.poss = true
	}
	if lx.portfolioAfterPost(di, m) {
		return nil // "Minister for Justice and Equality", "Commissioner for Finance": the post's portfolio, no name
	}
	if m.title == "" && len(m.words) >= 2 && (m.words[0] == "for" || m.words[0] == "of") && m.tok0 > 0 && toks[m.tok0-1].Sentence == m.sent && isCap(toks[m.tok0-1].Text) && lx.roleAt(di, m.tok0-1) {
		return nil // "Commissioner for Finance", "Minister of State" cut after the post: the rest of a post, no name
	}
	if m.title == "" && len(m.words) > 0 {
		lx.trimFormerPrefix(m) // "Ex-Brisk Foods chief executive Ben Toller": Brisk Foods
	}
	if m.poss && m.title == "" && len(m.words) >= 2 && lx.isLower(cueSaintTitle, m.words[0]) {
		lx.keepSaintPossessive(di, m, true)
		if !m.poss && (code == nerPER || code == nerLOC) {
			code = nerORG // "St Oswin's, Colwall", "St Brigid's children's home", "ST OSWALD'S, KELBY: PARISH NEWS": the church, the home, whatever the tagger made of the saint
		}
	}
	if m.poss && m.title == "" && lx.shopPossessive(di, m) {
		lx.keepSaintPossessive(di, m, false)
		if !m.poss && code == nerPER {
			code = nerORG // "dined at Corelli's", "joined Pellow's", "the retailer Brightwell's": the restaurant, the shop, the firm
		}
	}
	if m.poss && m.title == "" && lx.possessiveAfterArticle(di, m) {
		lx.keepSaintPossessive(di, m, true)
		if !m.poss && code == nerPER {
			code = nerORG // "a former Lloyd's underwriter", "a Tesco's worker": a possessive no article can lead is a firm's name
		}
	}
	if !m.poss && m.title == "" && code != nerPER && len(m.words) > 0 {
		if lx.takeTeamDescriptors(di, m) {
			code = nerORG // "the Republic of Ireland women's team", "the Wales Under-21 side": a team
		}
	}
	if len(m.words) == 0 || m.tok1 <= m.tok0 {
		return nil // a title alone ("The Earl"): a description, read as such
	}
	if m.title == "" && lx.servicesField(di, a) {
		return nil // "For services to Higher Education": the field an honour rewards
	}
	if b-a == 1 && m.title == "" && di.is(lx, cuePersonLead, a) && countAfter(di, b, m.sent) {
		return nil // "Mother of three Jane Holt": the start of a description of the person named next
	}
	if b-a == 1 && m.title == "" && di.is(lx, cuePersonLead, a) && b+1 < len(toks) && toks[b].Sentence == m.sent && toks[b].NER == "B-PER" && isCap(toks[b+1].Text) {
		return nil // "Former Springbok Piet Botha": the description of the person named next, tagged apart
	}
	if b-a == 1 && m.title == "" && di.is(lx, cueCapstop, a) && b < len(toks) && toks[b].Sentence == m.sent && di.is(lx, cuePersonLead, b) {
		return nil // "Former All Black Tane Ruru": a stop word that opens the description before the name
	}
	if b-a == 1 && m.title == "" && di.initial[a] && di.is(lx, cueCapstop, a) && (lx.outlets == nil || !lx.outlets.WordName(di.lower[a])) {
		return nil // "Nine weeks, three bids ...": a stop word that starts a sentence, alone
	}
	if b-a == 1 && m.title == "" && di.is(lx, cueGenericBody, a) {
		return nil // "has notified the Board of his intention": the company's own board, no name
	}
	if m.title == "" && code != nerORG && code != nerLOC && lx.capitalisedPost(di, m) {
		return nil // "Senior Coroner for Kelby Dr Helen Marsh", "Chief Executive": a post written capitalised, no one's name
	}
	if lx.insideGenericBody(di, a, b) {
		return nil // "at the Annual General Meeting" tagged "Annual" and "General Meeting" (a general's title): pieces of the company's meeting
	}
	if !anyLetter(m.words) {
		return nil // "* Hale, 52, has been ...": a bullet the tagger took into a name
	}
	if len(m.words) == 1 && m.title == "" && isUpperString(m.words[0]) && lx.isLower(cuePostNominal, m.words[0]) {
		return nil // "appointed CBE", "DAMEHOOD (DBE)": an honour, not an organisation
	}
	if lx.is(cuePageantTitle, m.title) && !lx.looksPersonal(m.words) && (lx.region(strings.Join(m.words, " ")) != "" || lx.is(cuePageantName, di.lowerJoin(m.words))) {
		return nil // "the former Miss Tennessee": a pageant's title, not a name
	}
	if m.poss && m.title == "" && lx.eponymOf(di, m) {
		return nil // "Parkinson's disease", "Down's syndrome": a condition named after someone
	}
	if m.title == "" && !m.poss && lx.postAlone(di, a, b, code) {
		return nil // "the Town Clerk", "as Chief of Police", "the Finance Director": a post, not a name
	}
	if m.title == "" && !m.poss && code != nerPER && lx.insidePost(di, a, b) {
		return nil // "Director of Public Prosecutions", tagged "Public": a word of a post's title, not a name
	}
	if len(m.words) == 1 && m.title == "" {
		if lx.titleAlone(strings.TrimSuffix(m.words[0], ".")) {
			return nil // "The Earl", "Lady": a title alone is a description
		}
	}
	if m.title != "" && m.words[0] == "of" {
		if n, ok := lx.noun(m.title); ok && n.isRole {
			return nil // "the Mayor of Kellhausen", "the Bürgermeister of Lindau": an office, not a name
		}
	}
	if m.title != "" && !isCap(m.words[0]) && !lx.is(cueNameParticle, m.words[0]) {
		m.words = append([]string{toks[a-1].Text}, m.words...) // "Earl of Ashdown" keeps its title; "Mr. de Cholet" does not
	}
	if lx.honourOfOrder(m.words) {
		return nil // "appointed a Commander of the Order of the British Empire": an honour, no one's name
	}
	var key string // the name lowercased, while untitled
	if m.title == "" {
		key = di.lowerWords(m)
		if lx.isDemonymWord(key) && !lx.givenNameInList(di, m) {
			return nil // "French": a nationality, not a name
		}
		if len(m.words) == 1 && lx.pluralDemonym(key) {
			return nil // "Some Kenyans complained", "Britons were told to leave": a people, no name
		}
		if lx.nationalityPhrase(di, m, key) {
			return nil // "Cuban-Americans", "South Africans", "East African traders", "Soviet-led": nationalities or peoples, no name
		}
		if lx.partyState(m.words) {
			return nil // "Sen. Amy Cole, D-Calif.": her party and state, not a name
		}
	}
	placeSuffix := lx.trimPlaceSuffix(m)
	if m.title == "" {
		if placeSuffix {
			key = di.lowerWords(m)
			if lx.isDemonymWord(key) {
				return nil // "Danish-born": a nationality, not a place's name
			}
		}
		if lx.is(cueNotAName, key) && !lx.givenNameInList(di, m) || lx.noNameWords(m.words) {
			return nil // "European", "Christmas", "Roman Catholic", "Canadian Olympic swimmer Freya Lake"
		}
		if code != nerPER && len(m.words) == 1 && lx.personNoun(key) && !lx.givenNameInList(di, m) {
			return nil // "Family: Husband, Luis", "Jean Marsden, Volunteer, Halifax Minster": a person noun written capitalised, no organisation's name
		}
		if code != nerPER && m.tok1 == m.tok0+1 && lx.commonHeading(di, m) {
			return nil // "Career", "Baptisms" alone on a line: a section's heading
		}
		if lx.nounHeading(di, m) {
			return nil // "Key Dates", "Early Life" alone on a line: a section's heading, even tagged as a person
		}
		if lx.fieldName(di, m) {
			return nil // "a consultant in Emergency Medicine", "studied Music": a field of study, no body nor place
		}
		if lx.capsLabel(di, m.tok0, m.tok1) {
			return nil // "RUBY WEDDING: Gordon and ...", "UPDATE:": a label in capitals before a colon, no name
		}
		if m.tok1 < len(toks) && toks[m.tok1].Sentence == m.sent && isNumber(toks[m.tok1].Text) && lx.is(cueNumberSign, key) {
			return nil // "world No. 3": a rank
		}
	}
	var joinBuf [64]byte // the words joined to be looked up, not kept: no copy of a short name is made
	if m.title == "" && code == nerMISC && lx.outlets.KnownPlace(string(joinWords(joinBuf[:0], m.words))) && lx.placeCueBefore(di, m) {
		code = nerLOC // "a treatment program near Scottsdale": a listed place after a word of place-before
	}
	if m.title == "" && code != nerPER && m.tok1 < len(toks) && toks[m.tok1].Sentence == m.sent && toks[m.tok1].Text == di.lower[m.tok1] && di.is(lx, cuePlaceNounAfter, m.tok1) {
		code = nerLOC // "won the Fenmarsh ward", "has represented Northgate ward since 2015": a ward, a district, a place
	}
	if m.title == "" && m.tok0 > 0 && (di.lower[m.tok0-1] == "a" || di.lower[m.tok0-1] == "an") && code != nerLOC {
		orgNoun := m.tok1 < len(toks) && toks[m.tok1].Sentence == m.sent && di.is(lx, cueOrgAfter, m.tok1) // "a Quillfeather spokeswoman"
		orgNoun = orgNoun || code == nerORG && lx.outlets.OutletKind(m.words) == "platform"                // "an Instagram Story"
		orgNoun = orgNoun || m.tok1 == m.tok0+1 && lx.orgAcronym(di, m.tok0)                               // "a UNICEF ambassador"
		orgNoun = orgNoun || lx.partyMemberWords(m.words)                                                  // "Holt, a Democrat,", "a Labour councillor": the party
		if !orgNoun && (len(m.words) == 1 || code != nerORG && lx.modifiesNoun(di, m)) {
			return nil // "an Oscar", "a Grammy", "a James Beard nomination": a thing, not someone
		}
	}
	if m.title == "" && len(m.words) == 1 && m.tok1 == m.tok0+1 && code != nerPER && !placeSuffix && di.initial[m.tok0] && di.hasPOS && lx.isLower(cueInitialNotName, toks[m.tok0].UPOS) {
		return nil // "Best news ever!", "Spin it to win it!": a capitalised first word, not a name ("London-based" is one)
	}
	if m.title == "" && len(m.words) == 1 && m.tok1 == m.tok0+1 && code != nerPER && di.initial[m.tok0] && commonPluralSubject(di, m.tok0) &&
		!lx.knownCompany(m.words[0]) && !lx.isLower(cueTeamNickname, m.words[0]) && !endsLongerSpan(di, m.words[0]) {
		return nil // "Appointments are made by the board": a common noun in the plural, not a name
	}
	if m.title == "" && m.tok1 == m.tok0+1 && code != nerPER && !placeSuffix && initialListWord(di, m) {
		return nil // "ANNIVERSARIES: Golden, diamond and ruby weddings": the first of a list of common words, capitalised as it starts the sentence
	}
	if m.title == "" && len(m.words) == 1 && !m.poss && m.tok1 < len(toks) && toks[m.tok1].Sentence == m.sent && di.is(lx, cueAwardAfter, m.tok1) {
		return nil // "Oscar nominee Celeste Van Horne": an award, not someone
	}
	if code != nerLOC && lx.signOffPlace(di, m) {
		code = nerLOC // "Rev Tom Hale, Chatteris" ending a letter: where the writer lives
	}
	if code == nerORG && m.title == "" && lx.stateOfCountry(di, m) {
		code = nerLOC // "the Governor of Kwara State", "born in Ogun State": a state of a federation, not a university's team ("Ohio State")
	}
	if code == nerMISC && len(m.words) >= 2 && m.title == "" && !placeSuffix && (lx.isLower(cuePlaceTail, m.words[len(m.words)-1]) || lx.isLower(cueLandform, m.words[len(m.words)-1])) && !lx.workBefore(di, m) &&
		!(m.tok0 > 0 && (isPossMarker(di.doc.Tokens[m.tok0-1].Text) || strings.HasSuffix(di.lower[m.tok0-1], "'s") || strings.HasSuffix(di.lower[m.tok0-1], "’s"))) {
		code = nerLOC // "the Great Lakes region", "the West Country": a name that ends in a word of places, unless someone's (a work: "Woody Allen's Match Point")
	}
	if code == nerMISC && len(m.words) == 1 && m.title == "" && isAcronymWord(m.words[0]) {
		code = nerORG // "NFL", "WKXR-TV": an acronym names an organisation
	}
	if m.title == "" && code != nerORG && lx.partyMemberWords(m.words) && ((code == nerMISC || code == nerPER) && len(m.words) == 2 || lx.roleAfter(di, m.tok1, m.sent) || lx.personNext(di, m.tok1, m.sent)) {
		code = nerORG // "Green councillor Amy Lister", "the Liberal Democrat candidate", "Lib Dem Ben Hale", "a Christian Democrat", "Fine Gael lost two seats": the party
	}
	if m.title == "" && code == nerPER && len(m.words) == 1 && lx.partyMemberWords(m.words) && !lx.looksPersonal(m.words) && lx.modifiesNoun(di, m) {
		code = nerORG // "years of Conservative control", "the Labour group", "a Tory majority": the party, no one's name
	}
	if code == nerMISC && len(m.words) == 1 && m.title == "" && !placeSuffix && lx.modifiesNoun(di, m) {
		return nil // "Democratic officials", "Grammy winner": a modifier, not an entity
	}
	if (code == nerPER || code == nerORG) && lx.employerName(di, m, code == nerORG) {
		code, m.employer = nerORG, true // "Marrow Savings appoints Oliver Penn", "Marrow Savings company secretary Oliver Penn": the employer
	} else if (code == nerORG || code == nerLOC) && (lx.postedSubject(di, m) || lx.appointedObject(di, m)) {
		code = nerPER // "Ansgar Pohl has been appointed head of research", "Stellan Voss joins Orrin Dynamics as chief financial officer", "promotes Alba Reyes to head of design"
	} else if code == nerORG && lx.listedGivenName(di, m) {
		code = nerPER // "Selma Voight attended the funeral": a given name of a long list and a surname
	}
	switch code {
	case nerPER:
		m.typ = hearsay.Person
	case nerORG:
		m.typ = hearsay.Org
	case nerLOC:
		m.typ = hearsay.Place
	case nerMISC:
		m.typ = hearsay.Misc
	}
	if m.title != "" {
		m.typ = hearsay.Person
		m.gender = lx.honorifics[m.title]
	}
	if (placeSuffix || region) && m.title == "" {
		m.typ = hearsay.Place // "Cincinnati-based", "New Hampshire"
	}
	if (m.typ == hearsay.Org || m.typ == hearsay.Person && !lx.looksPersonal(m.words)) && m.title == "" && len(m.words) <= 3 && (len(m.words) > 1 || lx.mayBePlace(di, m.tok0, m.words[0])) && lx.isCountry(string(joinWords(joinBuf[:0], m.words))) {
		m.typ = hearsay.Place // "high commissioner to Fiji", "return to Ghana": a country, whatever the tagger said, unless a given name ("Jordan"); a national team is found later (nationalTeam)
	}
	if m.typ == hearsay.Org && m.title == "" && lx.knownPlaceName(di, m) {
		m.typ = hearsay.Place // "moved to Bavaria", "a wealthy Somerset haulier": a region or a town the lists know, which a tagger trained on sports news takes for its club; a club is found later by its cues (clubsByCue)
	}
	if m.typ == hearsay.Person && m.title == "" && len(m.words) == 1 && !m.poss && lx.knownPlaceName(di, m) && lx.tradeAndNameAfter(di, m) {
		m.typ = hearsay.Place // "Former Cork hurler Seán Mulcahy": the county the player plays for, no person
	}
	if (m.typ == hearsay.Org || m.typ == hearsay.Person && !lx.looksPersonal(m.words)) && m.title == "" && lx.townOfRegion(di, m) {
		m.typ = hearsay.Place // "born in Kingston, Jamaica,": a town named before its region or country
	}
	if (m.typ == hearsay.Org || m.typ == hearsay.Misc || m.typ == hearsay.Person && !lx.looksPersonal(m.words)) && m.title == "" && lx.localOfficeAfter(di, m) {
		m.typ = hearsay.Place // "Former Kelby Mayor Ann Holt": the town the office serves
	}
	if m.typ == hearsay.Org && m.title == "" && lx.compassPlace(m.words) {
		m.typ = hearsay.Place // "the people of Hull West", "the MP for Leeds Central": a part of a known place
	}
	if m.title == "" && len(m.words) == 1 && !m.poss && m.workKind == "" && m.typ != hearsay.Misc && m.typ != hearsay.Event {
		if t := lx.givenPlaceType(di, m); t != "" {
			m.typ, m.ctxTyped = t, true // "died in Florence" beside "Florence, a retired teacher,": a given name that is also a place, read from its context
		}
	}
	if !m.poss && len(m.words) <= 3 && m.workKind == "" && (m.typ != hearsay.Org || lx.looksPersonal(m.words)) && lx.addressed(di, m) {
		m.typ, m.vocative = hearsay.Person, true // "Yes, Paris, I moved", "Thank you, Ada Holt.": the person spoken to
	}
	if m.typ == hearsay.Place && m.title == "" && lx.personAsPlace(di, m) {
		m.typ = hearsay.Person // "the Liberal Democrats' Fiona Hart", "his wife, Keisha,": a person the tagger called a place
	}
	if (m.typ != hearsay.Person || !lx.looksPersonal(m.words)) && m.title == "" && len(m.words) >= 2 && lx.isLower(cueVenueHead, m.words[len(m.words)-1]) {
		m.typ = hearsay.Place // "Holloway Basilica", "the Bluebird Room", "a workshop on Quarry Lane" (even tagged as a person, with no given name first): a venue is a place
		if m.employer || lx.employerName(di, m, false) || lx.employerAfterTrade(di, m.tok0) {
			m.typ = hearsay.Org // "a porter at the Queen Mary Hospital", "rector of St Aidan's Church", "Kelby Airport has hired Ann Holt", "head of operations at Kelby Airport": an employer
		}
	}
	if (m.typ == hearsay.Place || m.typ == hearsay.Person && !lx.looksPersonal(m.words)) && m.title == "" && !placeSuffix && !region && lx.firmPostBefore(di, m) {
		m.typ = hearsay.Org // "chief executive of Sasol", "a partner at Linklaters": the firm, unless a place the lists know
	}
	if m.typ != hearsay.Place && m.title == "" && !m.poss && len(m.words) <= 2 && !lx.looksPersonal(m.words) && countyAfter(di, m) {
		m.typ = hearsay.Place // "Knocknagoshel, Co. Kerry": a town before its county
	}
	if m.typ == hearsay.Person && m.title == "" && len(m.words) >= 2 && len(m.words) <= 4 && lx.firmContext(di, m) {
		m.typ = hearsay.Org // "an analyst with Kelby Dunmore", "Kelby Dunmore's chairman": a firm named after its founders, though tagged as a person
	}
	if m.typ == hearsay.Person && m.title == "" && lx.groupSubject(di, m) {
		m.typ = hearsay.Org // "Velvet Quarry are signed to", "Copper Lanterns released their album": a band, tagged as a person
	}
	if m.typ != hearsay.Org && m.title == "" && lx.clubBeforeTeamRole(di, m) {
		m.typ = hearsay.Org // "the Kelby Town skipper", "a former Ashford United striker": the club
	}
	if m.typ != hearsay.Org && m.title == "" && lx.firmOfPerson(di, m) {
		m.typ = hearsay.Org // "the family's solicitor, Nadia Pell of Carrow Dunne": the firm she works for
	}
	if m.typ != hearsay.Org && m.typ != hearsay.Place && m.title == "" && lx.oneOfOrgs(di, m) {
		m.typ = hearsay.Org // "to lead Hepton Vale, one of the region's oldest law firms": a firm, whatever the tagger said
	}
	if (m.typ != hearsay.Person || len(m.words) >= 3) && m.title == "" && lx.institutionName(m.words) {
		m.typ = hearsay.Org // "born at Mercy General Hospital", "a reunion at Kestrel Academy": an institution, also where something happened; of three words, even tagged as a person ("Don Valley Infirmary")
	}
	if k := lx.workCue(di, m.tok0); k != "" && (m.typ != hearsay.Person || m.title == "" && !lx.looksPersonal(m.words)) {
		m.typ, m.workKind = hearsay.Work, k // "the 2019 drama Bitter Orchard", even tagged as a person
	}
	if m.workKind == "" && m.title == "" && (m.typ == hearsay.Misc || m.typ == "") && lx.workBefore(di, m) {
		m.typ, m.workKind = hearsay.Work, "work" // "will next be seen in Northern Rail"
	}
	if m.workKind == "" && m.title == "" {
		if k := lx.workAppositive(di, m); k != "" && !lx.looksPersonal(m.words) {
			m.typ, m.workKind = hearsay.Work, k // "The Long Quiet, a psychological thriller from ..."
		}
	}
	if t := m.tok0 - 1; m.title == "" && t >= 1 && di.is(lx, cueTitleArticle, t) && isQuote(toks[t-1].Text) && quotedTitle(di, t, m.tok1) {
		m.tok0, m.words = t, append([]string{toks[t].Text}, m.words...) // "The Quiet Harbor," in quotation marks, "The" left out by the tagger
	}
	if m.title == "" && quotedTitle(di, m.tok0, m.tok1) {
		m.typ, m.quotedTitle = hearsay.Work, true // "Brooke Unfiltered," in quotation marks
		if m.workKind == "" {
			m.workKind = "work"
		}
	}
	if m.title == "" && m.workKind == "" {
		lx.markOutlet(di, m)
	}
	if m.title == "" && m.workKind == "" && m.outlet == "" && len(m.words) >= 2 && lx.isLower(cueLeagueHead, m.words[len(m.words)-1]) && lx.sportsDoc(di) {
		m.typ = hearsay.Org // "the Big Sky Conference" in a story about a coach: a league
	} else if m.title == "" && m.workKind == "" && m.outlet == "" && len(m.words) >= 2 && lx.isLower(cueEventHead, m.words[len(m.words)-1]) &&
		!(code == nerPER && lx.looksPersonal(m.words) && lx.isLower(cueSurnameEvent, m.words[len(m.words)-1])) {
		m.typ, m.event = hearsay.Event, true // "Lumen Awards", "Frontier Music Festival"
	}
	if m.title == "" && m.workKind == "" && m.outlet == "" && code == nerMISC && lx.outlets.IsEvent(m.words) && !lx.modifiesNoun(di, m) {
		m.typ, m.event = hearsay.Event, true // "headlined Coachella", "at the Grammys" (the name tagger's events)
	}
	if m.title == "" && m.outlet == "" && len(m.words) >= 2 && m.words[0] == "Storm" && m.tok0 > 0 && toks[m.tok0-1].Sentence == m.sent && toks[m.tok0-1].Text == "Tropical" {
		m.tok0-- // "Tropical Storm Alberto", tagged "Storm Alberto"
		m.words = append([]string{"Tropical"}, m.words...)
	}
	if m.title == "" && m.outlet == "" && len(m.words) >= 2 && isCap(m.words[0]) && lx.isLower(cueStormTitle, m.words[0]) {
		m.typ, m.event, m.workKind = hearsay.Event, true, "" // "Hurricane Hugo hit the coast", tagged a person
	}
	if m.title == "" && m.outlet == "" && lx.eventNounAfter(di, m, code) {
		m.typ, m.event, m.workKind = hearsay.Event, true, "" // "the Austin City Limits festival", "her \"Slow Burn\" tour"
	}
	if e := m.tok1; m.title == "" && len(m.words) == 1 && di.initial[m.tok0] && e < len(toks) && toks[e].Sentence == m.sent && toks[e].Text == di.lower[e] {
		if info, ok := lx.nounWords([]string{di.lower[m.tok0], di.lower[e]}); ok && (info.isOcc || info.isRole) {
			return nil // "Folk singer Hazel Wynn": the start of a description
		}
	}
	if m.title == "" && code != nerPER && len(m.words) == 1 && lx.placeEnding(key) {
		m.typ = hearsay.Place // "the family's Gloucestershire estate": a county
	}
	if m.title == "" && code == nerLOC && lx.abbrevAfterVerb(di, m, key) {
		return nil // "the bishop celebrated Mass.": a word, no region's abbreviation
	}
	if m.title == "" && strings.HasSuffix(key, ".") && (code == nerLOC || a >= 2 && toks[a-1].Text == "," && isCap(toks[a-2].Text)) {
		if name := lx.region(key); name != "" {
			m.words, m.typ = strings.Fields(name), hearsay.Place // "Boulder, Colo.": Colorado, as the name
		}
	}
	if m.title == "" && m.typ != hearsay.Person && m.typ != hearsay.Place && (code == nerPER || code == nerMISC) && m.workKind == "" && m.outlet == "" && lx.particleName(di, m) {
		m.typ, m.event = hearsay.Person, false // "Hélène de la Tour" read as an event by "Tour", "Ana de la Vega" tagged a thing; a firm so named keeps its type
	}
	if m.typ == "" && lx.looksPersonal(m.words) {
		m.typ = hearsay.Person
	}
	if m.title == "" && m.typ != hearsay.Org && lx.outlets.KnownOrg(m.words) {
		m.typ = hearsay.Org // "Shearson, Merrill Lynch and Goldman Sachs say": a name of the tagger's list of organisations, whatever the list around it
	}
	if m.typ == hearsay.Person && m.gender == 'u' && len(m.words) > 0 {
		if g, ok := lx.nameGender(m.words[0]); ok {
			m.gender = g
		}
	}
	return m
}

// countAfter reports whether "of" and a number of two or more ("of three",
// "of 4") stand at token e in sentence sent: a count of children after a
// noun such as "mother".
func countAfter(di *docInfo, e, sent int) bool {
	toks := di.doc.Tokens
	if e+1 >= len(toks) || toks[e+1].Sentence != sent || di.lower[e] != "of" {
		return false
	}
	return numberWords[di.lower[e+1]] > 1 || isNumber(toks[e+1].Text)
}

// possessiveBefore returns how many tokens before token a, in sentence
// sent, the tagger left out of an institution's name: a capitalised name
// in the possessive ("King's", "St Mary's", "Christ's"), possibly after a
// saint's title or, for a style of address, a possessive determiner ("Her
// Majesty's"), right before a last word of organisations or venues
// (data/orgwords.tsv, cue class venue-head) at a; 0 when there are none.
func (lx *Lexicons) possessiveBefore(di *docInfo, a, sent int) int {
	toks := di.doc.Tokens
	if a < 2 || !di.orgWordAt(lx, a) && !di.is(lx, cueVenueHead, a) {
		return 0
	}
	n := 0
	if isPossMarker(toks[a-1].Text) && a >= 2 {
		n = 2
	} else if w := toks[a-1].Text; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		n = 1
	} else {
		return 0
	}
	w := a - n // the name in the possessive
	if toks[w].Sentence != sent || toks[w].NER != "O" || !isCap(toks[w].Text) || di.is(lx, cueCapstop, w) {
		return 0
	}
	if t := w - 1; t >= 0 && toks[t].Sentence == sent && toks[t].NER == "O" && isCap(toks[t].Text) && di.is(lx, cueSaintTitle, t) {
		n++ // "St Mary's"
	} else if t >= 0 && toks[t].Sentence == sent && isCap(toks[t].Text) && di.is(lx, cuePossDeterminer, t) && di.is(lx, cueStyleWord, w) {
		n++ // "Her Majesty's Prison"
	}
	return n
}

// headAfterPossessive returns how many tokens from token e, in sentence
// sent, the tagger left out of an institution's name that ends, before e,
// in a word in the possessive: the possessive marker, if a token of its
// own, and a capitalised untagged last word of organisations or venues
// (data/orgwords.tsv, cue class venue-head) right after it ("Capitol
// Region Children's Center"); 0 when there are none.
func (lx *Lexicons) headAfterPossessive(di *docInfo, e, sent int) int {
	toks := di.doc.Tokens
	if e == 0 || e >= len(toks) {
		return 0
	}
	h := e // the head word
	if isPossMarker(toks[e].Text) {
		h++
	} else if w := toks[e-1].Text; !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return 0
	}
	if h >= len(toks) || toks[h].Sentence != sent || toks[h].NER != "O" || !isCap(toks[h].Text) || !isAlphaWord(toks[h].Text) ||
		!di.orgWordAt(lx, h) && !di.is(lx, cueVenueHead, h) {
		return 0
	}
	return h + 1 - e
}

// takeTeamDescriptors extends name mention m over the words after it that
// make it a team's name: one or more words of cue class team-descriptor
// ("women's", "youth") or of an age limit ("under-21", "U21"), words of
// class sport among them, and a word of class team-noun ("team", "side"):
// "the Republic of Ireland women's team", "the Wales Under-21 side". It
// reports whether it did.
func (lx *Lexicons) takeTeamDescriptors(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	n := 0 // descriptors seen
	if ageLimit(di.lower[m.tok1-1]) {
		n++ // "Wales Under-21", the limit tagged with the name
	}
	end := -1
	for k := m.tok1; k < len(toks) && k < m.tok1+5 && toks[k].Sentence == m.sent; k++ {
		w := di.lower[k]
		if n > 0 && isPossMarker(toks[k].Text) {
			continue // "women's"
		}
		if di.is(lx, cueTeamDescriptor, k) || ageLimit(w) || strings.HasSuffix(w, "'s") && lx.is(cueTeamDescriptor, w[:len(w)-2]) {
			n++
			continue
		}
		if di.is(lx, cueSport, k) {
			continue // "women's rugby team"; a sport alone makes no team's name ("the Ireland rugby team" is Ireland's)
		}
		if n > 0 && di.is(lx, cueTeamNoun, k) {
			end = k + 1
		}
		break
	}
	if end < 0 {
		return false
	}
	for k := m.tok1; k < end; k++ {
		if isPossMarker(toks[k].Text) {
			m.words[len(m.words)-1] += toks[k].Text
			continue
		}
		m.words = append(m.words, toks[k].Text)
	}
	m.tok1, m.head = end, end-1
	return true
}

// ageLimit reports whether lowercase word w is a team's age limit:
// "under-21", "u21", "u-19".
func ageLimit(w string) bool {
	switch {
	case strings.HasPrefix(w, "under-"):
		w = w[len("under-"):]
	case strings.HasPrefix(w, "u-"):
		w = w[len("u-"):]
	case strings.HasPrefix(w, "u"):
		w = w[1:]
	default:
		return false
	}
	return len(w) == 2 && isNumber(w)
}

// keepSaintPossessive takes the possessive of a name into the name when
// no noun follows it (a time expression may: "the retailer Brightwell's
// last year"), or a lowercase word of any kind when always is set (no
// capitalised word, which goes on a name the tagger cut): the name is the
// institution, shop or firm named after someone ("appointed rector of St
// Aidan's in 2013", "the funeral at St Bride's", "St Jude's ward"), which
// the text may also name in full ("St Aidan's Church").
func (lx *Lexicons) keepSaintPossessive(di *docInfo, m *ment, always bool) {
	toks := di.doc.Tokens
	e := m.tok1 // the token after the name and its possessive
	if len(m.words) == 0 || e <= m.tok0 {
		return
	}
	last := toks[e-1].Text
	if e < len(toks) && isPossMarker(toks[e].Text) {
		last = toks[e-1].Text + toks[e].Text
		e++
	} else if !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") {
		return
	}
	if e < len(toks) && toks[e].Sentence == m.sent {
		if isCap(toks[e].Text) && !di.initial[e] {
			return // "St Mary's Church" where the tagger cut the name: the possessive stays with the saint
		}
		switch toks[e].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM":
			if !always && !inTimex(di.doc, spanOf(toks, e, e+1)) {
				return
			}
		}
	}
	m.words[len(m.words)-1] = last
	m.poss = false
	m.tok1, m.head = e, e-1
}

// firmOfPerson reports whether name m, of two or three capitalised words
// with no known given name first and no word of a known place or of a
// place's name (place-tail, place-head, compass), follows "of" right after
// a person's name that a trade or a post describes, before it or before
// a comma and it ("the family's solicitor, Nadia Pell of Carrow Dunne",
// "said analyst Omar Grey of Tallis Vane"), or whose surname the name
// starts or ends with ("Harriet Lisle of Lisle Marten", then even with a
// known place's word): the firm the person works for, which news names
// after its founders.
func (lx *Lexicons) firmOfPerson(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	a, n := m.tok0, len(m.words)
	if n < 2 || n > 3 || m.tok1-a != n || a < 3 || toks[a-1].Text != "of" || lx.names[di.lower[a]] != 0 {
		return false
	}
	known := false // a word of a known place
	for k := a; k < m.tok1; k++ {
		w := toks[k].Text
		if !isCap(w) || !isAlphaWord(w) || lx.isLower(cuePlaceTail, w) || lx.isLower(cuePlaceHead, w) || lx.isLower(cueCompass, w) {
			return false
		}
		known = known || lx.mayBePlace(di, k, w)
	}
	p := a - 1 // the first word of the person's name before "of": tagged a person's or starting with a known given name
	for p > 0 && p > a-5 && toks[p-1].Sentence == m.sent && isCap(toks[p-1].Text) && isAlphaWord(toks[p-1].Text) {
		p--
	}
	if p == a-1 || p < 2 || !strings.HasSuffix(toks[a-2].NER, "PER") && lx.names[di.lower[p]] == 0 {
		return false
	}
	if surname := di.lower[a-2]; surname == di.lower[a] || surname == di.lower[m.tok1-1] {
		return true // "Harriet Lisle of Lisle Marten", even where a town has the surname's name
	}
	if known {
		return false
	}
	if toks[p-1].Text == "," {
		p--
	}
	for k := 1; k <= 2 && p-k >= 0 && toks[p-k].Sentence == m.sent; k++ {
		if info, ok := di.nounWords(lx, p-k, p); ok && (info.isOcc || info.isRole) && !info.isKin {
			return true
		}
	}
	return false
}

// insideGenericBody reports whether the span [a, b) lies inside capitalised
// words, of two to five, that make a longer phrase of cue class
// generic-body ("the Annual General Meeting" tagged "Annual" and "General
// Meeting"): a piece of a company's meeting, named as its reports write
// it, is no name (the whole phrase, tagged so, is an event: event-head).
func (lx *Lexicons) insideGenericBody(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	sent := toks[a].Sentence
	for s := a; s >= 0 && s > a-4 && toks[s].Sentence == sent; s-- {
		if s < a && !isCap(toks[s].Text) && toks[s].Text != "of" {
			break
		}
		for e := max(b, s+2); e <= s+5 && e <= len(toks) && toks[e-1].Sentence == sent; e++ {
			if e > b && !isCap(toks[e-1].Text) && toks[e-1].Text != "of" {
				break
			}
			if (s < a || e > b) && isCap(toks[s].Text) && isCap(toks[e-1].Text) && lx.isWords(cueGenericBody, di.lower[s:e]) {
				return true
			}
		}
	}
	return false
}

// shopPossessive reports whether a name of one or two capitalised words in
// the possessive, whose first word is no known given name, stands right
// after a word of cue class shop-before ("at", "outside", "joined") or a
// noun of data/orgcues.tsv ("the retailer Brightwell's"): the possessive
// may name a shop, a restaurant or a firm ("at Corelli's"), which
// keepSaintPossessive takes when no noun follows it.
func (lx *Lexicons) shopPossessive(di *docInfo, m *ment) bool {
	if len(m.words) == 0 || len(m.words) > 2 || m.tok0 == 0 || di.doc.Tokens[m.tok0-1].Sentence != m.sent ||
		!di.is(lx, cueShopBefore, m.tok0-1) && !di.orgCueAt(lx, m.tok0-1) {
		return false
	}
	for _, w := range m.words {
		if !isCap(w) {
			return false
		}
	}
	return lx.names[di.lower[m.tok0]] == 0
}

// possessiveAfterArticle reports whether a name of one or two
// capitalised words in the possessive (the first of two no known given
// name), follows "a" or "an" and at most two lowercase modifiers ("a former
// Lloyd's underwriter", "an ex-Harrods buyer"): an article leads no
// person's possessive, so the possessive is part of a firm's or a shop's
// name.
func (lx *Lexicons) possessiveAfterArticle(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	if len(m.words) == 0 || len(m.words) > 2 || len(m.words) == 2 && lx.names[di.lower[m.tok0]] != 0 {
		return false
	}
	for _, w := range m.words {
		if !isCap(w) {
			return false
		}
	}
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-3 && toks[k].Sentence == m.sent; k-- {
		if di.lower[k] == "a" || di.lower[k] == "an" {
			return true
		}
		if toks[k].Text != di.lower[k] || !isAlphaWord(toks[k].Text) || toks[k].UPOS != "ADJ" && !di.is(lx, cueFormerMod, k) {
			return false
		}
	}
	return false
}

// sportsDoc reports whether the document speaks of sport: a word of cue
// class sports-word ("football", "coach", "playoffs").
func (lx *Lexicons) sportsDoc(di *docInfo) bool {
	for _, w := range di.lower {
		if lx.is(cueSportsWord, w) {
			return true
		}
	}
	return false
}

// personAsPlace reports whether a name the tagger called a place is a
// person's: a given name of known gender (data/names.tsv) and a surname
// that ends no place or organisation name (orgwords.tsv, cue classes
// place-tail and venue-head) and is no region, right after a comma, a
// possessive or a person noun ("the Liberal Democrats' Fiona Hart",
// "candidate Fiona Hart") and not followed by a comma and a region
// ("Austin, Texas"); or a given name alone right after a kinship noun and
// a comma ("his wife, Keisha,").
func (lx *Lexicons) personAsPlace(di *docInfo, m *ment) bool {
	g, _ := lookupLower(lx.names, m.words[0])
	a := m.tok0
	if g != 'm' && g != 'f' || a < 2 || lx.regionAfter(di, m) {
		return false
	}
	toks := di.doc.Tokens
	if toks[a-1].Sentence != m.sent || toks[a-2].Sentence != m.sent {
		return false
	}
	switch len(m.words) {
	case 1:
		info, ok := di.nounAt(lx, a-2)
		return toks[a-1].Text == "," && ok && info.isKin && info.class != "other"
	case 2, 3:
		last := m.words[len(m.words)-1]
		for _, w := range m.words {
			if !isCap(w) || !isAlphaWord(w) {
				return false
			}
		}
		if lowerIn(lx.orgWords, last) || lx.isLower(cuePlaceTail, last) || lx.isLower(cueVenueHead, last) || lx.region(strings.Join(m.words, " ")) != "" {
			return false
		}
		prev := toks[a-1].Text
		info, ok := di.nounAt(lx, a-1)
		return prev == "," || isPossMarker(prev) || prev == "'" || prev == "’" || ok && (info.isKin && info.class != "other" || info.isOcc)
	}
	return false
}

// mayBePlace is false when w, the name's word written as token i, is
// surely no known place, country or region: an ASCII word without spaces
// at its ends whose token has no placeWord (markPlaceWords). It is true
// otherwise, and for a word that is not the token as written (a trimmed
// "'s").
func (lx *Lexicons) mayBePlace(di *docInfo, i int, w string) bool {
	if i < 0 || i >= len(di.doc.Tokens) || w == "" || w != di.doc.Tokens[i].Text || w[0] <= ' ' || w[len(w)-1] <= ' ' {
		return true
	}
	for j := 0; j < len(w); j++ {
		if w[j] >= utf8.RuneSelf {
			return true
		}
	}
	ti := di.token(lx, i)
	return ti != nil && ti.has(bitPlaceWord)
}

// knownPlaceName reports whether name m, of one to three words, is a
// region of data/regions.tsv or a town or region of the name tagger's place
// lists, as written, and, of one word, may be a place (mayBePlace).
func (lx *Lexicons) knownPlaceName(di *docInfo, m *ment) bool {
	if len(m.words) == 0 || len(m.words) > 3 || len(m.words) == 1 && !lx.mayBePlace(di, m.tok0, m.words[0]) {
		return false
	}
	name := strings.Join(m.words, " ")
	return (lx.outlets.KnownPlace(name) || lx.region(name) != "") && !lx.scoreSide(di, m)
}

// tradeAndNameAfter reports whether a trade of one or two lowercase words
// (data/occupations.tsv) and a capitalised word follow name m in its
// sentence ("Cork hurler Seán Mulcahy"): the name is where the person
// works or plays, no person's.
func (lx *Lexicons) tradeAndNameAfter(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	for n := 1; n <= 2; n++ {
		e := m.tok1 + n
		if e >= len(toks) || toks[e].Sentence != m.sent || toks[e-1].Text != di.lower[e-1] {
			return false
		}
		if info, ok := di.nounWords(lx, m.tok1, e); ok && info.isOcc && !info.isKin && isCap(toks[e].Text) {
			return true
		}
	}
	return false
}

// scoreSide reports whether name m stands where a team does, right before
// or after a verb of cue class score-verb ("Rochdale beat Bury"), where a
// town names its club.
func (lx *Lexicons) scoreSide(di *docInfo, m *ment) bool {
	if lx.scoreVerbEnd(di, m.tok1, m.sent) >= 0 {
		return true
	}
	for n := 1; n <= 4 && m.tok0-n >= 0; n++ {
		if lx.scoreVerbEnd(di, m.tok0-n, m.sent) == m.tok0 {
			return true
		}
	}
	return false
}

// givenPlaceType decides the type of a one-word untitled name m that is
// both a given name (data/names.tsv) and a place the lists know (the name
// tagger's places, a country, a region): "Florence", "Jordan", "Kent". A
// place after words of cue class place-before ("died in Florence", "a trip
// to Jordan", "returned to Lincoln": then no part of a person's full name
// either) or after a town and a comma, ending the clause ("Dartford,
// Kent,"), both even of no known given name; a person before a verb of cue class speech-verb ("Florence
// said", "Jordan told reporters") or before an apposition of an age or a
// description ("Sydney, 19,", "Paris, a nurse,"). It returns "" when the
// context says neither.
func (lx *Lexicons) givenPlaceType(di *docInfo, m *ment) hearsay.EntityType {
	w := m.words[0]
	if !lx.mayBePlace(di, m.tok0, w) || !lx.outlets.KnownPlace(w) && !lx.isCountry(w) && lx.region(w) == "" {
		return ""
	}
	toks := di.doc.Tokens
	a, e := m.tok0, m.tok1
	if lx.townBefore(di, a, e, m.sent) {
		return hearsay.Place // "of Dartford, Kent,": a county, whatever the given names say
	}
	if m.typ == hearsay.Org {
		return ""
	}
	if lx.placeCueBefore(di, m) {
		return hearsay.Place // "returned to Lincoln", of no listed given name, is no "Lincoln Harper" either
	}
	if g, ok := lookupLower(lx.names, w); !ok || g == 'n' {
		return ""
	}
	if e >= len(toks) || toks[e].Sentence != m.sent {
		return ""
	}
	if di.is(lx, cueSpeechVerb, e) {
		return hearsay.Person
	}
	if toks[e].Text == "," && e+2 < len(toks) && toks[e+2].Sentence == m.sent {
		if isNumber(toks[e+1].Text) && toks[e+2].Text == "," {
			return hearsay.Person // "Sydney, 19, told the court"
		}
		if d := di.lower[e+1]; d == "a" || d == "an" || d == "the" {
			for k := e + 2; k < e+5 && k < len(toks) && toks[k].Sentence == m.sent && toks[k].Text == di.lower[k]; k++ {
				if info, ok := di.nounAt(lx, k); ok && (info.isOcc || info.isKin && info.class != "other") {
					return hearsay.Person // "Paris, a retired nurse,"
				}
			}
		}
	}
	return ""
}

// addressAfterComma reports whether token a, in sentence sent, follows
// "of" right after a comma, as the town of an address after a name or an
// age does ("Ann Dee, 31, of Leeds,", "Tom Hale, of Hull, said").
func addressAfterComma(di *docInfo, a, sent int) bool {
	toks := di.doc.Tokens
	return a >= 2 && toks[a-2].Sentence == sent && di.lower[a-1] == "of" && toks[a-2].Text == ","
}

// addressed reports whether name m is said to the person it names: after
// a word of cue class address-lead and a comma that open a quoted
// sentence, a quotation or a transcript's turn, or, inside a quotation, a clause ("Yes, Noah, I did", "Thank you,
// Ada.", "Well, Sam, he works"), or opening the quotation before a comma
// and a pronoun of the first or second person ("Noah, I did it"), and
// before a comma or the end of the clause.
func (lx *Lexicons) addressed(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	a, e := m.tok0, m.tok1
	if e >= len(toks) || toks[e].Sentence != m.sent {
		return false
	}
	switch t := toks[e].Text; {
	case t == "," || t == "?" || t == "!" || t == "." || isQuote(t):
	default:
		return false
	}
	if a >= 1 && isQuote(toks[a-1].Text) && toks[e].Text == "," && e+1 < len(toks) && toks[e+1].Sentence == m.sent {
		p, ok := lx.pronouns[di.lower[e+1]]
		return ok && (p.person == 1 || p.person == 2) && !p.poss
	}
	if a < 2 || toks[a-1].Text != "," || toks[a-2].Sentence != m.sent || !di.is(lx, cueAddressLead, a-2) {
		return false
	}
	if a == 2 || toks[a-3].Sentence != m.sent {
		return m.quoted // not "Now, Apple, which ...": a narrative's sentence
	}
	b := toks[a-3].Text
	if isQuote(b) || b == ":" {
		return true // also a transcript's "HOST: Yes, Noah, ..."
	}
	return m.quoted && (b == "," || di.lower[a-3] == "thank" || di.is(lx, cueAddressLead, a-3))
}

// townBefore reports whether a capitalised name the name tagger took for a
// place and a comma stand right before tokens a..e of sentence sent and
// punctuation or the sentence's end right after: "of Dartford, Kent,",
// a town and its county.
func (lx *Lexicons) townBefore(di *docInfo, a, e, sent int) bool {
	toks := di.doc.Tokens
	if a < 2 || toks[a-1].Text != "," || toks[a-2].Sentence != sent || !isCap(toks[a-2].Text) {
		return false
	}
	if t := toks[a-2].NER; len(t) < 2 || nerCode(t[2:]) != nerLOC {
		return false
	}
	if e >= len(toks) || toks[e].Sentence != sent {
		return true
	}
	switch toks[e].Text {
	case ",", ".", ";", ")", ":":
		return true
	}
	return false
}

// townOfRegion reports whether name m, of one to three words none of
// which ends organisations' names (data/orgwords.tsv, institution heads),
// is followed by a comma and a region, a country or a county (cue class
// place-ending: "Gloucestershire") of one word that ends the clause ("born in
// Kingston, Jamaica,", "a plant in Gdynia, Poland."): a
// town, not the body the tagger took it for. A possessive after the
// country ("Toyota, Japan's biggest carmaker") leaves the name as it is.
func (lx *Lexicons) townOfRegion(di *docInfo, m *ment) bool {
	n := len(m.words)
	if n == 0 || n > 3 || lowerIn(lx.orgWords, m.words[n-1]) || lx.institutionName(m.words) {
		return false
	}
	toks := di.doc.Tokens
	e := m.tok1
	if e+1 >= len(toks) || toks[e].Text != "," || toks[e+1].Sentence != m.sent {
		return false
	}
	if w := toks[e+1].Text; lx.region(w) == "" && !lx.isCountry(w) && !(isCap(w) && lx.placeEnding(di.lower[e+1])) {
		return false
	}
	if e+2 >= len(toks) || toks[e+2].Sentence != m.sent {
		return true
	}
	switch toks[e+2].Text {
	case ",", ".", ";", ")", ":":
		return true
	}
	return false
}

// regionAfter reports whether a comma and a region follow mention m
// ("Austin, Texas").
func (lx *Lexicons) regionAfter(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	e := m.tok1
	return e+1 < len(toks) && toks[e].Text == "," && toks[e+1].Sentence == m.sent && lx.region(toks[e+1].Text) != ""
}

// eventNounAfter reports whether a lowercase noun of cue class event-after
// follows name mention m, after its closing quotation mark if it has one:
// the name is the event's ("the Austin City Limits festival", "her \"Slow
// Burn\" tour"). A person's name of two words is left alone ("the Taylor
// Swift concert").
func (lx *Lexicons) eventNounAfter(di *docInfo, m *ment, code int) bool {
	toks := di.doc.Tokens
	e := m.tok1
	if e < len(toks) && isQuote(toks[e].Text) {
		e++
	}
	if e >= len(toks) || toks[e].Sentence != m.sent || toks[e].Text != di.lower[e] || !di.is(lx, cueEventAfter, e) {
		return false
	}
	if code == nerORG && di.is(lx, cueMeetingAfter, e) {
		return false // "the 60th NATO conference", "the Labour conference": the body that meets
	}
	return !(code == nerPER && len(m.words) == 2 && lx.looksPersonal(m.words))
}

// markOutlet types a name the outlet list knows, or that ends in an outlet
// word ("Lakeview Ledger"), as an outlet; a capitalised "The" before it
// belongs to the name ("The Evening Courant"). A name the list knows only
// with "The" is the outlet after "the" or "The" ("contacted by the
// Telegraph", "The Sun also reported"): the name tagger took the word for
// a name, which settles a name that is also an everyday word.
func (lx *Lexicons) markOutlet(di *docInfo, m *ment) {
	toks := di.doc.Tokens
	var k string
	outlet := lx.mayBeOutlet(di, m)
	if outlet {
		k = lx.outlets.OutletKind(m.words)
	}
	if a := m.tok0 - 1; outlet && k == "" && a >= 0 && (toks[a].Text == "the" || toks[a].Text == "The" && toks[a].Sentence == m.sent) {
		if k = lx.outlets.TheOutletKind(m.words); k != "" && toks[a].Text == "the" {
			m.words = append([]string{"The"}, m.words...) // "contacted by the Telegraph": The Telegraph
		}
	}
	if k == "" && lx.theOutlet(di, m) {
		k = "outlet" // "The Twang Report"
	}
	if k == "" && lx.thePaperName(di, m) {
		m.typ, m.outlet = hearsay.Org, "outlet" // "according to the Leicester Mercury's archive": a local paper named after its town
		return
	}
	if k == "" && lx.thePaper(di, m) {
		m.typ, m.outlet = hearsay.Org, "outlet" // "told the Chronicle", "The Courier's own reporter": the local paper by its last word, which names it alone
		return
	}
	if k == "" {
		return
	}
	m.typ, m.outlet = hearsay.Org, k
	if a := m.tok0 - 1; a >= 0 && toks[a].Text == "The" && toks[a].Sentence == m.sent {
		m.tok0 = a
		m.words = append([]string{"The"}, m.words...)
	}
}

// mayBeOutlet is false when neither the first nor the last word of m,
// each written as its token, has outletWord (Lists.EachOutletWord): then
// OutletKind and TheOutletKind find nothing. It is true otherwise, and
// when m's words are not its tokens as written.
func (lx *Lexicons) mayBeOutlet(di *docInfo, m *ment) bool {
	n := len(m.words)
	if n == 0 || m.tok0 < 0 || m.tok1 > len(di.doc.Tokens) || m.tok1-m.tok0 != n ||
		m.words[0] != di.doc.Tokens[m.tok0].Text || m.words[n-1] != di.doc.Tokens[m.tok1-1].Text {
		return true
	}
	first, last := di.token(lx, m.tok0), di.token(lx, m.tok1-1)
	return first != nil && first.has(bitOutletWord) || last != nil && last.has(bitOutletWord)
}

// thePaper reports whether a one-word name right after "the" is a word
// of cue class paper-head ("told the Chronicle", "a letter to the
// Gazette", "the Courier's editor"): a newspaper called by the last word
// of its name, as local papers are.
func (lx *Lexicons) thePaper(di *docInfo, m *ment) bool {
	a := m.tok0 - 1
	if len(m.words) != 1 || a < 0 || di.lower[a] != "the" || di.doc.Tokens[a].Sentence != m.sent {
		return false
	}
	return lx.isLower(cuePaperHead, m.words[0])
}

// thePaperName reports whether a name of two or three capitalised words
// right after "the" ends in a word of cue class paper-head, with no given
// name first ("the Leicester Mercury's archive", "told the Kelby Echo"):
// a local paper named after its town.
func (lx *Lexicons) thePaperName(di *docInfo, m *ment) bool {
	a, n := m.tok0-1, len(m.words)
	if n < 2 || n > 3 || m.title != "" || a < 0 || di.lower[a] != "the" || di.doc.Tokens[a].Sentence != m.sent || lx.looksPersonal(m.words) {
		return false
	}
	for _, w := range m.words {
		if !isCap(w) || !isAlphaWord(w) {
			return false
		}
	}
	return lx.isLower(cuePaperHead, m.words[n-1])
}

// theOutlet reports whether a name of two or more words after a
// capitalised "The" ends in a word of class outlet-head ("The Twang
// Report").
func (lx *Lexicons) theOutlet(di *docInfo, m *ment) bool {
	words := m.words
	if words[0] == "The" {
		words = words[1:]
	} else if a := m.tok0 - 1; a < 0 || di.doc.Tokens[a].Text != "The" || di.doc.Tokens[a].Sentence != m.sent {
		return false
	}
	return len(words) >= 2 && lx.isLower(cueOutletHead, words[len(words)-1])
}

// quotedTitle reports whether tokens [a, b) are the whole of a quotation
// ("“Brooke Unfiltered,”"): the title of a work.
func quotedTitle(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	if a == 0 || !isQuote(toks[a-1].Text) {
		return false
	}
	e := b
	for e < len(toks) && (toks[e].Text == "," || toks[e].Text == ".") {
		e++
	}
	return e < len(toks) && isQuote(toks[e].Text)
}

// looksPersonal reports whether a name starts with a known given name.
func (lx *Lexicons) looksPersonal(words []string) bool {
	return lx.personalWords(words[0], len(words))
}

// particleName reports whether mention m is a person's name with name
// particles: a given name names.tsv gives a sex, lowercase words of cue
// class name-particle ("de la", "van", "bin") and one or two capitalised
// words of letters, the last ending no organisation's name ("Hélène de la
// Tour", "Pieter de Vries"; not "Banco de Portugal" nor "Hugo de Ville
// Group").
func (lx *Lexicons) particleName(di *docInfo, m *ment) bool {
	n := len(m.words)
	if n < 3 || n > 5 || m.tok1-m.tok0 != n || m.poss {
		return false
	}
	if g := lx.names[di.lower[m.tok0]]; g != 'm' && g != 'f' {
		return false
	}
	k := m.tok0 + 1
	for k < m.tok1 && !di.capital[k] && di.is(lx, cueNameParticle, k) && m.words[k-m.tok0] != "&" {
		k++
	}
	if k == m.tok0+1 || m.tok1-k < 1 || m.tok1-k > 2 || di.orgWordAt(lx, m.tok1-1) {
		return false
	}
	for i := k; i < m.tok1; i++ {
		if !di.capital[i] || !isAlphaWord(m.words[i-m.tok0]) || isUpperString(m.words[i-m.tok0]) {
			return false
		}
	}
	return true
}

// listedGivenName reports whether mention m, tagged an organisation, is two
// capitalised words, the first a given name of data/names_listed.tsv
// (none of names.tsv), the second no word that ends an organisation's or
// outlet's name, nor an organisation suffix, and the whole no known place,
// outlet, work or title, after no "the" and before no capitalised word nor
// a word after which a name is an organisation's ("spokesman"): a person's
// name the tagger was unsure of ("Selma Voight", "Corliss Dunmore").
func (lx *Lexicons) listedGivenName(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	if len(m.words) != 2 || m.tok1-m.tok0 != 2 || m.title != "" || m.outlet != "" || m.workKind != "" || m.event {
		return false
	}
	if _, ok := lx.listedNames[di.lower[m.tok0]]; !ok {
		return false
	}
	for k := m.tok0; k < m.tok1; k++ {
		if !isCap(toks[k].Text) || !isAlphaWord(toks[k].Text) || isUpperString(toks[k].Text) {
			return false
		}
	}
	if e := m.tok1; e < len(toks) && toks[e].Sentence == m.sent && (isCap(toks[e].Text) || di.is(lx, cueOrgAfter, e) || di.is(lx, cueOrgSuffix, e)) {
		return false // "Orrin Dynamics Chief Legal Officer Priya Sandhu", "a Harlan Vance spokesman", "Dorland Pike plc"
	}
	if lx.firmContext(di, m) {
		return false // "Corliss Dunmore headquarters", "an analyst at Corliss Dunmore": a firm
	}
	if m.tok0 > 0 && toks[m.tok0-1].Sentence == m.sent && di.lower[m.tok0-1] == "the" {
		return false // "a dance at the Kelby Civic": no person's name comes after "the"
	}
	last := m.tok1 - 1
	if di.orgWordAt(lx, last) || di.is(lx, cueOrgSuffix, last) || lx.outlets != nil && (lx.outlets.OrgHead(toks[last].Text) || lx.outlets.KnownPlace(m.words[0]+" "+m.words[1])) {
		return false
	}
	return lx.region(m.words[0]+" "+m.words[1]) == ""
}

// firmNounAfter reports whether lowercase words of cue class firm-after,
// the first no verb, start at token e in sentence sent ("shares", "share
// price"): only a firm's name comes right before them.
func (lx *Lexicons) firmNounAfter(di *docInfo, e, sent int) bool {
	toks := di.doc.Tokens
	if e >= len(toks) || toks[e].Sentence != sent || toks[e].Text != di.lower[e] || di.hasPOS && toks[e].UPOS == "VERB" {
		return false // "Nina Park shares her recipe"
	}
	for n := 1; n <= 2 && e+n <= len(toks); n++ {
		if di.isPhrase(lx, cueFirmAfter, e, e+n) {
			return true
		}
	}
	return false
}

// firmTradeAfter reports whether a trade of cue class firm-trade follows
// name m, not possessive, directly or after at most two lowercase words
// that are no verbs ("Kelby Dunmore analyst Ann Holt", "a Kelby Dunmore
// food analyst", "Kelby Dunmore economists expect"): the name is the firm
// the trade is practised at.
func (lx *Lexicons) firmTradeAfter(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	if m.poss {
		return false
	}
	for k := m.tok1; k <= m.tok1+2 && k < len(toks) && toks[k].Sentence == m.sent; k++ {
		for n := 1; n <= 2 && k+n <= len(toks); n++ {
			if di.isPhrase(lx, cueFirmTrade, k, k+n) {
				return true
			}
		}
		if toks[k].Text != di.lower[k] || !isAlphaWord(toks[k].Text) || di.hasPOS && (toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || toks[k].UPOS == "ADP" || toks[k].UPOS == "CCONJ") {
			return false // "Ann Holt said analysts", "Ann Holt and traders"
		}
	}
	return false
}

// firmHeadAfter reports whether name m is possessive and a head of a firm
// of cue class firm-head follows ("Kelby Dunmore's chairman"): the name
// is the firm's.
func (lx *Lexicons) firmHeadAfter(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	e := m.tok1
	if !m.poss {
		return false
	}
	if e < len(toks) && isPossMarker(toks[e].Text) {
		e++
	}
	for n := 1; n <= 3 && e+n <= len(toks); n++ {
		if toks[e+n-1].Sentence == m.sent && di.isPhrase(lx, cueFirmHead, e, e+n) {
			return true
		}
	}
	return false
}

// firmContext reports whether the words around name m make it a firm's
// name, named after its founders: a trade of cue class firm-trade at it
// ("an analyst with Kelby Dunmore", "Kelby Dunmore analyst Ann Holt"), a
// noun of cue class firm-after ("Kelby Dunmore shares") or a head of cue
// class firm-head after its possessive ("Kelby Dunmore's chairman").
func (lx *Lexicons) firmContext(di *docInfo, m *ment) bool {
	return !m.poss && lx.firmNounAfter(di, m.tok1, m.sent) || lx.firmTradeBefore(di, m.tok0, m.sent) || lx.firmTradeAfter(di, m) || lx.firmHeadAfter(di, m)
}

// groupSubject reports whether name m, of two or three capitalised words
// the first of which is no known given name, opens its clause and is the
// subject of a plural verb of cue class group-verb ("Velvet Quarry are
// signed to", "Copper Lanterns have split") or, its last word ending in a
// single "s", of a verb followed by "their" ("Copper Lanterns released
// their album"): a band or another group, no person. A name after "and" or
// a comma, or before one, may be one of several people and is left alone.
func (lx *Lexicons) groupSubject(di *docInfo, m *ment) bool {
	toks := di.doc.Tokens
	n := len(m.words)
	if n < 2 || n > 3 || m.poss || m.tok1-m.tok0 != n || m.tok1+1 >= len(toks) || lx.looksPersonal(m.words) {
		return false
	}
	for i := m.tok0; i < m.tok1; i++ {
		if !di.capital[i] || !isAlphaWord(toks[i].Text) {
			return false
		}
	}
	if last := m.tok1 - 1; di.orgWordAt(lx, last) || di.is(lx, cueOrgSuffix, last) || di.is(lx, cueClubSuffix, last) || di.is(lx, cueTeamNickname, last) {
		return false // "Brackwell Athletic have", "the Dunleavy Hawks are": the rules of clubs and firms type them
	}
	if _, ok := lx.listedNames[strings.ToLower(m.words[0])]; ok {
		return false // "Zorba Kell are", a rare given name: perhaps a typo, no band
	}
	if p := m.tok0 - 1; p >= 0 && toks[p].Sentence == m.sent && (di.lower[p] == "and" || di.lower[p] == "&" || di.lower[p] == "," || di.lower[p] == "with") {
		return false // "Ann Holt and Zara Vell are married"
	}
	e := m.tok1
	if toks[e].Sentence != m.sent || toks[e].Text != di.lower[e] {
		return false
	}
	if di.is(lx, cueGroupVerb, e) {
		return true
	}
	last := m.words[n-1]
	if !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || toks[e+1].Sentence != m.sent || di.lower[e+1] != "their" {
		return false
	}
	return strings.HasSuffix(di.lower[e], "ed") || di.hasPOS && toks[e].UPOS == "VERB"
}

// firmTradeBefore reports whether a trade of cue class firm-trade and "at"
// or "with" end right before token a in sentence sent ("an analyst with",
// "a trader at"): the name there is the firm the person works for.
func (lx *Lexicons) firmTradeBefore(di *docInfo, a, sent int) bool {
	j := a - 1
	if j < 1 || di.doc.Tokens[j-1].Sentence != sent || di.lower[j] != "at" && di.lower[j] != "with" {
		return false
	}
	for n := 1; n <= 2 && j-n >= 0; n++ {
		if di.isPhrase(lx, cueFirmTrade, j-n, j) {
			return true
		}
	}
	return false
}

// personalWords is looksPersonal of n words (n >= 1) of which the first is
// first.
func (lx *Lexicons) personalWords(first string, n int) bool {
	g, ok := lx.nameGender(first)
	return ok && g != 'n' && (n >= 2 && n <= 4 || n == 1)
}

// workCue returns the kind of work named by the word before token i ("the movie X").
func (lx *Lexicons) workCue(di *docInfo, i int) string {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		ti := di.token(lx, k) // lx.workCues[di.lower[k]], from the per-token look-ups
		if ti != nil && ti.isWorkCue {
			return lx.infoString(ti.workCue)
		}
		if !ti.isCue(cueWorkcueSkip) {
			break
		}
	}
	return ""
}

// workBefore reports whether words of cue class work-before come right
// before m in its sentence ("will next be seen in Northern Rail").
func (lx *Lexicons) workBefore(di *docInfo, m *ment) bool {
	for n := 1; n <= 4 && m.tok0-n >= 0; n++ {
		if di.doc.Tokens[m.tok0-n].Sentence != m.sent {
			break
		}
		if di.isPhrase(lx, cueWorkBefore, m.tok0-n, m.tok0) {
			return true
		}
	}
	return false
}

// workAppositive returns the kind of work an appositive after m names it
// ("The Long Quiet, a psychological thriller from director Ilse Marchetti":
// "film"): a comma, "a", "an" or "the", up to two lowercase modifiers, a
// word of data/workcues.tsv, and then no noun ("a drama teacher" is a
// person's description). It returns "" when there is none.
func (lx *Lexicons) workAppositive(di *docInfo, m *ment) string {
	toks := di.doc.Tokens
	i := m.tok1
	if i+2 >= len(toks) || toks[i].Text != "," || !di.is(lx, cueWorkAppositiveArticle, i+1) {
		return ""
	}
	for k := i + 2; k < len(toks) && k <= i+4 && toks[k].Sentence == m.sent; k++ {
		if ti := di.token(lx, k); ti != nil && ti.isWorkCue {
			kind := lx.infoString(ti.workCue)
			if k+1 < len(toks) && toks[k+1].Sentence == m.sent && (toks[k+1].UPOS == "NOUN" || toks[k+1].UPOS == "PROPN") {
				return "" // "a film producer", "a drama teacher"
			}
			return kind
		}
		if !isAlphaWord(toks[k].Text) || isCap(toks[k].Text) {
			return ""
		}
	}
	return ""
}

// pronounMentions finds pronouns outside names.
func (lx *Lexicons) pronounMentions(di *docInfo, inName []bool, all bool) []*ment {
	var out []*ment
	for i, ti := range di.tokenTable(lx) {
		if inName[i] || ti == nil || !ti.isPronoun {
			continue // no pronoun (pronounAt asks the same first)
		}
		if m := lx.pronounAt(di, i, all); m != nil {
			out = append(out, m)
		}
	}
	return out
}

// inAnswer reports whether sentence si is part of an interview's answer.
func (di *docInfo) inAnswer(si int) bool {
	return si >= 0 && si < len(di.answers) && di.answers[si]
}

func (lx *Lexicons) pronounAt(di *docInfo, i int, all bool) *ment {
	t := &di.doc.Tokens[i]
	lw := di.lower[i]
	ti := di.token(lx, i) // not copied: most tokens are no pronouns
	if ti == nil || !ti.isPronoun {
		return nil
	}
	p := ti.pronoun
	if (t.Text != lw && !(isCap(t.Text) && strings.ToLower(t.Text[1:]) == t.Text[1:])) || lw == "us" && t.Text == "US" {
		return nil
	}
	if di.hasPOS && t.XPOS != "" && !strings.HasPrefix(t.XPOS, "PRP") && t.UPOS != "PRON" && t.UPOS != "DET" {
		return nil
	}
	if !all && (p.person == 2 || p.gender == 'n' || p.person == 1 && (p.number != 's' || !di.quoted[i] && !di.inAnswer(t.Sentence))) {
		return nil // "I" and "me" only inside quotations and an interview's answers, where they are the speaker
	}
	typ := hearsay.EntityType("")
	if p.gender == 'm' || p.gender == 'f' {
		typ = hearsay.Person
	}
	return di.newMent(ment{tok0: i, tok1: i + 1, head: i, sent: t.Sentence, kind: hearsay.PronounMention, typ: typ, gender: p.gender,
		number: p.number, person: int(p.person), poss: p.poss, quoted: di.quoted[i], ent: -1, rule: "pronoun"})
}

// mentChunk and wordChunk are how many mentions and words newMent and
// newWords allocate at once.
const mentChunk, wordChunk = 32, 128

// newMent returns a new mention holding v, taken from a chunk allocated
// for several.
func (di *docInfo) newMent(v ment) *ment {
	if len(di.spareMents) == 0 {
		di.spareMents = di.newMentChunk()
	}
	m := &di.spareMents[0]
	di.spareMents = di.spareMents[1:]
	*m = v
	return m
}

// newMentChunk returns a chunk of mentChunk mentions for newMent: one a
// document analysed before left, when there is one, or a new one.
func (di *docInfo) newMentChunk() []ment {
	if di.reuse == nil {
		return make([]ment, mentChunk)
	}
	return takeChunk(&di.reuse.ments, &di.used.ments, mentChunk)
}

// takeChunk returns a chunk of n elements, the last of spare (removed
// from it) when there is one, a new one otherwise, and adds it to used. A
// chunk from spare holds what it held before.
func takeChunk[T any](spare, used *[][]T, n int) []T {
	var c []T
	if k := len(*spare); k > 0 {
		c, *spare = (*spare)[k-1], (*spare)[:k-1]
	} else {
		c = make([]T, n)
	}
	*used = append(*used, c)
	return c
}

// newWords returns an empty list of words with room for n, taken from a
// chunk allocated for several when n is small.
func (di *docInfo) newWords(n int) []string {
	if n > wordChunk/8 {
		return make([]string, 0, n)
	}
	if len(di.spareWords) < n {
		di.spareWords = make([]string, wordChunk)
	}
	w := di.spareWords[:0:n]
	di.spareWords = di.spareWords[n:]
	return w
}

// groupMentions finds "the couple", "the two", "both".
func (lx *Lexicons) groupMentions(di *docInfo, inName []bool) []*ment {
	var out []*ment
	toks := di.doc.Tokens
	for i := 0; i < len(toks); i++ {
		if ti := di.token(lx, i); inName[i] || ti == nil || !ti.groupFirst {
			continue
		}
		for n := lx.groupMax; n >= 1; n-- {
			if i+n > len(toks) || toks[i+n-1].Sentence != toks[i].Sentence {
				continue
			}
			if n > 1 && !di.groupTailAt(lx, i+n-1) {
				continue
			}
			var buf [64]byte
			size, ok := lx.groups[string(joinWords(buf[:0], di.lower[i:i+n]))] // no copy for the lookup
			if !ok || !lx.groupEnds(di, i, i+n) {
				continue
			}
			out = append(out, di.newMent(ment{tok0: i, tok1: i + n, head: i + n - 1, sent: toks[i].Sentence, kind: hearsay.GroupMention,
				typ: hearsay.Person, gender: 'u', number: 'p', person: 3, groupSize: size, quoted: di.quoted[i],
				ent: -1, rule: "group"}))
			i += n - 1
			break
		}
		if len(out) > 0 && out[len(out)-1].tok0 == i {
			continue
		}
		if e, size, ok := lx.modifiedGroup(di, i); ok {
			out = append(out, di.newMent(ment{tok0: i, tok1: e, head: e - 1, sent: toks[i].Sentence, kind: hearsay.GroupMention,
				typ: hearsay.Person, gender: 'u', number: 'p', person: 3, groupSize: size, quoted: di.quoted[i],
				ent: -1, rule: "group"}))
			i = e - 1
		}
	}
	return out
}

// pronounAt is lx.pronouns of token i's lowercase: the pronoun it is and
// whether it is one, read from the per-token look-ups.
func (di *docInfo) pronounAt(lx *Lexicons, i int) (pronounInfo, bool) {
	if ti := di.token(lx, i); ti != nil && ti.isPronoun {
		return ti.pronoun, true
	}
	return pronounInfo{}, false
}

// pronounIn is pronounAt without whether token i is a pronoun: the zero
// pronounInfo when it is none.
func (di *docInfo) pronounIn(lx *Lexicons, i int) pronounInfo {
	p, _ := di.pronounAt(lx, i)
	return p
}

// orgCueAt is lx.orgCues of token i's lowercase, read from the per-token
// look-ups.
func (di *docInfo) orgCueAt(lx *Lexicons, i int) bool {
	ti := di.token(lx, i)
	return ti != nil && ti.has(bitOrgCue)
}

// orgWordAt is lx.orgWords of token i's lowercase, read from the per-token
// look-ups.
func (di *docInfo) orgWordAt(lx *Lexicons, i int) bool {
	ti := di.token(lx, i)
	return ti != nil && ti.has(bitOrgWord)
}

// groupTailAt reports whether token k may end a group phrase of several
// words: whether mayJoin(lx.groupTails, ...) holds of words ending with
// token k, read from the per-token look-ups.
func (di *docInfo) groupTailAt(lx *Lexicons, k int) bool {
	if ti := di.tokens[k]; ti != nil && ti.groupTail {
		return true
	}
	w := di.lower[k]
	return strings.IndexByte(w, ' ') >= 0 && lx.groupTails[w[strings.LastIndexByte(w, ' ')+1:]] // a token with a space: its last part
}

// modifiedGroup reads a group phrase "the H" of data/groups.tsv with one or
// two lowercase adjectives between ("the new parents", "the proud
// parents", "the happy pair"): the end of the phrase and its size.
func (lx *Lexicons) modifiedGroup(di *docInfo, i int) (int, int, bool) {
	toks := di.doc.Tokens
	if !di.hasPOS || di.lower[i] != "the" {
		return 0, 0, false
	}
	for j := i + 1; j < len(toks) && j <= i+3 && toks[j].Sentence == toks[i].Sentence; j++ {
		if j > i+1 && di.groupTailAt(lx, j) {
			var buf [64]byte
			if size, ok := lx.groups[string(append(append(buf[:0], "the "...), di.lower[j]...))]; ok { // no copy for the lookup
				if !lx.groupEnds(di, i, j+1) {
					return 0, 0, false
				}
				return j + 1, size, true
			}
		}
		x := toks[j].XPOS
		if toks[j].Text != di.lower[j] || !strings.HasPrefix(x, "JJ") && x != "VBN" && x != "RB" {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// misreadVerb reports whether the singular common noun at token e after
// the group phrase starting at s is a verb the tagger misread: "The two
// split in 2017", "The couple wed on Saturday". A singular noun cannot
// follow "two" (that would be "the two children"), nor stand alone after
// a group noun unless a noun follows it ("the couple photo album").
func misreadVerb(di *docInfo, s, e int) bool {
	toks := di.doc.Tokens
	if toks[e].XPOS != "NN" || di.lower[s] == "both" {
		return false
	}
	f := e + 1
	return f >= len(toks) || toks[f].Sentence != toks[e].Sentence || !strings.HasPrefix(toks[f].XPOS, "NN") && toks[f].XPOS != "POS"
}

// groupEnds reports whether a group phrase really ends at token e: "the two
// children" is not the group "the two", "both Portman and ..." not "both".
func (lx *Lexicons) groupEnds(di *docInfo, s, e int) bool {
	toks := di.doc.Tokens
	if e >= len(toks) || toks[e].Sentence != toks[s].Sentence {
		return true
	}
	next := di.lower[e]
	if di.lower[s] == "both" && e == s+1 {
		if next == "of" || next == "the" || next == "a" || next == "his" || next == "her" || next == "their" || isCap(toks[e].Text) {
			return false
		}
		if s > 0 && di.pronounIn(lx, s-1).number == 'p' {
			return false // "they both": a floating quantifier
		}
	}
	if di.hasPOS {
		return !strings.HasPrefix(toks[e].XPOS, "NN") || misreadVerb(di, s, e)
	}
	if _, ok := lx.nouns[next]; ok {
		return false
	}
	if _, ok := lx.nouns[singular(next)]; ok {
		return false
	}
	return true
}

// commonPluralSubject reports whether token a is a common noun in the
// plural (by its part-of-speech tag) that a verb in the plural follows
// in its sentence ("Appointments are made", "Donations have risen").
func commonPluralSubject(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if !di.hasPOS || toks[a].XPOS != "NNS" || a+1 >= len(toks) || toks[a+1].Sentence != toks[a].Sentence {
		return false
	}
	switch di.lower[a+1] {
	case "are", "were", "have":
		return true
	}
	return toks[a+1].XPOS == "VBP"
}

// endsLongerSpan reports whether word w ends a name of two words or more
// in the document ("Carrow Rovers ... Rovers are bottom of the league").
func endsLongerSpan(di *docInfo, w string) bool {
	for _, s := range di.spans {
		if s[1]-s[0] >= 2 && di.doc.Tokens[s[1]-1].Text == w {
			return true
		}
	}
	return false
}
