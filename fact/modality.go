package fact

import (
	"fmt"
	htext "github.com/hearsay-news/hearsay/text"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// attribute sets the fact's source chain, modality and polarity.
func (st *Stage) attribute(rw *raw, frames []*frame) {
	s := rw.s
	var fr *frame
	for _, f := range frames {
		if rw.pat.opt("trigger") == "noun" && !f.quoted {
			continue // "Rupert's father, Charles Fairfax" is presupposed, not what the source claims
		}
		if st.relativeDenial(f) {
			continue // ", which his rep denied": an answer to the claim, read as a denial of its own
		}
		if chargeOfDeath(rw) && denialVerb(f.verb) {
			continue // "X denies the murder of Y": the accused denies the charge, no one tells of the death
		}
		if inRelativeClause(s, rw.f.Trigger) && !(f.scope.Start > 0 && f.quoted) {
			continue // ", who wed in 2019," is background, not what the source says
		}
		if f.after < 0 && f.s == s && sameNP(s, rw.f.Trigger, f.subject) {
			continue // part of the source's own description ("her husband Tom Hale says")
		}
		if f.scope.Start <= rw.f.Trigger.Start && rw.f.Trigger.End <= f.scope.End || st.ownVerb(f, rw) || guessInside(f, rw) {
			if fr == nil || f.scope.Len() < fr.scope.Len() {
				fr = f
			}
		}
	}
	if fr != nil {
		fr.used = true
		rw.frame = fr
		rw.f.Sources = resolveSpouses(s.doc, principalize(s.slab().sources(fr.chain...), rw.f.Args), rw.f.Args)
		rw.f.Sources, _ = st.nameBodies(s.doc, rw.f.Sentence, rw.f.Type, rw.f.Sources, rw.f.Args)
	}
	if rw.pat.opt("src") == "A" {
		if a := rw.b.slots[slotA]; a.set && len(a.ents) >= 1 {
			e := a.ents[0]
			rw.f.Sources = []hearsay.Source{{Text: s.doc.Entities[e].Name, Kind: hearsay.PrincipalSource, Entity: e, Span: a.span}}
		}
	}
	found := st.cuesFor(rw)
	rw.moot = found&kindMoot != 0 && (changeTypes.has(rw.f.Type) || rw.f.Type == succeededType || rw.f.Type == succeedsType)
	rw.f.Modality, rw.f.Polarity = decide(rw, found)
	if fr != nil && (rw.f.Modality == hearsay.Speculated || rw.f.Modality == hearsay.Rumored) && st.frameCircumstance(fr, rw) {
		// "fans speculated they may marry after she was seen at a Manchester restaurant": what was seen is no guess
		rw.frame, rw.f.Sources = nil, nil
		found = st.cuesFor(rw)
		rw.f.Modality, rw.f.Polarity = decide(rw, found)
	}
	if n := len(rw.f.Sources); rw.f.Modality == hearsay.Reported && n > 0 && st.publicSource(rw.f.Sources[n-1].Text) {
		rw.f.Modality = hearsay.Speculated // "prompting followers to comment that she is pregnant": the public guesses
	}
}

// circumstanceWords open a subordinate clause that tells what set a rumour
// or a guess going ("rumors swirled when he was seen with her", "fans
// speculated after she wore a ring").
var circumstanceWords = map[string]bool{"when": true, "after": true}

// circumstance returns the unit of a "when" or "after" that opens a clause
// of its own (a name, a pronoun or a determiner follows) between units from
// and to, or -1.
func circumstance(s *sent, from, to int) int {
	for k := max(from, 0); k+1 < to && k < len(s.units); k++ {
		x := &s.units[k]
		if x.ment != -1 || !circumstanceWords[x.word] {
			continue
		}
		y := &s.units[k+1]
		if y.ment != -1 && y.etype == entPerson || y.is(clsDeterminer) || y.is(clsSubjectPronoun) {
			return k
		}
	}
	return -1
}

// frameCircumstance reports whether the fact lies in a circumstance clause
// after what a frame in its own sentence says.
func (st *Stage) frameCircumstance(f *frame, rw *raw) bool {
	if f.s != rw.s || f.after < 0 || rw.noun || f.quoted {
		return false
	}
	tu := rw.s.unitAt(rw.f.Trigger.Start)
	return tu > f.after && circumstance(rw.s, f.after, tu) >= 0
}

// ownVerb reports whether the frame's reporting verb is the fact's own
// trigger ("a representative for Voss confirmed the split to People"): the
// complement the frame governs starts inside the trigger, after its subject.
// Plain verbs of saying (sources.tsv kind plain: "called it quits", "said
// yes to", "wrote the song for") never tell a fact as their object.
func (st *Stage) ownVerb(f *frame, rw *raw) bool {
	if st.r.plainVerbs[f.verb] {
		return false
	}
	return f.s == rw.s && f.after >= 0 && !f.quoted && f.subject.End <= rw.f.Trigger.Start &&
		rw.f.Trigger.Start < f.scope.Start && f.scope.Start < rw.f.Trigger.End
}

// guessInside reports whether the fact's match runs through a guess noun,
// its source and into the complement they open ("seen with Y, sparking
// speculation among fans that the two were more than friends"): the fans
// are the source of what the match claims.
func guessInside(f *frame, rw *raw) bool {
	if f.s != rw.s || f.after < 0 || !guessNouns[f.verb] {
		return false
	}
	t := rw.f.Trigger
	return t.Start <= f.subject.Start && f.subject.End <= t.End && f.scope.Start < t.End
}

// nameBodies replaces an organisation that speaks for itself under a common
// noun ("the company said", "the Austin-based software maker said") by the
// organisation the fact is about, named: the company's name is the source.
// The chain is left as it is when the fact has no organisation argument,
// or when its sentence names another organisation that the description
// could stand for ("joined X from Y, the club said").
func (st *Stage) nameBodies(doc *hearsay.Document, sent int, typ string, chain []hearsay.Source, args []hearsay.Arg) ([]hearsay.Source, bool) {
	org := orgArg(doc, typ, args)
	if org < 0 || otherOrgIn(doc, sent, org) {
		return chain, false
	}
	changed := false
	for i, src := range chain {
		if src.Kind != hearsay.RepresentativeSource && src.Kind != hearsay.OfficialSource || !st.bodyDescription(sourceWords(doc, src)) {
			continue
		}
		if src.Entity >= 0 && doc.Entities[src.Entity].Type == hearsay.Person {
			continue
		}
		// "the company said"; "the team announced", even when read as another organisation
		named := hearsay.Source{Text: doc.Entities[org].Name, Kind: hearsay.OfficialSource, Entity: org, Span: src.Span}
		changed = changed || named != src
		chain[i] = named
	}
	return chain, changed
}

// otherOrgIn reports whether sentence sent mentions an organisation other
// than org.
func otherOrgIn(doc *hearsay.Document, sent, org int) bool {
	for ix := range doc.Mentions {
		m := &doc.Mentions[ix]
		if m.Sentence == sent && m.Entity >= 0 && m.Entity != org && m.Entity < len(doc.Entities) && doc.Entities[m.Entity].Type == hearsay.Org {
			return true
		}
	}
	return false
}

// nameAllBodies names the organisations that speak as "the company" in
// facts whose organisation argument was filled in after they were read
// ("naming Y as his successor", the company said), and folds a fact into an
// earlier one that it now repeats, adding its evidence.
func (st *Stage) nameAllBodies(doc *hearsay.Document, facts []hearsay.Fact) []hearsay.Fact {
	renamed := false
	for i := range facts {
		var changed bool
		facts[i].Sources, changed = st.nameBodies(doc, facts[i].Sentence, facts[i].Type, facts[i].Sources, facts[i].Args)
		renamed = renamed || changed
	}
	if !renamed {
		return facts // nothing renamed, nothing repeated anew
	}
	out := facts[:0]
	seen := map[string]int{}
	for _, f := range facts {
		key := attributedKey(f)
		if i, ok := seen[key]; ok {
			out[i].Evidence = uniqueEvidence(append(out[i].Evidence, f.Evidence...))
			continue
		}
		seen[key] = len(out)
		out = append(out, f)
	}
	return out
}

// dropOwnOutlet takes the article's own outlet ("sources exclusively tell
// Page Six", "a source tells Us") out of the front of the source chains: the
// article itself is the outlet, so the chain starts with its informant.
func dropOwnOutlet(facts []hearsay.Fact, frames []*frame) []hearsay.Fact {
	var own map[string]bool
	for _, f := range frames {
		if f.own && len(f.chain) > 1 && f.chain[0].Kind == hearsay.OutletSource {
			if own == nil {
				own = map[string]bool{}
			}
			own[strings.ToLower(f.chain[0].Text)] = true
		}
	}
	if len(own) == 0 {
		return facts
	}
	for i := range facts {
		srcs := facts[i].Sources
		if len(srcs) > 1 && srcs[0].Kind == hearsay.OutletSource && own[strings.ToLower(srcs[0].Text)] {
			facts[i].Sources = append([]hearsay.Source(nil), srcs[1:]...)
		}
	}
	return facts
}

// attributedKey identifies a fact by its type, arguments, time, modality,
// polarity and source chain.
func attributedKey(f hearsay.Fact) string {
	var b strings.Builder
	b.WriteString(argKey(f))
	b.WriteString(fmt.Sprintf("|%+v|%s|%s", f.Time, f.Modality, f.Polarity))
	for _, src := range f.Sources {
		b.WriteString("|" + strings.ToLower(src.Text))
	}
	return b.String()
}

// orgSlot returns the argument that holds the organisation of a career
// fact of type typ, and false for a type of no organisation.
func orgSlot(typ string) (int, bool) {
	switch typ {
	case "position_held", "appointed", "elected", "resigned", "dismissed":
		return 2, true
	case "member_of", "representative_of":
		return 1, true
	}
	return 0, false
}

// orgArg returns the entity of a fact's organisation: an organisation
// argument, or the entity in a career fact's organisation slot whatever it
// was typed as ("the Dunleavy Hawks"); -1 when there is none.
func orgArg(doc *hearsay.Document, typ string, args []hearsay.Arg) int {
	for _, a := range args {
		if a.Entity >= 0 && a.Entity < len(doc.Entities) && doc.Entities[a.Entity].Type == hearsay.Org {
			return a.Entity
		}
	}
	if i, ok := orgSlot(typ); ok && i < len(args) {
		if e := args[i].Entity; e >= 0 && e < len(doc.Entities) && doc.Entities[e].Type != hearsay.Person {
			return e
		}
	}
	return -1
}

// sourceWords returns the words a source is named with in the text: the
// span of an entity's mention ("the team"), else its text.
func sourceWords(doc *hearsay.Document, src hearsay.Source) string {
	if src.Entity >= 0 && src.Span.Start < src.Span.End && src.Span.End <= len(doc.Text) {
		return doc.Text[src.Span.Start:src.Span.End]
	}
	return src.Text
}

// bodyDescription reports whether a source's text is a definite description
// whose head names an organisation ("the company", "the club"), not a person
// speaking for one ("a spokesperson for the company", "the company's lawyer").
func (st *Stage) bodyDescription(text string) bool {
	if !st.r.bodyNouns[strings.ToLower(text[strings.LastIndexByte(text, ' ')+1:])] || strings.ContainsAny(text, "'’") {
		return false // the head comes last: checked first, without splitting the words
	}
	words := strings.Fields(text)
	return len(words) == 1 || len(words) <= 4 && strings.EqualFold(words[0], "the")
}

// principalize marks named sources that are arguments of the fact as
// principals.
func principalize(chain []hearsay.Source, args []hearsay.Arg) []hearsay.Source {
	for i := range chain {
		if chain[i].Kind != hearsay.NamedSource || chain[i].Entity < 0 {
			continue
		}
		for _, a := range args {
			if a.Entity == chain[i].Entity {
				chain[i].Kind = hearsay.PrincipalSource
			}
		}
	}
	return chain
}

// cuesFor returns the kinds of cue that govern the fact: in its clause from
// the clause's start (or the attribution's complement) to the trigger; for
// relation nouns only the few words right before the noun. Negation counts
// only inside the match.
func (st *Stage) cuesFor(rw *raw) cueKinds {
	s := rw.s
	var found cueKinds
	tu := s.unitAt(rw.f.Trigger.Start)
	te := s.unitAt(rw.f.Trigger.End - 1)
	if tu < 0 || te < 0 {
		return found
	}
	clauses := s.clauses()
	from := tu
	if rw.noun {
		from = max(tu-3, 0)
		if rw.pat.opt("trigger") == "event" {
			from = max(tu-5, 0) // "reports of X's affair": the report names the event and its owner
		}
	} else {
		for from > 0 && clauses[from-1] == clauses[tu] {
			from--
		}
		from = s.quotedBefore(from, tu)
		if rw.frame != nil && rw.frame.after >= 0 && rw.frame.s == s && rw.frame.after > from && rw.frame.after <= tu {
			from = rw.frame.after
		}
	}
	trigRel := inRelativeClause(s, rw.f.Trigger)
	if o := relativeOpen(s, tu); trigRel && o > from {
		from = o // "the favourite to succeed X, who held the seat from 2004": the hedge is the main clause's
	}
	negFrom := max(rw.b.first, from)
	var covered map[int]bool // units inside a cue that is not a plain negation ("not confirmed"); made at the first
	for u := from; u <= te; u++ {
		for _, c := range st.r.cuesAt(s, u) {
			if c.kind != "neg" && len(c.words) > 1 {
				if covered == nil {
					covered = map[int]bool{}
				}
				for k := u; k < u+len(c.words); k++ {
					covered[k] = true
				}
			}
		}
	}
	for u := from; u <= te; u++ {
		cues := st.r.cuesAt(s, u)
		if len(cues) == 0 || !trigRel && inRelativeClause(s, s.units[u].Span) {
			continue // "X, who is rumored to be dating Y, married Z": the rumour is the relative clause's
		}
		for _, c := range cues {
			if c.kind == "neg" && (u < negFrom || covered[u]) || u+len(c.words)-1 > te {
				continue
			}
			if c.kind == "denied" && len(c.words) == 1 && covered[u] {
				continue // "refused to confirm or deny": the longer cue says what the word does
			}
			if (c.kind == "rumored" || c.kind == "speculated") && !rw.noun && circumstance(s, u+len(c.words), tu) >= 0 {
				continue // "rumors began swirling in January, when he was photographed in Miami": the sighting is a fact
			}
			if c.kind == "moot" && (u >= tu || commaBetween(s, u+len(c.words), tu)) {
				continue // "After weeks of calls to quit, X resigned": the call is a clause of its own
			}
			if c.kind == "denied" && u >= tu {
				continue // "Marlow had been dismissed": the fact's own word, not a denial of it
			}
			if c.kind == "denied" && s.timeClauseBetween(u+len(c.words), tu) {
				continue // "denied the reports before he flew to Madrid": the flight is told as fact
			}
			if c.kind == "denied" && rw.noun && postTypes.has(rw.f.Type) && len(c.words) == 1 && u >= tu-2 {
				continue // "dismissed health minister X": the verb fires the holder of the title, it denies nothing
			}
			if rw.noun && c.kind != "rumored" && c.kind != "denied" && c.kind != "neg" && c.kind != "moot" && (c.kind != "reported" || rw.pat.opt("trigger") != "event") {
				continue
			}
			if c.kind == "denied" && rw.pat.opt("trigger") == "noun" && st.thatBetween(s, u, tu) {
				continue // "denied that her husband, X, had an affair": the denial governs the clause, not the noun
			}
			found |= kindOf(c.kind)
		}
	}
	if !rw.noun && (st.claimOpens(s, max(from-3, 0), tu) || st.claimOf(s, max(from-3, 0), te)) && st.claimCalledFalse(s, te+1) {
		found |= kindDenied // "claims that he had an affair were categorically untrue"
	}
	found |= st.trailingCues(s, te) // "X and Y have split, it was reported on Monday"
	if te+1 < len(s.units) && s.units[te+1].ment == -1 && rumorNoun(s.units[te+1].word) {
		found |= kindRumored // "dogged by split rumors", "fueled dating rumors": the trigger names the rumour
	}
	if st.calledFalse(s, tu, te) {
		found |= kindDenied // "her rep called the pregnancy reports '100 percent false'"
	}
	if rw.frame != nil {
		switch rw.frame.verb {
		case "denied", "denies", "deny":
			found |= kindDenied
		}
		found |= st.frameCues(rw.frame)
	}
	if chargeOfDeath(rw) {
		found &^= kindDenied // "X denies the murder of Y": the charge is denied, Y's death is not
	}
	return found
}

// chargeNouns are the nouns of a charge of causing a death (data/classes.tsv).
var chargeNouns = wordSet("chargenouns")

// chargeOfDeath reports whether rw is a death read from the noun of a
// charge ("the murder of Y"), which a denial in court does not deny.
func chargeOfDeath(rw *raw) bool {
	if rw.f.Type != "died" {
		return false
	}
	tu := rw.s.unitAt(rw.f.Trigger.Start)
	return tu >= 0 && chargeNouns[rw.s.units[tu].word]
}

// commaBetween reports whether a comma stands among units from up to (not
// including) to.
func commaBetween(s *sent, from, to int) bool {
	for u := from; u < to && u < len(s.units); u++ {
		if s.units[u].word == "," {
			return true
		}
	}
	return false
}

// A cueKinds is a set of kinds of cue (see cue.kind), a bit each.
type cueKinds uint16

// The kinds of cue that decide reads.
const (
	kindRumored cueKinds = 1 << iota
	kindReported
	kindSpeculated
	kindUncertain
	kindDenied
	kindNeg
	kindMoot  // a call, a demand or a refusal: the change of office it names is not told
	kindOther // a kind decide does not read
)

// kindOf returns the bit of cue kind k.
func kindOf(k string) cueKinds {
	switch k {
	case "rumored":
		return kindRumored
	case "reported":
		return kindReported
	case "speculated":
		return kindSpeculated
	case "uncertain":
		return kindUncertain
	case "denied":
		return kindDenied
	case "neg":
		return kindNeg
	case "moot":
		return kindMoot
	}
	return kindOther
}

// trailingCues returns the kinds of an impersonal attribution that closes the
// sentence after the trigger at unit te (", it was reported", ", it is
// alleged"): it governs all that comes before it.
func (st *Stage) trailingCues(s *sent, te int) cueKinds {
	var out cueKinds
	for u := te + 2; u < len(s.units); u++ {
		if s.units[u].word != "it" || s.units[u-1].word != "," || s.units[u].ment != -1 {
			continue
		}
		for _, c := range st.r.cuesAt(s, u) {
			switch c.kind {
			case "reported", "rumored", "speculated", "uncertain":
				if len(c.words) > 2 && st.closesSentence(s, u+len(c.words)) {
					out |= kindOf(c.kind)
				}
			}
		}
	}
	return out
}

// closesSentence reports whether nothing but a time or a place is left in
// the sentence from unit u on (", it was reported on Monday").
func (st *Stage) closesSentence(s *sent, u int) bool {
	for k := u; k < len(s.units) && k < u+6; k++ {
		x := &s.units[k]
		if x.word == "." || x.word == "!" || x.boundary && k == len(s.units)-1 {
			return true
		}
		if x.word == "that" || x.word == "," {
			return false // ", it was reported, that ...": a new claim
		}
	}
	return u >= len(s.units)
}

// thatBetween reports whether a complementizer "that" stands between units
// u and v: a cue before it governs the clause it opens.
func (st *Stage) thatBetween(s *sent, u, v int) bool {
	for i := u + 1; i < v && i < len(s.units); i++ {
		if s.units[i].word == "that" {
			return true
		}
	}
	return false
}

// claimOpens reports whether a claim noun and "that" open the clause of
// units [from, to) ("claims that ...", "the report that ...").
func (st *Stage) claimOpens(s *sent, from, to int) bool {
	for u := from; u+1 < to && u+1 < len(s.units); u++ {
		if s.units[u].ment == -1 && s.units[u].is(clsClaimNoun) && s.units[u+1].word == "that" {
			return true
		}
	}
	return false
}

// rumorNoun reports whether w makes the relation word before it the
// subject of a rumour ("split rumors", "dating speculation").
func rumorNoun(w string) bool { return rumorNouns[w] }

// rumorNouns are the words of rumorNoun (data/classes.tsv).
var rumorNouns = wordSet("rumornouns")

// callVerbs name a claim as what the words after it say it is ("called the
// reports false", "dismissed the rumors as baseless").
var callVerbs = wordSet("callverbs")

// calledFalse reports whether the claim noun that ends the trigger (units
// tu..te) is the object of a verb of calling and a denial cue follows it
// before the sentence ends ("called the pregnancy reports '100 percent
// false'").
func (st *Stage) calledFalse(s *sent, tu, te int) bool {
	if te >= len(s.units) || !s.units[te].is(clsClaimNoun) {
		return false
	}
	if !s.wordIn(callVerbs, tu-4, tu) {
		return false
	}
	for u := te + 1; u < len(s.units) && u <= te+8; u++ {
		if sentenceEnd[s.units[u].word] {
			return false
		}
		for _, c := range st.r.cuesAt(s, u) {
			if c.kind == "denied" {
				return true
			}
		}
	}
	return false
}

// claimOf reports whether a claim noun with "of" or "about" after it stands
// between units from and to ("the allegations of an affair with X were
// false"): the claim names the fact it carries.
func (st *Stage) claimOf(s *sent, from, to int) bool {
	for u := from; u+1 <= to && u+1 < len(s.units); u++ {
		if w := s.units[u+1].word; s.units[u].ment == -1 && s.units[u].is(clsClaimNoun) && (w == "of" || w == "about") {
			return true
		}
	}
	return false
}

// claimCalledFalse reports whether the sentence from unit u on calls the
// claim before it false ("... were 'categorically untrue'"): a denial cue
// after a form of "be" and before the sentence ends.
func (st *Stage) claimCalledFalse(s *sent, u int) bool {
	be := false
	for ; u < len(s.units); u++ {
		x := &s.units[u]
		if sentenceEnd[x.word] || x.word == ";" {
			return false
		}
		switch x.word {
		case "is", "are", "was", "were", "be":
			be = true
			continue
		}
		if !be {
			continue
		}
		for _, c := range st.r.cuesAt(s, u) {
			if c.kind == "denied" {
				return true
			}
		}
	}
	return false
}

// relativeDenial reports whether a frame is a relative clause that denies
// the claim before it in its sentence ("rumors that he planned to step down,
// which the company denied").
func (st *Stage) relativeDenial(f *frame) bool {
	s := f.s
	if s == nil {
		return false
	}
	u := s.unitAt(f.subject.Start)
	if u < 2 || s.units[u-1].word != "which" || s.units[u-2].word != "," {
		return false
	}
	return relativeDenials[f.verb]
}

// relativeDenials are the verbs of relativeDenial (data/classes.tsv).
var relativeDenials = wordSet("relativedenials")

// frameCues returns the kinds of cue between a source and the complement
// it introduces that govern the complement: a denial ("X's camp is pushing
// back hard on reports that", "X disputed claims that") or a hedge ("fans
// speculated that", "prompting fans to wonder whether").
func (st *Stage) frameCues(f *frame) cueKinds {
	var out cueKinds
	if f.s == nil {
		return out
	}
	s := f.s
	from := s.unitAt(f.subject.Start)
	if from < 0 {
		return out
	}
	to := f.after
	if to < 0 {
		to = postVerbEnd(s, from, f.verb) // "X and Y have split, fans speculated": the source and its verb follow the claim
	}
	for u := from; u < to && u < len(s.units); u++ {
		for _, c := range st.r.cuesAt(s, u) {
			switch c.kind {
			case "denied", "speculated", "rumored", "uncertain":
				if u+len(c.words) <= to+1 {
					out |= kindOf(c.kind)
				}
			}
		}
	}
	return out
}

// postVerbEnd returns the unit just past the reporting verb of a source that
// follows its claim ("..., fans speculated on Monday"): the verb's cues
// govern the claim before it. It returns from when the verb is not found
// within a few units of the source.
func postVerbEnd(s *sent, from int, verb string) int {
	if verb == "" {
		return from
	}
	for u := from; u < len(s.units) && u < from+8; u++ {
		if s.units[u].boundary {
			break
		}
		if s.units[u].word == verb {
			return u + 1
		}
	}
	return from
}

// gossipSource reports whether a source is the tabloid press or gossip
// rather than a named outlet ("several tabloids", "gossip sites").
func gossipSource(text string) bool {
	if !htext.IsASCII(text) {
		for _, w := range strings.Fields(strings.ToLower(text)) {
			if gossipWords[strings.Trim(w, ".,")] {
				return true
			}
		}
		return false
	}
	for w := range asciiFields(text) {
		w = strings.Trim(w, ".,")
		for _, g := range gossipWordList {
			if strings.EqualFold(w, g) {
				return true
			}
		}
	}
	return false
}

// gossipWords are the words of gossipSource (data/classes.tsv), as a set
// and as a list for a comparison without case.
var (
	gossipWordList = wordList("gossipwords")
	gossipWords    = wordSet("gossipwords")
)

// decide turns the cues and the source chain into a modality and polarity.
func decide(rw *raw, found cueKinds) (hearsay.Modality, hearsay.Polarity) {
	pol := hearsay.Pos
	cueNeg := found&kindNeg != 0 && !rw.pat.has("nonneg")
	if cueNeg != rw.pat.has("neg") { // a pattern that means the negation ("reconciled": not separated)
		pol = hearsay.Neg
	}
	if found&kindDenied != 0 {
		return hearsay.Denied, hearsay.Neg
	}
	if pol == hearsay.Neg && rw.pat.has("neg") && rw.pat.has("denial") && saidFirstHand(rw) {
		return hearsay.Denied, pol // "has no plans to leave", the gallery said: its plans are no hedge
	}
	if m := rw.pat.opt("mod"); m != "" {
		return hearsay.Modality(m), pol
	}
	switch {
	case found&kindUncertain != 0:
		return hearsay.Uncertain, pol
	case found&kindRumored != 0:
		return hearsay.Rumored, pol // "rumors that he planned to step down": the rumour governs the plan
	case found&kindSpeculated != 0:
		return hearsay.Speculated, pol
	}
	if n := len(rw.f.Sources); n > 0 {
		switch k := rw.f.Sources[n-1].Kind; {
		case pol == hearsay.Neg && (cueNeg || rw.pat.has("denial")) && (k == hearsay.PrincipalSource || k == hearsay.RepresentativeSource || k == hearsay.OfficialSource):
			return hearsay.Denied, pol // a first-hand party saying it is not so
		case pol == hearsay.Neg && rw.pat.has("denial") && k == hearsay.NamedSource:
			return hearsay.Denied, pol // someone named calling the pair "just friends"
		}
		if gossipSource(rw.f.Sources[0].Text) {
			return hearsay.Rumored, pol // "several tabloids claimed", "gossip sites"
		}
		switch rw.f.Sources[n-1].Kind {
		case hearsay.AnonymousSource, hearsay.OutletSource:
			return hearsay.Reported, pol
		case hearsay.OfficialSource, hearsay.NamedSource:
			if n > 1 && rw.f.Sources[0].Kind == hearsay.OutletSource {
				return hearsay.Reported, pol // records or a third party as relayed by an outlet
			}
		}
		return bareModality(rw), pol
	}
	if found&kindReported != 0 {
		return hearsay.Reported, pol
	}
	return bareModality(rw), pol
}

// saidFirstHand reports whether the last source of a fact is the
// principal, a representative or an official body.
func saidFirstHand(rw *raw) bool {
	n := len(rw.f.Sources)
	if n == 0 {
		return false
	}
	k := rw.f.Sources[n-1].Kind
	return k == hearsay.PrincipalSource || k == hearsay.RepresentativeSource || k == hearsay.OfficialSource
}

// bareModality returns the modality of a fact that no cue and no source
// makes other than asserted: the pattern's bare=M when it has one ("is in
// talks to take over" is still a possibility, unless relayed by a report),
// else asserted.
func bareModality(rw *raw) hearsay.Modality {
	if m := rw.pat.opt("bare"); m != "" {
		return hearsay.Modality(m)
	}
	return hearsay.Asserted
}

// backfill gives a reported fact with no source the chain of a later
// attribution that only points back at it ("X and Y have reportedly split.
// ... Insiders have told Us Weekly that is the case.").
func (st *Stage) backfill(raws []*raw, frames []*frame) {
	for _, f := range frames {
		if f.used || f.after < 0 || !anaphoric(f) {
			continue
		}
		var best *raw
		for _, rw := range raws {
			if rw.echo || rw.noun || rw.f.Modality != hearsay.Reported || len(rw.f.Sources) > 0 {
				continue
			}
			if rw.s.idx >= f.s.idx || rw.s.idx < f.s.idx-4 {
				continue
			}
			if best == nil || rw.s.idx > best.s.idx {
				best = rw
			}
		}
		if best == nil {
			continue
		}
		for _, rw := range raws {
			if rw.s == best.s && !rw.echo && !rw.noun && rw.f.Modality == hearsay.Reported && len(rw.f.Sources) == 0 {
				rw.f.Sources = principalize(append([]hearsay.Source(nil), f.chain...), rw.f.Args)
				rw.f.Evidence = append(rw.f.Evidence, f.s.idx)
			}
		}
		f.used = true
	}
}

// anaphoricStarts open a complement that only points back at an earlier
// claim ("that is no longer the case", "it's true").
var anaphoricStarts = wordPhrases("anaphoricstarts")

func anaphoric(f *frame) bool {
	s := f.s
	for _, ws := range anaphoricStarts {
		// the complement may start at "that" or right after it
		for _, at := range []int{f.after, f.after - 1} {
			if at >= 0 && s.wordsAt(at, ws) > 0 {
				return true
			}
		}
	}
	for u := f.after; u < len(s.units) && u >= 0; u++ {
		if s.wordsAt(u, []string{"the", "case"}) > 0 {
			return true
		}
	}
	return false
}

// relativeOpen returns the unit of the "who", "which" or "where" after a
// comma that opens the relative clause unit u stands in, or -1 (the search
// stops at a clause boundary or another comma, as inRelativeClause's).
func relativeOpen(s *sent, u int) int {
	for k := u - 1; k >= 1; k-- {
		w := s.units[k].word
		if (w == "who" || w == "which" || w == "where") && s.units[k-1].word == "," {
			return k
		}
		if s.units[k].boundary || w == "," && !s.placeComma(k) {
			return -1
		}
	}
	return -1
}

// inRelativeClause reports whether sp lies in a non-restrictive relative
// clause (", who wed in 2019,").
func inRelativeClause(s *sent, sp hearsay.Span) bool {
	u := s.unitAt(sp.Start)
	if u < 0 {
		return false
	}
	if len(s.relClause) != len(s.units) {
		s.relClause = s.ar.takeRel(len(s.units))
	}
	if v := s.relClause[u]; v != 0 {
		return v == 2
	}
	in := relativeClauseAt(s, u)
	s.relClause[u] = 1
	if in {
		s.relClause[u] = 2
	}
	return in
}

// relativeClauseAt computes inRelativeClause for a span starting in unit u.
func relativeClauseAt(s *sent, u int) bool {
	open := -1
	for k := u - 1; k >= 1; k-- {
		w := s.units[k].word
		if (w == "who" || w == "which" || w == "where") && s.units[k-1].word == "," {
			open = k
			break
		}
		if w == "," && !s.units[k].boundary {
			if j := s.appositionOpen(k); j > 0 {
				k = j // "where he married my grandmother, Joan Tebbutt, the following spring": the apposition's commas
				continue
			}
		}
		if s.units[k].boundary || w == "," && !s.placeComma(k) {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for k := u + 1; k < len(s.units); k++ {
		if s.units[k].word == "," {
			return true
		}
		if s.units[k].boundary {
			// a clause about a person or a place may run to the sentence's end;
			// one about a thing ("the finale, which aired in 2022.") dates it
			return k == len(s.units)-1 && sentenceEnd[s.units[k].word] && s.units[open].word != "which"
		}
	}
	return s.units[open].word != "which"
}

// appositionOpen returns the comma that opens an apposition closed by the
// comma at unit k ("my grandmother, Joan Tebbutt,": a name right before k,
// a few words after the comma, no verb, clause word or boundary between),
// or -1.
func (s *sent) appositionOpen(k int) int {
	if k < 3 || s.units[k-1].ment < 0 || s.units[k-1].etype != entPerson {
		return -1
	}
	for j := k - 2; j >= 1 && j >= k-4; j-- {
		x := &s.units[j]
		if x.word == "," {
			if j+1 == k-1 && s.units[j-1].ment < 0 && !strings.HasPrefix(s.xposOf(j-1), "NN") {
				return -1 // ", Joan Tebbutt," after a verb or a clause's word is no apposition
			}
			return j
		}
		if x.boundary || relWords[x.word] || x.ment < 0 && strings.HasPrefix(s.xposOf(j), "VB") {
			return -1
		}
	}
	return -1
}

// relWords open a non-restrictive relative clause after a comma.
var relWords = map[string]bool{"who": true, "which": true, "where": true}

// sentenceEnd are the punctuation marks that close a sentence.
var sentenceEnd = map[string]bool{".": true, "?": true, "!": true}

// sameNP reports whether a trigger lies right before a source with no comma
// between: it is part of the source's own description.
func sameNP(s *sent, trig, subj hearsay.Span) bool {
	t, u := s.unitAt(trig.Start), s.unitAt(subj.Start)
	if t < 0 || u < 0 || t > u || u-t > 3 {
		return false
	}
	for k := t; k < u; k++ {
		if s.units[k].word == "," || s.units[k].boundary {
			return false
		}
	}
	return true
}

// quotedBefore returns the first unit of a short quoted fragment that
// closes at unit from, the quotation mark that opens the clause of a
// fact's trigger at unit tu ("he "categorically denies" having had an affair": the
// quoted words are the clause's verb), or from when there is none.
func (s *sent) quotedBefore(from, tu int) int {
	if from < 2 || from >= len(s.units) || !s.units[from].is(clsQuote) {
		return from
	}
	for u := from + 1; u < tu && u < len(s.units); u++ {
		if w := s.units[u].word; w == "and" || w == "that" || w == "," {
			return from // "was "completely false" and that he is dating X": a claim of its own
		}
	}
	for k := from - 1; k >= 0 && k >= from-5; k-- {
		x := &s.units[k]
		if x.is(clsQuote) {
			if k == from-1 || k > 0 && s.units[k-1].boundary {
				return from // an empty fragment, or a quotation that opens a clause of its own
			}
			return k + 1
		}
		if x.boundary || x.word == "," {
			return from
		}
	}
	return from
}
