package entity

import (
	"cmp"
	"slices"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// A TokenSpan is a token range [Start, End) of a document.
type TokenSpan struct{ Start, End int }

// ResolveSpans clusters mentions chosen elsewhere (the gold mentions of an
// evaluation corpus, every noun phrase included) with the stage's sieves:
// speakers' first-person pronouns, exact strings, names, head nouns of
// definite descriptions, then pronouns by agreement and salience. It
// returns a cluster number for each span (equal numbers corefer) and
// whether the span refers to a person. speakers gives each sentence's
// speaker and may be nil.
func (s *Stage) ResolveSpans(doc *hearsay.Document, spans []TokenSpan, speakers []string) (clusters []int, person []bool) {
	di := newDocInfo(s.lx, doc)
	ms := make([]*ment, len(spans))
	for i, sp := range spans {
		ms[i] = s.lx.classify(di, sp)
	}
	order := make([]*ment, len(ms))
	copy(order, ms)
	sortMents(order)
	r := newResolver(s.lx, di, order)
	r.speakerPronouns(speakers)
	r.linkNames()
	r.linkAppositions()
	r.exactMatch()
	r.headMatch()
	r.resolveSpanPronouns()
	clusters = make([]int, len(ms))
	person = make([]bool, len(ms))
	next := len(r.cl)
	for i, m := range ms {
		if m.ent >= 0 {
			clusters[i] = m.ent
			person[i] = r.cl[m.ent].typ == hearsay.Person || m.typ == hearsay.Person
		} else {
			clusters[i] = next
			next++
			person[i] = m.typ == hearsay.Person
		}
	}
	return clusters, person
}

// classify reads a given span as a name, pronoun, description or coordination.
func (lx *Lexicons) classify(di *docInfo, sp TokenSpan) *ment {
	toks := di.doc.Tokens
	a, b := sp.Start, sp.End
	if b-a == 1 {
		if m := lx.pronounAt(di, a, true); m != nil {
			return m
		}
	}
	m := &ment{tok0: a, tok1: b, sent: toks[a].Sentence, number: 's', person: 3, gender: 'u', ent: -1, quoted: di.quoted[a], rule: "span"}
	m.head = spanHead(toks, a, b)
	h := toks[m.head]
	if coordinated(toks, a, b, m.head) {
		m.kind, m.number = hearsay.GroupMention, 'p'
		return m
	}
	if h.UPOS == "PROPN" || strings.HasPrefix(h.XPOS, "NNP") {
		m.kind = hearsay.NameMention
		s := m.head
		for s > a && (toks[s-1].UPOS == "PROPN" || strings.HasPrefix(toks[s-1].XPOS, "NNP")) {
			s--
		}
		for i := s; i <= m.head; i++ {
			if !isPossMarker(toks[i].Text) {
				m.words = append(m.words, toks[i].Text)
			}
		}
		if t := lx.honorific(di, s-1); t != "" {
			m.title, m.gender, m.typ = t, lx.honorifics[t], hearsay.Person
		} else if t := lx.honorific(di, s); t != "" && len(m.words) > 1 {
			m.title, m.gender, m.typ = t, lx.honorifics[t], hearsay.Person
			m.words = m.words[1:]
		}
		if m.typ == "" {
			m.typ = nerType(h.NER)
		}
		if m.typ == "" && lx.looksPersonal(m.words) {
			m.typ = hearsay.Person
		}
		if m.typ == hearsay.Person && m.gender == 'u' {
			if g, ok := lx.nameGender(m.words[0]); ok {
				m.gender = g
			}
		}
		if h.XPOS == "NNPS" {
			m.number = 'p'
		}
		return m
	}
	m.kind = hearsay.NominalMention
	m.noun = strings.ToLower(h.Text)
	if h.XPOS == "NNS" || h.XPOS == "NNPS" {
		m.number = 'p'
		m.noun = singular(m.noun)
	}
	if in, ok := lx.noun(m.noun); ok {
		m.info, m.typ = in, hearsay.Person
		m.gender = in.gender
	}
	for i := a; i < m.head; i++ {
		m.mods = append(m.mods, i)
	}
	return m
}

func nerType(tag string) hearsay.EntityType {
	if len(tag) < 3 {
		return ""
	}
	switch nerCode(tag[2:]) {
	case nerPER:
		return hearsay.Person
	case nerORG:
		return hearsay.Org
	case nerLOC:
		return hearsay.Place
	case nerMISC:
		return hearsay.Misc
	}
	return ""
}

// spanHead guesses the head of a noun phrase: the last noun, proper noun,
// pronoun or number before the first preposition, clause or comma that
// follows a noun.
func spanHead(toks []hearsay.Token, a, b int) int {
	head := -1
	for i := a; i < b; i++ {
		u := toks[i].UPOS
		switch u {
		case "NOUN", "PROPN", "PRON", "NUM":
			head = i
			continue
		}
		if head >= 0 && (u == "ADP" || u == "VERB" || u == "AUX" || u == "SCONJ" || u == "CCONJ" || toks[i].Text == "," || u == "PUNCT" && toks[i].Text != "-") {
			if isPossMarker(toks[i].Text) {
				head = -1 // "the singer's representative": the head follows
				continue
			}
			break
		}
	}
	if head < 0 {
		return b - 1
	}
	return head
}

// coordinated reports whether a span joins noun phrases with "and" before its head's clause ends.
func coordinated(toks []hearsay.Token, a, b, head int) bool {
	for i := a + 1; i < b-1; i++ {
		if strings.EqualFold(toks[i].Text, "and") && i > head-0 && i < b-1 {
			n := toks[i+1].UPOS
			return i > a && (n == "PROPN" || n == "NOUN" || n == "DET" || n == "PRON" || n == "ADJ")
		}
		if toks[i].UPOS == "ADP" || toks[i].UPOS == "VERB" {
			return false
		}
	}
	return false
}

// speakerPronouns joins each speaker's first-person singular pronouns, and
// first-person plural ones, and second-person ones (whom the speaker addresses).
func (r *resolver) speakerPronouns(speakers []string) {
	groups := map[string]int{}
	for _, m := range r.ms {
		if m.kind != hearsay.PronounMention || m.person == 3 {
			continue
		}
		sp := ""
		if m.sent < len(speakers) {
			sp = speakers[m.sent]
		}
		key := string(rune('0'+m.person)) + string(m.number) + "|" + sp
		if m.person == 2 {
			key = "2|" + sp
		}
		if c, ok := groups[key]; ok {
			r.join(m, c)
		} else {
			groups[key] = r.join(m, -1)
			r.cl[groups[key]].typ = hearsay.Person
		}
	}
}

// contentKey is a mention's text without leading determiners, lowercased.
func (r *resolver) contentKey(m *ment) string {
	a := m.tok0
	for a < m.tok1-1 && (r.di.is(r.lx, cueDeterminer, a) || r.di.lower[a] == "a" || r.di.lower[a] == "an") {
		a++
	}
	return strings.Join(r.di.lower[a:m.tok1], " ")
}

func (r *resolver) indefinite(m *ment) bool {
	w := r.di.lower[m.tok0]
	return w == "a" || w == "an" || w == "some" || w == "any" || w == "another"
}

// exactMatch joins descriptions and names whose words, without
// determiners, are the same ("the study" ... "this study" are not; "the
// new study" ... "the new study" are).
func (r *resolver) exactMatch() {
	seen := map[string]*ment{}
	for _, m := range r.ms {
		if m.kind != hearsay.NominalMention || r.indefinite(m) && m.ent < 0 {
			if m.kind == hearsay.NominalMention {
				seen[r.contentKey(m)+"|"+string(m.number)] = m
			}
			continue
		}
		k := r.contentKey(m) + "|" + string(m.number)
		if p, ok := seen[k]; ok && m.ent < 0 {
			r.join(m, r.ensure(p))
		}
		seen[k] = m
	}
}

// ensure returns m's cluster, creating one when m has none.
func (r *resolver) ensure(m *ment) int {
	if m.ent < 0 {
		c := r.join(m, -1)
		r.cl[c].typ = m.typ
		return c
	}
	return m.ent
}

// headMatch joins a definite description to the nearest earlier mention
// with the same head noun and number whose words include its modifiers.
func (r *resolver) headMatch() {
	for i, m := range r.ms {
		if m.kind != hearsay.NominalMention || m.ent >= 0 || !r.di.is(r.lx, cueDeterminer, m.tok0) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := r.ms[j]
			if o.tok1 > m.tok0 || o.kind == hearsay.PronounMention || o.number != m.number {
				continue
			}
			oh := strings.ToLower(r.di.doc.Tokens[o.head].Text)
			if o.kind == hearsay.NominalMention {
				oh = o.noun
			}
			if oh != m.noun || !r.modifiersIncluded(m, o) {
				continue
			}
			r.join(m, r.ensure(o))
			break
		}
	}
}

// modifiersIncluded reports whether every content modifier of m appears in o's cluster.
func (r *resolver) modifiersIncluded(m, o *ment) bool {
	words := map[string]bool{}
	add := func(x *ment) {
		for i := x.tok0; i < x.tok1; i++ {
			words[r.di.lower[i]] = true
		}
	}
	if o.ent >= 0 {
		for _, x := range r.cl[o.ent].ments {
			add(x)
		}
	} else {
		add(o)
	}
	for _, t := range m.mods {
		if r.di.is(r.lx, cueDeterminer, t) || !isAlphaWord(r.di.doc.Tokens[t].Text) {
			continue
		}
		if !words[r.di.lower[t]] {
			return false
		}
	}
	return true
}

// resolveSpanPronouns resolves third-person pronouns over all kinds of
// mentions: he and she to people, it to things, they to plurals.
func (r *resolver) resolveSpanPronouns() {
	order := append([]*ment(nil), r.ms...)
	slices.SortStableFunc(order, func(a, b *ment) int { return cmp.Compare(a.tok0, b.tok0) })
	for _, m := range order {
		if m.kind != hearsay.PronounMention || m.person != 3 || m.ent >= 0 {
			continue
		}
		best := r.spanAntecedent(m)
		if best != nil {
			r.join(m, r.ensure(best))
		}
	}
}

// spanAntecedent picks the antecedent of a pronoun: agreeing mentions of
// the nearest sentence (up to two back), the first one in that sentence.
func (r *resolver) spanAntecedent(m *ment) *ment {
	var best *ment
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 {
			break
		}
		window := 2
		if m.gender == 'n' {
			window = 1
		}
		if o.sent < m.sent-window || o.tok1 > m.tok0 || !r.agrees(m, o) {
			continue
		}
		if best == nil || o.sent > best.sent || o.sent == best.sent && r.moreSalient(o, best) {
			best = o
		}
	}
	return best
}

// agrees reports whether a pronoun can refer to mention o.
func (r *resolver) agrees(m, o *ment) bool {
	personal := func(x *ment) bool {
		if x.ent >= 0 && r.cl[x.ent].typ == hearsay.Person {
			return true
		}
		return x.typ == hearsay.Person
	}
	g := o.gender
	if o.ent >= 0 {
		if cg := r.cl[o.ent].genderOf(); cg != 'u' {
			g = cg
		}
	}
	switch m.gender {
	case 'm', 'f':
		return o.number != 'p' && personal(o) && (g == m.gender || g == 'u') && o.kind != hearsay.GroupMention
	case 'n':
		return o.number != 'p' && !personal(o) && o.kind != hearsay.GroupMention && !(o.kind == hearsay.PronounMention && o.gender != 'n')
	}
	// they, them, their
	return o.number == 'p' || o.kind == hearsay.GroupMention
}

// DetectSpans returns the token spans of the mentions the stage finds in a
// document: names, definite and indefinite descriptions of people, groups,
// and pronouns (every person when all is true, third person only
// otherwise). With ResolveSpans it lets an evaluation score the stage's own
// mention detection on corpora that annotate more than people.
func (s *Stage) DetectSpans(doc *hearsay.Document, all bool) []TokenSpan {
	di := newDocInfo(s.lx, doc)
	ms := s.lx.detect(di, all)
	out := make([]TokenSpan, 0, len(ms))
	for _, m := range ms {
		out = append(out, TokenSpan{Start: m.tok0, End: m.tok1})
	}
	return out
}

// moreSalient reports whether o, a mention of the same sentence as best,
// is the better antecedent of m: a subject over a non-subject, else the
// earlier (and not inside best).
func (r *resolver) moreSalient(o, best *ment) bool {
	if so, sb := r.subjectLike(o), r.subjectLike(best); so != sb {
		return so
	}
	return o.tok0 < best.tok0 && o.tok1 <= best.tok0
}
