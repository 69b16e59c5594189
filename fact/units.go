package fact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	htext "github.com/hearsay-news/hearsay/text"
)

// A unit is one position of a sentence for pattern matching: a token, or a
// whole entity mention.
type unit struct {
	hearsay.Span
	word     string    // lowercased token text (mentions: their lowercased text)
	ment     int       // index into Document.Mentions, -1 for a plain token
	ents     []int     // the entity, or a group's members
	info     *wordInfo // what the stage's lists tell of word (see resources.word)
	etype    entCode   // the entity type of a mention
	mkind    kindCode  // the kind of a mention
	capital  bool      // starts with an upper-case letter
	boundary bool      // ends a clause for gaps and time search
}

// An entCode is an entity type as a small number, which keeps units small.
type entCode uint8

// The entity types as entCodes; entOther stands for any other.
const (
	entNone entCode = iota
	entPerson
	entOrg
	entPlace
	entWork
	entEvent
	entMisc
	entOther
)

// entCodeOf returns the entCode of entity type t.
func entCodeOf(t hearsay.EntityType) entCode {
	switch t {
	case "":
		return entNone
	case hearsay.Person:
		return entPerson
	case hearsay.Org:
		return entOrg
	case hearsay.Place:
		return entPlace
	case hearsay.Work:
		return entWork
	case hearsay.Event:
		return entEvent
	case hearsay.Misc:
		return entMisc
	}
	return entOther
}

// in reports whether c is the code of one of types.
func (c entCode) in(types []hearsay.EntityType) bool {
	for _, t := range types {
		if entCodeOf(t) == c {
			return true
		}
	}
	return false
}

// A kindCode is a mention kind as a small number, which keeps units small.
type kindCode uint8

// The mention kinds as kindCodes; kindUnknown stands for any other.
const (
	kindNone kindCode = iota
	kindName
	kindPronoun
	kindNominal
	kindGroup
	kindUnknown
)

// kindCodeOf returns the kindCode of mention kind k.
func kindCodeOf(k hearsay.MentionKind) kindCode {
	switch k {
	case "":
		return kindNone
	case hearsay.NameMention:
		return kindName
	case hearsay.PronounMention:
		return kindPronoun
	case hearsay.NominalMention:
		return kindNominal
	case hearsay.GroupMention:
		return kindGroup
	}
	return kindUnknown
}

// onePerson reports whether the unit is a mention of kind k of exactly one
// person.
func (x *unit) onePerson(k kindCode) bool {
	return x.ment >= 0 && x.mkind == k && len(x.ents) == 1 && x.etype == entPerson
}

// A sent is one sentence prepared for matching.
type sent struct {
	doc       *hearsay.Document
	idx       int
	units     []unit
	frames    []*frame   // the sentence's attributions
	contQuote bool       // the sentence continues a quotation opened before it
	wordList  []string   // the words of the sentence (tokens and pronouns) in sentence order, repeats kept
	m         *memoBuf   // the memo of slots and unit features while matching, nil when none
	buf       *memoBuf   // storage the memo may reuse (nil: its own)
	ar        *sentArena // the document's storage for sentences (nil: none)
	// cueMemo holds cuesAt by unit once cueDone; the cues at a unit stay
	// the same when a plain word is read as a pronoun of a person, the only
	// change units undergo.
	cueMemo [][]cue
	cueDone []bool
	// timexes are sentTimexes of the sentence once timexesSet (see tix).
	timexes    []int
	timexesSet bool
	// unitOf is one more than unitAt by offset from unitBase (0: none),
	// made at its first call.
	unitOf   []int32
	unitBase int
	// relClause is inRelativeClause of a span starting in each unit: 0
	// not yet known, 1 outside, 2 inside (what it reads stays the same
	// when a plain word is read as a pronoun).
	relClause []int8
	// tixClause holds the clause tests of the sentence's first time
	// expressions that read only the sentence (see timexClauses), by
	// position in tix; 0 while not yet made.
	tixClause [maxTixClauses]uint8
}

// boundaryWords end a clause: gaps do not cross them, and a fact's time is
// looked for inside its clause.
var boundaryWords = map[string]bool{
	".": true, ";": true, ":": true, "–": true, "—": true, "--": true, "?": true, "!": true,
	"but": true, "though": true, "although": true, "whereas": true, "because": true,
	"\"": true, "“": true, "”": true, "(": true, ")": true, "while": true,
}

// subjectPronouns may not be skipped by a gap: they start a new subject.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "you": true}

// namedEnds are where the first name of each entity a sentence names ends:
// a sentence names few, so a list serves better than a map.
type namedEnds []struct{ ent, end int }

// end returns where the first name of entity e ends, and whether the
// sentence names e.
func (n namedEnds) end(e int) (int, bool) {
	for _, x := range n {
		if x.ent == e {
			return x.end, true
		}
	}
	return 0, false
}

// keepFirst returns n with end as where e's name ends, unless n has e's
// name ending before it.
func (n namedEnds) keepFirst(e, end int) namedEnds {
	for i := range n {
		if n[i].ent == e {
			n[i].end = min(n[i].end, end)
			return n
		}
	}
	return append(n, struct{ ent, end int }{e, end})
}

// sentMentions returns the mentions of each sentence, chosen so that they do
// not overlap: names and pronouns win over nominals and groups that overlap
// them, and longer mentions over shorter ones of the same kind. byS is
// mentionsBySentence(doc), which it leaves as it is.
func sentMentions(doc *hearsay.Document, byS [][]int) [][]int {
	out := make([][]int, len(doc.Sentences))
	var order []int                          // the mentions of one sentence, as they are weighed
	rankOf := make([]int, len(doc.Mentions)) // rank of each mention's kind, looked up once
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		rankOf[i] = kindRank(m.Kind)
	}
	var named namedEnds // entities named in the sentence: where the first name ends
	// keptAll stores the kept mentions of every sentence, one after another
	keptAll := make([]int, 0, len(doc.Mentions))
	for s, here := range byS {
		ms := append(order[:0], here...)
		order = ms
		slices.SortStableFunc(ms, func(a, b int) int {
			if ra, rb := rankOf[a], rankOf[b]; ra != rb {
				return ra - rb
			}
			return doc.Mentions[b].Len() - doc.Mentions[a].Len()
		})
		named = named[:0]
		for _, i := range ms {
			if m := &doc.Mentions[i]; m.Kind == hearsay.NameMention && m.Entity >= 0 {
				named = named.keepFirst(m.Entity, m.End)
			}
		}
		kept := keptAll[len(keptAll):]
		// wordsOnly reports whether the description or group i stays words
		wordsOnly := func(i int) bool {
			m := &doc.Mentions[i]
			if m.Kind == hearsay.NominalMention && nameFollows(doc, m, ms) {
				return true // "his high school sweetheart, Maya Lin": the name says who
			}
			if (m.Kind == hearsay.GroupMention || m.Kind == hearsay.NominalMention) && kinPredicate(doc, m) {
				return true // "X and Y are the parents of Z": the subject says who, the words stay words
			}
			if m.Kind == hearsay.NominalMention && m.Entity >= 0 {
				if e, ok := named.end(m.Entity); ok && (m.End <= e && !openingSubject(doc, doc.Sentences[s], m, e, ms) || m.End > e && !bridgingAppositive(doc, m) && !complementSubject(doc, m)) {
					// "a daughter, Ada", "named X as its new editor": the name
					// stands for the person, the words stay words
					return true
				}
			}
			return false
		}
		for _, i := range ms {
			if modifierName(doc, i, ms, wordsOnly) {
				continue // the "Paper Moons" singer: the name of a thing only describes the person
			}
			if wordsOnly(i) || ownerOfUnnamedParent(doc, i, ms) || ownerOfNewborn(doc, i, ms) || ownerOfSurvivor(doc, i, ms) {
				continue
			}
			ok := true
			for _, k := range kept {
				if doc.Mentions[k].Overlaps(doc.Mentions[i].Span) {
					ok = false
					break
				}
			}
			if ok {
				kept = append(kept, i)
			}
		}
		// kept mentions do not overlap, so no two start together
		slices.SortFunc(kept, func(a, b int) int { return doc.Mentions[a].Start - doc.Mentions[b].Start })
		if len(kept) > 0 {
			out[s] = kept[:len(kept):len(kept)]
		}
		keptAll = keptAll[:len(keptAll)+len(kept)]
	}
	return out
}

// ownerOfUnnamedParent reports whether mention i is the possessive
// pronoun that opens a description of an unnamed parent or spouse among ms
// that a word of class deathwords follows ("when his father died in 2014",
// "her husband died in 2011"), or a spouse that a verb of strayverbs
// follows or an affair's noun after its "'s" ("her husband had an affair
// with Y", "her husband's affair with Y"): the relative, not the
// possessor, is the one who died or strayed, so the description stands
// for it.
func ownerOfUnnamedParent(doc *hearsay.Document, i int, ms []int) bool {
	n := unnamedOpenedBy(doc, i, ms, "unnamed-parent")
	if n == nil {
		n = unnamedOpenedBy(doc, i, ms, "unnamed-spouse") // "her husband died in 2011"
	}
	if n == nil {
		return false
	}
	w := wordAfter(doc.Text, pastAppositive(doc.Text, n.End))
	return deathWords[w] || n.Rule == "unnamed-spouse" && (strayVerbs[w] || strayNouns[possessedWord(doc.Text, n.End)])
}

// strayNouns are the nouns of an affair after an unnamed spouse's "'s"
// ("her husband's affair with Y").
var strayNouns = wordSet("straynouns")

// possessedWord returns the word after a possessive "'s" (straight or
// curly) at offset at, lowercased, or "" when none stands there.
func possessedWord(text string, at int) string {
	rest := text[at:]
	for _, p := range []string{"'s ", "’s "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			return wordAfter(r, 0)
		}
	}
	return ""
}

// strayVerbs are the verbs of an affair or a break-up that an unnamed
// spouse is the subject of right after its description ("her husband had
// an affair with Y").
var strayVerbs = wordSet("strayverbs")

// maxAppositive is the most bytes of a description set off by commas that
// pastAppositive passes over.
const maxAppositive = 60

// pastAppositive returns the offset after a short description set off by
// commas that opens with an article at offset at (", a retired paramedic,"),
// or at when none does.
func pastAppositive(text string, at int) int {
	rest := text[at:]
	if !strings.HasPrefix(rest, ", a ") && !strings.HasPrefix(rest, ", an ") {
		return at
	}
	end := strings.IndexAny(rest[2:], ",.;\n\"")
	if end < 0 || end > maxAppositive || rest[2+end] != ',' {
		return at
	}
	return at + 2 + end + 1
}

// unnamedOpenedBy returns the description of an unnamed person among ms,
// made by the mention-stage rule, that pronoun mention i opens ("his
// father", "their second child"), or nil.
func unnamedOpenedBy(doc *hearsay.Document, i int, ms []int, rule string) *hearsay.Mention {
	m := &doc.Mentions[i]
	if m.Kind != hearsay.PronounMention {
		return nil
	}
	for _, k := range ms {
		n := &doc.Mentions[k]
		if n.Kind == hearsay.NominalMention && n.Start == m.Start && n.End > m.End && n.Rule == rule && n.Entity >= 0 && doc.Entities[n.Entity].Unnamed {
			return n
		}
	}
	return nil
}

// newbornVerbs tell the birth of the child a possessive after them opens
// the description of (classes.tsv newbornverbs).
var newbornVerbs = wordPhrases("newbornverbs")

// ownerOfNewborn reports whether mention i is the possessive pronoun that
// opens a description of an unnamed child among ms, right after words of
// newbornVerbs ("the couple had their first child in April", "welcomed
// their second child on Friday"): the description stands for the child
// whose birth a pattern reads; its possessor stays known to the mention.
func ownerOfNewborn(doc *hearsay.Document, i int, ms []int) bool {
	return unnamedOpenedBy(doc, i, ms, "unnamed-child") != nil && phraseBefore(doc, doc.Mentions[i].Start, newbornVerbs)
}

// survivorWords open the list of those a death leaves, right before a
// possessive that opens a description of a spouse with no name
// (classes.tsv survivorwords).
var survivorWords = wordPhrases("survivorwords")

// ownerOfSurvivor reports whether mention i is the possessive pronoun that
// opens a description of an unnamed spouse among ms, right after words of
// survivorWords ("is survived by her husband and two sons"): the spouse,
// not the possessor, stands first in the list of survivors that a pattern
// reads; its possessor stays known to the mention.
func ownerOfSurvivor(doc *hearsay.Document, i int, ms []int) bool {
	return unnamedOpenedBy(doc, i, ms, "unnamed-spouse") != nil && phraseBefore(doc, doc.Mentions[i].Start, survivorWords)
}

// phraseBefore reports whether one of phrases (lowercase words) ends
// right before byte offset at, in the sentence of the token at it.
func phraseBefore(doc *hearsay.Document, at int, phrases [][]string) bool {
	t, ok := slices.BinarySearchFunc(doc.Tokens, at, func(tok hearsay.Token, at int) int { return tok.Start - at })
	if !ok {
		return false
	}
	for _, ph := range phrases {
		if t < len(ph) {
			continue
		}
		same := true
		for j, w := range ph {
			tok := &doc.Tokens[t-len(ph)+j]
			if tok.Sentence != doc.Tokens[t].Sentence || !strings.EqualFold(tok.Text, w) {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// wordAfter returns the lowercased word that follows byte offset at in
// text, past spaces ("died" after "his father").
func wordAfter(text string, at int) string {
	for at < len(text) && text[at] == ' ' {
		at++
	}
	e := at
	for e < len(text) && (text[e] >= 'a' && text[e] <= 'z' || text[e] >= 'A' && text[e] <= 'Z') {
		e++
	}
	return strings.ToLower(text[at:e])
}

// kindRank orders the kinds of mention for sentMentions: names, then
// pronouns, groups and nominals (0 for any other kind, as for names).
func kindRank(k hearsay.MentionKind) int {
	switch k {
	case hearsay.PronounMention:
		return 1
	case hearsay.GroupMention:
		return 2
	case hearsay.NominalMention:
		return 3
	}
	return 0
}

// modifierName reports whether mention i is the name of a thing (a work, an
// organisation, a place) standing inside a resolved description of a person
// that begins before it and ends after it ("the "Paper Moons" singer", "the
// Grammy-winning Lakers star"): the description is the mention. A
// description that stays words (wordsOnly: "X, the Orbis Bank treasurer,"
// where the name says who) leaves the name inside it a name.
func modifierName(doc *hearsay.Document, i int, ms []int, wordsOnly func(int) bool) bool {
	m := &doc.Mentions[i]
	if m.Kind != hearsay.NameMention || m.Type == hearsay.Person {
		return false
	}
	for _, k := range ms {
		n := &doc.Mentions[k]
		if n.Kind == hearsay.NominalMention && n.Entity >= 0 && n.Type == hearsay.Person && n.Start < m.Start && m.End < n.End && !wordsOnly(k) {
			return true
		}
	}
	return false
}

// mentionsHere returns the indexes of the mentions of the sentence, in the
// order of doc.Mentions, indexed once per document when the sentence has
// an arena; the caller must not change the slice.
func (s *sent) mentionsHere() []int {
	return s.mentionsOf(s.idx)
}

// mentionsOf returns the indexes of the mentions of sentence si of the
// document, as mentionsHere does for the sentence itself; the caller must
// not change the slice.
func (s *sent) mentionsOf(si int) []int {
	if s.ar != nil && si >= 0 && si < len(s.doc.Sentences) {
		return s.ar.mentionsBySentence(s.doc)[si]
	}
	var out []int
	for i := range s.doc.Mentions {
		if s.doc.Mentions[i].Sentence == si {
			out = append(out, i)
		}
	}
	return out
}

// mentionsBySentence returns mentionsBySentence(doc), made once for the
// document of the arena; the caller must not change it.
func (ar *sentArena) mentionsBySentence(doc *hearsay.Document) [][]int {
	if ar.ments == nil {
		ar.ments = mentionsBySentence(doc)
	}
	return ar.ments
}

// mentionsBySentence returns the indexes of the mentions of each sentence,
// in the order of doc.Mentions, as slices of one array.
func mentionsBySentence(doc *hearsay.Document) [][]int {
	byS := make([][]int, len(doc.Sentences))
	n := make([]int, len(doc.Sentences))
	total := 0
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence >= 0 && m.Sentence < len(doc.Sentences) {
			n[m.Sentence]++
			total++
		}
	}
	all := make([]int, total)
	for s, k := range n {
		byS[s], all = all[:0:k], all[k:]
	}
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Sentence >= 0 && m.Sentence < len(doc.Sentences) {
			byS[m.Sentence] = append(byS[m.Sentence], i)
		}
	}
	return byS
}

// complementSubject reports whether a definite description opens a
// complement clause ("reports that the actress and her husband have
// split"): it is the clause's subject, the person the name before stands for.
func complementSubject(doc *hearsay.Document, m *hearsay.Mention) bool {
	if !strings.HasPrefix(strings.ToLower(m.Text), "the ") {
		return false
	}
	before := strings.Fields(strings.ToLower(doc.Text[max(0, m.Start-12):m.Start]))
	return len(before) > 0 && before[len(before)-1] == "that"
}

// nameFollows reports whether a person's name follows the mention m after a
// comma (an appositive naming who the description is): right after the
// comma or after a title ("its associate priest, the Rev. Tom Dale"). An
// "of" phrase that completes the description may stand before the comma
// ("the new chief executive of the council, Ana Lind").
func nameFollows(doc *hearsay.Document, m *hearsay.Mention, ms []int) bool {
	end := m.End + ofPhraseLen(doc.Text[m.End:min(len(doc.Text), m.End+maxOfPhrase)])
	rest := strings.TrimLeft(doc.Text[end:min(len(doc.Text), end+4)], " ")
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	after := end + strings.IndexByte(doc.Text[end:], ',') + 1
	for _, i := range ms {
		n := &doc.Mentions[i]
		if n.Kind == hearsay.NameMention && n.Type == hearsay.Person && n.Start >= after && n.Start <= after+maxTitleGap && titleGap(doc.Text[after:n.Start]) {
			return true
		}
	}
	return false
}

// maxOfPhrase bounds the bytes of an "of" phrase ofPhraseLen reads, and
// maxTitleGap those of the titles titleGap reads.
const (
	maxOfPhrase = 48
	maxTitleGap = 16
)

// ofPhraseLen returns the length of the "of" phrase that opens s up to a
// comma ("of the council" in " of the council, Ana Lind"): at most five
// words with no other punctuation; 0 when s opens with none.
func ofPhraseLen(s string) int {
	if !strings.HasPrefix(s, " of ") {
		return 0
	}
	comma := strings.IndexByte(s, ',')
	if comma < 0 || strings.ContainsAny(s[:comma], ".;:()\"\u201c\u201d\u2014\u2013") || wordCount(s[:comma]) > 5 {
		return 0
	}
	return len(strings.TrimRight(s[:comma], " "))
}

// wordCount returns the number of words of s, as len(strings.Fields(s))
// counts them for ASCII spaces, without making the list.
func wordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// titleGap reports whether gap, the text between an appositive's comma
// and a name, is blank or holds at most two capitalised titles, "the"
// before them allowed ("the Rev.", "Cllr"; "the" alone before a name
// that opens with its title).
func titleGap(gap string) bool {
	if g, ok := strings.CutPrefix(strings.TrimLeft(gap, " "), "the "); ok {
		return titlesOnly(g)
	}
	return titlesOnly(gap)
}

// openingSubject reports whether a definite description opens sentence
// sent as its subject and the person's name, ending at nameEnd, comes only
// later in the sentence, not right after it: in "The 52-year-old, who ...,
// began a relationship with Y during filming of Marlowe's Kitchen" the
// description is the subject of "began". ms are the sentence's mentions.
func openingSubject(doc *hearsay.Document, sent hearsay.Sentence, m *hearsay.Mention, nameEnd int, ms []int) bool {
	if strings.TrimSpace(doc.Text[sent.Start:m.Start]) != "" || !strings.HasPrefix(strings.ToLower(m.Text), "the ") {
		return false
	}
	return !nameAdjacent(doc, m, nameEnd, ms)
}

// nameAdjacent reports whether the name ending at nameEnd stands right
// after description m, set off by at most a comma ("The actress, Ada Berg,"
// or "the singer Ada Berg"): the name then says who. ms are the sentence's
// mentions.
func nameAdjacent(doc *hearsay.Document, m *hearsay.Mention, nameEnd int, ms []int) bool {
	for _, i := range ms {
		n := &doc.Mentions[i]
		if n.End == nameEnd && n.Kind == hearsay.NameMention {
			gap := strings.TrimSpace(doc.Text[m.End:n.Start])
			return gap == "" || gap == ","
		}
	}
	return true
}

// bridgingAppositive reports whether a description after a person's name
// stays one unit: an appositive ("Holm, the founder of X, has moved") that
// patterns read across, unless it names a kinship ("the only daughter of X"),
// which patterns read.
func bridgingAppositive(doc *hearsay.Document, m *hearsay.Mention) bool {
	if !strings.HasSuffix(strings.TrimRight(doc.Text[:m.Start], " "), ",") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(m.Text)) {
		if kinLex.rel[w] || kinLex.kin[w] {
			return false
		}
	}
	return true
}

// kinPredicate reports whether a description headed by a kinship word
// follows a copula ("are the parents of", "was the only daughter of"): it
// tells who the subject is to someone else.
func kinPredicate(doc *hearsay.Document, m *hearsay.Mention) bool {
	last, n := lastField(m.Text)
	if n < 2 {
		return false
	}
	if last = strings.ToLower(last); !kinLex.rel[last] && !kinLex.kin[last] {
		return false
	}
	before, n := lastField(doc.Text[max(0, m.Start-12):m.Start])
	return n > 0 && copulas[strings.ToLower(before)]
}

// lastField returns the last of strings.Fields(s) and how many fields s
// has, counted up to two, without making the list. Lowercasing s makes no
// space and takes none away, so the last field of strings.ToLower(s) is
// that of s lowercased.
func lastField(s string) (string, int) {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if end == 0 {
		return "", 0
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	if strings.TrimLeftFunc(s[:start], unicode.IsSpace) == "" {
		return s[start:end], 1
	}
	return s[start:end], 2
}

// lowerPlural returns strings.ToLower(w) + "s", made at once for ASCII w.
func lowerPlural(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ToLower(w) + "s"
		}
	}
	var b strings.Builder
	b.Grow(len(w) + 1)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	b.WriteByte('s')
	return b.String()
}

// copulas link a subject to a description of it.
var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "'re": true, "’re": true, "became": true, "become": true, "remain": true, "remained": true}

// pluralPronouns refer to a group; when the mention stage left one
// unresolved, it is read as the group named last.
var pluralPronouns = map[string]bool{"they": true, "them": true, "their": true}

// unresolvedGroup reports whether a mention's text names a group ("the
// couple", "they").
func unresolvedGroup(text string) bool {
	if pluralPronouns[text] {
		return true
	}
	det, noun, ok := strings.Cut(text, " ")
	return ok && det == "the" && groupNouns[noun]
}

// coupleNoun reports whether a mention's text names a couple ("the couple",
// "the pair", "the newlyweds").
func coupleNoun(text string) bool {
	det, noun, ok := strings.Cut(text, " ")
	return ok && det == "the" && (noun == "couple" || noun == "pair" || noun == "newlyweds")
}

// childAge is the age under which a person is taken for a child, never one
// of a couple.
const childAge = 16

// hasChild reports whether one of the entities is a person with a stated
// age under childAge.
func hasChild(doc *hearsay.Document, ents []int) bool {
	for _, e := range ents {
		if e >= 0 && e < len(doc.Entities) && doc.Entities[e].Age != nil && doc.Entities[e].Age.Years < childAge {
			return true
		}
	}
	return false
}

// familyVerbs after "the family" make it the subject of its clause ("The
// family lives in Westchester"), the couple named last with their
// children, not a modifier ("the family home").
var familyVerbs = wordSet("familyverbs")

// familyVerbAt reports whether token t (before end) is one of familyVerbs.
func familyVerbAt(doc *hearsay.Document, t, end int) bool {
	return t < end && t < len(doc.Tokens) && familyVerbs[strings.ToLower(doc.Tokens[t].Text)]
}

// coupleAdjectives may stand between "the" and "couple" ("the former
// couple", "the happy couple").
var coupleAdjectives = wordSet("coupleadjectives")

// groupNouns after "the" name a couple ("the couple", "the pair").
var groupNouns = wordSet("groupnouns")

// buildSent turns sentence si into units. group is the last group of
// people named before the sentence (nil for none), used for "they" that no
// mention covers.
func buildSent(r *resources, doc *hearsay.Document, si int, ments []int, group []int, families map[string][]int, ar *sentArena) *sent {
	st := doc.Sentences[si]
	s := ar.slab().newSent()
	s.doc, s.idx, s.ar = doc, si, ar
	s.units, s.wordList = ar.take(st.EndToken - st.FirstToken)
	mi := 0
	famOf, fam := -1, []int(nil)
	for t := st.FirstToken; t < st.EndToken && t < len(doc.Tokens); t++ {
		tok := &doc.Tokens[t]
		for mi < len(ments) && doc.Mentions[ments[mi]].End <= tok.Start {
			mi++
		}
		if mi < len(ments) {
			m := &doc.Mentions[ments[mi]]
			if m.Kind == hearsay.NameMention && m.Start <= tok.Start && tok.Start < m.End {
				if famOf != ments[mi] { // the family a name stands for, looked up once per mention
					famOf, fam = ments[mi], familyOf(families, m.Text, m.Span, ar)
				}
				if len(fam) >= 2 {
					// "the Harlans": the family members named in the article
					if n := len(s.units); n == 0 || s.units[n-1].Span != m.Span {
						w := ar.lowerSpan(m.Span, m.Text)
						s.units = append(s.units, unit{Span: m.Span, word: w, ment: -2, ents: fam, etype: entPerson, mkind: kindGroup, capital: true, info: r.word(w)})
					}
					continue
				}
			}
			if m.Start <= tok.Start && tok.End <= m.End+0 && tok.Start < m.End {
				if n := len(s.units); n == 0 || s.units[n-1].ment != ments[mi] {
					mu := mentionUnit(doc, ments[mi], ar)
					if len(mu.ents) == 0 && len(group) >= 2 && unresolvedGroup(mu.word) {
						// "the couple" or "they" that the mention stage left unresolved
						mu.ents, mu.etype = group, entPerson
					}
					if len(mu.ents) >= 2 && coupleNoun(mu.word) && hasChild(doc, mu.ents) && len(group) >= 2 && !hasChild(doc, group) {
						// "the couple" taken for a parent and a young child: the couple named before
						mu.ents = group
					}
					mu.info = r.word(mu.word)
					s.units = append(s.units, mu)
				}
				s.addWord(ar.lowerWord(tok.Span, tok.Text))
				continue
			}
		}
		w := ar.lowerWord(tok.Span, tok.Text)
		if n := len(s.units); n > 0 && s.units[n-1].ment >= 0 && s.units[n-1].etype == entPerson && classYear(tok.Text) {
			s.addWord(w)
			continue // "Ada Holt '03 and Tom Dale were married": the class year of a graduate is no word between names
		}
		wi := r.word(w)
		r0, _ := utf8.DecodeRuneInString(tok.Text)
		s.addWord(w)
		upper := unicode.IsUpper(r0)
		if fam := familyOfWord(families, w, upper); len(fam) >= 2 {
			// "the Okonkwos" that no mention covers
			s.units = append(s.units, unit{Span: tok.Span, word: w, ment: -2, ents: fam, etype: entPerson, mkind: kindGroup, capital: true, info: wi})
			continue
		}
		if n := len(s.units); len(group) >= 2 && n > 0 && s.units[n-1].word == "the" && s.units[n-1].ment == -1 && (wi.cls&clsGroupNoun != 0 || w == "family" && familyVerbAt(doc, t+1, st.EndToken)) &&
			!(t+1 < st.EndToken && genderClash(doc, group, doc.Tokens[t+1].Text)) {
			// "the couple" that no mention covers: the group named last
			s.units[n-1] = unit{Span: hearsay.Span{Start: s.units[n-1].Start, End: tok.End}, word: "the " + w, ment: -2, ents: group,
				etype: entPerson, mkind: kindGroup, capital: s.units[n-1].capital}
			s.units[n-1].info = r.word(s.units[n-1].word)
			continue
		}
		if n := len(s.units); len(group) >= 2 && n > 1 && s.units[n-2].word == "the" && s.units[n-2].ment == -1 && s.units[n-1].ment == -1 &&
			(s.units[n-1].is(clsCoupleAdjective) || s.units[n-1].capital && r.nations[s.units[n-1].word] != "") && (w == "couple" || w == "pair" || w == "duo") {
			// "the former couple", "the happy couple", "the British couple": the group named last
			s.units[n-2] = unit{Span: hearsay.Span{Start: s.units[n-2].Start, End: tok.End}, word: "the " + w, ment: -2, ents: group,
				etype: entPerson, mkind: kindGroup, capital: s.units[n-2].capital}
			s.units[n-2].info = r.word(s.units[n-2].word)
			s.units = s.units[:n-1]
			continue
		}
		if len(group) >= 2 && wi.cls&clsPluralPronoun != 0 {
			s.units = append(s.units, unit{Span: tok.Span, word: w, ment: -2, ents: group, etype: entPerson, mkind: kindPronoun, capital: upper, info: wi})
			continue
		}
		s.units = append(s.units, unit{Span: tok.Span, word: w, ment: -1, capital: upper, boundary: wi.cls&clsBoundary != 0, info: wi})
	}
	s.listEntry(r)
	return s
}

// listBullets open the entries of a list ("• Jane Doe: promoted to ...").
var listBullets = wordSet("listbullets")

// entryVerbs are the verbs that tell a move right after the name opening a
// list entry (data/classes.tsv).
var entryVerbs = wordSet("entryverbs")

// listEntry reads the dash or colon after the name that opens an entry of
// a list of people moves as the comma of an apposition ("Jane Doe —
// appointed chief financial officer, Acme Corp" as "Jane Doe, appointed
// ..."), so the move reads as the named person's; only a person's name
// right at the entry's start, after any bullet, and a verb of a move right
// after the mark count.
func (s *sent) listEntry(r *resources) {
	i := 0
	for i < len(s.units) && s.units[i].ment == -1 && listBullets[s.units[i].word] {
		i++
	}
	if i+2 >= len(s.units) || s.units[i].ment < 0 || s.units[i].etype != entPerson {
		return
	}
	sep, next := &s.units[i+1], &s.units[i+2]
	if sep.ment != -1 || !listSeparator(sep.word) || next.ment != -1 || next.capital || !entryVerbs[next.word] {
		return
	}
	sep.word, sep.boundary, sep.info = ",", false, r.word(",")
}

// listSeparator reports whether w sets a list entry's name off from what
// is told of it: a colon or a dash.
func listSeparator(w string) bool {
	switch w {
	case ":", "—", "–", "-", "--":
		return true
	}
	return false
}

// maleNouns and femaleNouns are plural nouns of people of one sex, which
// "the two" puts before them ("the two men").
var (
	maleNouns   = map[string]bool{"men": true, "boys": true, "brothers": true, "sons": true, "fathers": true, "husbands": true, "gentlemen": true}
	femaleNouns = map[string]bool{"women": true, "girls": true, "sisters": true, "daughters": true, "mothers": true, "wives": true, "ladies": true}
)

// genderClash reports whether the plural noun w after "the two" names
// people of one sex and a member of group is known to be of the other,
// from the pronouns that refer to them or the noun that describes them:
// "the two men" after "X was at home with his wife" are others.
func genderClash(doc *hearsay.Document, group []int, w string) bool {
	w = strings.ToLower(w)
	want := byte(0)
	switch {
	case maleNouns[w]:
		want = 'm'
	case femaleNouns[w]:
		want = 'f'
	default:
		return false
	}
	for _, e := range group {
		if g := entityGender(doc, e); g != 0 && g != want {
			return true
		}
	}
	return false
}

// entityGender returns 'm' or 'f' when the third-person pronouns that
// refer to entity e, or the kin noun of an unnamed person's description,
// tell its sex, and 0 when they do not or disagree.
func entityGender(doc *hearsay.Document, e int) byte {
	if e < 0 || e >= len(doc.Entities) {
		return 0
	}
	var g byte
	note := func(x byte) bool {
		if g != 0 && g != x {
			g = 0
			return false
		}
		g = x
		return true
	}
	if doc.Entities[e].Unnamed {
		for _, w := range strings.Fields(strings.ToLower(doc.Entities[e].Name)) {
			w = strings.Trim(w, "<>:,")
			switch w {
			case "wife", "mother", "daughter", "sister", "girlfriend", "widow", "woman", "girl", "grandmother", "aunt", "niece":
				return 'f'
			case "husband", "father", "son", "brother", "boyfriend", "widower", "man", "boy", "grandfather", "uncle", "nephew":
				return 'm'
			}
		}
	}
	for _, m := range doc.Entities[e].Mentions {
		if m < 0 || m >= len(doc.Mentions) || doc.Mentions[m].Kind != hearsay.PronounMention {
			continue
		}
		switch strings.ToLower(doc.Mentions[m].Text) {
		case "he", "him", "his", "himself":
			if !note('m') {
				return 0
			}
		case "she", "her", "hers", "herself":
			if !note('f') {
				return 0
			}
		}
	}
	return g
}

// classYear reports whether w is the year of a school class, an
// apostrophe (straight or curly) and two digits ("'03", "’56"), which
// alumni notes write after a graduate's name.
func classYear(w string) bool {
	if d, ok := strings.CutPrefix(w, "\u2019"); ok {
		w = d
	} else if d, ok := strings.CutPrefix(w, "'"); ok {
		w = d
	} else {
		return false
	}
	return len(w) == 2 && w[0] >= '0' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9'
}

// takeOpts returns an empty list of options with room for n, taken from
// the memo's storage while the memo is in use: such a list lives as long
// as the memo's generation, as the options the memo keeps do.
func (s *sent) takeOpts(n int) []option {
	m := s.m
	if m == nil {
		return make([]option, 0, n)
	}
	if len(m.opts)+n > cap(m.opts) {
		m.opts = make([]option, 0, max(2*cap(m.opts), 64, n))
	}
	k := len(m.opts)
	m.opts = m.opts[:k+n]
	return m.opts[k : k : k+n]
}

// opt returns a list of the one option o (see takeOpts).
func (s *sent) opt(o option) []option {
	return append(s.takeOpts(1), o)
}

// slab returns the document's slab for facts (nil without an arena).
func (s *sent) slab() *slab {
	return s.ar.slab()
}

// slab returns the document's slab (nil for a nil arena).
func (ar *sentArena) slab() *slab {
	if ar == nil {
		return nil
	}
	return &ar.facts
}

// addWord records a word of the sentence (see sent.wordList).
func (s *sent) addWord(w string) {
	s.wordList = append(s.wordList, w)
}

// has reports whether w is a word of the sentence (a token or a pronoun).
// A scan of the short word list costs less than making a set of it: a
// sentence is asked about few words.
func (s *sent) has(w string) bool {
	return slices.Contains(s.wordList, w)
}

// A sentArena hands out the units and words of a document's sentences
// from storage allocated once per document.
type sentArena struct {
	units []unit
	words []string
	mw    [][]string // by mention: unitWords of its unit, nil when not yet made
	cues  [][]cue    // storage for the sentences' cueMemo
	done  []bool     // storage for the sentences' cueDone
	rel   []int8     // storage for the sentences' relClause
	tix   [][]int    // by sentence: its time expressions (see sentTimexes), nil until first used
	ments [][]int    // by sentence: its mentions in index order (see sent.mentionsHere), nil until first used
	names [][]string // by entity: its name's lowercased words (see nameWords), once namesSet
	// nameWordBuf is the storage of the names' words; namesSet whether
	// names is made for the document.
	nameWordBuf []string
	namesSet    bool
	// lower is the document's text with ASCII letters lowercased (see
	// lowerSpan); text is the text it was made from.
	lower, text string
	wide        []uint64 // the blocks of text that hold other than ASCII (see wideBlocks)
	// date is the document's date formatted as a day (see docDate), once
	// dateSet.
	date    string
	dateSet bool
	// facts is where the document's facts take their raws, bindings,
	// evidence and arguments from; a new one for each document but for
	// the blocks of what only the stage reads (see slab.reused).
	facts slab
	// marks is the storage of the document's cueMarks.
	marks cueMarks
	// mentLit is literalStarts of the units of mentions by their words,
	// made on first use (see literalStartsAt).
	mentLit map[string]uint8
}

// takeRel returns zeroed storage for the relClause of a sentence of n
// units.
func (ar *sentArena) takeRel(n int) []int8 {
	if ar == nil || len(ar.rel)+n > cap(ar.rel) {
		return make([]int8, n)
	}
	k := len(ar.rel)
	ar.rel = ar.rel[:k+n]
	return ar.rel[k : k+n : k+n]
}

// takeCues returns zeroed storage for the cue memo of a sentence of n units.
func (ar *sentArena) takeCues(n int) ([][]cue, []bool) {
	if ar == nil || len(ar.cues)+n > cap(ar.cues) {
		return make([][]cue, n), make([]bool, n)
	}
	k := len(ar.cues)
	ar.cues, ar.done = ar.cues[:k+n], ar.done[:k+n]
	return ar.cues[k : k+n : k+n], ar.done[k : k+n : k+n]
}

// mentionWords returns unitWords(x) for the unit of a mention, made once
// per mention (a mention's unit always has the same text).
func (ar *sentArena) mentionWords(x unit) []string {
	if x.ment >= len(ar.mw) {
		return unitWords(x)
	}
	if ar.mw[x.ment] == nil {
		ar.mw[x.ment] = unitWords(x)
	}
	return ar.mw[x.ment]
}

// docDate returns the document's date as a day ("2006-01-02"), formatted
// once per document when the sentence has an arena.
func (s *sent) docDate() string {
	if s.ar == nil {
		return s.doc.DateString()
	}
	if !s.ar.dateSet {
		s.ar.date, s.ar.dateSet = s.doc.DateString(), true
	}
	return s.ar.date
}

// newSentArena makes room for the sentences of doc (every token at most
// one unit and one word).
func newSentArena(doc *hearsay.Document) *sentArena {
	return &sentArena{units: make([]unit, 0, len(doc.Tokens)), words: make([]string, 0, len(doc.Tokens)), mw: make([][]string, len(doc.Mentions)),
		cues: make([][]cue, 0, len(doc.Tokens)), done: make([]bool, 0, len(doc.Tokens)), rel: make([]int8, 0, len(doc.Tokens)), lower: htext.LowerASCII(doc.Text), text: doc.Text,
		names: make([][]string, len(doc.Entities)), wide: wideBlocks(doc.Text)}
}

// wideBlocks returns the set of the 64-byte blocks of text that hold a byte
// of a multi-byte character (see lowerSpan), nil when text is all ASCII.
func wideBlocks(text string) []uint64 {
	var out []uint64
	for at := 0; at < len(text); at += 64 {
		block := text[at:min(at+64, len(text))]
		var or byte
		for len(block) >= 8 { // eight bytes a step
			or |= block[0] | block[1] | block[2] | block[3] | block[4] | block[5] | block[6] | block[7]
			block = block[8:]
		}
		for i := 0; i < len(block); i++ {
			or |= block[i]
		}
		if or < utf8.RuneSelf {
			continue
		}
		if out == nil {
			out = make([]uint64, (len(text)/64)/64+1)
		}
		b := at / 64
		out[b/64] |= 1 << (b % 64)
	}
	return out
}

// wideSpan reports whether span sp of the arena's text may hold a byte of
// a multi-byte character: it lies in a block wideBlocks marks.
func (ar *sentArena) wideSpan(sp hearsay.Span) bool {
	if ar.wide == nil || sp.End <= sp.Start {
		return false
	}
	for b := sp.Start / 64; b <= (sp.End-1)/64; b++ {
		if ar.wide[b/64]&(1<<(b%64)) != 0 {
			return true
		}
	}
	return false
}

// nameWords returns the words of the name of entity e of doc, lowercased:
// made once per entity of the document, however many mentions it has.
// What it returns is shared and must not be changed.
func (ar *sentArena) nameWords(doc *hearsay.Document, e int) []string {
	if ar == nil || e >= len(ar.names) {
		return strings.Fields(strings.ToLower(doc.Entities[e].Name))
	}
	if !ar.namesSet {
		ar.splitNames(doc)
	}
	if ar.names[e] == nil { // not a person's name: made when asked
		return strings.Fields(strings.ToLower(doc.Entities[e].Name))
	}
	return ar.names[e]
}

// splitNames makes nameWords of every person of doc at once, whose names
// are the ones asked for: their names lowercased as one string, and their
// words as parts of one list.
func (ar *sentArena) splitNames(doc *hearsay.Document) {
	size := 0
	for i := range doc.Entities {
		if doc.Entities[i].Type == hearsay.Person {
			size += len(doc.Entities[i].Name) + 1
		}
	}
	var b strings.Builder
	b.Grow(size)
	for i := range doc.Entities {
		if doc.Entities[i].Type == hearsay.Person {
			b.WriteString(doc.Entities[i].Name)
			b.WriteByte('\n')
		}
	}
	all := strings.ToLower(b.String()) // lowercasing is rune by rune: the names' lowercased, one after another
	words := ar.nameWordBuf[:0]
	for i := range doc.Entities {
		if doc.Entities[i].Type != hearsay.Person {
			continue
		}
		name, rest, _ := strings.Cut(all, "\n")
		all = rest
		k := len(words)
		for w := range strings.FieldsSeq(name) {
			words = append(words, w)
		}
		if len(words) > k {
			ar.names[i] = words[k:len(words):len(words)]
		} else {
			ar.names[i] = []string{} // strings.Fields of a name of no words
		}
	}
	ar.nameWordBuf, ar.namesSet = words, true
}

// lowerSpan returns strings.ToLower(text) for the text of span sp of the
// document: for ASCII text that is the document's, the span of the
// arena's lowercased text, with nothing allocated.
func (ar *sentArena) lowerSpan(sp hearsay.Span, text string) string {
	if ar == nil || sp.Start < 0 || sp.Start > sp.End || sp.End > len(ar.lower) || len(ar.text) != len(ar.lower) || ar.text[sp.Start:sp.End] != text {
		return strings.ToLower(text)
	}
	if ar.wideSpan(sp) {
		for i := 0; i < len(text); i++ {
			if text[i] >= utf8.RuneSelf {
				return strings.ToLower(text)
			}
		}
	}
	return ar.lower[sp.Start:sp.End]
}

// lowerWord returns normApos(ar.lowerSpan(sp, text)): for ASCII text that
// is the document's, the span of the arena's lowercased text, which holds
// no typographic apostrophe to replace.
func (ar *sentArena) lowerWord(sp hearsay.Span, text string) string {
	if ar == nil || sp.Start < 0 || sp.Start > sp.End || sp.End > len(ar.lower) || len(ar.text) != len(ar.lower) || ar.text[sp.Start:sp.End] != text {
		return normApos(strings.ToLower(text))
	}
	if ar.wideSpan(sp) {
		for i := 0; i < len(text); i++ {
			if text[i] >= utf8.RuneSelf {
				return normApos(strings.ToLower(text))
			}
		}
	}
	return ar.lower[sp.Start:sp.End]
}

// reuse returns ar made ready for the sentences of doc as newSentArena(doc)
// is, keeping its storage where it is large enough (a new arena when ar is
// nil): what it handed out before is cleared.
func (ar *sentArena) reuse(doc *hearsay.Document) *sentArena {
	n := len(doc.Tokens)
	if ar == nil || cap(ar.units) < n || cap(ar.words) < n || cap(ar.mw) < len(doc.Mentions) || cap(ar.cues) < n || cap(ar.done) < n || cap(ar.rel) < n {
		na := newSentArena(doc)
		if ar != nil {
			na.facts = ar.facts.reused()
		}
		return na
	}
	// only what was handed out is cleared: storage past each length is kept zero
	clear(ar.units)
	clear(ar.words)
	clear(ar.cues)
	clear(ar.done)
	clear(ar.rel)
	clear(ar.mw)
	clear(ar.names)
	if cap(ar.names) < len(doc.Entities) {
		ar.names = make([][]string, len(doc.Entities))
	}
	ar.names = ar.names[:len(doc.Entities)]
	clear(ar.nameWordBuf)
	ar.nameWordBuf, ar.namesSet = ar.nameWordBuf[:0], false
	ar.units, ar.words, ar.cues, ar.done, ar.rel = ar.units[:0], ar.words[:0], ar.cues[:0], ar.done[:0], ar.rel[:0]
	ar.mw = ar.mw[:len(doc.Mentions)]
	ar.tix, ar.ments = nil, nil
	ar.date, ar.dateSet = "", false
	ar.facts = ar.facts.reused() // the last document's facts keep their storage, but for what only the stage read
	clear(ar.mentLit)
	if ar.text != doc.Text {
		ar.lower, ar.text, ar.wide = htext.LowerASCII(doc.Text), doc.Text, wideBlocks(doc.Text)
	}
	return ar
}

// take returns empty unit and word slices with room for n of each; their
// capacity ends where the next sentence's storage starts, so appending
// past n copies instead of writing into another sentence.
func (ar *sentArena) take(n int) ([]unit, []string) {
	n = max(n, 0)
	if ar == nil || len(ar.units)+n > cap(ar.units) || len(ar.words)+n > cap(ar.words) {
		return make([]unit, 0, n), make([]string, 0, n)
	}
	k, j := len(ar.units), len(ar.words)
	ar.units, ar.words = ar.units[:k+n], ar.words[:j+n]
	return ar.units[k : k : k+n], ar.words[j : j : j+n]
}

// familyOf returns families[strings.ToLower(text)] for the text of span
// sp, without lowercasing when there are no families.
func familyOf(families map[string][]int, text string, sp hearsay.Span, ar *sentArena) []int {
	if len(families) == 0 || !pluralEnd(text) {
		return nil // every key of families ends with "s" (see lowerPlural)
	}
	return families[ar.lowerSpan(sp, text)]
}

// familyOfWord returns the family a capitalised word names (nil for a
// lowercase one).
func familyOfWord(families map[string][]int, w string, upper bool) []int {
	if !upper || !pluralEnd(w) {
		return nil
	}
	return families[w]
}

// pluralEnd reports whether text ends with "s" or "S": only such a text
// lowercased can be a key of familyNames, a surname made plural.
func pluralEnd(text string) bool {
	return text != "" && (text[len(text)-1] == 's' || text[len(text)-1] == 'S')
}

func mentionUnit(doc *hearsay.Document, mi int, ar *sentArena) unit {
	m := doc.Mentions[mi]
	u := unit{Span: m.Span, word: ar.lowerWord(m.Span, m.Text), ment: mi, etype: entCodeOf(m.Type), mkind: kindCodeOf(m.Kind)}
	if len(m.Members) > 0 {
		u.ents = ar.slab().union(m.Members, nil)
	} else if m.Entity >= 0 && m.Entity < len(doc.Entities) {
		u.ents = ar.slab().one(m.Entity)
		if e := doc.Entities[m.Entity]; u.etype == entNone {
			u.etype = entCodeOf(e.Type)
		}
	}
	if len(u.ents) == 1 && u.ents[0] < len(doc.Entities) && doc.Entities[u.ents[0]].Type != "" {
		u.etype = entCodeOf(doc.Entities[u.ents[0]].Type)
	}
	r, _ := utf8.DecodeRuneInString(m.Text)
	u.capital = unicode.IsUpper(r)
	return u
}

// memo prepares the slot memo once the units are known.
func (s *sent) memo(r *resources) {
	m := s.buf
	if m == nil {
		m = &memoBuf{}
	}
	m.reset(len(s.units))
	m.aposS = r.aposS
	m.clearLast(len(r.needs))
	if n := (len(r.needs) + 63) / 64; cap(m.present) < n {
		m.present = make([]uint64, n)
	} else {
		m.present = m.present[:n]
		clear(m.present)
	}
	for u := range s.units {
		x := &s.units[u]
		m.need[u], m.possS[u] = -1, false
		name := x.ment != -1 && x.mkind != kindPronoun
		if name && x.etype == entPerson {
			continue // wordsAt matches no word of a person's name
		}
		if id := x.info.need; id >= 0 {
			m.need[u] = id
			m.present[id/64] |= 1 << (id % 64)
			if m.lastAt[id] < 0 {
				m.setIDs = append(m.setIDs, id) // its first unit
			}
			m.prevSame[u], m.lastAt[id] = m.lastAt[id], u
		}
		// a one-word name of a group or a body is its word ("a Democrat",
		// "the Senate"), exactly as written
		m.possS[u] = !name && wordEq(x.word, "'s")
	}
	m.closeQ = slices.Grow(m.closeQ[:0], len(s.units))[:len(s.units)]
	for u := range s.units {
		m.closeQ[u] = s.units[u].is(clsQuote) && s.closingQuote(u)
	}
	next := len(s.units)
	m.lastPerson = -1
	for u := len(s.units) - 1; u >= 0; u-- {
		m.person[u] = s.isPerson(u)
		if m.person[u] {
			next = u
			m.lastPerson = max(m.lastPerson, u)
		}
		m.near[u] = next
	}
	s.m = m
}

// closesQuote is closingQuote of unit u of the memo's sentence.
func (m *memoBuf) closesQuote(u int) bool {
	return u < len(m.closeQ) && m.closeQ[u]
}

// A slotEntry is the memo of a slot's options at a unit: they count only
// when gen is the memo's generation.
type slotEntry struct {
	opts []option
	gen  uint32
}

// A memoBuf holds what a sentence computes once while it is matched: the
// options of each slot at each unit, people options, premodifier lengths
// and words by unit, and where the words patterns need stand. Its storage
// is reused from one sentence to the next while a document is read; an entry
// counts only when its stamp is the memo's generation, so that starting
// afresh clears nothing.
type memoBuf struct {
	got       binding // a matcher's complete match (see matcher.got)
	gen       uint32
	units     int
	slots     []slotEntry // by slot*units+unit
	people    [][]option  // personOpts by 2*unit+pair
	peopleGen []uint32
	pre       unitMemo[int]  // premodsAt by unit
	pw        unitMemo[bool] // premodWord by unit
	skip      unitMemo[bool] // skippable by unit
	lit       []uint8        // literalStarts by unit, made for all units at once (see allLiteralStarts) when litGen is gen
	litAll    uint8          // the union of lit
	litGen    uint32
	near      []int          // by unit: the first unit from it on that is a person, units for none
	person    []bool         // by unit: isPerson
	need      []int          // by unit: the needIndex id of its word, -1 for none or for a person named (not a pronoun)
	possS     []bool         // by unit: the word matches the pattern token "'s" (see wordEq)
	closeQ    []bool         // by unit: closingQuote
	aposS     int            // the needIndex id of "'s"
	present   []uint64       // the set of the units' needIndex ids, as bits (see patternIndex.viable)
	any       [numSlots]bool // by slot: whether it matches at some unit (see slotPresent)
	anyGen    [numSlots]uint32
	cand      []uint64 // room for the sets of patterns candidates joins
	candList  []int    // candidate patterns (see patternIndex.candidates)
	cl        []int    // clause numbers by unit
	clGen     uint32
	uw        unitMemo[[]string]   // unitWords by unit
	phrase    []byte               // buffer for phrases looked up in tables
	found     []binding            // buffer for a pattern's matches (see matchFrom)
	slotUnits [numSlots]slotStarts // by person slot: the units it matches at (see personStarts)
	starts    []int                // buffer for the units a pattern may start at (see matchFrom)
	failed    []restFailure        // buffer for a matcher's failures (see matcher.failed)
	raws      []*raw               // buffer for the facts of one match (see matchSentence)
	opts      []option             // storage for the slots' options of the generation (see takeOpts)
	argSets   [][]hearsay.Arg      // buffer for the argument lists of one match (see argSets)

	// lastAt is by needIndex id the last unit whose need it is, -1 for
	// none, and prevSame by unit the unit before it with the same need,
	// -1 for none (see lastBefore); setIDs are the ids lastAt holds a
	// unit for, each once: the ids of the sentence's needed words (see
	// candidates), cleared for the next sentence.
	lastAt   []int
	prevSame []int
	setIDs   []int

	// lastPerson is the last unit that is a person, -1 for none (see
	// sent.plainLimit).
	lastPerson int
}

// clearLast makes lastAt hold no unit, for needIndex ids below n.
func (m *memoBuf) clearLast(n int) {
	if len(m.lastAt) < n {
		m.lastAt = make([]int, n)
		for i := range m.lastAt {
			m.lastAt[i] = -1
		}
		m.setIDs = m.setIDs[:0]
	}
	for _, id := range m.setIDs {
		m.lastAt[id] = -1
	}
	m.setIDs = m.setIDs[:0]
	if cap(m.prevSame) < m.units {
		m.prevSame = make([]int, m.units, 2*m.units)
	}
	m.prevSame = m.prevSame[:m.units]
}

// lastBefore returns the last unit before limit whose need is one of ids,
// -1 when there is none.
func (m *memoBuf) lastBefore(ids []int32, limit int) int {
	best := -1
	for _, id := range ids {
		u := m.lastAt[id]
		for u >= limit {
			u = m.prevSame[u]
		}
		best = max(best, u)
	}
	return best
}

// unitsOf returns in buf, in increasing order, the units up to limit
// whose need is one of ids.
func (m *memoBuf) unitsOf(ids []int, limit int, buf []int) []int {
	buf = buf[:0]
	for _, id := range ids {
		for u := m.lastAt[id]; u >= 0; u = m.prevSame[u] {
			if u <= limit {
				buf = append(buf, u)
			}
		}
	}
	slices.Sort(buf)
	return buf
}

// reset starts a new generation for a sentence of units units.
func (m *memoBuf) reset(units int) {
	m.gen++
	if m.gen == 0 { // wrapped: old stamps could match again
		clear(m.slots)
		clear(m.peopleGen)
		m.pre.forget()
		m.pw.forget()
		m.skip.forget()
		m.litGen = 0
		m.uw.forget()
		clear(m.anyGen[:])
		m.clGen = 0
		for i := range m.slotUnits {
			m.slotUnits[i].gen = 0
		}
		m.gen = 1
	}
	m.units = units
	m.opts = m.opts[:0] // the options of the last generation are read no more
	n := int(numSlots) * units
	if cap(m.slots) < n {
		m.slots = make([]slotEntry, n, 2*n)
	}
	m.slots = m.slots[:n]
	if cap(m.people) < 2*units {
		m.people, m.peopleGen = make([][]option, 2*units, 4*units), make([]uint32, 2*units, 4*units)
	}
	m.people, m.peopleGen = m.people[:2*units], m.peopleGen[:2*units]
	m.pre.size(units)
	m.pw.size(units)
	m.skip.size(units)
	m.uw.size(units)
	if cap(m.near) < units {
		m.near, m.person = make([]int, units, 2*units), make([]bool, units, 2*units)
		m.need, m.possS = make([]int, units, 2*units), make([]bool, units, 2*units)
	}
	m.near, m.person, m.need, m.possS = m.near[:units], m.person[:units], m.need[:units], m.possS[:units]
}

// A unitMemo holds a value per unit of the sentence being matched; a value
// counts only when its stamp is the memo's generation (see memoBuf).
type unitMemo[T any] struct {
	v   []T
	gen []uint32
}

// size makes room for n units, keeping the storage when it is large enough.
func (c *unitMemo[T]) size(n int) {
	if cap(c.v) < n {
		c.v, c.gen = make([]T, n, 2*n), make([]uint32, n, 2*n)
	}
	c.v, c.gen = c.v[:n], c.gen[:n]
}

// forget drops every stamp (when the generation number wraps).
func (c *unitMemo[T]) forget() { clear(c.gen) }

// get returns the value of unit u stored in generation gen, if there is one.
func (c *unitMemo[T]) get(u int, gen uint32) (T, bool) {
	return c.v[u], c.gen[u] == gen
}

// put stores v as the value of unit u in generation gen and returns it.
func (c *unitMemo[T]) put(u int, gen uint32, v T) T {
	c.v[u], c.gen[u] = v, gen
	return v
}

// cands returns room for n machine words of pattern sets.
func (m *memoBuf) cands(n int) []uint64 {
	if cap(m.cand) < n {
		m.cand = make([]uint64, n)
	}
	m.cand = m.cand[:n]
	return m.cand
}

// release lets the next sentence reuse the memo's storage: the sentence
// computes its memo afresh should it match again.
func (s *sent) release() {
	s.forget()
	s.buf = nil
}

// forget drops the memo (its storage stays for reuse), for units that
// changed or a sentence done with.
func (s *sent) forget() {
	s.m = nil
}

// union returns the numbers of a, then those of b, each once, in the
// order they first come, listed in the slab (a new list for a nil slab);
// nil when there are none.
func (sl *slab) union(a, b []int) []int {
	if len(a)+len(b) == 0 {
		return nil
	}
	out := sl.intList(len(a) + len(b))
	for _, xs := range [2][]int{a, b} {
		for _, x := range xs {
			if !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	return out
}

// lastGroup returns the members of the last group of two or more people
// mentioned in the sentences before si (at most three back), or nil.
func lastGroup(doc *hearsay.Document, ments [][]int, si int, sl *slab) []int {
	for k := si - 1; k >= 0 && k >= si-5; k-- {
		for i := len(ments[k]) - 1; i >= 0; i-- {
			m := &doc.Mentions[ments[k][i]]
			if len(m.Members) >= 2 && !hasChild(doc, m.Members) {
				return sl.union(m.Members, nil)
			}
			// "X and Y"
			if i > 0 {
				p := &doc.Mentions[ments[k][i-1]]
				if p.Entity >= 0 && m.Entity >= 0 && p.Entity != m.Entity && p.Type == hearsay.Person && m.Type == hearsay.Person &&
					strings.TrimSpace(doc.Text[p.End:m.Start]) == "and" {
					return append(sl.intList(2), p.Entity, m.Entity)
				}
			}
		}
	}
	return nil
}

// isPerson reports whether unit u is a mention of one or more people (read
// from the memo while the sentence is matched).
func (s *sent) isPerson(u int) bool {
	if m := s.m; m != nil && u < m.units {
		return m.person[u]
	}
	x := &s.units[u]
	if x.ment == -1 || len(x.ents) == 0 {
		return false
	}
	for _, e := range x.ents {
		if e < 0 || e >= len(s.doc.Entities) || s.doc.Entities[e].Type != hearsay.Person {
			return false
		}
	}
	return true
}

// isAgeWord reports whether a token belongs to an age ("25-year-old").
func isAgeWord(w string) bool {
	if len(w) >= len("year-old") && strings.Contains(w, "year-old") || w == "-" || w == "year" || w == "old" || w == "years" {
		return true
	}
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// clauseOf returns the clause number of each unit (boundaries start a new
// clause). While the sentence is matched they are computed once; callers
// do not change them.
func (s *sent) clauses() []int {
	m := s.m
	if m == nil {
		return s.clauseNumbers(make([]int, len(s.units)))
	}
	if m.clGen != m.gen {
		if cap(m.cl) < len(s.units) {
			m.cl = make([]int, len(s.units), 2*len(s.units))
		}
		m.cl, m.clGen = s.clauseNumbers(m.cl[:len(s.units)]), m.gen
	}
	return m.cl
}

// clauseNumbers fills c with the clause number of each unit. An aside in
// parentheses after a person's name ("to Ada (née Vane) and Tom, on
// Monday") is a clause of its own, numbered below zero, and the clause
// around it goes on after it.
func (s *sent) clauseNumbers(c []int) []int {
	n := 0
	for i := 0; i < len(s.units); i++ {
		u := &s.units[i]
		if u.word == "(" && i > 0 && s.isPerson(i-1) {
			if k := s.asideClose(i - 1); k > i {
				for j := i; j <= k; j++ {
					c[j] = -1 - i
				}
				i = k
				continue
			}
		}
		if u.boundary && !s.closingQuote(i) || u.word == "and" && (i+1 < len(s.units) && verbLike(s.units[i+1]) || i > 0 && s.units[i-1].word == ",") {
			n++
		}
		c[i] = n
	}
	return c
}

// verbLikeWords are the words verbLike takes for verbs (data/classes.tsv).
var verbLikeWords = wordSet("verblike")

// verbLike reports whether a unit starts a coordinated verb phrase ("and
// married in 2012", "and got engaged").
func verbLike(x unit) bool {
	if x.ment != -1 || x.capital {
		return false
	}
	if verbLikeWords[x.word] {
		return true
	}
	return strings.HasSuffix(x.word, "ed") && len(x.word) > 4
}

// unitAt returns the index of the first unit containing byte offset off,
// or -1, read from a table by offset made at the first call (the units'
// spans stay as buildSent made them).
func (s *sent) unitAt(off int) int {
	if s.unitOf == nil {
		s.indexUnits()
	}
	if k := off - s.unitBase; k >= 0 && k < len(s.unitOf) {
		return int(s.unitOf[k]) - 1
	}
	return -1
}

// indexUnits fills unitOf: for each offset from the first unit's start to
// the end of the furthest one, one more than the index of the first unit
// containing it, 0 for none.
func (s *sent) indexUnits() {
	lo, hi := 0, 0
	for i := range s.units {
		u := &s.units[i]
		if u.Start >= u.End {
			continue
		}
		if hi == lo {
			lo, hi = u.Start, u.End
		}
		lo, hi = min(lo, u.Start), max(hi, u.End)
	}
	s.unitBase = lo
	s.unitOf = s.ar.slab().offsets(hi - lo)
	for i := len(s.units) - 1; i >= 0; i-- { // the first unit containing an offset is written last
		u := &s.units[i]
		if u.Start >= u.End {
			continue
		}
		at := s.unitOf[u.Start-lo : u.End-lo]
		for k := range at {
			at[k] = int32(i + 1)
		}
	}
}

// familyNames maps plural surnames ("harlans") to the people of the article
// who bear the surname, when there are at least two.
func familyNames(doc *hearsay.Document) map[string][]int {
	out := map[string][]int{}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Person {
			continue
		}
		last, n := lastField(e.Name)
		if n < 2 {
			continue
		}
		key := lowerPlural(last)
		out[key] = append(out[key], i)
	}
	for k, v := range out {
		if len(v) < 2 {
			delete(out, k)
		}
	}
	return out
}
