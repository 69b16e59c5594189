package fact

import (
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/lexicon"
)

// fieldPreps is the set of words that may open the field of a post of
// fieldroles.tsv: fieldOf for "of", fieldFor for "for".
type fieldPreps uint8

// The words that open a field.
const (
	fieldOf fieldPreps = 1 << iota
	fieldFor
)

// loadSubUnits reads data/subunits.txt: the words that open the name of a
// part of an organisation.
func loadSubUnits() ([]string, error) {
	lines, err := lexicon.Load(dataFS, "data/subunits.txt")
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, strings.ToLower(strings.Join(l.Fields, " ")))
	}
	return out, nil
}

// maxFieldWords is the most words a field runs to ("flood defence and
// coastal protection" is too long to read as one).
const maxFieldWords = 4

// loadFieldRoles reads data/fieldroles.tsv: a post and the words that open
// its field.
func loadFieldRoles() (map[string]fieldPreps, error) {
	lines, err := lexicon.Table(dataFS, "data/fieldroles.tsv", 2)
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	out := make(map[string]fieldPreps, len(lines))
	for _, l := range lines {
		var p fieldPreps
		for _, w := range strings.Split(l.Fields[1], "|") {
			switch w {
			case "of":
				p |= fieldOf
			case "for":
				p |= fieldFor
			default:
				return nil, fmt.Errorf("fact: %w", l.Errorf("unknown field word %q", w))
			}
		}
		out[strings.ToLower(l.Fields[0])] = p
	}
	return out, nil
}

// fieldAfter reads the field of post role of fieldroles.tsv that follows
// it at unit u ("of flood defence", "for housing and planning", "of Global
// Sales" after a capitalised title): it returns the field's words with the
// word that opens it, and how many units they take (0 for none).
func (s *sent) fieldAfter(r *resources, u int, role string, capital bool) (string, int) {
	preps, ok := r.fieldRoles[role]
	if !ok || u+1 >= len(s.units) {
		return "", 0
	}
	switch s.units[u].word {
	case "of":
		if preps&fieldOf == 0 {
			return "", 0
		}
	case "for":
		if preps&fieldFor == 0 {
			return "", 0
		}
	default:
		return "", 0
	}
	if capital {
		if n := s.capitalField(r, u+1); n > 0 {
			return s.fieldWords(u, n+1), n + 1
		}
	}
	n := s.lowerField(u + 1)
	if n == 0 {
		return "", 0
	}
	return s.fieldWords(u, n+1), n + 1
}

// fieldAnd returns how many units from u go on a post of roles.txt that
// already holds a field of fieldroles.tsv ("head of sales") with "and" and
// a second field word ("head of sales and marketing"): 2, or 0.
func (s *sent) fieldAnd(r *resources, u int, role string) int {
	if u+1 >= len(s.units) || s.units[u].word != "and" || !s.fieldWord(u+1) {
		return 0
	}
	if !s.fieldEnds(u + 2) {
		return 0
	}
	for _, p := range [...]string{" of ", " for "} {
		if head, _, ok := strings.Cut(role, p); ok {
			if _, ok := r.fieldRoles[head]; ok {
				return 2
			}
		}
	}
	return 0
}

// longerField returns how many units from u go on a post of roles.txt
// that already holds a field of fieldroles.tsv ("head of sales") with more
// field words ("head of sales operations", "director of communications
// strategy"): the longer field is the post, when the words of both fields
// are at most maxFieldWords; 0 for none.
func (s *sent) longerField(r *resources, u int, role string) int {
	if u >= len(s.units) || !s.fieldWord(u) {
		return 0
	}
	for _, p := range [...]string{" of ", " for "} {
		head, field, ok := strings.Cut(role, p)
		if !ok {
			continue
		}
		if _, ok := r.fieldRoles[head]; !ok {
			continue
		}
		n := s.lowerField(u)
		if n == 0 || n+strings.Count(field, " ")+1 > maxFieldWords {
			return 0
		}
		for v := u; v < u+n; v++ {
			if fieldTails[s.units[v].word] {
				return 0 // "chief of staff under X"
			}
		}
		return n
	}
	return 0
}

// fieldTails end a field going on past a listed post (see longerField).
var fieldTails = wordSet("fieldtails")

// fieldWords joins the words of the n units from u, a mention's words as
// its text holds them.
func (s *sent) fieldWords(u, n int) string {
	var b strings.Builder
	for i := range n {
		for j, w := range s.unitWords(u + i) {
			if i > 0 || j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	return b.String()
}

// lowerField returns how many units from u spell a field in lowercase
// words: one to maxFieldWords field words, two of them perhaps joined by
// "and" when no further lowercase word follows ("trade and industry"); 0
// when none does or the words run on past maxFieldWords.
func (s *sent) lowerField(u int) int {
	n := 0
	for u+n < len(s.units) && s.fieldWord(u+n) {
		n++
	}
	if n == 0 || n > maxFieldWords {
		return 0
	}
	if v := u + n; n < maxFieldWords && v+1 < len(s.units) && s.units[v].word == "and" && s.fieldWord(v+1) {
		if s.fieldEnds(v + 2) {
			return n + 2
		}
	}
	return n
}

// fieldEnds reports whether a field joined by "and" may end before unit
// u: the sentence ends or a plain word other than a field word or "of"
// follows ("sales and marketing at", not "football and former Rovers
// coach X"), and no determiner, possessive or modifier of a post, which
// opens a verb's object ("for digital and moving longtime politics editor
// X").
func (s *sent) fieldEnds(u int) bool {
	if u >= len(s.units) {
		return true
	}
	x := &s.units[u]
	if x.is(clsDeterminer) || x.is(clsRoleMod) || x.is(clsPossessive) || possessives[x.word] {
		return false // "managing editor for digital and moving longtime politics editor X": a verb's object follows
	}
	return x.ment < 0 && !x.capital && x.word != "of" && !s.fieldWord(u)
}

// fieldWord reports whether unit u may be a word of a field: a plain
// lowercase word that is no function word, determiner, possessive, number,
// time, adverb or past participle. A word that looks like an adverb or a
// past participle is one when another field word follows it ("fixed
// income", "supply chain", "structured finance").
func (s *sent) fieldWord(u int) bool {
	if !s.fieldNoun(u) {
		return false
	}
	if w := s.units[u].word; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
		return u+1 < len(s.units) && s.fieldNoun(u+1) && !strings.HasSuffix(s.units[u+1].word, "ed") && !strings.HasSuffix(s.units[u+1].word, "ly")
	}
	return true
}

// fieldNoun is fieldWord without its test of the word's ending.
func (s *sent) fieldNoun(u int) bool {
	x := &s.units[u]
	if !premodWord0(x) || x.boundary || x.is(clsDeterminer) || x.is(clsRoleMod) || x.is(clsNumberWord) || x.is(clsPossessive) || possessives[x.word] {
		return false
	}
	return !s.inTimex(x.Span)
}

// capitalField returns how many units from u spell a field in capitals
// after a capitalised title ("Global Sales", "Research and Development",
// a mention "Translational Research"): at most maxFieldWords words whose
// last is a noun of fieldnouns.txt, then no other capitalised word.
func (s *sent) capitalField(r *resources, u int) int {
	x := &s.units[u]
	if x.ment >= 0 {
		if x.etype == entPerson || x.mkind != kindName {
			return 0
		}
		ws := s.unitWords(u)
		if len(ws) > maxFieldWords || !r.fieldNouns[ws[len(ws)-1]] {
			return 0
		}
		return 1
	}
	n, last := 0, 0
	for u+n < len(s.units) && n < maxFieldWords {
		y := &s.units[u+n]
		if y.ment >= 0 || y.boundary || s.inTimex(y.Span) {
			break
		}
		if y.capital {
			if !r.fieldNouns[y.word] && !premodWordCapital(y) {
				break
			}
			if r.fieldNouns[y.word] {
				last = n + 1
			}
		} else if y.word != "and" && y.word != "&" {
			break
		}
		n++
	}
	if v := u + last; last == 0 || v < len(s.units) && s.units[v].capital && s.units[v].ment < 0 && !s.units[v].boundary {
		return 0
	}
	return last
}

// premodWordCapital reports whether a capitalised plain unit is one word
// of letters and hyphens, as a word of a field in a title is ("Clinical").
func premodWordCapital(x *unit) bool {
	for _, c := range x.word {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return x.word != ""
}

// withoutCutPosts drops a post read cut short before its field: a post of
// a person whose words lie inside the words of another post of the same
// person that goes on with "of" or "for" and a field ("head" read from
// "head of research at the Bank of Ghana" beside "head of research"); and
// a post the mention stage gave another organisation than a pattern
// reading the same words gives ("X, chief executive and founder of
// Pellow": Pellow's chief executive, not the article's organisation).
func withoutCutPosts(text string, facts []hearsay.Fact) []hearsay.Fact {
	var drop []bool // by fact: whether it goes; nil while none does
	for i := range facts {
		f := &facts[i]
		if !isPostEvent(f.Type) || len(f.Args) != 3 || f.Args[0].Entity < 0 || f.Args[1].Entity >= 0 || f.Args[1].Literal == "" {
			continue
		}
		if cutPost(text, facts, i) {
			if drop == nil {
				drop = make([]bool, len(facts))
			}
			drop[i] = true
		}
	}
	return withoutDropped(facts, drop)
}

// cutPost reports whether facts[i], a post, is cut from a fuller post of
// the same person in the same sentence: the fuller post's trigger holds
// its own, or the text goes on after its trigger with the rest of the
// fuller post (see withoutCutPosts); or whether it is misread (see
// misread).
func cutPost(text string, facts []hearsay.Fact, i int) bool {
	f := &facts[i]
	lit := f.Args[1].Literal
	for j := range facts {
		g := &facts[j]
		if j == i || !isPostEvent(g.Type) || len(g.Args) != 3 || g.Args[0].Entity != f.Args[0].Entity || g.Sentence != f.Sentence {
			continue
		}
		if misread(f, g) || boardSeatOf(f, g) {
			return true
		}
		rest, ok := strings.CutPrefix(g.Args[1].Literal, lit)
		if !ok || !strings.HasPrefix(rest, " of ") && !strings.HasPrefix(rest, " for ") {
			continue
		}
		if g.Trigger.Start <= f.Trigger.Start && f.Trigger.End <= g.Trigger.End {
			return true
		}
		if e := f.Trigger.End; e > 0 && e+len(rest) <= len(text) && strings.EqualFold(text[e:e+len(rest)], rest) {
			return true
		}
	}
	return false
}

// maxWidenWords is the most words before a post's trigger widenPosts reads.
const maxWidenWords = 2

// widenPosts writes in full a post the mention stage read cut at its
// front or before its field: a post whose trigger is its role's own words,
// after which the one or two words before the trigger make a longer role
// of roles.txt ("its sales director" read as "director" is the sales
// director), or the text goes on with the field of a post of
// fieldroles.tsv ("Head of Communications" read as "head").
func widenPosts(text string, facts []hearsay.Fact, ents []hearsay.Entity, roles map[string]string, fieldRoles map[string]fieldPreps, fieldNouns map[string]bool) {
	for i := range facts {
		f := &facts[i]
		if !isPostEvent(f.Type) || len(f.Args) != 3 || f.Args[1].Entity >= 0 || f.Args[1].Literal == "" {
			continue
		}
		t := f.Trigger
		if t.Start <= 0 || t.End > len(text) || t.Start >= t.End || !strings.EqualFold(text[t.Start:t.End], f.Args[1].Literal) {
			continue
		}
		if v, start, ok := widerRole(text, t, roles); ok && !nameEndsWith(ents, f.Args[2], text[start:t.Start]) {
			f.Args[1].Literal = v
			f.Trigger.Start = start
		} else if field, end, ok := fieldInText(text, t.End, f.Args[1].Literal, fieldRoles, fieldNouns); ok {
			f.Args[1].Literal += " " + field // "Priya Shaw, Head of Communications"
			f.Trigger.End = end
		}
	}
}

// nameEndsWith reports whether the name of the entity of org ends in the
// words w (with the space after them): the words before a post that end
// the organisation's name belong to it ("Dunmore Town manager" is the
// manager of Dunmore Town, not its "town manager").
func nameEndsWith(ents []hearsay.Entity, org hearsay.Arg, w string) bool {
	w = strings.TrimSpace(w)
	if org.Entity < 0 || org.Entity >= len(ents) || w == "" {
		return false
	}
	name := ents[org.Entity].Name
	if len(name) <= len(w) || !strings.EqualFold(name[len(name)-len(w):], w) {
		return false
	}
	return name[len(name)-len(w)-1] == ' '
}

// fieldInText reads in the text from i the field of post role of
// fieldroles.tsv that the mention stage left out: " of " or " for " and one
// to maxFieldWords words of letters, the last a noun of fieldnouns.txt,
// then the end of the clause (punctuation, a line's end, "at" or "in").
// It returns the field in lowercase with the word that opens it, and where
// it ends.
func fieldInText(text string, i int, role string, fieldRoles map[string]fieldPreps, fieldNouns map[string]bool) (string, int, bool) {
	preps, ok := fieldRoles[role]
	if !ok {
		return "", 0, false
	}
	rest := text[i:]
	var prep string
	switch {
	case preps&fieldOf != 0 && len(rest) > 4 && strings.EqualFold(rest[:4], " of "):
		prep = "of"
	case preps&fieldFor != 0 && len(rest) > 5 && strings.EqualFold(rest[:5], " for "):
		prep = "for"
	default:
		return "", 0, false
	}
	j := i + len(prep) + 2
	var words []string
	for len(words) < maxFieldWords {
		k := j
		for k < len(text) && isRoleByte(text[k]) {
			k++
		}
		if k == j {
			break
		}
		w := strings.ToLower(text[j:k])
		if w == "at" || w == "in" || w == "the" || w == "a" || w == "an" {
			break
		}
		words = append(words, w)
		j = k
		if j >= len(text) || text[j] != ' ' {
			break
		}
		j++
	}
	for len(words) > 0 && !fieldNouns[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return "", 0, false
	}
	end := i + len(prep) + 2 + len(strings.Join(words, " "))
	if end < len(text) && text[end] == ' ' {
		next := strings.ToLower(text[end+1 : min(len(text), end+4)])
		if !strings.HasPrefix(next, "at ") && !strings.HasPrefix(next, "in ") {
			return "", 0, false
		}
	}
	return prep + " " + strings.Join(words, " "), end, true
}

// widerRole returns the canonical form of the longest role of roles that
// the one or two words right before span t and the words of t make, and
// where it starts.
func widerRole(text string, t hearsay.Span, roles map[string]string) (string, int, bool) {
	best, bestStart, found := "", 0, false
	start := t.Start
	for range maxWidenWords {
		e := start
		for e > 0 && text[e-1] == ' ' {
			e--
		}
		if e == start || e == 0 {
			break
		}
		b := e
		for b > 0 && isRoleByte(text[b-1]) {
			b--
		}
		if b == e || strings.EqualFold(text[b:e], "and") {
			break // "president and chief executive": the words before "and" are a post of their own
		}
		start = b
		if v, ok := roles[strings.ToLower(text[start:t.End])]; ok {
			best, bestStart, found = v, start, true
		}
	}
	return best, bestStart, found
}

// isRoleByte reports whether a byte may be part of a word of a role: an
// ASCII letter or a hyphen.
func isRoleByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-'
}

// boardSeatOf reports whether post f is the generic "board member" of a
// seat g of the same kind of fact names in the same organisation ("elected
// to the board of X as a non-executive director"): the seat is the post.
// An undated seat g told before f's words is another post, one the person
// left ("stepped down as chairman, although he still sits on the board").
func boardSeatOf(f, g *hearsay.Fact) bool {
	if f.Args[1].Literal != "board member" || g.Type != f.Type || g.Args[1].Entity >= 0 || g.Args[1].Literal == "board member" {
		return false
	}
	if f.Args[2].Entity < 0 || g.Args[2].Entity != f.Args[2].Entity {
		return false
	}
	if g.Time == nil && f.Time == nil && g.Trigger.End <= f.Trigger.Start {
		return false // "stepped down as chairman, although he still sits on the board": another post, ended before
	}
	return boardSeats[g.Args[1].Literal]
}

// boardSeats are the seats on a board (see boardSeatOf).
var boardSeats = wordSet("boardseats")

// misread reports whether post f, read by the mention stage (rule
// "entity-..."), is the same post of the same person as g, read by a
// pattern over words that hold f's, at another organisation.
func misread(f, g *hearsay.Fact) bool {
	if !strings.HasPrefix(f.Rule, "entity-") || strings.HasPrefix(g.Rule, "entity-") || f.Type != g.Type || f.Args[1].Literal != g.Args[1].Literal {
		return false
	}
	if g.Trigger.Start > f.Trigger.Start || f.Trigger.End > g.Trigger.End {
		return false
	}
	return f.Args[2].Entity != g.Args[2].Entity || f.Args[2].Literal != g.Args[2].Literal
}

// parentOrgs gives a post held in a part of an organisation that the text
// names with its parent ("dean of the Faculty of Arts at Strelley
// University", "director of the School of Nursing at Halden University")
// the parent as its organisation, as the posts of a university's faculty
// are the university's.
func parentOrgs(doc *hearsay.Document, facts []hearsay.Fact, subUnits []string) {
	for i := range facts {
		f := &facts[i]
		if !isPostEvent(f.Type) || len(f.Args) != 3 || f.Args[2].Entity < 0 || !subUnitName(doc.Entities[f.Args[2].Entity].Name, subUnits) {
			continue
		}
		if p := parentAfter(doc, f.Args[2].Entity, f.Sentence); p >= 0 {
			f.Args[2] = entArg(doc, p)
		}
	}
}

// subUnitName reports whether a name is a part of an organisation's: it
// opens with words of subunits.txt and a space.
func subUnitName(name string, subUnits []string) bool {
	for _, w := range subUnits {
		if len(name) > len(w)+1 && name[len(w)] == ' ' && strings.EqualFold(name[:len(w)], w) {
			return true
		}
	}
	return false
}

// parentAfter returns the organisation whose mention follows a mention of
// entity e in sentence si after "at" or "of" ("the Faculty of Arts at
// Strelley University"), or -1.
func parentAfter(doc *hearsay.Document, e, si int) int {
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Entity != e || m.Sentence != si || i+1 >= len(doc.Mentions) {
			continue
		}
		n := &doc.Mentions[i+1]
		if n.Entity < 0 || n.Entity == e || n.Sentence != si || doc.Entities[n.Entity].Type != hearsay.Org || n.Start < m.End || n.Start > len(doc.Text) {
			continue
		}
		gap := strings.TrimSpace(strings.ToLower(doc.Text[m.End:n.Start]))
		if gap == "at" || gap == "at the" || gap == ", at" || gap == "of" || gap == "of the" {
			return n.Entity
		}
	}
	return -1
}

// fieldOnlyAt matches a post of fieldroles.tsv that is no role of
// roles.txt alone, skip units after u, when its field follows ("chief of
// cardiology", not "chief"): nil when none does.
func (s *sent) fieldOnlyAt(r *resources, u, skip int) []option {
	h := u + skip
	x := &s.units[h]
	if x.ment >= 0 || h+1 >= len(s.units) {
		return nil
	}
	if _, ok := r.fieldRoles[x.word]; !ok {
		return nil
	}
	f, n := s.fieldAfter(r, h+1, x.word, x.capital)
	if n == 0 {
		return nil
	}
	end := h + 1 + n
	sp := hearsay.Span{Start: x.Start, End: s.units[end-1].End}
	return s.opt(option{n: end - u, bound: bound{set: true, lit: x.word + " " + f, span: sp}})
}

// otherBoards returns, for each board membership of facts whose
// organisation the text names right after "the boards of" and before
// "and" and another organisation ("sits on the boards of X and Y"), the
// same membership of the second organisation.
func otherBoards(doc *hearsay.Document, facts []hearsay.Fact, sents []*sent) []hearsay.Fact {
	var out []hearsay.Fact
	for i := range facts {
		f := &facts[i]
		if !isPostEvent(f.Type) || len(f.Args) != 3 || f.Args[1].Literal != "board member" || f.Args[2].Entity < 0 ||
			f.Sentence < 0 || f.Sentence >= len(sents) || sents[f.Sentence] == nil {
			continue
		}
		if e := sents[f.Sentence].nextBoard(f.Args[2].Entity); e >= 0 {
			g := *f
			g.Args = []hearsay.Arg{f.Args[0], f.Args[1], entArg(doc, e)}
			out = append(out, g)
		}
	}
	return out
}

// nextBoard returns the organisation named after "and" right after
// organisation org in "the boards of ORG and X", or -1.
func (s *sent) nextBoard(org int) int {
	for k := 2; k+2 < len(s.units); k++ {
		x := &s.units[k]
		if len(x.ents) != 1 || x.ents[0] != org || x.ment < 0 || s.units[k+1].word != "and" {
			continue
		}
		b := k - 1
		if s.units[b].word == "the" {
			b--
		}
		if b < 1 || s.units[b].word != "of" || s.units[b-1].word != "boards" {
			continue
		}
		v := k + 2
		if s.units[v].word == "the" && v+1 < len(s.units) {
			v++
		}
		if y := &s.units[v]; y.ment >= 0 && y.mkind == kindName && y.etype == entOrg && len(y.ents) == 1 && y.ents[0] != org {
			return y.ents[0]
		}
	}
	return -1
}
