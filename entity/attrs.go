package entity

import (
	"maps"
	"slices"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// An attr is an attribute fact read from a description, before entities are numbered.
type attr struct {
	typ      string // "occupation", "nationality", "position_held", "member_of"
	person   int    // cluster
	literal  string // occupation or role
	obj      int    // cluster of the country or organisation, -1 for none
	country  string // country name when obj is an implied entity still to be made
	body     string // organisation name when obj is an implied entity still to be made
	sent     int
	evidence []int // further sentences saying the same
	trigger  hearsay.Span
	rule     string
	note     string
}

// An attrKey is the identity of an attribute: what it says of whom.
type attrKey struct {
	typ, literal, country, body string
	person, obj                 int
}

// key returns the identity of the attribute.
func (a *attr) key() attrKey {
	return attrKey{typ: a.typ, literal: a.literal, country: a.country, body: a.body, person: a.person, obj: a.obj}
}

// A descItem is one thing a description says: an occupation, a nationality, a role in an organisation.
type descItem struct {
	typ     string
	literal string
	country string // place name when obj is -1: a country, or a state ("Ore." of "D-Ore.")
	body    string // organisation name when obj is -1 ("Democratic Party")
	obj     int
	trigger hearsay.Span
	former  bool
}

// readAttributes reads descriptions of resolved people: appositives,
// copulas, premodifiers, resolved descriptions and "like many actors, X".
func (r *resolver) readAttributes() []attr {
	r.endsAt = mentionEnds(r.ms, len(r.di.doc.Tokens), r.endsBuf)
	defer func() { r.endsAt, r.endsBuf = nil, r.endsAt }()
	out := r.attrBuf[:0] // the room of the list read before, which mergeAttrs copied out of
	r.attrBuf = nil
	for _, m := range r.ms {
		if m.ent < 0 || r.cl[m.ent].typ != hearsay.Person || m.quoted {
			continue
		}
		switch m.kind {
		case hearsay.NameMention:
			out = r.describe(out, m, r.appositive(m), "appositive")
			out = r.describe(out, m, r.premodifier(m), "premodifier")
			out = r.describe(out, m, r.namedTrade(m), "premodifier")
			out = r.describe(out, m, r.nameTrade(m), "premodifier")
			out = r.describe(out, m, r.titleTrade(m), "title-trade")
			out = r.describe(out, m, r.postNominalTrade(m), "title-trade")
			out = r.describe(out, m, r.titlePost(m), "title-post")
			out = r.describe(out, m, r.copula(m), "copula")
			out = r.describe(out, m, r.likePlural(m), "like-plural")
			out = r.describe(out, m, r.titleOfPlace(m), "title-of")
			out = r.describe(out, m, r.placeBeforeTitle(m), "place-title")
			out = r.describe(out, m, r.partyStateAfter(m), "party-state")
		case hearsay.PronounMention:
			if p := r.di.pronounIn(r.lx, m.tok0); !p.poss {
				out = r.describe(out, m, r.copula(m), "copula")
			}
		case hearsay.NominalMention:
			out = r.describe(out, m, r.nominalItems(m), r.nominalRule(m))
			if r.cl[m.ent].unnamed == "" {
				out = r.describe(out, m, r.copula(m), "copula") // "The bride, 34, is a paediatric oncologist"
			}
		}
	}
	for _, m := range r.ms {
		if m.kind == hearsay.NameMention && m.ent >= 0 && r.cl[m.ent].typ == hearsay.Person && !m.quoted {
			out = r.describe(out, m, r.compatriotOf(m), "compatriot")
		}
		if m.kind == hearsay.NominalMention && m.ent >= 0 && r.cl[m.ent].typ == hearsay.Person && !m.quoted &&
			(!m.info.isKin || m.info.class != "person" || r.lx.is(cueClientNoun, m.noun) || m.rule == "nominal-named-as") {
			// "his client, a former roofer,", "The defendant, a qualified electrician,", after what the
			// description itself tells; not "the victim", whom a lone candidate may misread, unless the
			// sentence names it ("The victim, a taxi driver, was named as Tom Reed")
			out = r.describe(out, m, r.appositive(m), "appositive")
		}
	}
	return out
}

// unnamedKinAppositives reads the description set off by commas after
// each relative unnamedKin made an unnamed person ("her husband, a
// paramedic, and their twin boys"; "their son, a student,"): the
// relative is known only once the possessor is resolved, after
// readAttributes.
func (r *resolver) unnamedKinAppositives() []attr {
	var out []attr
	for _, m := range r.ms {
		if m.kind != hearsay.NominalMention || m.ent < 0 || m.quoted || r.cl[m.ent].unnamed == "" || !unnamedKinRules[m.rule] {
			continue
		}
		out = r.describe(out, m, r.appositive(m), "appositive")
	}
	return out
}

// unnamedKinRules are the mention rules of the relatives unnamedKin makes.
var unnamedKinRules = map[string]bool{"unnamed-spouse": true, "unnamed-partner": true, "unnamed-child": true}

// mentEnds lists the mentions that end at each token: those ending at
// token t are flat[start[t+1]:start[t+2]], in the order of the mentions.
type mentEnds struct {
	start []int32
	flat  []*ment
}

// mentionEnds lists the mentions of ms that end at each of n tokens (and
// after the last), in the order of ms, in the arrays of reuse when it is
// not nil (its lists are then gone).
func mentionEnds(ms []*ment, n int, reuse *mentEnds) *mentEnds {
	var start []int32
	var flat []*ment
	if reuse != nil && cap(reuse.start) >= n+3 {
		start, flat = reuse.start[:n+3], reuse.flat
		clear(start)
	} else {
		start = make([]int32, n+3)
	}
	for _, m := range ms {
		if m.tok1 >= 0 && m.tok1 <= n {
			start[m.tok1+1]++
		}
	}
	for t := 1; t < len(start); t++ {
		start[t] += start[t-1] // start[t+1]: the mentions ending at t or before
	}
	if total := int(start[len(start)-1]); cap(flat) >= total {
		flat = flat[:total]
	} else {
		flat = make([]*ment, total)
	}
	for i := len(ms) - 1; i >= 0; i-- { // from the last, each bucket filled from its end
		if m := ms[i]; m.tok1 >= 0 && m.tok1 <= n {
			start[m.tok1+1]--
			flat[start[m.tok1+1]] = m
		}
	}
	return &mentEnds{start: start, flat: flat}
}

// mentsEndingAt returns the mentions that end at token t, in the order of
// r.ms, and true while readAttributes keeps them listed (r.endsAt); false
// otherwise, when the caller reads r.ms itself.
func (r *resolver) mentsEndingAt(t int) ([]*ment, bool) {
	if r.endsAt == nil {
		return nil, false
	}
	if t < 0 || t+2 >= len(r.endsAt.start) {
		return nil, true
	}
	return r.endsAt.flat[r.endsAt.start[t+1]:r.endsAt.start[t+2]], true
}

// compatriotOf reads "Ekdahl's compatriot Lars Berglund", "his countryman
// X" (cue class compatriot): the named person has the nationalities the
// text gives the possessor.
func (r *resolver) compatriotOf(m *ment) []descItem {
	k := m.tok0 - 1
	if k < 1 || !r.di.is(r.lx, cueCompatriot, k) {
		return nil
	}
	for _, o := range r.ms {
		end := o.tok1
		if end == k-1 && isPossMarker(r.di.doc.Tokens[end].Text) {
			end++ // "Ekdahl" "'s"
		}
		if end != k || o.sent != m.sent || o.ent < 0 || o.ent == m.ent || r.cl[o.ent].typ != hearsay.Person {
			continue
		}
		if !o.poss && !(o.kind == hearsay.PronounMention && r.di.pronounIn(r.lx, o.tok0).poss) {
			continue
		}
		var out []descItem
		for _, c := range slices.Sorted(maps.Keys(r.cl[o.ent].nats)) {
			out = append(out, descItem{typ: "nationality", country: c, obj: -1, trigger: spanOf(r.di.doc.Tokens, k, k+1)})
		}
		return out
	}
	return nil
}

// describe appends to out the description items as attributes of m's
// cluster, and records occupations and nationalities on the cluster.
func (r *resolver) describe(out []attr, m *ment, items []descItem, rule string) []attr {
	if len(items) == 0 {
		return out // most mentions: nothing to add, and no call
	}
	return r.describeItems(out, m, items, rule)
}

// describeItems is describe of a description with items.
func (r *resolver) describeItems(out []attr, m *ment, items []descItem, rule string) []attr {
	cl := r.cl[m.ent]
	for _, it := range items {
		a := attr{typ: it.typ, person: m.ent, literal: it.literal, obj: it.obj, country: it.country, body: it.body, sent: m.sent,
			trigger: it.trigger, rule: rule}
		if it.former {
			a.note = "former"
		}
		switch it.typ {
		case "occupation":
			if !it.former {
				r.addOcc(cl, it.literal)
			}
		case "nationality":
			if cl.nats == nil {
				cl.nats = map[string]bool{}
			}
			cl.nats[it.country] = true
		}
		out = append(out, a)
	}
	return out
}

// appositive reads "Camille Étienne, a climate activist," and "Millepied, 46, the director of ...",
// past an aside in parentheses after the name ("Morag (née Baird), a teacher").
func (r *resolver) appositive(m *ment) []descItem {
	toks := r.di.doc.Tokens
	j := skipParenthesis(toks, r.pastPostNominals(m.tok1, m.sent), m.sent) // "Ann Holt OBE, a chemist,", "Morag (née Baird), a teacher,"
	if j < len(toks) && isPossMarker(toks[j].Text) {
		return nil
	}
	if j >= len(toks) || toks[j].Sentence != m.sent || toks[j].Text != "," && !r.headingDash(m, j) {
		return nil
	}
	j++
	if j+1 < len(toks) && isNumber(toks[j].Text) && toks[j+1].Text == "," {
		j += 2
	}
	j = r.pastAddress(j, m.sent) // "Tom Hale, 29, of Deane Road, Bolton, a roofer,"
	if j >= len(toks) || toks[j].Sentence != m.sent {
		return nil
	}
	if r.afterAccordingTo(m) && r.verbBeforeComma(j, m.sent) {
		return nil // "According to X, a detective for the sheriff was given the files": the clause's subject, not X's description
	}
	if r.speakerAfterComma(j, m.sent) {
		return nil // "seen with Maisie Tolland, a spokesman confirmed": the speaker of the sentence, not her description
	}
	switch w := r.di.lower[j]; {
	case w == "a" || w == "an" || w == "the" || w == "former":
		if r.tradeBeforeName(j+1, m.sent) {
			return nil // "Lady Ashby, the novelist Kate Lyle and her husband": the trade is Kate Lyle's, told before her name
		}
	case r.isDemonym(j):
		if r.personNameAt(j) {
			return nil // "three children, Ivy, Finn and Oskar": a name, no nationality
		}
		if j+1 < len(toks) && toks[j+1].Sentence == m.sent && r.personNameAt(j+1) {
			return nil // "Welshman Gareth Bale, Frenchman Thierry Henry and ...": the next name's nationality
		}
	default:
		_, n := r.occupationAt(j)
		if n == 0 {
			_, n = r.pastPrefixedAt(j) // "X, ex-chairman of Y,"
		}
		if n == 0 || j+n < len(toks) && toks[j+n].Sentence == m.sent && r.personNameAt(j+n) {
			return nil // "Frontman X, 47, guitarist Y and bassist Z": the trade is Y's, told before Y's name
		}
	}
	return r.readDescription(j, 0, m.sent)
}

// tradeBeforeName reports whether a trade starts at token j of sentence
// sent and a person's name follows it right away ("the novelist Kate
// Lyle"): in a list of names the trade describes the name after it, and
// before a possessive ("the novelist Kate Lyle's husband") it is no trade
// of the name before the comma either.
func (r *resolver) tradeBeforeName(j, sent int) bool {
	toks := r.di.doc.Tokens
	if j >= len(toks) || toks[j].Sentence != sent {
		return false
	}
	_, n := r.occupationAt(j)
	k := j + n
	if n == 0 || k >= len(toks) || toks[k].Sentence != sent {
		return false
	}
	for _, o := range r.ms {
		if o.tok0 == k && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person {
			return true
		}
	}
	return false
}

// afterAccordingTo reports whether mention m follows "according to": the
// source of the clause after the comma.
func (r *resolver) afterAccordingTo(m *ment) bool {
	return m.tok0 >= 2 && r.di.lower[m.tok0-2] == "according" && r.di.lower[m.tok0-1] == "to"
}

// speakerAfterComma reports whether the words from token j of sentence sent
// up to the next comma or the sentence's end are a speaker and a speech
// verb with no relative pronoun between ("..., a spokesman in Los Angeles
// confirmed."): they close the sentence with its source, not a description
// of the name before the comma ("X, a singer who told fans ...").
func (r *resolver) speakerAfterComma(j, sent int) bool {
	toks := r.di.doc.Tokens
	for k := j; k < len(toks) && toks[k].Sentence == sent && toks[k].Text != ","; k++ {
		switch r.di.lower[k] {
		case "who", "whom", "whose", "which", "that", "and", "or":
			return false
		}
		if k > j && (r.di.is(r.lx, cueSpeechVerb, k) || r.di.is(r.lx, cueOrgSpeechVerb, k)) {
			return true
		}
	}
	return false
}

// verbBeforeComma reports whether a verb of a clause (a tense or a modal,
// by the tagger) stands from token j of sentence sent up to the next comma
// or the sentence's end: the words open a clause, not a description set
// off by commas.
func (r *resolver) verbBeforeComma(j, sent int) bool {
	toks := r.di.doc.Tokens
	for ; j < len(toks) && toks[j].Sentence == sent && toks[j].Text != ","; j++ {
		switch toks[j].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// maxAddress is the most tokens of an address after a name ("of 12 Mill
// Lane, Nelson, Lancashire,").
const maxAddress = 10

// pastAddress returns the token after an address that starts with "of" at
// token j of sentence sent and ends with the comma before a description
// ("of Elm Road, Wigan, a plumber": the token of "a"), or j when no address
// starts there. The address is capitalised words, numbers and commas; the
// description opens with an article, "former" or a trade.
func (r *resolver) pastAddress(j, sent int) int {
	toks := r.di.doc.Tokens
	if j >= len(toks) || r.di.lower[j] != "of" {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+maxAddress && toks[k].Sentence == sent; k++ {
		t := toks[k].Text
		if t == "," {
			if k == j+1 || k+1 >= len(toks) || toks[k+1].Sentence != sent {
				return j
			}
			switch w := r.di.lower[k+1]; {
			case w == "a" || w == "an" || w == "former":
				return k + 1
			default:
				if _, n := r.occupationAt(k + 1); n > 0 {
					return k + 1
				}
			}
			continue
		}
		if !isCap(t) && !isNumber(t) {
			return j
		}
	}
	return j
}

// headingDash reports whether token j, right after mention m, is a dash
// that sets a post off from a name which opens its sentence, as lists of
// staff and people moves write them, one to a line ("Dr Tom Vale -
// Consultant Neonatologist"): the words after it describe the person as an
// apposition does.
func (r *resolver) headingDash(m *ment, j int) bool {
	switch r.di.doc.Tokens[j].Text {
	case "-", "–", "—":
	default:
		return false
	}
	first := r.di.doc.Sentences[m.sent].FirstToken
	if m.tok0 == first {
		return true
	}
	return m.title != "" && m.tok0-first <= 2 && isCap(r.di.doc.Tokens[first].Text) // "Dr Tom Vale", the title before the mention
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// copula reads "Millepied is a French choreographer and dancer".
func (r *resolver) copula(m *ment) []descItem {
	toks := r.di.doc.Tokens
	after := skipParenthesis(toks, r.pastPostNominals(m.tok1, m.sent), m.sent) // "Ann Holt DBE (born 12 May 1961) is a British chemist"
	j := after
	if j+2 < len(toks) && toks[j].Text == "," && isNumber(toks[j+1].Text) && toks[j+2].Text == "," {
		j += 3 // "Sofia, 41, is ..."
	} else if j < len(toks) && toks[j].Text == "," && m.tok0 > 0 && toks[m.tok0-1].Text == "," {
		j++ // "His partner, Anne Roux, is ..."
	}
	seen := false
	for from := j; j < len(toks) && toks[j].Sentence == m.sent && j < from+4; j++ {
		if r.di.is(r.lx, cueCopula, j) {
			seen = true
			continue
		}
		if !r.di.is(r.lx, cueCopulaFiller, j) {
			break
		}
	}
	if !seen || j >= len(toks) || toks[j].Sentence != m.sent {
		return nil
	}
	switch w := r.di.lower[j]; {
	case w == "a" || w == "an" || w == "the" || w == "former":
		if r.tradeBeforeName(j+1, m.sent) {
			return nil // "Lady Ashby, the novelist Kate Lyle and her husband": the trade is Kate Lyle's, told before her name
		}
	case r.isDemonym(j):
	default:
		return nil
	}
	return r.readDescription(j, 0, m.sent)
}

// maxNamedDescription is the most tokens of an indefinite description
// before "named" ("a 19-year-old nursing student named").
const maxNamedDescription = 6

// namedTrade reads "a nurse named Joan Ruddle", "an off-duty firefighter
// called Ben Orr": an indefinite description whose head is a trade, then
// "named" or "called" right before the name.
func (r *resolver) namedTrade(m *ment) []descItem {
	toks := r.di.doc.Tokens
	v := m.tok0 - 1
	if v < 2 || toks[v].Sentence != m.sent || toks[v].Text != "named" && toks[v].Text != "called" {
		return nil
	}
	lead := r.lx.is(cueNameTrade, r.di.lower[v-1]) // "a student named Lena Fisk"
	if !lead && !r.tradeEndsAt(v, m.sent) {
		return nil
	}
	for a := v - 2; a >= 0 && a >= v-maxNamedDescription && toks[a].Sentence == m.sent; a-- {
		switch r.di.lower[a] {
		case "a", "an":
			if lead {
				return r.nameTradeItem(v - 1)
			}
			return r.readDescription(a, v, m.sent)
		case ",", "and", "the", "who", "named", "called":
			return nil
		}
	}
	return nil
}

// nameTrade reads "Student Maisie Kerr, 19, said": a noun of cue class
// name-trade opening its sentence right before a name, which is a trade
// only there and before "named" ("a former student of the school", "fellow
// student Tom Hale" tell no trade).
func (r *resolver) nameTrade(m *ment) []descItem {
	a := m.tok0 - 1
	if a < 0 || r.di.doc.Tokens[a].Sentence != m.sent || !r.lx.is(cueNameTrade, r.di.lower[a]) {
		return nil
	}
	if a != r.di.doc.Sentences[m.sent].FirstToken {
		return nil // "fellow student Tom Hale", "former student X": a tie to someone, no trade told
	}
	return r.nameTradeItem(a)
}

// nameTradeItem is the occupation of the name-trade noun at token a.
func (r *resolver) nameTradeItem(a int) []descItem {
	return []descItem{{typ: "occupation", literal: r.di.lower[a], obj: -1, trigger: spanOf(r.di.doc.Tokens, a, a+1)}}
}

// tradeEndsAt reports whether an occupation noun of one to nounMax words
// ends right before token end of sentence sent ("nurse", "taxi driver"),
// no kin noun and no post.
func (r *resolver) tradeEndsAt(end, sent int) bool {
	toks := r.di.doc.Tokens
	for n := min(r.lx.nounMax, end); n >= 1; n-- {
		if toks[end-n].Sentence != sent {
			continue
		}
		if info, ok := r.di.nounWords(r.lx, end-n, end); ok && info.isOcc && !info.isKin && !info.isRole {
			return true
		}
	}
	return false
}

// premodifier reads "climate activist Camille Étienne" and "French actress X".
func (r *resolver) premodifier(m *ment) []descItem {
	toks := r.di.doc.Tokens
	if m.title != "" && r.titleRole(m) != "" {
		return nil // a title that is a post ("Senator", "Captain"); "the economist Dr. Femi Lind" is read
	}
	top := min(r.lx.nounMax, m.tok0)
	if !r.di.mayEndNoun(r.lx, m.tok0) {
		top = 0 // no person noun ends right before the name
	}
	for n := top; n >= 1; n-- {
		a := m.tok0 - n
		if toks[a].Sentence != m.sent {
			continue
		}
		info, ok := r.di.nounWords(r.lx, a, m.tok0)
		if !ok || !info.isOcc && !info.isRole || info.isKin {
			continue
		}
		if a > 0 && (r.di.lower[a-1] == "a" || r.di.lower[a-1] == "an") {
			return nil
		}
		if r.departmentPost(a, m.sent) {
			return nil // "finance director Gareth Price", "education officer X": a post, no trade
		}
		if items := r.leagueTrade(a, m); items != nil {
			return items
		}
		start := a
		for start > 0 && toks[start-1].Sentence == m.sent {
			if r.isDemonym(start-1) || r.di.lower[start-1] == "former" {
				start--
				continue
			}
			if start >= 2 && toks[start-2].Sentence == m.sent {
				if _, n := r.demonymAt(start - 2); n == 2 {
					start -= 2 // "South African golfer Tom Hale"
					continue
				}
			}
			break
		}
		items := r.readDescription(start, m.tok0, m.sent)
		if m.title != "" {
			items = tradesOnly(items) // "Board Chairman Dr. Helena Fitz": the post is read with the title (fact stage)
		}
		items = append(items, r.coordinatedTrades(r.pastQualifier(start, m.sent), m.sent)...)
		return r.formerBeforeOrg(items, a, m.sent)
	}
	if items := r.pastPrefixedPremodifier(m); items != nil {
		return items
	}
	if items := r.occupationBeforeKin(m); items != nil {
		return items
	}
	if a := m.tok0 - 1; a >= 0 && toks[a].Sentence == m.sent && r.isDemonym(a) {
		if info, ok := r.di.nounAt(r.lx, a); ok && info.isKin {
			return r.readDescription(a, m.tok0, m.sent) // "the Spaniard Luis Ortega"
		}
	}
	return nil
}

// pastQualifier returns the first of up to three capitalised words of
// sentence sent right before token a that qualify the trade at a, when
// "and" or "&" comes before them ("Former Liverpool striker and BBC pundit
// Danny Marsh": the words "BBC"), else a: the trades joined to it are
// read before the qualifier.
func (r *resolver) pastQualifier(a, sent int) int {
	toks := r.di.doc.Tokens
	q := a
	for q > 0 && q > a-3 && toks[q-1].Sentence == sent && isCap(toks[q-1].Text) && !r.di.initial[q-1] {
		q--
	}
	if q == a || q == 0 || toks[q-1].Sentence != sent || r.di.lower[q-1] != "and" && r.di.lower[q-1] != "&" {
		return a
	}
	return q
}

// maxCoordinatedTrades is how many trades joined by "and" and commas may
// stand before the one right before a name.
const maxCoordinatedTrades = 3

// coordinatedTrades reads the trades joined by "and" or commas to the one
// that starts at token end, before a name: "Author and broadcaster Jane
// Tolley", "Singer, actress and activist Ella Ward". Each is an occupation
// noun of one to nounMax words, no kin noun and no post.
func (r *resolver) coordinatedTrades(end, sent int) []descItem {
	toks := r.di.doc.Tokens
	var out []descItem
	for k := 0; k < maxCoordinatedTrades && end >= 2 && toks[end-1].Sentence == sent; k++ {
		if w := r.di.lower[end-1]; w != "and" && w != "&" && w != "," {
			break
		}
		found := -1
		for n := min(r.lx.nounMax, end-1); n >= 1; n-- {
			b := end - 1 - n
			if toks[b].Sentence != sent {
				continue
			}
			if info, ok := r.di.nounWords(r.lx, b, end-1); ok && info.isOcc && !info.isRole && !info.isKin {
				found = b
				break
			}
		}
		if found < 0 {
			break
		}
		out = append(out, tradesOnly(r.readDescription(found, end-1, sent))...)
		end = found
	}
	return out
}

// pastPrefixLen returns the length of the prefix that makes word w a post
// or trade held before: a word of cue class former-title and a hyphen
// ("ex-chief", "former-minister"), when more follows; 0 for none.
func (r *resolver) pastPrefixLen(w string) int {
	for i := 1; i < len(w)-1 && i <= 10; i++ {
		if w[i] == '-' && r.lx.is(cueFormerTitle, w[:i]) {
			return i + 1
		}
	}
	return 0
}

// pastPrefixedAt returns the person noun that starts at token j past a
// prefix of pastPrefixLen ("ex-chairman", "ex-chief executive": the
// first word written with the prefix) and its length in tokens; 0 when
// none does.
func (r *resolver) pastPrefixedAt(j int) (nounInfo, int) {
	w := r.di.lower[j]
	p := r.pastPrefixLen(w)
	if p == 0 {
		return nounInfo{}, 0
	}
	toks := r.di.doc.Tokens
	var buf [8]string
	for n := r.lx.nounMax; n >= 1; n-- {
		if j+n > len(toks) || toks[j+n-1].Sentence != toks[j].Sentence || n > len(buf) {
			continue
		}
		words := append(append(buf[:0], w[p:]), r.di.lower[j+1:j+n]...)
		if info, ok := r.lx.nounWords(words); ok && (info.isOcc || info.isRole) && !info.isKin {
			return info, n
		}
	}
	return nounInfo{}, 0
}

// pastPrefixedPremodifier reads a post or trade written with a past prefix
// right before a name ("ex-chairman Colm Darragh", "Orlo Foods ex-chief
// executive Ann Vale"): held before, with the organisation named before it.
func (r *resolver) pastPrefixedPremodifier(m *ment) []descItem {
	toks := r.di.doc.Tokens
	for n := min(r.lx.nounMax, m.tok0); n >= 1; n-- {
		a := m.tok0 - n
		if toks[a].Sentence != m.sent {
			continue
		}
		if _, k := r.pastPrefixedAt(a); k != n {
			continue
		}
		if a > 0 && (r.di.lower[a-1] == "a" || r.di.lower[a-1] == "an") {
			return nil
		}
		items := r.readDescription(a, m.tok0, m.sent)
		if m.title != "" {
			items = tradesOnly(items)
		}
		return items
	}
	return nil
}

// formerBeforeOrg marks the items of a description read before a name
// from token a as former when an organisation named right before a
// follows a word of cue class former-title ("Former Brisk Foods chairman
// Sam Oduya"): the word qualifies the post the organisation's name opens.
func (r *resolver) formerBeforeOrg(items []descItem, a, sent int) []descItem {
	if len(items) == 0 || a < 2 {
		return items
	}
	toks := r.di.doc.Tokens
	for _, o := range r.ms {
		if o.tok1 != a || o.sent != sent || o.kind != hearsay.NameMention || o.ent < 0 || r.cl[o.ent].typ != hearsay.Org {
			continue
		}
		if k := o.tok0 - 1; k >= 0 && toks[k].Sentence == sent && r.di.is(r.lx, cueFormerTitle, k) {
			for i := range items {
				items[i].former = true
			}
		}
		break
	}
	return items
}

// departmentPost reports whether the person noun at token a follows a word
// of cue class department-mod in the same sentence ("finance director",
// "fundraising manager", "tax manager"): the title of a post in an
// organisation, which tells no trade.
func (r *resolver) departmentPost(a, sent int) bool {
	toks := r.di.doc.Tokens
	if a == 0 || toks[a-1].Sentence != sent || !r.lx.is(cueDepartmentMod, r.di.lower[a-1]) {
		return false
	}
	// written in lowercase, or opening the sentence: "Harbourne City manager" names a club
	return toks[a-1].Text == r.di.lower[a-1] || a == 1 || toks[a-2].Sentence != sent
}

// leagueTrade reads the trade of a league's players (data/leagues.tsv)
// before a noun too vague for an occupation (vague-occupation in
// data/cues.tsv) at token a, right before the name: "UFC star Rosa
// Diaz" is a mixed martial artist.
func (r *resolver) leagueTrade(a int, m *ment) []descItem {
	toks := r.di.doc.Tokens
	if a < 1 || toks[a-1].Sentence != m.sent || !r.di.isPhrase(r.lx, cueVagueOccupation, a, m.tok0) {
		return nil
	}
	if trade, ok := r.lx.leagues[r.di.lower[a-1]]; ok {
		return []descItem{{typ: "occupation", literal: trade, obj: -1, trigger: spanOf(toks, a-1, m.tok0)}}
	}
	return nil
}

// occupationBeforeKin reads the occupation between a possessive and a
// kinship noun right before a name: "her footballer boyfriend Jordan
// Ashby", "his actress wife Ella Hart", or the trade of a league's players
// (data/leagues.tsv): "her NHL boyfriend". The occupation is the named
// person's.
func (r *resolver) occupationBeforeKin(m *ment) []descItem {
	toks := r.di.doc.Tokens
	k := m.tok0 - 1
	if k < 1 || toks[k].Sentence != m.sent {
		return nil
	}
	if info, ok := r.di.nounAt(r.lx, k); !ok || !info.isKin || info.class == "other" || info.class == "person" {
		return nil
	}
	if trade, ok := r.lx.leagues[r.di.lower[k-1]]; ok && toks[k-1].Sentence == m.sent {
		return []descItem{{typ: "occupation", literal: trade, obj: -1, trigger: spanOf(toks, k-1, k)}} // "her NHL boyfriend"
	}
	top := min(r.lx.nounMax, k)
	if !r.di.mayEndNoun(r.lx, k) {
		top = 0 // no occupation ends before the kinship noun
	}
	for n := top; n >= 1; n-- {
		a := k - n
		if toks[a].Sentence != m.sent {
			continue
		}
		info, ok := r.di.nounWords(r.lx, a, k)
		if !ok || !info.isOcc || info.isKin {
			continue
		}
		if a > 0 && (r.di.lower[a-1] == "a" || r.di.lower[a-1] == "an") {
			return nil // "is a footballer": a predicate, see copula
		}
		return r.readDescription(a, k, m.sent)
	}
	return nil
}

// placeBeforeTitle reads a title that is a role, with the place or
// organisation named right before it ("Idaho Gov. Brad Little", "Oregon
// Sen. Mary Hale"): the person holds that role there.
func (r *resolver) placeBeforeTitle(m *ment) []descItem {
	if m.tok0 == 0 {
		return nil
	}
	if p := r.partyBefore(m); p >= 0 {
		return []descItem{{typ: "member_of", obj: p, trigger: spanOf(r.di.doc.Tokens, m.tok0-1, m.tok0)}} // "Labour MP Jane Holt", "Conservative Tom Baines"
	}
	if items := r.demonymBeforeTitle(m); items != nil {
		return items
	}
	if m.title == "" {
		return nil
	}
	title := m.title
	if n, ok := r.lx.titleNouns[title]; ok {
		title = n // "Gov." is a governor
	}
	info, ok := r.lx.noun(title)
	if !ok || !info.isRole || info.role == "member" {
		return nil
	}
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break // r.ms is in order of tok0: no later mention ends at m
		}
		if o.tok1 != m.tok0 || o.kind != hearsay.NameMention || o.ent < 0 || o.sent != m.sent || o.poss {
			continue
		}
		if t := r.cl[o.ent].typ; t == hearsay.Place || t == hearsay.Org {
			return []descItem{{typ: "position_held", literal: info.role, obj: o.ent, trigger: spanOf(r.di.doc.Tokens, m.tok0, m.tok0+1)}}
		}
	}
	return nil
}

// demonymBeforeTitle reads a title of a state's office with a demonym right
// before it ("British Prime Minister Alan Wexford", "French President Anne
// Roy"; cue classes state-office and national-office): the person holds
// that role in the demonym's country.
func (r *resolver) demonymBeforeTitle(m *ment) []descItem {
	end := m.tok0 + 1 // a title of one token ("Sen.", "President")
	if m.nameTok > m.tok0 {
		end = m.nameTok // "Prime Minister"
	} else if m.title == "" {
		return nil
	}
	title := strings.Join(r.di.lower[m.tok0:end], " ")
	if n, ok := r.lx.titleNouns[title]; ok {
		title = n
	}
	info, ok := r.lx.noun(title)
	if !ok || !info.isRole || !r.lx.is(cueStateOffice, info.role) && !r.lx.is(cueNationalOffice, info.role) {
		return nil
	}
	for j := m.tok0 - 1; j >= 0 && j >= m.tok0-r.lx.demMax; j-- {
		if c, n := r.demonymAt(j); n > 0 && j+n == m.tok0 {
			return []descItem{{typ: "position_held", literal: info.role, obj: -1, country: c, trigger: spanOf(r.di.doc.Tokens, m.tok0, end)}}
		}
	}
	return nil
}

// partyStateAfter reads the party initial and state written after a
// legislator's name ("Sen. Mary Holt, D-Ore.,", "Rep. Tom Vance (R-Ohio)";
// initials in data/parties.tsv, states in data/regions.tsv): membership
// of the party and, with a title of office, the office in that state.
func (r *resolver) partyStateAfter(m *ment) []descItem {
	toks := r.di.doc.Tokens
	j := m.tok1
	if j+1 >= len(toks) || toks[j+1].Sentence != m.sent || toks[j].Text != "," && toks[j].Text != "(" {
		return nil
	}
	code, k := toks[j+1].Text, j+2
	if k < len(toks) && toks[k].Text == "." && toks[k].Start == toks[j+1].End {
		code, k = code+".", k+1 // "D-Ore" "."
	}
	if len(code) < 4 || code[1] != '-' {
		return nil
	}
	state := r.lx.region(code[2:])
	if state == "" {
		state = r.lx.region(code[2:] + ".")
	}
	if state == "" {
		return nil
	}
	trigger := spanOf(toks, j+1, k)
	var out []descItem
	if party, ok := r.lx.parties[strings.ToLower(code[:2])]; ok {
		out = append(out, descItem{typ: "member_of", obj: -1, body: party, trigger: trigger})
	}
	if role := r.titleRole(m); role != "" {
		out = append(out, descItem{typ: "position_held", literal: role, obj: -1, country: state, trigger: trigger})
	}
	return out
}

// tradesOnly keeps the occupations and nationalities of items, in place.
func tradesOnly(items []descItem) []descItem {
	out := items[:0]
	for _, it := range items {
		if it.typ == "occupation" || it.typ == "nationality" {
			out = append(out, it)
		}
	}
	return out
}

// titleTrade reads the trade a title before the name states
// (data/titletrades.tsv): "Professor Ilse Marrow" is a professor, "the
// Rev. Tobias Hale" a priest.
func (r *resolver) titleTrade(m *ment) []descItem {
	if m.title == "" {
		return nil // most names: no title to look up
	}
	trade, ok := r.lx.titleTrades[m.title]
	if !ok {
		return nil
	}
	toks := r.di.doc.Tokens
	if (m.title == "justice" || m.title == "constable") && (r.di.lower[m.tok0] == "chief" || m.tok0 > 0 && r.di.lower[m.tok0-1] == "chief" && toks[m.tok0-1].Sentence == m.sent) {
		return nil // "Chief Justice X", "Chief Constable X": the head of a court or a force, a post
	}
	return []descItem{{typ: "occupation", literal: trade, obj: -1, trigger: spanOf(toks, m.tok0, m.tok0+1)}}
}

// placeNamedByTrade reports whether the capitalised trade of n tokens at
// j is the first word of a place's name, being followed in sentence sent
// by a capitalised last word of place names (cue class place-tail): "Cook
// County", "Baker City", "Mason County".
func (r *resolver) placeNamedByTrade(j, n, sent int) bool {
	k := j + n
	toks := r.di.doc.Tokens
	return k < len(toks) && toks[k].Sentence == sent && r.di.capital[j] && r.di.capital[k] && r.di.is(r.lx, cuePlaceTail, k)
}

// postNominalTrade reads the trade the letters after the name state
// (data/postnominaltrades.tsv): "Rachel Dunmore KC" is a barrister.
func (r *resolver) postNominalTrade(m *ment) []descItem {
	toks := r.di.doc.Tokens
	end := r.pastPostNominals(m.tok1, m.sent)
	for j := m.tok1; j < end; j++ {
		if trade, ok := r.lx.postNominalTrades[r.di.lower[j]]; ok {
			return []descItem{{typ: "occupation", literal: trade, obj: -1, trigger: spanOf(toks, j, j+1)}}
		}
	}
	return nil
}

// titleRole returns the canonical role of m's title ("Sen." is a senator),
// or "" when it has none that is a role.
func (r *resolver) titleRole(m *ment) string {
	title := m.title
	if n, ok := r.lx.titleNouns[title]; ok {
		title = n
	}
	info, ok := r.lx.noun(title)
	if title == "" || !ok || !info.isRole || info.role == "member" {
		return ""
	}
	return info.role
}

// isParty reports whether cluster c is a party: named by its members'
// words (partyWords: "Green", "Liberal Democrat") or by a name ending in
// "Party".
func (r *resolver) isParty(c int) bool {
	for _, m := range r.cl[c].ments {
		if m.kind == hearsay.NameMention && len(m.words) > 0 && (r.lx.partyMemberWords(m.words) || strings.EqualFold(m.words[len(m.words)-1], "party")) {
			return true
		}
	}
	return false
}

// partyBefore returns the cluster of a party named right before m by one
// word of cue class party-member, or a word of class party-lead and one of
// party-member ("Labour MP Jane Holt", "Republican Jim Banks", "Liberal
// Democrat Helen Marsh"), or -1.
func (r *resolver) partyBefore(m *ment) int {
	ms := r.ms
	if ends, ok := r.mentsEndingAt(m.tok0); ok {
		ms = ends // the mentions the loop below would look at, in its order
	}
	for _, o := range ms {
		if o.tok0 >= m.tok0 {
			break // r.ms is in order of tok0: no later mention ends at m
		}
		if o.tok1 != m.tok0 || o.kind != hearsay.NameMention || o.ent < 0 || o.sent != m.sent || o.poss {
			continue
		}
		if r.cl[o.ent].typ == hearsay.Org && r.lx.partyMemberWords(o.words) {
			return o.ent
		}
	}
	return -1
}

// titleOfPlace reads a title that is a role, with the place or
// organisation after the name ("King Albrecht of Valmora", "Governor Elena
// Marsh of West Arden"): the person holds that role there.
func (r *resolver) titleOfPlace(m *ment) []descItem {
	if m.title == "" || m.tok1+1 >= len(r.di.lower) || r.di.lower[m.tok1] != "of" {
		return nil
	}
	info, ok := r.lx.noun(m.title)
	if !ok || !info.isRole || info.role == "member" {
		return nil
	}
	o := r.orgAt(m.tok1+1, m.sent)
	if o == nil {
		return nil
	}
	return []descItem{{typ: "position_held", literal: info.role, obj: o.ent, trigger: spanOf(r.di.doc.Tokens, m.tok0, m.tok0+1)}}
}

// likePlural reads "like many actors, Portman ...".
func (r *resolver) likePlural(m *ment) []descItem {
	toks := r.di.doc.Tokens
	if m.tok0 < 3 || toks[m.tok0-1].Text != "," {
		return nil
	}
	for j := m.tok0 - 2; j >= 0 && j >= m.tok0-5 && toks[j].Sentence == m.sent; j-- {
		if r.di.lower[j] != "like" {
			continue
		}
		k := j + 1
		switch r.di.lower[k] {
		case "many", "other", "most", "fellow", "some", "all", "so", "several":
			k++
		}
		if k >= m.tok0-1 {
			return nil
		}
		phrase := singular(strings.Join(r.di.lower[k:m.tok0-1], " "))
		if info, ok := r.lx.noun(phrase); ok && info.isOcc {
			return []descItem{{typ: "occupation", literal: phrase, obj: -1,
				trigger: hearsay.Span{Start: toks[k].Start, End: toks[m.tok0-2].End}}}
		}
		return nil
	}
	return nil
}

// nominalItems reads a resolved description: "the French choreographer",
// "Hart's publicist", "the 52-year-old Swede".
func (r *resolver) nominalItems(m *ment) []descItem {
	if c, ok := r.lx.demonyms[m.noun]; ok && m.possessor == nil && r.di.lower[m.tok0] == "the" && !m.info.isOcc {
		// "the 52-year-old Swede": a nationality named by its noun
		return []descItem{{typ: "nationality", country: c, obj: -1, trigger: spanOf(r.di.doc.Tokens, m.head, m.head+1)}}
	}
	if m.noun == "" || !m.info.isOcc && !m.info.isRole {
		return nil
	}
	if m.orgPossessed && m.info.isRole {
		noun := r.di.lower[m.tok0+1]
		org := r.orgNamedBy(noun, m.tok0) // "the bank's chief executive": the one bank named before
		if org < 0 && r.orgsNamedBy(noun, m.tok0) > 1 {
			return nil // "the society's president" after the Royal Society and the Brontë Society: the text does not say which
		}
		if org < 0 {
			org = r.mainOrg()
			if org >= 0 && !r.kindFits(noun, org) {
				return nil // "the council's director of housing" in a story of a food firm: no council the text names
			}
		}
		if org < 0 {
			org = r.recentOrg(m, 2) // "Shares of Orbis Motors fell. The carmaker's new chief executive ..."
		}
		if org >= 0 {
			a := m.head - m.info.wordsLen + 1
			return []descItem{{typ: "position_held", literal: m.info.role, obj: org, trigger: spanOf(r.di.doc.Tokens, a, m.tok1)}}
		}
		return nil
	}
	if r.di.lower[m.tok0] == "its" && m.info.isRole {
		// "Lumen Foods said Ana Keel will become its chief executive"
		if org := r.itsOrg(m); org >= 0 {
			a := m.head - m.info.wordsLen + 1
			return []descItem{{typ: "position_held", literal: m.info.role, obj: org, trigger: spanOf(r.di.doc.Tokens, a, m.tok1)}}
		}
		return nil
	}
	if p := m.possessor; p != nil {
		if p.kind == hearsay.NameMention && p.ent >= 0 && r.cl[p.ent].typ == hearsay.Org && m.info.isRole {
			// "Atlético Vale's sporting director, Xavier Roig"
			a, former := r.pastPostMods(p.tok1+1, m.tok1-1) // "Kell Group's new chairman, X": the post is "chairman"
			return []descItem{{typ: "position_held", literal: strings.Join(r.di.lower[a:m.tok1], " "), obj: p.ent,
				trigger: spanOf(r.di.doc.Tokens, a, m.tok1), former: former}}
		}
		if r.lx.reps[m.noun] || !m.info.isOcc {
			return nil // "Hart's publicist": who represents whom, not an occupation
		}
		return r.readDescription(m.head-m.info.wordsLen+1, m.tok1, m.sent)
	}
	if !m.info.isOcc {
		return nil
	}
	if r.di.lower[m.tok0] != "the" && !(m.indefinite && (r.cl[m.ent].unnamed != "" || m.rule == "nominal-lede" || r.descriptionBeforeName(m))) {
		return nil // "the choreographer"; "a fitness instructor" for an unnamed person; the lede's "A retired headteacher won the seat"
	}
	return r.readDescription(r.pastQuotedTitle(m.tok0+1, m.tok1), m.tok1, m.sent)
}

// occupationAt returns the longest occupation or role phrase starting at token j and its length.
func (r *resolver) occupationAt(j int) (nounInfo, int) {
	toks := r.di.doc.Tokens
	top := r.lx.nounMax
	if w := r.di.lower[j]; w != "" && strings.IndexByte(w, ' ') < 0 {
		if ti := r.di.token(r.lx, j); ti == nil || !ti.has(bitNounHead) {
			top = min(top, 1) // no person noun of several words starts with the word
		}
	}
	for n := top; n >= 1; n-- {
		if j+n > len(toks) || toks[j+n-1].Sentence != toks[j].Sentence {
			continue
		}
		if info, ok := r.di.nounWords(r.lx, j, j+n); ok && (info.isOcc || info.isRole) && !info.isKin {
			return info, n
		}
	}
	return nounInfo{}, 0
}

// demonymAt returns the country of the demonym starting at token j and its length in tokens.
func (r *resolver) demonymAt(j int) (string, int) {
	toks := r.di.doc.Tokens
	for n := r.lx.demMax; n >= 1; n-- {
		if j+n > len(toks) || toks[j+n-1].Sentence != toks[j].Sentence || !isCap(toks[j].Text) {
			continue
		}
		var buf [64]byte
		if c, ok := r.lx.demonyms[string(joinWords(buf[:0], r.di.lower[j:j+n]))]; ok { // no copy for the lookup
			return c, n
		}
	}
	return "", 0
}

// readDescription reads a description from token j to the end of its
// phrase, or to token end when end > 0.
func (r *resolver) readDescription(j, end, sent int) []descItem {
	toks := r.di.doc.Tokens
	if r.descBuf == nil {
		r.descBuf = make([]descItem, 0, 32) // room for the descriptions of most articles
	}
	base := len(r.descBuf)
	out := r.descBuf[base:base] // the items go into descBuf's spare room
	wrote := false              // an item was read, though it may have been dropped since
	former := false
	hobby := false // "a keen gardener": the trade after the word is a pastime
	if end <= 0 {
		end = len(toks)
	}
	for start := j; j < end && toks[j].Sentence == sent && j < start+12; {
		w := r.di.lower[j]
		if isClauseEnd(toks[j].Text) || isQuote(toks[j].Text) {
			break
		}
		if ageOf(w) > 0 {
			j++ // "the 31-year-old actress"
			continue
		}
		switch w {
		case "a", "an", "the", "and", "&":
			j++
			continue
		case "turned": // "a teacher turned novelist": the later trade, the earlier one read as former
			former = false
			for i := range out {
				if out[i].typ == "occupation" {
					out[i].former = true
				}
			}
			j++
			continue
		}
		if r.di.is(r.lx, cueFormerTitle, j) {
			former = true
			j++
			if o := r.orgAt(j, sent); o != nil && r.cl[o.ent].typ == hearsay.Org && o.tok1 < end {
				if _, n := r.occupationAt(o.tok1); n > 0 {
					j = o.tok1 // "a former Dodgers pitcher": the trade after the organisation's name
				}
			}
			continue
		}
		if r.di.is(r.lx, cueHobbyMod, j) {
			hobby = true
			j++
			continue
		}
		if c, n := r.demonymAt(j); n > 0 && !r.orgStartsWith(j, n, sent) {
			out = append(out, descItem{typ: "nationality", country: c, obj: -1, trigger: spanOf(toks, j, j+n)})
			j += n
			continue
		}
		info, n := r.occupationAt(j)
		if n > 0 && r.placeNamedByTrade(j, n, sent) {
			j += n + 1 // "Cook County Commissioner X": the trade is a word of a place's name
			continue
		}
		if n == 0 {
			if info, n = r.pastPrefixedAt(j); n > 0 {
				former = true // "the ex-chief executive of X"
			}
		}
		if n == 1 && r.gradeBeforeTrade(j, sent) {
			j++ // "a consultant neonatologist": the grade is no second trade
			continue
		}
		if n > 0 {
			if j+n < len(toks) && toks[j+n].Sentence == sent && isPossMarker(toks[j+n].Text) {
				break // "Ann Dale, the vicar's wife": the trade of someone else
			}
			start := len(out)
			var next int
			out, next = r.roleOrOccupation(out, info, j, n, sent)
			wrote = wrote || len(out) > start
			if r.departmentPost(j, sent) || hobby {
				out = dropOccupations(out, start) // "the education officer of X": a post, no trade; "an avid golfer": a pastime
			}
			hobby = false
			for i := start; i < len(out); i++ {
				out[i].former = former
			}
			j = next
			continue
		}
		if r.di.is(r.lx, cuePartyMember, j) {
			if m := r.orgAt(j, sent); m != nil && r.cl[m.ent].typ == hearsay.Org {
				out = append(out, descItem{typ: "member_of", obj: m.ent, trigger: spanOf(toks, j, j+1)}) // "a three-term Democrat"
			}
			break
		}
		if next := r.placeNative(j, end, sent); next > j {
			j = next // "a Leeds native and former reporter": the home is read by the fact stage, the trade here
			continue
		}
		if next, org := r.staffOf(j, end, sent); next > j {
			out = append(out, descItem{typ: "member_of", obj: org, former: former, trigger: spanOf(toks, j, next)}) // "a former Orbis Software employee"
			wrote = true
			j = next
			continue
		}
		if next := r.namedEmployer(j, end, sent); next > j {
			j = next // "a former Royal Navy stoker", "a former Norway defender": the name qualifies the trade after it
			continue
		}
		if r.acronymBeforeTrade(j, sent) {
			j++ // "an NHS nurse", "a veteran BBC journalist": the letters qualify the trade after them
			continue
		}
		if next := r.capitalsBeforeTrade(j, end, sent); next > j {
			j = next // "a Franciscan friar", "a Premier League footballer", "a Guardian columnist": the words qualify the trade after them
			continue
		}
		if r.di.is(r.lx, cueDescriptionStop, j) || !isAlphaWord(toks[j].Text) || isCap(toks[j].Text) && !r.lx.placeCompound(toks[j].Text) && !lowerTail(toks[j].Text) && !r.di.is(r.lx, cueNotAName, j) {
			break
		}
		if r.pastPrefixLen(w) > 0 {
			former = true // "an ex-finance director", "an ex-Navy officer"
		}
		j++ // a modifier such as "award-winning", "Greek-born", "Catholic"
	}
	return r.keepDescription(base, out, wrote)
}

// orgStartsWith reports whether the name of an organisation that starts
// at token j of sentence sent goes on past the n words of a demonym there
// ("the British and Irish Lions flanker"): the demonym is a word of the
// name, no nationality.
func (r *resolver) orgStartsWith(j, n, sent int) bool {
	o := r.orgAt(j, sent)
	return o != nil && r.cl[o.ent].typ == hearsay.Org && o.tok1 > j+n
}

// acronymBeforeTrade reports whether token j of sentence sent is an
// acronym (two to five capital letters: "NHS", "BBC", "HGV") right before an
// occupation that is no post ("an NHS nurse", "a BBC journalist").
func (r *resolver) acronymBeforeTrade(j, sent int) bool {
	toks := r.di.doc.Tokens
	if w := toks[j].Text; len(w) < 2 || len(w) > 5 || strings.ToUpper(w) != w || !isAlphaWord(w) {
		return false
	}
	if j+1 >= len(toks) || toks[j+1].Sentence != sent {
		return false
	}
	info, n := r.occupationAt(j + 1)
	return n > 0 && info.isOcc && !info.isRole
}

// capitalsBeforeTrade returns the token after a run of capitalised words
// (at most five tokens, "and" between two of them) starting at token j of a description that no mention
// of a person starts and that a trade (an occupation of no post) follows
// before end in sentence sent: "a Franciscan friar", "a Premier League
// footballer", "a Test cricketer", "a Booker Prize-winning novelist". The
// run qualifies the trade; no employer of the entity stage is read from it
// (namedEmployer reads those). It returns j when there is none.
func (r *resolver) capitalsBeforeTrade(j, end, sent int) int {
	toks := r.di.doc.Tokens
	if !isCap(toks[j].Text) {
		return j
	}
	for _, m := range r.ms {
		if m.tok0 == j && m.kind == hearsay.NameMention && m.ent >= 0 && r.cl[m.ent].typ == hearsay.Person {
			return j // "the Tom Hale biographer": someone's name
		}
		if m.tok0 > j {
			break
		}
	}
	k := j
	for k < j+5 && k < end && toks[k].Sentence == sent {
		if w := r.di.lower[k]; (w == "and" || w == "&") && k > j && k+1 < end && isCap(toks[k+1].Text) {
			k++ // "the former Liverpool and England striker": two qualifiers of one trade
			continue
		}
		if !isCap(toks[k].Text) || !isAlphaWord(toks[k].Text) && !lowerTail(toks[k].Text) {
			break
		}
		k++
	}
	if k == j || k >= end || k >= len(toks) || toks[k].Sentence != sent || toks[k].Text != r.di.lower[k] {
		return j
	}
	if info, n := r.occupationAt(k); n == 0 || !info.isOcc || info.isRole || k+n > end {
		return j
	}
	return k
}

// gradeBeforeTrade reports whether token j is a grade of cue class
// grade-lead that a trade follows in sentence sent ("consultant
// histopathologist", "locum radiographer").
func (r *resolver) gradeBeforeTrade(j, sent int) bool {
	toks := r.di.doc.Tokens
	if !r.di.is(r.lx, cueGradeLead, j) || j+1 >= len(toks) || toks[j+1].Sentence != sent {
		return false
	}
	info, n := r.occupationAt(j + 1)
	return n > 0 && info.isOcc
}

// namedEmployer returns the token after the name of an organisation or a
// place that starts at the capitalised token j of a description and is
// followed, before end, by a trade that is no post ("a former Bank of
// England economist", "a former Norway defender"), so that the description
// reads on to the trade; j itself otherwise. A post after a name ("the
// Carrowmere spokeswoman") is read where the organisation is (orgBefore).
func (r *resolver) namedEmployer(j, end, sent int) int {
	if !isCap(r.di.doc.Tokens[j].Text) {
		return j
	}
	m := r.orgAt(j, sent)
	if m == nil || m.tok1 <= j || m.tok1 >= end || m.tok1 >= len(r.di.doc.Tokens) {
		return j
	}
	if len(m.words) < 2 && r.cl[m.ent].typ != hearsay.Place && len(r.cl[m.ent].ments) < 2 {
		return j // a one-word organisation named once is too often a tagging slip
	}
	if info, n := r.occupationAt(m.tok1); n == 0 || !info.isOcc || info.isRole {
		return j
	}
	return m.tok1
}

// staffOf returns the token after a noun of cue class staff-noun (one or
// two words) that follows, before end, the name of an organisation
// starting at the capitalised token j of a description, and that
// organisation ("a former Orbis Software employee": Orbis Software); j and
// -1 otherwise. A town before the noun ("a Leeds council worker") names no
// employer.
func (r *resolver) staffOf(j, end, sent int) (int, int) {
	if !isCap(r.di.doc.Tokens[j].Text) {
		return j, -1
	}
	m := r.orgAt(j, sent)
	if m == nil || m.tok1 <= j || m.tok1 >= end || m.tok1 >= len(r.di.doc.Tokens) || r.cl[m.ent].typ != hearsay.Org {
		return j, -1
	}
	if len(m.words) < 2 && len(r.cl[m.ent].ments) < 2 {
		return j, -1 // a one-word organisation named once is too often a tagging slip
	}
	for n := 2; n >= 1; n-- {
		if e := m.tok1 + n; e <= end && e <= len(r.di.doc.Tokens) && r.di.doc.Tokens[e-1].Sentence == sent && r.di.isPhrase(r.lx, cueStaffNoun, m.tok1, e) {
			return e, m.ent
		}
	}
	return j, -1
}

// keepDescription keeps the items out of a description read into the
// spare room of r.descBuf from index base, and returns them with no room to
// grow: nil when no item was ever read (wrote not set and out empty), as
// a list that only appends made would be.
func (r *resolver) keepDescription(base int, out []descItem, wrote bool) []descItem {
	if len(out) == 0 && !wrote {
		return nil
	}
	r.descBuf = append(r.descBuf[:base], out...) // in place, unless out outgrew the room
	n := len(r.descBuf)
	return r.descBuf[base:n:n]
}

// dropOccupations removes the occupations among out[from:].
func dropOccupations(out []descItem, from int) []descItem {
	kept := out[:from]
	for _, it := range out[from:] {
		if it.typ != "occupation" {
			kept = append(kept, it)
		}
	}
	return kept
}

func spanOf(toks []hearsay.Token, a, b int) hearsay.Span {
	return hearsay.Span{Start: toks[a].Start, End: toks[b-1].End}
}

// partnerTitleAt reports whether words of class partner-title end right
// before token j, or before an article at j-1 ("her split from the
// chairman X", "engaged to the banker X"): the person is told as someone's
// partner, and a post the text leaves open is not guessed to be at the
// organisation the article is about.
func (r *resolver) partnerTitleAt(j, sent int) bool {
	toks := r.di.doc.Tokens
	if j > 0 && toks[j-1].Sentence == sent && (r.di.lower[j-1] == "the" || r.di.lower[j-1] == "a" || r.di.lower[j-1] == "an") {
		j--
	}
	for n := 1; n <= 3 && j-n >= 0 && toks[j-n].Sentence == sent; n++ {
		if n == 1 && r.di.is(r.lx, cuePartnerTitle, j-1) || n > 1 && r.di.isPhrase(r.lx, cuePartnerTitle, j-n, j) {
			return true
		}
	}
	return false
}

// demonymBefore reports whether a nationality word stands right before
// token j ("Libyan leader X", "Soviet leader X"): a post of that country
// or its people, never one of the organisation the article is about.
func (r *resolver) demonymBefore(j int) bool {
	if j < 1 {
		return false
	}
	_, ok := r.lx.demonyms[r.di.lower[j-1]]
	return ok
}

// stanceAt reports whether the noun before token k is a noun of a stance
// (cue class stance-noun) that "of", or "for" and a cause in lower case,
// follow: "a fierce critic of the plan", "an advocate for refugees"; not
// "a critic for the Kelby Post", who works there.
func (r *resolver) stanceAt(k int) bool {
	toks := r.di.doc.Tokens
	if k < 1 || k >= len(toks) || !r.lx.is(cueStanceNoun, r.di.lower[k-1]) {
		return false
	}
	switch r.di.lower[k] {
	case "of":
		return true
	case "for":
		return k+1 < len(toks) && toks[k+1].Text == r.di.lower[k+1] && !r.di.is(r.lx, cueDeterminer, k+1) && r.di.lower[k+1] != "a" && r.di.lower[k+1] != "an"
	}
	return false
}

// possessiveBefore reports whether a possessive "'s" or "'" stands right
// before token j ("Iraq's president X"): the post is the possessor's, which
// other rules read, never the organisation the article is about.
func (r *resolver) possessiveBefore(j int) bool {
	if j < 1 {
		return false
	}
	switch r.di.lower[j-1] {
	case "'s", "'", "’s", "’":
		return true
	}
	return false
}

// roleOrOccupation reads an occupation, or a role in an organisation: "the
// director of the Paris Opera Ballet", "Harbourne manager Callum Reid",
// An organisation before an occupation ("Chicago Ravens
// point guard Tobi Okafor") makes the person a member of it. The items are
// appended to out.
func (r *resolver) roleOrOccupation(out []descItem, info nounInfo, j, n, sent int) ([]descItem, int) {
	toks := r.di.doc.Tokens
	phrase := strings.Join(r.di.lower[j:j+n], " ")
	phrase = phrase[r.pastPrefixLen(phrase):] // "ex-chief executive": the post is "chief executive"
	trigger := spanOf(toks, j, j+n)
	k := j + n
	if !info.isRole && r.stanceAt(k) {
		return out, k // "a fierce critic of the plan": a stance, not a trade ("a film critic" is one)
	}
	org, next := -1, k
	if k < len(toks) && (r.di.lower[k] == "of" || r.di.lower[k] == "at") {
		o := k + 1
		if o < len(toks) && r.di.lower[o] == "the" {
			o++
		}
		if m := r.orgAt(o, sent); m != nil && (r.di.lower[k] == "of" || r.cl[m.ent].typ == hearsay.Org) && !r.modifiesNoun(m) {
			org, next = m.ent, m.tok1 // "director of Paris", not "director at Geneva"
		} else if m := r.orgAfterKind(o, sent); m != nil {
			org, next = m.ent, m.tok1 // "chief executive of the housebuilder Coldfield Homes"
		}
	}
	if org >= 0 && r.placeChamberAfter(org, next, sent) {
		return out, k // "a member of Ghana's parliament": the place's body, not the place, has the member
	}
	before := r.orgBefore(j, sent)
	if org < 0 && info.isRole {
		org = before
	}
	guessed := false
	if org < 0 && info.isRole && info.role == "member" && next < len(toks) && (r.di.lower[next] == "of" || r.di.lower[next] == "at") {
		return out, k // "a member of the ruling Civic Party": the body named after it, which no guess replaces
	}
	if org < 0 && info.isRole && next+1 < len(toks) && (r.di.lower[next] == "of" || r.di.lower[next] == "at" || r.di.lower[next] == "for") &&
		(r.di.lower[next+1] == "a" || r.di.lower[next+1] == "an") {
		return out, k // "the leader of a militant group": an organisation the text leaves unnamed, which no guess replaces
	}
	if org < 0 && info.isRole && !r.stateOfficeAt(info.role, j) && !r.localPost(info.role) && !r.partnerTitleAt(j, sent) {
		org = r.frontedOrg(j, sent) // "Over at Trewithen Chartering, managing director X ..."
		if org < 0 && !r.demonymBefore(j) && !r.possessiveBefore(j) {
			org, guessed = r.guessedPostOrg(), true // "chief executive Colin Mabry" in an article about one company
		}
	}
	out = r.postTrade(out, info, j, j+n)
	role := info.role
	if j > 0 && r.di.is(r.lx, cueRoleQualifier, j-1) && info.isRole {
		role = r.di.lower[j-1] + " " + role
	}
	switch {
	case info.isRole && info.role == "member" && org >= 0:
		return append(out, descItem{typ: "member_of", obj: org, trigger: trigger}), next
	case info.isRole && org >= 0 && org == before && r.isParty(org) && !r.lx.is(cuePartyPost, info.role):
		// "Green councillor Amy Lister", "Labor senator Ann Ryde": an office
		// held for the party, not in it
		return append(out, descItem{typ: "member_of", obj: org, trigger: trigger}), next
	case info.isRole && guessed && info.isOcc:
		// "the beloved high school football coach": an occupation; that the
		// article names one organisation most does not make it the employer
		return append(out, descItem{typ: "occupation", literal: phrase, obj: -1, trigger: trigger}), next
	case info.isRole && org >= 0:
		return append(out, descItem{typ: "position_held", literal: role, obj: org, trigger: trigger}), next
	case !info.isOcc:
		return out, k
	}
	out = append(out, descItem{typ: "occupation", literal: phrase, obj: -1, trigger: trigger})
	if before >= 0 {
		out = append(out, descItem{typ: "member_of", obj: before, trigger: trigger})
	} else if org >= 0 && r.cl[org].typ == hearsay.Org && r.di.is(r.lx, cueEnsembleTrade, j+n-1) {
		out = append(out, descItem{typ: "member_of", obj: org, trigger: trigger}) // "the lead guitarist of Tin Larks"
	}
	return out, k
}

// placeChamberAfter reports whether the cluster org, named right before
// token next, is a place whose possessive opens a body of it (cue class
// place-chamber): "Ghana's parliament", "Brenley's city council".
func (r *resolver) placeChamberAfter(org, next, sent int) bool {
	toks := r.di.doc.Tokens
	if r.cl[org].typ == hearsay.Org || next+1 >= len(toks) || toks[next].Sentence != sent || !isPossMarker(toks[next].Text) {
		return false
	}
	for n := 1; n <= 3 && next+1+n <= len(toks); n++ {
		if r.di.isPhrase(r.lx, cuePlaceChamber, next+1, next+1+n) {
			return true
		}
	}
	return false
}

// postTrade appends to out the trade that the last word of a post of
// several words names, for the post read from token a to b (cue class
// post-trade): "chief nurse" is a nurse's post, "deputy editor" an editor's.
// A post that is an occupation itself is read as one elsewhere.
func (r *resolver) postTrade(out []descItem, info nounInfo, a, b int) []descItem {
	if !info.isRole || info.isOcc || b-a < 2 || !r.di.is(r.lx, cuePostTrade, b-1) {
		return out
	}
	return append(out, descItem{typ: "occupation", literal: r.di.lower[b-1], obj: -1, trigger: spanOf(r.di.doc.Tokens, b-1, b)})
}

// titlePost reads the trade of a post written as a title inside a name's
// mention ("Chief Nurse Brenda Okoro", "Deputy Editor Callum Reid"; see
// postTrade).
func (r *resolver) titlePost(m *ment) []descItem {
	if m.nameTok-m.tok0 < 2 {
		return nil
	}
	info, ok := r.di.nounWords(r.lx, m.tok0, m.nameTok)
	if !ok {
		return nil
	}
	return r.postTrade(nil, info, m.tok0, m.nameTok)
}

// orgAfterKind returns the organisation named after one to three lowercase
// nouns and adjectives that tell its kind, from token o of sentence sent
// ("of the housebuilder Coldfield Homes", "at the fintech firm Brisk Pay",
// "of the regional bus operator Yelm Coaches"), or nil.
func (r *resolver) orgAfterKind(o, sent int) *ment {
	toks := r.di.doc.Tokens
	for i := o; i < o+3 && i < len(toks) && toks[i].Sentence == sent; i++ {
		switch toks[i].UPOS {
		case "NOUN", "ADJ":
		default:
			return nil
		}
		if !isAlphaWord(toks[i].Text) || isCap(toks[i].Text) {
			return nil
		}
		if m := r.orgAt(i+1, sent); m != nil {
			if r.cl[m.ent].typ != hearsay.Org || r.modifiesNoun(m) {
				return nil
			}
			return m
		}
	}
	return nil
}

// orgAt returns the organisation or place name mention starting at token o of sentence sent.
func (r *resolver) orgAt(o, sent int) *ment {
	for _, m := range r.ms {
		if m.tok0 == o && m.kind == hearsay.NameMention && m.ent >= 0 && m.sent == sent {
			switch r.cl[m.ent].typ {
			case hearsay.Org, hearsay.Place, hearsay.Misc:
				return m
			}
			return nil
		}
	}
	return nil
}

// modifiesNoun reports whether a name is followed by a lowercase noun it
// modifies ("the Geneva private bank"): then it does not name the employer.
func (r *resolver) modifiesNoun(m *ment) bool {
	toks := r.di.doc.Tokens
	if m.tok1 >= len(toks) || toks[m.tok1].Sentence != m.sent || !isAlphaWord(toks[m.tok1].Text) || isCap(toks[m.tok1].Text) {
		return false
	}
	if x := toks[m.tok1].XPOS; x != "" {
		return strings.HasPrefix(x, "NN") || strings.HasPrefix(x, "JJ")
	}
	k := m.tok1
	return !r.di.is(r.lx, cueDescriptionStop, k) && !r.di.is(r.lx, cueSpeechVerb, k) && !r.di.is(r.lx, cueCopula, k)
}

// orgBefore returns the cluster of an organisation named right before token
// j ("Harbourne manager", "the Ravens' coach"), or -1.
func (r *resolver) orgBefore(j, sent int) int {
	toks := r.di.doc.Tokens
	end := j
	if end > 0 && isPossMarker(toks[end-1].Text) {
		end--
	}
	ms := r.ms
	if ends, ok := r.mentsEndingAt(end); ok {
		ms = ends // the mentions the loop below would look at, in its order
	}
	for _, m := range ms {
		if m.tok1 == end && m.kind == hearsay.NameMention && m.ent >= 0 && m.sent == sent && r.cl[m.ent].typ == hearsay.Org &&
			(len(m.words) > 1 || len(r.cl[m.ent].ments) > 1 || r.lx.partyMemberWords(m.words)) {
			return m.ent // a one-word organisation named once is too often a tagging slip ("Folk singer"), unless a party ("Green councillor")
		}
	}
	return -1
}

// stateOfficeAt reports whether a role read at token j is an office of
// state (cue class state-office), alone or with the word before it ("the
// new Culture Secretary", "Home Secretary X": "secretary" alone is none).
func (r *resolver) stateOfficeAt(role string, j int) bool {
	if r.lx.is(cueStateOffice, role) {
		return true
	}
	return j > 0 && r.lx.is(cueStateOffice, r.di.lower[j-1]+" "+role)
}

// localPost reports whether a role is an office of a town or a district
// (cue class local-office) or a seat or post on its council ("council
// leader", "council member"): a post of the place the council serves, never
// guessed to be at the organisation an article names most, often the
// party its holder sits for.
func (r *resolver) localPost(role string) bool {
	return r.lx.is(cueLocalOffice, role) || strings.Contains(role, "council")
}

// frontedOrg returns the organisation a sentence fronts with "at" before a
// post read at token j: the one organisation named in a phrase that opens
// sentence sent with "at" ("Over at Trewithen Chartering,", "At the
// grocer Felham Stores,", "Meanwhile at X,"), with the post right after
// its comma and no person named before it. A post told there is at that
// organisation, not at the one the article is about. It is -1 when there
// is none, when two are named, or when the organisation is an outlet.
func (r *resolver) frontedOrg(j, sent int) int {
	toks := r.di.doc.Tokens
	if j < 2 || toks[j-1].Text != "," {
		return -1
	}
	at := -1 // the "at" that opens the sentence, past words of cue class front-at-lead ("Over at", "Meanwhile, at")
	for k := j - 2; k >= 0 && toks[k].Sentence == sent; k-- {
		if r.di.lower[k] == "at" {
			at = k
		}
	}
	if at < 0 {
		return -1
	}
	for k := at - 1; k >= 0 && toks[k].Sentence == sent; k-- {
		if !r.di.is(r.lx, cueFrontAtLead, k) {
			return -1 // "Sales rose at X, chief executive Y said": no fronted phrase
		}
	}
	found := -1
	for _, o := range r.ms {
		if o.tok0 >= j {
			break
		}
		if o.sent != sent || o.ent < 0 {
			continue
		}
		switch r.cl[o.ent].typ {
		case hearsay.Person:
			return -1 // "X, who ran Y, ...": the sentence tells of a person first
		case hearsay.Org:
		default:
			continue
		}
		if o.kind != hearsay.NameMention || o.tok0 < at {
			continue
		}
		if r.cl[o.ent].kind != "" || found >= 0 && found != o.ent || o.tok1 != j-1 {
			return -1 // an outlet, a second organisation, or one the post does not follow
		}
		found = o.ent
	}
	return found
}

// recentOrg returns the organisation named last before m, in m's sentence
// or the window of sentences before it, leaving out outlets and names
// given as sources ("told Us Weekly"); -1 when there is none.
func (r *resolver) recentOrg(m *ment, window int) int {
	org := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent < m.sent-window || o.kind != hearsay.NameMention || o.ent < 0 || r.cl[o.ent].typ != hearsay.Org || r.cl[o.ent].kind != "" {
			continue
		}
		if o.tok0 > 0 && r.di.is(r.lx, cueSourceLead, o.tok0-1) {
			continue
		}
		org = o.ent
	}
	return org
}

// firstOfKind and kindOfHolder make the two words before a post that tell
// its holder is the first or the youngest of a kind to hold it ("the city's
// first woman mayor", "the bank's first female chief executive"), which
// are no part of the post; "first" alone may be ("Scotland's first
// minister").
var (
	firstOfKind  = map[string]bool{"first": true, "youngest": true, "oldest": true, "only": true}
	kindOfHolder = map[string]bool{"woman": true, "female": true, "black": true, "male": true, "openly": true, "muslim": true, "jewish": true, "catholic": true, "hispanic": true, "latina": true, "latino": true, "asian": true, "indigenous": true}
)

// pastPostMods returns the first token after the modifiers that open a
// post's words at token a, before token last, and whether one of them
// tells a post of the past: words of cue classes contrast-mod, past-mod and
// successor-mod ("new", "incoming", "former", "next") and of
// tenure-mod ("long-serving", "longtime") are no part of the post.
func (r *resolver) pastPostMods(a, last int) (int, bool) {
	former := false
	for a < last {
		if a+2 < last && firstOfKind[r.di.lower[a]] && kindOfHolder[r.di.lower[a+1]] {
			a += 2 // "Kelby's first woman mayor": the post is mayor
			continue
		}
		switch {
		case r.di.is(r.lx, cuePastMod, a):
			former = true
		case r.di.is(r.lx, cueContrastMod, a) && r.di.lower[a] != "then" && r.di.lower[a] != "late",
			r.di.is(r.lx, cueSuccessorMod, a), r.di.is(r.lx, cueTenureMod, a):
		default:
			return a, former
		}
		a++
	}
	return a, former
}

// itsOrg returns the organisation "its" before m stands for: the one named
// last before m in its sentence, outside the description set off by a
// comma after a person's name ("Orvane Bank has hired Ana Ruiz, a partner
// at Lund & Co, as its general counsel": Orvane Bank, not the firm that
// only says who Ruiz is), leaving out outlets and sources; else the one
// named last before m in the sentence (recentOrg), inside the description
// too; -1 when there is none.
func (r *resolver) itsOrg(m *ment) int {
	org := -1
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		if o.sent != m.sent || o.kind != hearsay.NameMention || o.ent < 0 || r.cl[o.ent].typ != hearsay.Org || r.cl[o.ent].kind != "" {
			continue
		}
		if o.tok0 > 0 && r.di.is(r.lx, cueSourceLead, o.tok0-1) || r.inPersonApposition(o.tok0, m.tok0, m.sent) {
			continue
		}
		org = o.ent
	}
	if org < 0 {
		return r.recentOrg(m, 0) // "X, a director at Marrow Savings since 2018, will become its chair": the only one
	}
	return org
}

// inPersonApposition reports whether token j stands in a description set
// off by a comma right after a person's name that is still open at token
// end ("Ana Ruiz, a partner at Lund & Co, as its ...": Lund & Co is in it,
// and the comma after it closes it before "its").
func (r *resolver) inPersonApposition(j, end, sent int) bool {
	toks := r.di.doc.Tokens
	open := -1 // the comma that opens the description j stands in
	for k := j - 1; k >= 0 && toks[k].Sentence == sent; k-- {
		if toks[k].Text == "," {
			open = k
			break
		}
	}
	if open < 1 || !r.personEndsAt(open, sent) {
		return false
	}
	for k := j + 1; k < end && k < len(toks); k++ {
		if toks[k].Text == "," {
			return true // closed before end: the description is done by the time "its" comes
		}
	}
	return false
}

// personEndsAt reports whether the name of a person ends right before
// token k of sentence sent.
func (r *resolver) personEndsAt(k, sent int) bool {
	for _, o := range r.ms {
		if o.tok0 >= k {
			break
		}
		if o.tok1 == k && o.sent == sent && o.kind == hearsay.NameMention && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person {
			return true
		}
	}
	return false
}

// orgNamedBy returns the one organisation named before token tok whose name
// holds noun as a word ("Orbis Bank" for "the bank"), or -1 when none or
// more than one is: a description by the organisation's kind stands for the
// organisation of that kind the text names, whichever the article is about.
func (r *resolver) orgNamedBy(noun string, tok int) int {
	found := -1
	for _, o := range r.ms {
		if o.tok0 >= tok {
			break
		}
		if o.kind != hearsay.NameMention || o.ent < 0 || o.ent == found || r.cl[o.ent].typ != hearsay.Org {
			continue
		}
		for _, w := range o.words {
			if strings.EqualFold(w, noun) {
				if found >= 0 {
					return -1
				}
				found = o.ent
				break
			}
		}
	}
	return found
}

// orgsNamedBy returns how many organisations named before token tok hold
// noun as a word of their names.
func (r *resolver) orgsNamedBy(noun string, tok int) int {
	var seen []int
	for _, o := range r.ms {
		if o.tok0 >= tok {
			break
		}
		if o.kind != hearsay.NameMention || o.ent < 0 || r.cl[o.ent].typ != hearsay.Org || containsInt(seen, o.ent) {
			continue
		}
		for _, w := range o.words {
			if strings.EqualFold(w, noun) {
				seen = append(seen, o.ent)
				break
			}
		}
	}
	return len(seen)
}

// kindFits reports whether organisation cluster c may be the one a text
// calls by the noun of its kind ("the council's director"): any
// organisation for a noun of a firm or a club; for a kind of cue class
// kind-named, only one whose name holds the noun, one the text calls "the
// NOUN" again, or one whose name comes right after the noun ("the
// homelessness charity Shelter North").
func (r *resolver) kindFits(noun string, c int) bool {
	if !r.lx.isLower(cueKindNamed, noun) {
		return true
	}
	for _, o := range r.cl[c].ments {
		if o.kind != hearsay.NameMention {
			continue
		}
		if o.tok0 > 0 && r.di.lower[o.tok0-1] == noun {
			return true
		}
		for _, w := range o.words {
			if strings.EqualFold(w, noun) {
				return true
			}
		}
	}
	n := 0
	for j := 1; j < len(r.di.lower); j++ {
		if r.di.lower[j] == noun && r.di.lower[j-1] == "the" {
			n++
		}
	}
	return n >= 2
}

// mainOrg returns the organisation an article is about: the one named at
// least twice and more often than any other, leaving out those named as
// sources ("told Us Weekly"); -1 when there is none.
func (r *resolver) mainOrg() int {
	if r.main != 0 {
		return r.main - 1
	}
	counts := make([]int, len(r.cl)) // mentions of each cluster, less 100 for each as a source
	for _, m := range r.ms {
		if m.kind != hearsay.NameMention || m.ent < 0 || r.cl[m.ent].typ != hearsay.Org {
			continue
		}
		if m.tok0 > 0 && r.di.is(r.lx, cueSourceLead, m.tok0-1) {
			counts[m.ent] -= 100 // an outlet
			continue
		}
		counts[m.ent]++
	}
	// The order of the clusters matters not: a tie for the most leaves none.
	best, bestN, second := -1, 0, 0
	for c, n := range counts {
		switch {
		case n > bestN:
			best, bestN, second = c, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN < 2 || bestN == second {
		best = -1
	}
	r.main = best + 1
	return best
}

// guessedPostOrg returns the organisation a post the text leaves without
// one is guessed to be at: the article's main organisation (mainOrg) when
// it leads the runner-up by two mentions, or leads it and holds a third of
// all the mentions of organisations; -1 otherwise. A round-up of moves
// across several firms ("Boardroom moves", "people on the move") is about
// none of them.
func (r *resolver) guessedPostOrg() int {
	main := r.mainOrg()
	if main < 0 {
		return -1
	}
	counts := make(map[int]int, 8)
	for _, m := range r.ms {
		if m.kind != hearsay.NameMention || m.ent < 0 || r.cl[m.ent].typ != hearsay.Org {
			continue
		}
		if m.tok0 > 0 && r.di.is(r.lx, cueSourceLead, m.tok0-1) {
			continue
		}
		counts[m.ent]++
	}
	best, second, total := counts[main], 0, 0
	for c, n := range counts {
		total += n
		if c != main {
			second = max(second, n)
		}
	}
	if best >= second+2 || best > second && 3*best >= total {
		return main
	}
	return -1
}

// maxParenthesis is the most tokens skipParenthesis passes over.
const maxParenthesis = 30

// skipParenthesis returns the token after the parenthesis that opens at
// token j in sentence sent and closes in it within maxParenthesis tokens
// (the birth date and maiden name a biography's first sentence puts after
// the name), else j.
func skipParenthesis(toks []hearsay.Token, j, sent int) int {
	if j >= len(toks) || toks[j].Text != "(" {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+maxParenthesis && toks[k].Sentence == sent; k++ {
		switch toks[k].Text {
		case "(":
			return j
		case ")":
			return k + 1
		}
	}
	return j
}

// descriptionBeforeName reports whether m, an indefinite description, is
// set in apposition before the name of the person it describes ("the
// daughter of a miner, Frank Hollis, and a dinner lady, Pat"), not after
// it, where the name's own apposition reads it.
func (r *resolver) descriptionBeforeName(m *ment) bool {
	toks := r.di.doc.Tokens
	return m.rule == "nominal-apposition" && m.tok1 < len(toks) && toks[m.tok1].Text == "," && (m.tok0 == 0 || toks[m.tok0-1].Text != ",")
}

// pastQuotedTitle returns the token after a quoted title that opens at
// token j and closes before token end ("the 'Saltwater' actress": the
// work's title is no part of the trade), else j.
func (r *resolver) pastQuotedTitle(j, end int) int {
	toks := r.di.doc.Tokens
	if j >= end || !isQuote(toks[j].Text) {
		return j
	}
	for k := j + 1; k < end-1; k++ {
		if isQuote(toks[k].Text) {
			return k + 1
		}
	}
	return j
}

// nominalRule is the rule of the attributes of a resolved description m:
// "nominal-title" when a quoted title opens it ("the 'Saltwater'
// actress", "the 'Night Shift' star"), whose trade gives way to one the
// text states elsewhere (the fact stage drops it then), else "nominal".
func (r *resolver) nominalRule(m *ment) string {
	if m.tok0+1 < m.tok1 && r.pastQuotedTitle(m.tok0+1, m.tok1) != m.tok0+1 {
		return "nominal-title"
	}
	return "nominal"
}

// pastPostNominals is docInfo.pastPostNominals in the resolver's document.
func (r *resolver) pastPostNominals(j, sent int) int { return r.di.pastPostNominals(r.lx, j, sent) }

// placeNative returns the token after "native" when a place's name at
// token j, before end in sentence sent, is followed by it ("a Leeds
// native"), else j.
func (r *resolver) placeNative(j, end, sent int) int {
	m := r.orgAt(j, sent)
	if m == nil || r.cl[m.ent].typ != hearsay.Place || m.tok1 >= end || r.di.lower[m.tok1] != "native" {
		return j
	}
	return m.tok1 + 1
}
