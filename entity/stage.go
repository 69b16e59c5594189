// Package entity finds the people, organisations, places and works an
// article mentions and resolves the mentions to entities within the
// document: names, titled names, possessives, pronouns, descriptions ("the
// actress", "her husband") and groups ("the couple"). It also reads ages
// ("42-year-old Portman") into birth intervals and descriptions ("Camille
// Étienne, a climate activist") into attribute facts (occupation,
// nationality, position_held, member_of).
//
// Coreference is a sieve, most precise rule first: exact names, surnames and
// given names against full names, acronyms, descriptions in apposition;
// then pronouns by gender agreement and salience; then descriptions by what
// the text says of the person. A mention no rule links confidently stays
// unresolved: no link is preferred to a wrong one.
//
// Every word list is a data file in data/ (see data/README.md).
package entity

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	hearsay "github.com/hearsay-news/hearsay"
)

// Stage is the entity stage of the pipeline.
type Stage struct {
	lx *Lexicons
	// scratch holds *scratch: arrays documents analysed before left, for
	// the next to use.
	scratch sync.Pool
}

// NewStage loads the stage's data and returns it.
func NewStage() (*Stage, error) {
	lx, err := LoadLexicons()
	if err != nil {
		return nil, err
	}
	return &Stage{lx: lx}, nil
}

// Name implements hearsay.Stage.
func (s *Stage) Name() string { return "entity" }

// Requires implements hearsay.Stage. Part-of-speech tags are used when
// present (Token.XPOS) but not required.
func (s *Stage) Requires() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens, hearsay.LayerNER, hearsay.LayerTimexes}
}

// Provides implements hearsay.Stage.
func (s *Stage) Provides() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerMentions, hearsay.LayerEntities, hearsay.LayerAttrs}
}

// Process implements hearsay.Stage: it fills doc.Mentions and doc.Entities
// and appends attribute facts to doc.Facts.
func (s *Stage) Process(ctx context.Context, doc *hearsay.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sc, _ := s.scratch.Get().(*scratch)
	r := s.resolveReusing(doc, sc)
	if err := ctx.Err(); err != nil {
		return err
	}
	r.emit(doc)
	s.scratch.Put(r.release())
	return nil
}

// resolve runs mention detection and every sieve on doc.
func (s *Stage) resolve(doc *hearsay.Document) *resolver { return s.resolveReusing(doc, nil) }

// resolveReusing is resolve making the document's arrays from those of sc
// when it is not nil (newDocInfoReusing).
func (s *Stage) resolveReusing(doc *hearsay.Document, sc *scratch) *resolver {
	di := newDocInfoReusing(s.lx, doc, sc)
	r := newResolver(s.lx, di, s.lx.detect(di, false))
	if sc != nil {
		r.endsBuf, sc.ends = sc.ends, nil
	}
	r.linkNames()
	r.outletsByCue()
	r.familyNames()
	r.linkAppositions()
	r.unnamedPeople()
	r.attrs = r.mergeAttrs(nil, r.keepAttrRoom(r.readAttributes()))
	r.nameUnnamed()
	r.revealPartners()
	r.applyAges(r.findAges())
	r.resolveRest()
	r.identifyUnnamed()
	r.splitKinAppositions()
	r.quoteSpeakers()
	r.attrs = r.mergeAttrs(r.attrs, r.readAttributes())
	r.resolved = true
	r.applyAges(r.findAges())
	r.orgNominals()
	r.unnamedKin()
	r.attrs = r.mergeAttrs(r.attrs, r.unnamedKinAppositives())
	r.unnamedChildBirths()
	r.kinAppositions()
	return r
}

// release returns the arrays of r's document for the next document to
// use (docInfo.release): r may not be used any more.
func (r *resolver) release() *scratch {
	sc := r.di.release()
	if r.endsBuf != nil {
		sc.ends = r.endsBuf
	}
	return sc
}

// shareMentionLists gives each entity without a mention list yet room for
// its mentions of ms in one backing array shared by all, so that appending
// them allocates nothing.
func shareMentionLists(ents []hearsay.Entity, ms []hearsay.Mention) {
	counts := make([]int, len(ents))
	total := 0
	for _, hm := range ms {
		if hm.Entity >= 0 && hm.Entity < len(ents) && cap(ents[hm.Entity].Mentions) == 0 {
			counts[hm.Entity]++
			total++
		}
	}
	flat, off := make([]int, total), 0
	for i, n := range counts {
		if n > 0 {
			ents[i].Mentions = flat[off : off : off+n]
			off += n
		}
	}
}

// keepAttrRoom returns as, whose array the next readAttributes may write
// over once as is merged (mergeAttrs copies the attributes out of it).
func (r *resolver) keepAttrRoom(as []attr) []attr {
	r.attrBuf = as
	return as
}

// mergeAttrs appends attributes not already in have; a repeated attribute
// adds its sentence to the evidence of the first. An attribute repeats
// another when it says the same of the same person (its attrKey). Lists
// of an article's size are searched for each attribute; longer ones are
// indexed.
func (r *resolver) mergeAttrs(have, more []attr) []attr {
	const searched = 64 // the most attributes searched without an index
	if n := len(have) + len(more); cap(have) < n {
		have = append(make([]attr, 0, n), have...)
	}
	var idx map[attrKey]int
	if len(have)+len(more) > searched {
		idx = make(map[attrKey]int, len(have)+len(more))
		for i := range have {
			idx[have[i].key()] = i // the last of equal ones, as the search finds
		}
	}
	for _, a := range more {
		i := -1
		if idx != nil {
			if j, ok := idx[a.key()]; ok {
				i = j
			}
		} else {
			i = indexAttr(have, a.key())
		}
		if i >= 0 {
			if !containsInt(have[i].evidence, a.sent) && a.sent != have[i].sent {
				have[i].evidence = append(have[i].evidence, a.sent)
			}
			continue
		}
		if idx != nil {
			idx[a.key()] = len(have)
		}
		have = append(have, a)
	}
	return have
}

// indexAttr returns the index of the last attribute of as whose key is k,
// -1 when there is none. (Attributes renumbered to one person since they
// were merged may repeat one another in have: the last takes the evidence.)
func indexAttr(as []attr, k attrKey) int {
	for i := len(as) - 1; i >= 0; i-- {
		if as[i].key() == k {
			return i
		}
	}
	return -1
}

// emit writes the resolver's clusters to the document as entities, mentions and facts.
func (r *resolver) emit(doc *hearsay.Document) {
	// Entities: the clusters with mentions and the names of photo credits,
	// numbered by first mention. Credit entities have keys -1, -2, ...
	// first[c] is the byte offset of the first mention of cluster c and
	// creditFirst[i] that of credit key -1-i, -1 when there is none.
	first := make([]int, len(r.cl))
	n := 0
	for c, cl := range r.cl {
		first[c] = -1
		for _, m := range cl.ments {
			if f := first[c]; f < 0 || doc.Tokens[m.tok0].Start < f {
				first[c] = doc.Tokens[m.tok0].Start
			}
		}
		if first[c] >= 0 {
			n++
		}
	}
	credits := r.photoCredits()
	creditKey := make([]int, len(credits))
	creditFirst := make([]int, len(credits))
	for i, cr := range credits {
		creditFirst[i] = -1
		creditKey[i] = r.creditEntity(cr, credits[:i], creditKey[:i])
		if k := creditKey[i]; k >= 0 && r.cl[k].typ == hearsay.Misc && cr.typ == hearsay.Org {
			r.cl[k].typ = hearsay.Org // "Getty Images" named in a photo credit is an agency
		}
		if k := creditKey[i]; k >= 0 && cr.typ == hearsay.Place && cr.rule == "name-dateline" && r.cl[k].typ == hearsay.Misc && r.onlyNamed(k) {
			r.cl[k].typ = hearsay.Place // the place of a dateline, "Port Alder" later in the story, when the tagger could not type it
		}
		fs, k := first, creditKey[i]
		if k < 0 {
			fs, k = creditFirst, -k-1
		}
		if f := fs[k]; f < 0 || cr.span.Start < f {
			if f < 0 {
				n++
			}
			fs[k] = cr.span.Start
		}
	}
	type keyed struct{ key, first int }
	order := make([]keyed, 0, n)
	for k, f := range first {
		if f >= 0 {
			order = append(order, keyed{k, f})
		}
	}
	for i, f := range creditFirst {
		if f >= 0 {
			order = append(order, keyed{-1 - i, f})
		}
	}
	slices.SortFunc(order, func(a, b keyed) int { // keys are unique: a total order
		if a.first != b.first {
			return cmp.Compare(a.first, b.first)
		}
		return cmp.Compare(a.key, b.key)
	})
	entOf := entityNumbers{clusters: make([]int, len(r.cl)), credits: make([]int, len(credits)), first: first, creditFirst: creditFirst}
	doc.Entities = doc.Entities[:0]
	if cap(doc.Entities) < len(order) {
		doc.Entities = make([]hearsay.Entity, 0, len(order)) // one entity for each
	}
	ids := entityIDs(len(order))
	for _, o := range order {
		k := o.key
		if k >= 0 {
			entOf.clusters[k] = len(doc.Entities)
			doc.Entities = append(doc.Entities, r.entity(k, ids[len(doc.Entities)]))
			continue
		}
		entOf.credits[-k-1] = len(doc.Entities)
		cr := credits[-k-1]
		doc.Entities = append(doc.Entities, hearsay.Entity{ID: ids[len(doc.Entities)], Type: cr.typ, Name: cr.name, Kind: cr.kind})
	}
	// Mentions: every resolved one, groups with members, and credit names, in text order.
	out := make([]hearsay.Mention, 0, len(r.ms)+len(credits))
	nMembers := 0 // the groups' members share one array
	for _, m := range r.ms {
		if m.ent < 0 {
			nMembers += len(m.members)
		}
	}
	members := make([]int, 0, nMembers)
	for _, m := range r.ms {
		if m.ent < 0 && len(m.members) == 0 {
			continue
		}
		hm := hearsay.Mention{Span: spanOf(doc.Tokens, m.tok0, m.tok1), Kind: m.kind, Entity: -1, Sentence: m.sent, Rule: m.rule}
		if m.ent >= 0 {
			hm.Entity, _ = entOf.of(m.ent)
		} else {
			hm.Type = hearsay.Person
			k := len(members)
			for _, c := range m.members {
				e, _ := entOf.of(c)
				members = append(members, e)
			}
			hm.Members = members[k:len(members):len(members)]
		}
		out = append(out, hm)
	}
	for i, cr := range credits {
		ent, _ := entOf.of(creditKey[i])
		out = append(out, hearsay.Mention{Span: cr.span, Kind: hearsay.NameMention, Entity: ent,
			Sentence: sentenceBefore(doc, cr.span.Start), Rule: cr.rule})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	shareMentionLists(doc.Entities, out)
	for i := range out {
		hm := &out[i]
		hm.Text = doc.Text[hm.Start:hm.End]
		if hm.Entity >= 0 {
			e := &doc.Entities[hm.Entity]
			hm.Type = e.Type
			e.Mentions = append(e.Mentions, i)
			if (hm.Rule == "name-photo-credit" || hm.Rule == "name-dateline") && !containsString(e.Aliases, hm.Text) {
				e.Aliases = append(e.Aliases, hm.Text)
			}
		}
	}
	doc.Mentions = out
	r.emitAttrs(doc, &entOf)
}

// entityNumbers maps the entity keys of emit (cluster indices, and -1,
// -2, ... for the names of photo credits) to entity numbers.
type entityNumbers struct {
	clusters, credits  []int // entity number of cluster c, of credit key -1-i
	first, creditFirst []int // byte offset of the first mention, -1 for a key with none
}

// of returns the entity number of key k, and whether k has one (a key
// without mentions has none, and number 0).
func (en *entityNumbers) of(k int) (int, bool) {
	if k >= 0 {
		if k < len(en.clusters) && en.first[k] >= 0 {
			return en.clusters[k], true
		}
		return 0, false
	}
	if i := -k - 1; i < len(en.credits) && en.creditFirst[i] >= 0 {
		return en.credits[i], true
	}
	return 0, false
}

// creditEntity returns the entity key of a photo-credit name: the cluster
// or earlier credit with that name, or a new key.
func (r *resolver) creditEntity(cr credit, before []credit, keys []int) int {
	for c, cl := range r.cl {
		for _, m := range cl.ments {
			if m.kind == hearsay.NameMention && strings.EqualFold(strings.Join(m.words, " "), cr.name) {
				return c
			}
		}
	}
	for i, b := range before {
		if strings.EqualFold(b.name, cr.name) {
			return keys[i]
		}
	}
	return -1 - len(before)
}

// onlyNamed reports whether every mention of cluster k is a name: no
// pronoun or description says it is a person or an organisation.
func (r *resolver) onlyNamed(k int) bool {
	for _, m := range r.cl[k].ments {
		if m.kind != hearsay.NameMention {
			return false
		}
	}
	return true
}

// sentenceBefore is the index of the last sentence starting at or before byte off (0 when none).
func sentenceBefore(doc *hearsay.Document, off int) int {
	si := 0
	for i, s := range doc.Sentences {
		if s.Start <= off {
			si = i
		}
	}
	return si
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// entityIDs returns entityID of the numbers 0 to n-1, cut from one
// string.
func entityIDs(n int) []string {
	ids := make([]string, n)
	var buf []byte
	for i := range ids {
		buf = strconv.AppendInt(append(buf, 'e'), int64(i+1), 10)
	}
	all, off := string(buf), 0
	for i := range ids {
		k := off + 1
		for k < len(all) && all[k] != 'e' {
			k++
		}
		ids[i], off = all[off:k], k
	}
	return ids
}

// inCapitals reports whether every word of a name of two letters or more
// is in capitals ("LORETTA VANCE-ODUYA").
func inCapitals(words []string) bool {
	for _, w := range words {
		if len(w) < 2 || !isUpperString(w) {
			return false
		}
	}
	return len(words) > 0
}

// untitled returns the name of a mention that starts with a title, without
// the title ("Quinlan-Hayes" of "Mayor Quinlan-Hayes", "Whitlock" of "Ms.
// Whitlock"): the name as the text also gives it, which the mention's own
// text hides; "" when the mention has no title.
func (r *resolver) untitled(m *ment) string {
	if m.title == "" && m.nameTok <= m.tok0 || len(m.words) == 0 {
		return ""
	}
	return r.joinedWords(m)
}

// entityID is the ID of entity number n (from 0): "e1", "e2", ...
func entityID(n int) string {
	return "e" + strconv.Itoa(n+1)
}

// entity builds the entity of cluster c, with the ID given.
func (r *resolver) entity(c int, id string) hearsay.Entity {
	cl := r.cl[c]
	e := hearsay.Entity{ID: id, Type: cl.typ, Kind: cl.kind, Age: cl.age, Birth: cl.birth}
	if e.Age != nil {
		a := *e.Age
		a.Span = ageTimexSpan(r.di.doc, a.Span)
		e.Age = &a
	}
	var best *ment // the first name of the most words
	room := 0      // aliases at most: three a name
	for _, m := range cl.ments {
		if m.kind == hearsay.NameMention {
			room += 3
		}
	}
	aliases := r.aliasRoom(room)
	for _, m := range cl.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		for _, alias := range [3]string{r.aliasText(m), r.untitled(m), m.nick} {
			if alias != "" && !containsString(aliases, alias) {
				aliases = append(aliases, alias)
			}
		}
		if best == nil || len(m.words) > len(best.words) || len(m.words) == len(best.words) && inCapitals(best.words) && !inCapitals(m.words) {
			best = m // the name of the most words, as the text writes it in mixed case when it does ("Loretta Vance-Oduya" of a script in capitals)
		}
	}
	if len(aliases) > 0 {
		e.Aliases = aliases[:len(aliases):len(aliases)]
		r.spareAliases = r.spareAliases[len(aliases):]
	}
	party := ""
	if w, ok := cl.oneWordName(); ok && cl.typ == hearsay.Org {
		party, _ = lookupLower(r.lx.parties, w)
	}
	if party != "" {
		e.Name = party // "a three-term Democrat": the Democratic Party
	} else if n := r.titledName(cl); n != "" {
		e.Name = n
	} else if s := r.sharedSurname(cl, best); s != "" {
		e.Name = r.joinedWords(best) + " " + s // "Derek and Maureen Holt": Derek Holt
	} else if best != nil {
		e.Name = r.joinedWords(best)
	}
	if cl.unnamed != "" && e.Name == "" {
		e.Name, e.Unnamed = cl.unnamed, true
	}
	if e.Type == "" {
		e.Type = hearsay.Misc
	}
	return e
}

// aliasRoom returns an empty list of aliases with room for n, taken from
// a chunk shared by the entities of the document; the entity keeps what
// it uses of it (aliases) and gives back the rest.
func (r *resolver) aliasRoom(n int) []string {
	if len(r.spareAliases) < n {
		r.spareAliases = make([]string, max(64, n))
	}
	return r.spareAliases[:0:n]
}

// joinedWords is strings.Join(m.words, " "), cut from the document's text
// when the words stand there so, from one of m's tokens on, and built
// otherwise.
func (r *resolver) joinedWords(m *ment) string {
	doc := r.di.doc
	for i := max(m.tok0, 0); i < m.tok1 && i < len(doc.Tokens); i++ {
		if s, ok := spacedAt(doc.Text, doc.Tokens[i].Start, m.words); ok {
			return s
		}
	}
	return strings.Join(m.words, " ")
}

// spacedAt returns the text from offset at that is words joined by
// single spaces, and whether the text is so there.
func spacedAt(text string, at int, words []string) (string, bool) {
	if at < 0 || at > len(text) {
		return "", false
	}
	j := at
	for k, w := range words {
		if k > 0 {
			if j >= len(text) || text[j] != ' ' {
				return "", false
			}
			j++
		}
		if !strings.HasPrefix(text[j:], w) {
			return "", false
		}
		j += len(w)
	}
	return text[at:j], true
}

// titledName is the name of a person the text names by a title of rank
// and one name ("Prince Henrik", "King Albrecht"): the title belongs to the
// name unless the text also gives a full name of two or more words with no
// "of" ("Kate Middleton" for "Princess Kate"). It returns "" otherwise.
func (r *resolver) titledName(cl *cluster) string {
	if cl.typ != hearsay.Person {
		return ""
	}
	titled := ""
	for _, m := range cl.ments {
		if m.kind != hearsay.NameMention {
			continue
		}
		if len(m.words) >= 2 && !containsFold(m.words, "of") {
			return ""
		}
		if titled == "" && len(m.words) == 1 && (r.lx.is(cueRankTitle, m.title) || r.lx.is(cueStatusTitle, m.title)) && isCap(m.words[0]) {
			title := strings.TrimSuffix(r.di.doc.Tokens[m.tok0].Text, ".")
			if strings.EqualFold(title, m.title) {
				titled = title + " " + m.words[0]
			}
		}
	}
	return titled
}

// sharedSurname returns the surname a person named only by a given name
// shares with the person named after it and "and" ("Derek and Maureen
// Holt", "Jack & Ana Reyes-Cole"): a couple or siblings, whose one surname
// the text writes once, after the second given name. best is the
// cluster's name of the most words; it returns "" unless that is a known
// given name alone, with no title, and the name after "and" is a person's
// of two words whose first is a known given name.
func (r *resolver) sharedSurname(cl *cluster, best *ment) string {
	if cl.typ != hearsay.Person || best == nil || len(best.words) != 1 || best.title != "" {
		return ""
	}
	toks := r.di.doc.Tokens
	for _, m := range cl.ments {
		if m.kind != hearsay.NameMention || len(m.words) != 1 || m.title != "" || m.poss || !r.lx.personalWords(m.words[0], 1) {
			continue
		}
		e := m.tok1
		if e+1 >= len(toks) || toks[e+1].Sentence != m.sent || r.di.lower[e] != "and" && toks[e].Text != "&" {
			continue
		}
		for _, n := range r.ms {
			if n.tok0 > e+1 {
				break // r.ms is in order of tok0
			}
			if n.tok0 == e+1 && n.kind == hearsay.NameMention && n.typ == hearsay.Person && n.title == "" && len(n.words) == 2 &&
				n.ent != m.ent && r.lx.personalWords(n.words[0], 2) && isCap(n.words[1]) {
				return n.words[1]
			}
		}
	}
	return ""
}

// containsFold reports whether words holds w, ignoring case.
func containsFold(words []string, w string) bool {
	for _, x := range words {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// aliasText is the name as written, without a possessive marker or a
// title of the name tagger's list before it.
func (r *resolver) aliasText(m *ment) string {
	toks := r.di.doc.Tokens
	first := m.tok0
	if m.nameTok > first && m.nameTok < m.tok1 {
		first = m.nameTok // "Dennis Oyelaran" of "Chief Dennis Oyelaran"
	}
	start := toks[first].Start
	if t := toks[first].Text; first == m.tok0 && len(m.words) > 0 && t != m.words[0] && strings.HasSuffix(t, m.words[0]) {
		start = toks[first].End - len(m.words[0]) // "Brisk" of "Ex-Brisk" (trimFormerPrefix)
	}
	s := r.di.doc.Text[start:toks[m.tok1-1].End]
	for _, suf := range []string{"'s", "’s"} {
		if m.poss && strings.HasSuffix(s, suf) {
			s = strings.TrimSuffix(s, suf)
		}
	}
	return s
}

// emitAttrs appends attribute facts, creating implied country entities
// ("France" for "French") when the text names no such place.
func (r *resolver) emitAttrs(doc *hearsay.Document, entOf *entityNumbers) {
	// The facts' evidence and arguments are cut from two arrays, each
	// fact's with no room beyond its own.
	nEvidence := 0
	for _, a := range r.attrs {
		nEvidence += 1 + len(a.evidence)
	}
	evidence := make([]int, 0, nEvidence)
	args := make([]hearsay.Arg, 0, 3*len(r.attrs))
	doc.Facts = slices.Grow(doc.Facts, len(r.attrs)) // room for a fact an attribute
	for _, a := range r.attrs {
		p, ok := entOf.of(a.person)
		if !ok || a.typ == "occupation" && r.lx.is(cueVagueOccupation, a.literal) {
			continue // "\"Desert Wives\" star Brandi Keough": "star" says no trade
		}
		e0 := len(evidence)
		evidence = append(append(evidence, a.sent), a.evidence...)
		f := hearsay.Fact{ID: "f" + strconv.Itoa(len(doc.Facts)+1), Type: a.typ, Modality: hearsay.Asserted, Polarity: hearsay.Pos,
			Sentence: a.sent, Evidence: evidence[e0:len(evidence):len(evidence)], Trigger: a.trigger, Rule: attrFactRule(a.rule)}
		a0 := len(args)
		args = args[:a0+3]
		f.Args = append(args[a0:a0:a0+3], hearsay.Arg{Entity: p, Literal: doc.Entities[p].Name}) // at most three
		switch a.typ {
		case "occupation":
			f.Args = append(f.Args, hearsay.Arg{Entity: -1, Literal: a.literal})
		case "nationality":
			c := placeEntity(doc, a.country)
			f.Args = append(f.Args, hearsay.Arg{Entity: c, Literal: doc.Entities[c].Name})
		case "position_held", "member_of":
			if a.typ == "position_held" {
				f.Args = append(f.Args, hearsay.Arg{Entity: -1, Literal: a.literal})
			}
			o, ok := entOf.of(a.obj)
			if a.obj < 0 || !ok {
				switch {
				case a.country != "":
					o = placeEntity(doc, a.country) // "British Prime Minister X": the United Kingdom
				case a.body != "":
					o = orgEntity(doc, a.body) // "Sen. Mary Holt, D-Ore.": the Democratic Party
				default:
					continue
				}
			}
			f.Args = append(f.Args, hearsay.Arg{Entity: o, Literal: doc.Entities[o].Name})
		}
		if a.note != "" {
			f.Qualifiers = map[string]string{"note": a.note}
		}
		doc.Facts = append(doc.Facts, f)
	}
}

// orgEntity returns the index of the organisation entity named name,
// adding an implied one (no mentions, no aliases) when there is none.
func orgEntity(doc *hearsay.Document, name string) int {
	for i, e := range doc.Entities {
		if e.Type == hearsay.Org && strings.EqualFold(e.Name, name) {
			return i
		}
	}
	doc.Entities = append(doc.Entities, hearsay.Entity{ID: entityID(len(doc.Entities)), Type: hearsay.Org, Name: name})
	return len(doc.Entities) - 1
}

// placeEntity returns the index of the place entity named name, adding an
// implied one (no mentions, no aliases) when there is none.
func placeEntity(doc *hearsay.Document, name string) int {
	for i, e := range doc.Entities {
		if (e.Type == hearsay.Place || e.Type == hearsay.Misc) && strings.EqualFold(e.Name, name) {
			doc.Entities[i].Type = hearsay.Place
			return i
		}
	}
	doc.Entities = append(doc.Entities, hearsay.Entity{ID: entityID(len(doc.Entities)), Type: hearsay.Place, Name: name})
	return len(doc.Entities) - 1
}

// attrFactRule is "entity-" + rule, the rule of the fact of an attribute
// read by rule, without building the string for the rules describe is
// given.
func attrFactRule(rule string) string {
	switch rule {
	case "appositive":
		return "entity-appositive"
	case "premodifier":
		return "entity-premodifier"
	case "title-trade":
		return "entity-title-trade"
	case "copula":
		return "entity-copula"
	case "like-plural":
		return "entity-like-plural"
	case "title-of":
		return "entity-title-of"
	case "place-title":
		return "entity-place-title"
	case "party-state":
		return "entity-party-state"
	case "nominal":
		return "entity-nominal"
	case "nominal-title":
		return "entity-nominal-title"
	case "compatriot":
		return "entity-compatriot"
	}
	return "entity-" + rule
}
