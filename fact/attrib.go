package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// A frame is one attribution in a sentence: a chain of sources and the span
// of text whose claims they make.
type frame struct {
	scope   hearsay.Span
	chain   []hearsay.Source
	verb    string // the reporting verb, lowercased ("said", "denied"); "" for "according to"
	subject hearsay.Span
	used    bool // a fact was read inside the scope
	quoted  bool // the scope is a quotation
	after   int  // unit index of the start of the complement after the verb, -1 when the scope precedes the source
	own     bool // the outlet told is the article's own ("sources tell TMZ"): it leaves the chains at the end
	s       *sent
}

// subjectSkip are words between a source and its reporting verb ("insiders
// have told", "Millepied also said").
var subjectSkip = wordSet("subjectskip")

// descriptorWords may open or fill an anonymous source's description before its
// noun ("a source", "two longtime friends", "her representative").
var descriptorWords = wordSet("descriptorwords")

// complementSkip reports whether w may stand between a reporting verb and
// what is said.
func complementSkip(w string) bool { return complementSkips[w] }

// complementSkips are the words of complementSkip (data/classes.tsv).
var complementSkips = wordSet("complementskip")

// quoteSpans returns the quoted stretches of a sentence (the text between
// quote marks); a mark without its partner quotes to the sentence's edge.
func (s *sent) quoteSpans() []hearsay.Span { return s.appendQuoteSpans(nil) }

// appendQuoteSpans appends the quoteSpans of the sentence to out.
func (s *sent) appendQuoteSpans(out []hearsay.Span) []hearsay.Span {
	st := s.doc.Sentences[s.idx]
	open := -1
	if s.contQuote {
		open = st.Start // the first mark closes the quotation opened before
	}
	for ui := range s.units {
		u := &s.units[ui]
		switch u.word {
		case "“":
			open = u.End
		case "”":
			start := st.Start
			if open >= 0 {
				start = open
			}
			out = append(out, hearsay.Span{Start: start, End: u.Start})
			open = -1
		case "\"", "``", "''":
			if open >= 0 {
				out = append(out, hearsay.Span{Start: open, End: u.Start})
				open = -1
			} else {
				open = u.End
			}
		}
	}
	if open >= 0 {
		out = append(out, hearsay.Span{Start: open, End: st.End})
	}
	return out
}

// wordsIn counts the units inside a span.
func (s *sent) wordsIn(sp hearsay.Span) int {
	n := 0
	for ui := range s.units {
		u := &s.units[ui]
		if sp.Start <= u.Start && u.End <= sp.End {
			n++
		}
	}
	return n
}

func inSpans(spans []hearsay.Span, off int) int {
	for i, sp := range spans {
		if sp.Start <= off && off < sp.End {
			return i
		}
	}
	return -1
}

// frames finds the attributions of a sentence. prev is the last frame of
// earlier sentences, to which "They said:" refers back.
func (st *Stage) frames(s *sent, prev *frame) []*frame {
	var obuf [4]*frame // the frames while found, kept in the slab at the end
	out := obuf[:0]
	var qbuf [4]hearsay.Span // room for most sentences' quotations without allocating
	quotes := s.appendQuoteSpans(qbuf[:0])
	sentSpan := s.doc.Sentences[s.idx].Span
	var nbuf [8]int
	quoteWords := nbuf[:0] // by quote: wordsIn, once counted; -1 before
	for range quotes {
		quoteWords = append(quoteWords, -1)
	}
	for v := range s.units {
		u := &s.units[v]
		if u.ment != -1 {
			continue
		}
		if q := inSpans(quotes, u.Start); q >= 0 {
			if quoteWords[q] < 0 {
				quoteWords[q] = s.wordsIn(quotes[q])
			}
			if quoteWords[q] <= 3 && u.info.denies { // the test denialFrame opens with, asked here for every unit
				if f := st.denialFrame(s, v, prev, sentSpan); f != nil {
					out = append(out, f) // a denial in scare quotes: there was "no truth" to reports that
					prev = f
				}
			}
			continue
		}
		if u.word == "per" && st.perSource(s, v) {
			if f := st.accordingTo(s, v-1, quotes); f != nil {
				out = append(out, f) // ", per TMZ": according to TMZ
			}
			continue
		}
		if u.word == "according" && v+1 < len(s.units) && s.units[v+1].word == "to" {
			if f := st.accordingTo(s, v, quotes); f != nil {
				out = append(out, f)
			}
			continue
		}
		if !u.is(clsGuessNoun) && !u.is(clsByVerb) && !u.is(clsVerb) && !u.info.denies {
			continue // no frame opens with the word (the tests the frames open with)
		}
		if f := st.amongFrame(s, v, sentSpan); f != nil {
			out = append(out, f) // "speculation among fans that"
			continue
		}
		if f := st.byFrame(s, v, prev, sentSpan); f != nil {
			out = append(out, f) // "..., as first reported by Page Six."
			prev = f
			continue
		}
		if !u.is(clsVerb) {
			if f := st.denialFrame(s, v, prev, sentSpan); f != nil {
				out = append(out, f)
				prev = f
			}
			continue
		}
		f := st.verbFrame(s, v, prev, quotes, sentSpan)
		if f != nil {
			out = append(out, f)
			prev = f
		}
	}
	return s.slab().frameList(out)
}

// onsetWords come before "to" and a reporting verb that they only set going
// ("were quick to speculate", "began to wonder", "rushed to claim").
var onsetWords = wordSet("onsetwords")

// onsetBe are the forms of "be" and "have" before an onset word ("were
// quick to", "have begun to").
var onsetBe = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true, "soon": true, "also": true,
}

// skipOnset steps back from unit j over "were quick to", "began to" and the
// like that stand between a source and its reporting verb; it returns j
// unchanged when none does.
func skipOnset(s *sent, j int) int {
	if j < 1 || s.units[j].word != "to" || s.units[j-1].ment != -1 || !onsetWords[s.units[j-1].word] {
		return j
	}
	k := j - 2
	if s.units[j-1].word == "first" && k >= 0 && s.units[k].word == "the" {
		k-- // "Page Six was the first to report"
	}
	for k >= 0 && s.units[k].ment == -1 && onsetBe[s.units[k].word] {
		k--
	}
	if k < 0 {
		return j
	}
	return k
}

// firstHand reports whether a source speaks in its own name or for the people
// concerned (a named person, a representative): what it tells an outlet is its
// own statement, not the outlet's report ("a rep for Kilgore told Page Six").
func firstHand(src hearsay.Source) bool {
	switch src.Kind {
	case hearsay.NamedSource, hearsay.PrincipalSource, hearsay.RepresentativeSource:
		return true
	}
	return false
}

// idiomAt reports whether one of the idioms (see resources.idioms) stands
// at unit v: those whose first word wordsAt finds there are tried.
func (st *Stage) idiomAt(s *sent, v int) bool {
	w := s.units[v].word
	for _, ws := range st.r.idioms[w] {
		if s.wordsAt(v, ws) > 0 {
			return true
		}
	}
	if w == "'" || w == "s" { // what wordEq takes for "'s"
		for _, ws := range st.r.idioms["'s"] {
			if s.wordsAt(v, ws) > 0 {
				return true
			}
		}
	}
	return false
}

// verbFrame builds the frame of the reporting verb at unit v, or nil when no
// source stands before it.
func (st *Stage) verbFrame(s *sent, v int, prev *frame, quotes []hearsay.Span, sentSpan hearsay.Span) *frame {
	if st.idiomAt(s, v) {
		return nil // "the couple called it quits in 2019, and ...": nothing reported
	}
	if v > 1 && s.units[v-1].word == "to" && st.r.refuseVerbs[s.units[v-2].word] {
		return nil // "her team declined to comment": nothing said
	}
	if st.r.rebuffsNoClaim(s, v) {
		return nil // "The Herald dismissed its editor": no claim answered
	}
	if v > 0 && (s.units[v-1].is(clsDeterminer) || nounPreposition(s.units[v-1].word) || s.units[v-1].is(clsVerb) && !s.units[v-1].is(clsClaimNoun) || st.deniedCueEnds(s, v)) {
		return nil // "the report", "pushing back on reports", "said claims", "laughed off reports": a noun, not a verb
	}
	if v >= 2 && (s.units[v-2].word == "a" || s.units[v-2].word == "an") && s.units[v-1].ment == -1 && s.units[v].is(clsClaimNoun) && !strings.HasSuffix(s.units[v].word, "s") {
		return nil // "a police report": a noun after a noun, no verb
	}
	if f := st.invertedFrame(s, v, prev, quotes, sentSpan); f != nil {
		return f // "..., said Mark Ellery, a spokesman for the company."
	}
	if passiveNoAgent(s, v) {
		return nil // "X's appointment as police chief of Braxton was confirmed on Monday": what was told is the subject; nobody is named who told it
	}
	j := skipRelative(s, v-1)
	for j >= 0 && s.units[j].ment == -1 && subjectSkip[s.units[j].word] && !quantifierObject(s, j) {
		j--
	}
	if j >= 1 && progressiveBe(s.units[j].word) && strings.HasSuffix(s.units[v].word, "ing") {
		// "fans have been speculating" (not the passive "has been described")
		j--
		for j >= 0 && s.units[j].ment == -1 && subjectSkip[s.units[j].word] {
			j--
		}
	}
	if f := st.addingFrame(s, v, prev, sentSpan); f != nil {
		return f // "a source told Us Weekly, adding that ...": the same source
	}
	if p := participleSubject(s, v); p >= 0 {
		j = p // "X set the record straight, saying she never ..."
	}
	j = skipOnset(s, j) // "fans were quick to speculate", "followers began to wonder"
	if j >= 1 && s.units[j].word == "to" && s.units[j-1].ment == -1 {
		if _, ok := st.r.srcNouns[s.units[j-1].word]; ok {
			j-- // "prompting fans to wonder whether"
		}
	}
	if j >= 1 && s.units[j].word == "to" && (s.units[v].word == "deny" || s.units[v].word == "confirm") {
		if p := purposeSubject(s, j); p >= 0 {
			j = p // "X took to Instagram to deny the rumors"
		}
	}
	if a := conjunctionBefore(s, j); a >= 0 {
		if passiveReport(s, j, v) {
			return nil // "has sat on the board since 2020 and was said to have fought": nobody named says it
		}
		// a source read inside the first predicate is not the one who speaks: the subject of its
		// clause is ("Ann Voss met the board and said"; not "a spokesperson confirmed the
		// engagement and said", nor a second predicate with no source before it: "wrote its
		// ruling" is no report)
		k := st.conjoinedSubject(s, a)
		if _, start, ok := st.subjectSource(s, j, prev); ok && k >= 0 && start > k {
			j = k
		}
	}
	if j < 0 {
		return nil
	}
	src, start, ok := st.subjectSource(s, j, prev)
	if !ok {
		return nil
	}
	if len(src) == 1 && src[0].Kind == hearsay.NamedSource && src[0].Entity >= 0 && (st.repAppositive(s, j+1) || st.repBefore(s, j)) {
		src[0].Kind = hearsay.RepresentativeSource // "Jane Roe, a spokesperson for the couple, told People"
	}
	f := s.slab().newFrame(frame{verb: s.units[v].word, subject: hearsay.Span{Start: s.units[start].Start, End: s.units[j].End}, after: -1, s: s})
	if len(src) == 1 && src[0].Kind == "" && prev != nil {
		f.chain = s.slab().sources(prev.chain...)
	} else {
		f.chain = src
	}
	if len(f.chain) == 0 || st.r.recordVerbs[f.verb] && f.chain[0].Kind != hearsay.OfficialSource {
		return nil // "photos show the pair kissing": only a record reports by showing
	}
	f.chain = recordsBack(s, f.chain, prev)
	if len(f.chain) == 1 && f.chain[0].Kind == hearsay.OfficialSource && f.chain[0].Entity < 0 {
		if out, head, ok := obtainedBy(s, start, j); ok {
			// "court documents obtained by TMZ show": the outlet, then the records
			rec := hearsay.Span{Start: s.units[start].Start, End: s.units[head].End}
			f.chain = []hearsay.Source{out, {Text: s.doc.Text[rec.Start:rec.End], Kind: hearsay.OfficialSource, Entity: -1, Span: rec}}
		}
	}
	// the outlet told: "insiders have told Us Weekly"
	k := v + 1
	if st.r.toldVerbs[f.verb] || st.r.ownVerbs[f.verb] {
		if k < len(s.units) && s.units[k].word == "exclusively" {
			k++
		}
		if out, n := st.toldOutlet(s, k); n > 0 {
			f.own = st.ownOutlet(s, v)
			if !firstHand(f.chain[0]) {
				f.chain = append([]hearsay.Source{out}, f.chain...)
			}
			k += n
		}
	} else if k+1 < len(s.units) && s.units[k].word == "to" {
		// "confirmed to People", "insisted to People"
		if out, n := st.toldOutlet(s, k+1); n > 0 && f.chain[0].Kind != hearsay.OutletSource {
			if !firstHand(f.chain[0]) {
				f.chain = append([]hearsay.Source{out}, f.chain...)
			}
			k += n + 1
		}
	} else if out, ok := st.outletAfterObject(s, k); ok && f.chain[0].Kind != hearsay.OutletSource && !firstHand(f.chain[0]) {
		f.chain = append([]hearsay.Source{out}, f.chain...) // "confirmed the split to People"
	}
	// scope: a quote right before the source, else the complement after the
	// verb, else the clause before the source.
	if qi := quoteBefore(s, st.appositionStart(s, start), quotes); qi >= 0 {
		f.scope, f.quoted = quotes[qi], true
		if embeddedQuote(s, quotes[qi]) {
			// "X and Y are 'just friends,' her rep said": the whole clause is what the source says
			f.scope.Start = clauseStartBefore(s, start, sentSpan.Start)
		}
		return f
	}
	adjuncts := k < len(s.units) && (onlyAdjuncts(s, k) || relativeAside(s, k))
	for k < len(s.units) && s.units[k].ment == -1 && (complementSkip(s.units[k].word) || s.units[k].word == "told") {
		k++
	}
	if k < len(s.units) && !(len(s.units)-k == 1 && s.units[k].boundary) && !adjuncts && !onlyAdjuncts(s, k) {
		f.after = k
		if src, ok := st.citing(s, v+1); ok {
			f.chain = append(f.chain, src) // "reported, citing three ministry employees, that"
		} else if src, ok := st.citing(s, j+1); ok && j+1 < v {
			f.chain = append(f.chain, src) // "Le Miroir, citing an unnamed courtier, claimed that"
		}
		f.quoted = inSpans(quotes, s.units[k].End) >= 0 || k+1 < len(s.units) && inSpans(quotes, s.units[k+1].End) >= 0
		f.scope = hearsay.Span{Start: s.units[k].Start, End: s.complementEnd(k, sentSpan.End)}
		if denialVerb(f.verb) {
			f.scope.End = s.denialEnd(k, f.scope.End)
		}
		return f
	}
	f.scope = hearsay.Span{Start: clauseStartBefore(s, start, sentSpan.Start), End: s.units[start].Start}
	if src, ok := st.citing(s, v+1); ok && f.chain[len(f.chain)-1].Kind == hearsay.OutletSource {
		f.chain = append(f.chain, src) // "..., People reported, citing a marriage certificate."
	}
	if m := participleAfter(s, v+1); m >= 0 && !s.units[m].is(clsVerb) {
		// "X will step down, the utility said on Tuesday, naming Y as his successor": the source names Y too
		f.scope.End = s.complementEnd(m, sentSpan.End)
	}
	return f
}

// toldOutlet reads the outlet told at unit k: one named ("Us Weekly"), or
// the press noun that names again one read before ("told the magazine").
func (st *Stage) toldOutlet(s *sent, k int) (hearsay.Source, int) {
	if out, n := outletAt(s, k); n > 0 {
		return out, n
	}
	if k+1 < len(s.units) && s.units[k].word == "the" && s.units[k+1].ment == -1 && st.r.srcNouns[s.units[k+1].word] == wordReport && !strings.HasSuffix(s.units[k+1].word, "s") {
		sp := hearsay.Span{Start: s.units[k].Start, End: s.units[k+1].End}
		return hearsay.Source{Text: s.doc.Text[sp.Start:sp.End], Kind: hearsay.OutletSource, Entity: -1, Span: sp}, 2
	}
	return hearsay.Source{}, 0
}

// outletBefore names the outlet a definite press noun refers back to
// ("the magazine", "the outlet"): an organisation named before it in its
// own sentence ("named editor of the Daily Courier, the newspaper said"),
// else the last named outlet of an earlier attribution, else the last
// outlet mentioned before it in the document. It returns the source
// unchanged when there is none.
func outletBefore(doc *hearsay.Document, src hearsay.Source, sentStart int, earlier []*frame) hearsay.Source {
	for i := len(doc.Mentions) - 1; i >= 0; i-- {
		m := &doc.Mentions[i]
		if m.Start >= src.Span.Start || m.Entity < 0 {
			continue
		}
		if m.Start < sentStart {
			break
		}
		if e := &doc.Entities[m.Entity]; e.Kind == "outlet" || e.Type == hearsay.Org && m.Kind == hearsay.NameMention {
			return hearsay.Source{Text: e.Name, Kind: hearsay.OutletSource, Entity: m.Entity, Span: src.Span}
		}
	}
	for i := len(earlier) - 1; i >= 0; i-- {
		for _, c := range earlier[i].chain {
			if c.Kind == hearsay.OutletSource && c.Entity >= 0 && c.Span.Start < src.Span.Start {
				return hearsay.Source{Text: c.Text, Kind: hearsay.OutletSource, Entity: c.Entity, Span: src.Span}
			}
		}
	}
	for i := len(doc.Mentions) - 1; i >= 0; i-- {
		m := &doc.Mentions[i]
		if m.Start >= src.Span.Start || m.Entity < 0 {
			continue
		}
		if e := &doc.Entities[m.Entity]; e.Kind == "outlet" {
			return hearsay.Source{Text: e.Name, Kind: hearsay.OutletSource, Entity: m.Entity, Span: src.Span}
		}
	}
	return src
}

// obtainedBy finds, in a source's words from unit k to unit j, the outlet
// that obtained its records ("court documents obtained by TMZ", "a police
// report seen by The Sun"): the outlet and the last unit of the records'
// words before the participle.
func obtainedBy(s *sent, k, j int) (hearsay.Source, int, bool) {
	for w := k + 1; w+2 <= j && w+2 < len(s.units); w++ {
		if !obtainedVerbs[s.units[w].word] {
			continue
		}
		if s.units[w+1].word != "by" {
			continue
		}
		if out, n := outletAt(s, w+2); n > 0 {
			return out, w - 1, true
		}
	}
	return hearsay.Source{}, -1, false
}

// byEnd are the words that end the source after "by" ("reported by Page
// Six on Monday", "confirmed by her rep in a statement").
var byEnd = map[string]bool{",": true, ":": true, ";": true, "that": true, "in": true, "on": true, "earlier": true,
	"last": true, "this": true, "and": true, "who": true, "which": true, "at": true, "after": true, "before": true}

// byFrame builds the frame of a passive reporting participle whose source
// follows "by" ("as first reported by Page Six", "The news was first broken
// by TMZ: ...", "the split was confirmed by her rep"): the source speaks for
// the whole sentence, as with "according to". It returns nil when unit v is
// no such participle or no source follows it.
func (st *Stage) byFrame(s *sent, v int, prev *frame, sentSpan hearsay.Span) *frame {
	if !s.units[v].is(clsByVerb) || v+2 >= len(s.units) || s.units[v+1].word != "by" {
		return nil
	}
	k := v + 2
	end := k
	for end < len(s.units) && end-k < 8 && !s.units[end].boundary && (s.units[end].ment != -1 || !byEnd[s.units[end].word]) {
		end++
	}
	if end == k {
		return nil
	}
	var chain []hearsay.Source
	if x := &s.units[k]; x.ment == -1 || x.etype != entPerson {
		if _, noun := st.r.srcNouns[x.word]; !noun && !determiners[x.word] && !possessives[x.word] {
			if out, n := outletAt(s, k); n == end-k {
				chain = []hearsay.Source{out} // "reported by Page Six", "by The Sun"
			}
		}
	}
	if chain == nil {
		src, _, ok := st.subjectSource(s, end-1, prev)
		if !ok || len(src) != 1 || src[0].Kind == "" {
			return nil
		}
		chain = src
	}
	return &frame{scope: sentSpan, chain: chain, verb: s.units[v].word, subject: hearsay.Span{Start: s.units[k].Start, End: s.units[end-1].End}, after: end, s: s}
}

// invertedFrame reads a source written after its verb at the end of what it
// says (", said Mark Ellery, a spokesman for the company.", "\"...,\" said
// a company spokeswoman."): the verb follows a comma or a quote, and a name
// or a source noun follows the verb up to the next comma or the sentence's
// end. The scope is the quote before, else the clause before the verb. It
// returns nil when the sentence is not so written.
func (st *Stage) invertedFrame(s *sent, v int, prev *frame, quotes []hearsay.Span, sentSpan hearsay.Span) *frame {
	if v < 1 || v+1 >= len(s.units) || s.units[v].word != "said" && s.units[v].word != "says" && s.units[v].word != "added" && s.units[v].word != "explained" {
		return nil
	}
	if w := s.units[v-1].word; w != "," && w != "\"" && w != "”" && w != "''" {
		return nil
	}
	e := v + 1
	for e < len(s.units) && e < v+10 && s.units[e].word != "," && s.units[e].word != "." && !s.units[e].boundary && s.units[e].word != "in" && s.units[e].word != "on" {
		e++
	}
	if e == v+1 || e-1 >= len(s.units) {
		return nil
	}
	x := &s.units[v+1]
	name := x.ment != -1 && x.mkind == kindName && len(x.ents) == 1 && e == v+2
	if !name && (x.ment != -1 || !appositiveDeterminers[x.word]) {
		return nil
	}
	src, _, ok := st.subjectSource(s, e-1, prev)
	if !ok || len(src) != 1 || src[0].Kind == "" {
		return nil
	}
	if name && src[0].Kind == hearsay.NamedSource && st.repAppositive(s, e) {
		src[0].Kind = hearsay.RepresentativeSource // "said Mark Ellery, a spokesman for the couple"
	}
	f := &frame{verb: s.units[v].word, subject: hearsay.Span{Start: s.units[v+1].Start, End: s.units[e-1].End}, after: -1, s: s, chain: src}
	if qi := quoteBefore(s, v, quotes); qi >= 0 {
		f.scope, f.quoted = quotes[qi], true
		return f
	}
	f.scope = hearsay.Span{Start: clauseStartBefore(s, v, sentSpan.Start), End: s.units[v].Start}
	return f
}

// repAppositive reports whether the comma at unit c opens a description
// of the person named before it as someone's representative ("Mark
// Ellery, a spokesman for the couple,", "Dana Roe, her publicist,").
func (st *Stage) repAppositive(s *sent, c int) bool {
	if c+2 >= len(s.units) || s.units[c].word != "," {
		return false
	}
	if d := &s.units[c+1]; !(d.ment == -1 && determiners[d.word] || d.ment != -1 && d.mkind == kindPronoun || possessiveName(s, c+1)) {
		return false
	}
	for u := c + 2; u < len(s.units) && u < c+8; u++ {
		x := &s.units[u]
		if x.boundary || x.word == "," {
			return false
		}
		if x.ment == -1 && st.r.srcNouns[x.word] == wordRep && !st.r.bodyNouns[x.word] {
			return true
		}
	}
	return false
}

// repBefore reports whether the person named at unit j stands in
// apposition after a representative's noun ("Quint's lawyer, Jane Roe,
// told TMZ").
func (st *Stage) repBefore(s *sent, j int) bool {
	if j < 2 || s.units[j-1].word != "," {
		return false
	}
	x := &s.units[j-2]
	if x.ment != -1 || st.r.srcNouns[x.word] != wordRep || st.r.bodyNouns[x.word] {
		return false
	}
	k := j - 3 // the noun's determiner or owner opens the subject ("Through a spokesperson, Hale" is no apposition)
	for k >= 0 && j-3-k < 4 && !s.units[k].boundary && (s.units[k].ment != -1 || descriptorWords[s.units[k].word]) {
		k--
	}
	if k < 0 {
		return true
	}
	w := s.units[k].word
	return s.units[k].boundary || w == "," || w == "and" || w == "but" || quoteMarks[w]
}

// appositionStart returns the first unit of a description set off by a
// comma before the source that starts at unit start and names the same
// person (\"...,\" his publicist, Jane Roe, told People), or start.
func (st *Stage) appositionStart(s *sent, start int) int {
	if start < 2 || s.units[start-1].word != "," {
		return start
	}
	x, y := &s.units[start-2], &s.units[start]
	if x.ment != -1 && y.ment != -1 && x.mkind != kindPronoun && len(x.ents) == 1 && len(y.ents) == 1 && x.ents[0] == y.ents[0] {
		return start - 2 // the description is a mention of the source itself
	}
	if x.ment == -1 && st.r.srcNouns[x.word] == wordRep && !st.r.bodyNouns[x.word] {
		k := start - 3
		for k >= 0 && start-3-k < 4 && !s.units[k].boundary && s.units[k].word != "," && (s.units[k].ment != -1 || descriptorWords[s.units[k].word]) {
			k--
		}
		return k + 1
	}
	return start
}

// participleAfter returns the unit of a participle that opens a clause after
// the adjuncts of a reporting verb (", the company said on Tuesday, naming
// ..."), or -1.
func participleAfter(s *sent, k int) int {
	for u := k; u < len(s.units) && u < k+8; u++ {
		x := &s.units[u]
		if x.boundary || x.word == "that" || x.word == ":" {
			return -1
		}
		if x.word == "," {
			if participleAside(s, u) && u+1 < len(s.units) {
				return u + 1
			}
			return -1
		}
	}
	return -1
}

// recordsBack returns the chain of the records cited shortly before when a
// source is a definite record alone ("according to court documents obtained
// by TMZ. ... the docs show"): the same records, obtained by the same outlet.
func recordsBack(s *sent, chain []hearsay.Source, prev *frame) []hearsay.Source {
	if len(chain) != 1 || chain[0].Kind != hearsay.OfficialSource || chain[0].Entity >= 0 || prev == nil || prev.s == nil || prev.s.idx < s.idx-3 {
		return chain
	}
	if !strings.HasPrefix(strings.ToLower(chain[0].Text), "the ") {
		return chain
	}
	for i := 1; i < len(prev.chain); i++ {
		if prev.chain[i].Kind == hearsay.OfficialSource {
			return append([]hearsay.Source(nil), prev.chain[:i+1]...)
		}
	}
	return chain
}

// denialVerb reports whether w denies the one claim its complement states.
func denialVerb(w string) bool {
	switch w {
	case "denied", "denies", "deny", "denying":
		return true
	}
	return false
}

// denialEnd is where a denial's complement from unit k on ends, given the
// end of the complement a source says (end): before ", and" with a person
// of its own, which tells something new ("denied that they were dating, and
// Achebe married Haddad the following year"), and before a clause of time
// after a denied noun ("denied the reports before he flew to Madrid in
// March", "denied the claims on Monday after arriving in Rome"): the
// flight and the arrival are told as fact, not denied.
func (s *sent) denialEnd(k, end int) int {
	if k < len(s.units) && s.units[k].word != "that" && !s.units[k].is(clsQuote) {
		for u := k + 1; u+1 < len(s.units) && s.units[u].Start < end; u++ {
			w := s.units[u].word
			if w == "that" || w == ":" || s.units[u].is(clsQuote) {
				break // "denied the claim that he flew to Madrid before the match": the claim's own words
			}
			if denialTimeClause[w] && s.clauseOpensAt(u+1) {
				return s.units[u].Start
			}
		}
	}
	for u := k + 1; u+2 < len(s.units) && s.units[u].Start < end; u++ {
		if s.units[u].word != "," || s.units[u+1].word != "and" {
			continue
		}
		if y := s.units[u+2]; y.ment != -1 && y.etype == entPerson && y.mkind == kindName {
			return s.units[u].Start
		}
	}
	return end
}

// timeClauseBetween reports whether a clause of time opens among units
// from up to (not including) to, with no "that", colon or quotation mark
// before it: what follows it is not the complement of a denial before from.
func (s *sent) timeClauseBetween(from, to int) bool {
	for u := from; u < to && u+1 < len(s.units); u++ {
		w := s.units[u].word
		if w == "that" || w == ":" || s.units[u].is(clsQuote) {
			return false
		}
		if denialTimeClause[w] && s.clauseOpensAt(u+1) {
			return true
		}
	}
	return false
}

// denialTimeClause open a clause of time that may follow a denial's
// object ("denied the reports before he flew to Madrid").
var denialTimeClause = map[string]bool{"before": true, "after": true, "while": true, "when": true, "until": true}

// clauseOpensAt reports whether unit u opens a clause: a subject pronoun,
// a person's name, or a verb in "-ing" ("before flying to Madrid").
func (s *sent) clauseOpensAt(u int) bool {
	if u >= len(s.units) {
		return false
	}
	x := &s.units[u]
	if x.ment != -1 {
		return x.etype == entPerson
	}
	switch x.word {
	case "he", "she", "they", "we", "i", "the", "his", "her", "their":
		return true
	}
	return strings.HasSuffix(x.word, "ing") && len(x.word) > 5
}

// progressiveBe reports whether w is a form of "be" before a reporting
// verb in "-ing" ("fans have been speculating", "TMZ is reporting").
func progressiveBe(w string) bool {
	switch w {
	case "been", "is", "are", "was", "were":
		return true
	}
	return false
}

// quantifierObject reports whether "both" or "all" at unit j ends the
// source's description ("reps for both", "friends of all three") rather than
// standing between the source and its verb ("they both said").
func quantifierObject(s *sent, j int) bool {
	if j < 1 || s.units[j].word != "both" && s.units[j].word != "all" {
		return false
	}
	p := s.units[j-1].word
	return p == "for" || p == "of"
}

// anonymityWords tell, in a relative clause after a source, why it is not
// named ("who asked not to be named", "who spoke on condition of anonymity").
var anonymityWords = wordSet("anonymitywords")

// anonymityCut returns the unit of a "who" between units from and end that
// opens a clause about the source's anonymity, or -1: the source's
// description ends before it.
func anonymityCut(s *sent, from, end int) int {
	for w := from; w < end && w < len(s.units); w++ {
		if s.units[w].word != "who" {
			continue
		}
		for u := w + 1; u < len(s.units) && u < w+12 && !s.units[u].boundary; u++ {
			if anonymityWords[s.units[u].word] {
				return w
			}
		}
		return -1
	}
	return -1
}

// recordCut returns the unit, from unit from up to end, of a participle
// that tells where or when a record was made (class recordmodifiers:
// "filed", "released") and not who made it public ("released by"), or -1.
func recordCut(s *sent, from, end int) int {
	for w := from; w < end && w < len(s.units); w++ {
		if !recordModifiers[s.units[w].word] || s.units[w].ment != -1 {
			continue
		}
		if w+1 < len(s.units) && s.units[w+1].word == "by" {
			return -1
		}
		return w
	}
	return -1
}

// appositiveOutlet returns the unit of an outlet named right after a noun
// of the press ("the tabloid The Daily Lantern", "the magazine People"), up
// to unit j, or -1.
func appositiveOutlet(s *sent, noun, j int) int {
	if noun+1 > j || noun+1 >= len(s.units) {
		return -1
	}
	y := &s.units[noun+1]
	if y.ment == -1 || len(y.ents) != 1 || s.doc.Entities[y.ents[0]].Type == hearsay.Person {
		return -1
	}
	return noun + 1
}

// ownOutlet reports whether the reporting verb at unit v tells the
// article's own outlet: a verb in the present of the outlet's house style
// ("sources tell TMZ") or one told "exclusively" ("sources exclusively tell
// Page Six", "told Page Six exclusively").
func (st *Stage) ownOutlet(s *sent, v int) bool {
	if st.r.ownVerbs[s.units[v].word] {
		return true
	}
	for _, u := range []int{v - 1, v + 1} {
		if u >= 0 && u < len(s.units) && s.units[u].word == "exclusively" {
			return true
		}
	}
	if end := min(v+6, len(s.units)); end > v {
		for u := v + 2; u < end; u++ {
			if s.units[u].word == "exclusively" {
				return true
			}
			if s.units[u].boundary || s.units[u].word == "that" {
				break
			}
		}
	}
	return false
}

// messageSender returns the first unit of who sent a message named from
// unit k ("a statement from the school board", "a memo issued by X"), or -1.
func (st *Stage) messageSender(s *sent, k, end int) int {
	u := k
	if u < end && s.units[u].is(clsDeterminer) {
		u++
	}
	for u < end && (s.units[u].ment == -1 || s.units[u].etype != entPerson) && !st.r.messages[s.units[u].word] && u-k < 3 {
		u++ // "a two-paragraph statement", "a joint statement", "an Instagram post"
	}
	if u >= end || !st.r.messages[s.units[u].word] {
		return -1
	}
	u++
	if u < end && (s.units[u].word == "issued" || s.units[u].word == "released" || s.units[u].word == "sent") {
		u++
	}
	if u+1 < end && (s.units[u].word == "from" || s.units[u].word == "by") {
		return u + 1
	}
	return -1
}

// personSource reports whether a source is a person ("it" never refers back
// to one).
func personSource(src hearsay.Source) bool {
	switch src.Kind {
	case hearsay.NamedSource, hearsay.PrincipalSource, hearsay.AnonymousSource:
		return true
	}
	return false
}

// definiteSources gives a source named again with "the" and its noun alone
// ("the people said", "according to the insider") the chain of the earlier
// attribution that introduced it ("people familiar with the matter told
// Reuters"): the same informants, through the same outlet.
func (st *Stage) definiteSources(frames, earlier []*frame) {
	for _, f := range frames {
		if len(f.chain) > 0 && st.pressNoun(f.chain[0]) {
			f.chain[0] = outletBefore(f.s.doc, f.chain[0], f.s.doc.Sentences[f.s.idx].Start, earlier) // "a source told the magazine"
		}
		if len(f.chain) != 1 {
			continue
		}
		src := f.chain[0]
		if src.Entity >= 0 || src.Kind != hearsay.AnonymousSource && src.Kind != hearsay.RepresentativeSource ||
			len(src.Text) < 5 || !strings.EqualFold(src.Text[:4], "the ") || strings.IndexByte(src.Text[4:], ' ') >= 0 {
			continue // only "the" and a noun
		}
		noun := strings.ToLower(src.Text[4:])
		if _, ok := st.r.srcNouns[noun]; !ok || st.r.bodyNouns[noun] {
			continue
		}
		found := false
		for i := len(earlier) - 1; i >= 0; i-- {
			if ch := earlier[i].chain; len(ch) > 0 && (introduces(ch[len(ch)-1], noun) || st.sameRep(ch[len(ch)-1], noun)) {
				f.chain = append([]hearsay.Source(nil), ch...)
				found = true
				break
			}
		}
		for i := len(earlier) - 1; i >= 0 && !found; i-- {
			if ch := earlier[i].chain; len(ch) > 0 && st.sameInformant(ch[len(ch)-1], noun) {
				f.chain = append([]hearsay.Source(nil), ch...) // "a source close to the pair ... the insider": failing one named alike
				found = true
			}
		}
	}
}

// pressNoun reports whether a source is "the" and a noun of the press
// alone ("the magazine", "the outlet"), not a named outlet.
func (st *Stage) pressNoun(src hearsay.Source) bool {
	if src.Kind != hearsay.OutletSource || src.Entity >= 0 || len(src.Text) < 5 || !strings.EqualFold(src.Text[:4], "the ") {
		return false
	}
	noun := strings.ToLower(src.Text[4:])
	return st.r.srcNouns[noun] == wordReport && !strings.HasSuffix(noun, "s")
}

// sameRep reports whether "the" and a representative's noun ("the rep")
// names again an earlier representative described in other words ("a
// representative for the singer").
func (st *Stage) sameRep(src hearsay.Source, noun string) bool {
	if src.Kind != hearsay.RepresentativeSource || st.r.srcNouns[noun] != wordRep {
		return false
	}
	ws := strings.Fields(strings.ToLower(src.Text))
	if src.Entity >= 0 || len(ws) < 2 || ws[0] == "the" {
		return false
	}
	for _, w := range ws {
		if st.r.srcNouns[w] == wordRep && !st.r.bodyNouns[w] && w != "statement" {
			return true
		}
	}
	return false
}

// sameInformant reports whether "the" and a noun of an informant ("the
// insider") names again an earlier anonymous source introduced with another
// such noun ("a source close to the pair").
func (st *Stage) sameInformant(src hearsay.Source, noun string) bool {
	if src.Kind != hearsay.AnonymousSource || !st.r.informants[noun] {
		return false
	}
	ws := strings.Fields(strings.ToLower(src.Text))
	if src.Entity >= 0 || len(ws) < 2 || ws[0] == "the" {
		return false
	}
	for _, w := range ws {
		if st.r.informants[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// introduces reports whether a source is an indefinite description whose
// head is noun ("people familiar with the matter" for "the people").
func introduces(src hearsay.Source, noun string) bool {
	if src.Entity >= 0 {
		return false
	}
	var buf [32]byte // a word lowercased, on the stack
	n, found := 0, false
	for w := range strings.FieldsSeq(src.Text) {
		lw := appendLower(buf[:0], w)
		if n == 0 && string(lw) == "the" {
			return false
		}
		found = found || string(lw) == noun
		n++
	}
	return n >= 2 && found
}

// addingFrame builds the frame of a reporting participle after a comma
// that goes on from an attribution earlier in the same sentence ("a source
// told Us Weekly, adding that they met on set"): the source of that
// attribution says what follows. It returns nil when no such attribution
// precedes.
func (st *Stage) addingFrame(s *sent, v int, prev *frame, sentSpan hearsay.Span) *frame {
	if v < 2 || s.units[v-1].word != "," || !strings.HasSuffix(s.units[v].word, "ing") || prev == nil || prev.s != s || len(prev.chain) == 0 {
		return nil
	}
	if prev.subject.End > s.units[v].Start || prev.chain[len(prev.chain)-1].Kind == "" {
		return nil
	}
	k := v + 1
	for k < len(s.units) && s.units[k].ment == -1 && complementSkip(s.units[k].word) {
		k++
	}
	if k >= len(s.units) || s.units[k].boundary {
		return nil
	}
	return &frame{verb: s.units[v].word, chain: append([]hearsay.Source(nil), prev.chain...), subject: prev.subject, after: k, s: s,
		own: prev.own, scope: hearsay.Span{Start: s.units[k].Start, End: s.complementEnd(k, sentSpan.End)}}
}

// participleSubject returns the person who speaks in a participle clause
// after a comma ("X hit back on Monday, saying ..."): the sentence's first
// person before it, or -1.
func participleSubject(s *sent, v int) int {
	if v < 2 || s.units[v-1].word != "," || !strings.HasSuffix(s.units[v].word, "ing") {
		return -1
	}
	return purposeSubject(s, v-1)
}

// nounPreposition reports whether w is a preposition after which a
// reporting word is a noun ("pushing back on reports that", "amid claims
// that").
func nounPreposition(w string) bool {
	switch w {
	case "on", "of", "for", "about", "amid", "despite", "against":
		return true
	}
	return false
}

// citing reads the source an outlet cites between its verb and what it
// reports ("reported on Tuesday, citing three ministry employees, that"):
// the phrase after "citing" when it names sources or records.
func (st *Stage) citing(s *sent, from int) (hearsay.Source, bool) {
	to := len(s.units)
	for u := from; u < to && u < from+8; u++ {
		if s.units[u].word == "that" || s.units[u].boundary {
			return hearsay.Source{}, false
		}
		if s.units[u].word != "citing" {
			continue
		}
		end := u + 1
		kind := hearsay.SourceKind("")
		for end < to && end < len(s.units) && s.units[end].word != "," && !s.units[end].boundary && s.units[end].word != "that" {
			if x := s.units[end]; x.ment == -1 {
				switch st.r.srcNouns[x.word] {
				case wordAnon:
					kind = hearsay.AnonymousSource
				case wordOfficial:
					kind = hearsay.OfficialSource
				}
			}
			end++
		}
		if kind == "" || end == u+1 {
			return hearsay.Source{}, false
		}
		sp := hearsay.Span{Start: s.units[u+1].Start, End: s.units[end-1].End}
		return hearsay.Source{Text: s.doc.Text[sp.Start:sp.End], Kind: kind, Entity: -1, Span: sp}, true
	}
	return hearsay.Source{}, false
}

// reportBy returns the outlet unit of "a report by|in|from X" spanning units
// [k, end), or -1.
func reportBy(s *sent, k, end int) int {
	for w := k; w+2 < end+1 && w+2 < len(s.units); w++ {
		if (s.units[w].word == "report" || s.units[w].word == "story" || s.units[w].word == "article" || s.units[w].word == "reporting" || s.units[w].word == "investigation") && (s.units[w+1].word == "by" || s.units[w+1].word == "in" || s.units[w+1].word == "from") {
			if y := s.units[w+2]; y.ment != -1 && len(y.ents) == 1 && s.doc.Entities[y.ents[0]].Type != hearsay.Person {
				return w + 2
			}
		}
	}
	return -1
}

// conjoinAux reports whether w is an auxiliary that may open a second
// predicate after "and" ("met the board and has said", "and was said to").
func conjoinAux(w string) bool {
	return progressiveBe(w) || w == "has" || w == "have" || w == "had"
}

// conjunctionBefore returns the unit of the "and" or "but" that joins the
// predicate of a reporting verb to the clause before ("met the board on
// Tuesday and said"), standing at unit j or right before an auxiliary at
// j ("and was said"); -1 when there is none.
func conjunctionBefore(s *sent, j int) int {
	if j < 0 || s.units[j].ment != -1 {
		return -1
	}
	if w := s.units[j].word; w == "and" || w == "but" {
		return j
	}
	if conjoinAux(s.units[j].word) && j >= 1 && s.units[j-1].ment == -1 && (s.units[j-1].word == "and" || s.units[j-1].word == "but") {
		return j - 1
	}
	return -1
}

// passiveNoAgent reports whether the reporting verb at unit v is a
// participle in the passive, after a form of "be" and an adverb or two,
// with no agent after it ("was confirmed on Monday", "has been officially
// announced"; not "was confirmed by her rep", which byFrame reads): the
// subject is what was told, and a source noun inside it ("as police chief")
// is no source.
func passiveNoAgent(s *sent, v int) bool {
	if v < 1 || !strings.HasSuffix(s.units[v].word, "ed") || v+1 < len(s.units) && s.units[v+1].word == "by" {
		return false
	}
	k := v - 1
	for n := 0; n < 2 && k > 0 && s.units[k].ment == -1 && strings.HasSuffix(s.units[k].word, "ly"); n++ {
		k-- // "was officially confirmed"
	}
	switch s.units[k].word {
	case "was", "were", "is", "are", "been", "being", "be":
		return s.units[k].ment == -1
	}
	return false
}

// passiveReport reports whether the reporting verb at unit v is a passive
// after a form of "be" at unit j and before "to" ("was said to have"): the
// one said about is the subject, and no source is named.
func passiveReport(s *sent, j, v int) bool {
	return progressiveBe(s.units[j].word) && v+1 < len(s.units) && s.units[v+1].ment == -1 && s.units[v+1].word == "to"
}

// conjoinedSubject returns the unit that ends the subject of the clause
// whose predicate the "and" at unit a is joined to: the first mention or
// source noun of the sentence, with a verb between it and a ("Ann Voss met
// the board on Tuesday and said": Ann Voss, not the board); -1 when there
// is none or a quotation, a semicolon or a colon comes between.
func (st *Stage) conjoinedSubject(s *sent, a int) int {
	subj := -1
	for k := 0; k < a; k++ {
		x := &s.units[k]
		if x.boundary || x.word == ";" || x.word == ":" || x.is(clsQuote) {
			subj = -1 // a new clause opens
			continue
		}
		if subj < 0 {
			if x.ment != -1 && (x.etype == entPerson || x.etype == entOrg || x.mkind == kindPronoun) {
				subj = k
			} else if _, ok := st.r.srcNouns[x.word]; ok && x.ment == -1 {
				subj = k
			}
			continue
		}
		if tag := s.xposOf(k); x.ment == -1 && (strings.HasPrefix(tag, "VB") || tag == "" && x.word != ",") {
			return subj // a verb (any word of a unit the tagger did not tag alone, or of untagged text)
		}
	}
	return -1
}

// skipRelative steps back over a relative clause or an age that ends at
// unit j ("Lund, who has been on leave since Monday, said", "Whitaker, 44,
// said"): it returns the unit before them, or j itself.
func skipRelative(s *sent, j int) int {
	if j < 0 || s.units[j].word != "," {
		return j
	}
	if j >= 2 && isNumber(s.units[j-1].word) && s.units[j-2].word == "," {
		return j - 3 // an age: "Whitaker, 44, announced"
	}
	if y := s.units[max(j-1, 0)]; j >= 2 && y.ment != -1 && y.mkind == kindName && y.etype == entPerson && s.units[j-2].word == "," {
		return j - 1 // an appositive name: "his daughter, Claire Pemberton-Ruiz, said"
	}
	for k := j - 1; k >= 1 && k >= j-20; k-- {
		x := &s.units[k]
		if x.word == "," && k+1 < j && appositiveOf(s, k) {
			return k - 1 // a description: "Miriam Tall, the longest-serving anchor in town, announced"
		}
		if x.boundary || x.word == "," && k+1 < j && !relativeWords[s.units[k+1].word] {
			return j
		}
		if x.ment == -1 && relativeWords[x.word] && s.units[k-1].word == "," {
			return k - 2
		}
	}
	return j
}

// appositiveOf reports whether the comma at unit k opens a description of
// the person named right before it ("Tall, the longest-serving anchor,"):
// a determiner follows the comma.
func appositiveOf(s *sent, k int) bool {
	y, z := s.units[k-1], s.units[k+1]
	if y.ment == -1 || y.mkind != kindName || y.etype != entPerson || len(y.ents) != 1 {
		return false
	}
	if possessiveName(s, k+1) {
		return true // "Jane Roe, Quint's attorney,"
	}
	if z.ment != -1 {
		return z.mkind == kindNominal && len(z.ents) == 1 && z.ents[0] == y.ents[0] // "Tall, the longest-serving anchor,"
	}
	return appositiveDeterminers[z.word]
}

// possessiveName reports whether a person named at unit k owns what
// follows ("Quint's attorney").
func possessiveName(s *sent, k int) bool {
	if k+1 >= len(s.units) {
		return false
	}
	z := &s.units[k]
	w := s.units[k+1].word
	return z.ment != -1 && z.mkind == kindName && z.etype == entPerson && (w == "'s" || w == "'")
}

// appositiveDeterminers open a description set off by commas after a name.
var appositiveDeterminers = map[string]bool{"the": true, "a": true, "an": true}

// relativeWords open a relative clause.
// "citing" opens the sources an outlet cites before its verb ("Le Miroir,
// citing an unnamed courtier, claimed that").
var relativeWords = map[string]bool{"who": true, "which": true, "whose": true, "citing": true}

// clauseStartBefore returns where the clause that ends before unit u
// starts: after the last ";", "but" or ", and" before it (a source at the
// end of a sentence speaks for its last clause only).
func clauseStartBefore(s *sent, u, sentStart int) int {
	for k := u - 2; k > 0; k-- {
		w := s.units[k].word
		if w == ";" || w == "but" || w == "and" && s.units[k-1].word == "," && !ageBefore(s, k-1) {
			return s.units[k].End
		}
	}
	return sentStart
}

// ageBefore reports whether the comma at unit c closes an age set off
// after a name ("Bramwell, 29, and a former castmate"): the "and" after it
// joins two people, not two clauses.
func ageBefore(s *sent, c int) bool {
	return c >= 2 && isNumber(s.units[c-1].word) && s.units[c-2].word == ","
}

// quoteBefore returns the quote that ends just before unit u (only commas and
// quote marks between), or -1.
func quoteBefore(s *sent, u int, quotes []hearsay.Span) int {
	for w := u - 1; w >= 0 && w >= u-3; w-- {
		x := &s.units[w]
		if x.word == "," || x.word == "\"" || x.word == "”" || x.word == "''" {
			for qi, q := range quotes {
				if q.End <= x.End && q.End >= x.Start-1 {
					return qi
				}
			}
			continue
		}
		break
	}
	return -1
}

// titleQuoteStart returns, when unit w closes a short quotation of
// capitalised words that stands inside a noun phrase (the "Gravel Road"
// singer), the unit of the mark that opens it, else -1.
func (s *sent) titleQuoteStart(w int) int {
	if w < 2 || w+1 >= len(s.units) || !s.units[w].is(clsQuote) || s.units[w+1].boundary || s.units[w+1].word == "," {
		return -1
	}
	for k := w - 1; k >= 0 && k >= w-6; k-- {
		u := &s.units[k]
		if u.is(clsQuote) {
			if k == w-1 || k == 0 || s.units[k-1].boundary || s.units[k-1].word == "," {
				return -1
			}
			return k
		}
		if u.boundary || u.word == "," || !u.capital && u.ment == -1 {
			return -1
		}
	}
	return -1
}

// sourceKindOf is the kind of source a source noun of kind k names ("" for
// none).
func sourceKindOf(k nounKind) hearsay.SourceKind {
	switch k {
	case wordAnon:
		return hearsay.AnonymousSource
	case wordRep:
		return hearsay.RepresentativeSource
	case wordOfficial:
		return hearsay.OfficialSource
	case wordReport:
		return hearsay.OutletSource
	}
	return ""
}

// subjectSource reads the source that ends at unit j: an anonymous or
// representative description ("a source close to Portman", "her rep"), a
// named entity, or a pronoun referring back to the previous source. It
// returns the source(s), the first unit of the subject, and whether one was
// found. A single source with an empty Kind means "the previous frame's
// chain".
func (st *Stage) subjectSource(s *sent, j int, prev *frame) ([]hearsay.Source, int, bool) {
	// look left for a source noun ("sources close to Portman", "reports")
	noun := -1
	for w := j; w >= 0 && w > j-10; w-- {
		x := &s.units[w]
		if q := s.titleQuoteStart(w); q >= 0 {
			w = q // a representative for the "Gravel Road" singer: a title in quotes inside the description
			continue
		}
		if x.boundary || x.word == "," || x.word == "that" {
			break
		}
		if x.ment == -1 {
			if _, ok := st.r.srcNouns[x.word]; ok {
				noun = w
			}
		}
	}
	if noun >= 0 {
		start := noun
		for start > 0 {
			y := &s.units[start-1]
			if y.ment == -1 && descriptorWords[y.word] {
				start--
				continue
			}
			if y.ment != -1 && start < len(s.units) && (s.units[start].word == "'s" || s.units[start].word == "'") {
				start--
				continue
			}
			if y.ment != -1 && y.mkind == kindPronoun {
				start--
				continue
			}
			if p := possessorStart(s, start); p >= 0 {
				start = p // "the singer's rep": the singer's, though no mention marks the singer
				continue
			}
			break
		}
		end := j
		relative := false // a verb of a relative clause describes the source ("a source who knows the couple")
		for w := noun + 1; w < j; w++ {
			if w == noun+1 && s.units[w].is(clsClaimNoun) {
				continue // "a police report obtained by TMZ says": a compound noun, no verb
			}
			relative = relative || s.units[w].ment == -1 && relativeWords[s.units[w].word]
			if s.units[w].ment == -1 && (s.units[w].is(clsVerb) || !relative && s.units[w].word != "close" && strings.HasPrefix(s.xposOf(w), "VB")) && w > start+1 {
				end = w - 1 // "a spokesperson confirmed the engagement to X and said": the spokesperson
				for end > noun && s.units[end].ment == -1 && subjectSkip[s.units[end].word] {
					end--
				}
				break
			}
		}
		if end > noun && s.units[end].word == "who" {
			end-- // "a source who told Us Weekly": a source
		}
		sp := hearsay.Span{Start: s.units[start].Start, End: s.units[end].End}
		if e := anonymityCut(s, noun+1, j+1); e > noun {
			sp.End = s.units[e-1].End // "a source who spoke on condition of anonymity said": a source
		}
		text := s.doc.Text[sp.Start:sp.End]
		kind := sourceKindOf(st.compoundKind(s, noun, j))
		if kind == hearsay.OutletSource {
			if o := appositiveOutlet(s, noun, j); o >= 0 {
				// "the British tabloid The Daily Lantern reported": the outlet named
				y := &s.units[o]
				return s.slab().sources(hearsay.Source{Text: s.doc.Entities[y.ents[0]].Name, Kind: hearsay.OutletSource, Entity: y.ents[0], Span: y.Span}), start, true
			}
		}
		return s.slab().sources(hearsay.Source{Text: text, Kind: kind, Entity: -1, Span: sp}), start, true
	}
	x := &s.units[j]
	if src, k, ok := st.kinSource(s, j); ok {
		return []hearsay.Source{src}, k, true // "Ashby's mother told the Daily Mail"
	}
	if j >= 1 && x.ment == -1 && kinLex.spouse[x.word] {
		if y := s.units[j-1]; y.ment != -1 && y.mkind == kindPronoun && possessives[y.word] && len(y.ents) == 1 {
			// "her husband says": a spouse the article has not named here
			sp := hearsay.Span{Start: y.Start, End: x.End}
			return []hearsay.Source{{Text: s.doc.Text[sp.Start:sp.End], Kind: hearsay.NamedSource, Entity: -1, Span: sp}}, j - 1, true
		}
	}
	if x.ment == -1 && x.word == "it" && prev != nil && len(prev.chain) > 0 && prev.s != nil && prev.s.idx >= s.idx-1 && !personSource(prev.chain[len(prev.chain)-1]) {
		return []hearsay.Source{{}}, j, true // "the palace said ... , it added": the organisation again
	}
	if x.ment != -1 && x.mkind == kindPronoun || x.ment == -1 && subjectPronouns[x.word] {
		// "They said:" goes back to the previous source when that was not a named one.
		if prev != nil && len(prev.chain) > 0 && prev.s != nil && prev.s.idx >= s.idx-2 {
			last := prev.chain[len(prev.chain)-1]
			couple := x.ment != -1 && len(x.ents) >= 2 && !st.pluralSource(last.Text) // "They announced the pregnancy" after "a representative said"
			named := last.Kind == hearsay.NamedSource || last.Kind == hearsay.PrincipalSource || last.Kind == hearsay.RepresentativeSource && last.Entity >= 0
			if !couple && (!named || x.ment == -1 || len(x.ents) != 1) {
				return []hearsay.Source{{}}, j, true
			}
		}
		if x.ment != -1 && len(x.ents) >= 2 {
			e := x.ents[0] // "they said", of a couple: the first of them speaks for both
			return []hearsay.Source{{Text: s.doc.Entities[e].Name, Kind: hearsay.NamedSource, Entity: e, Span: x.Span}}, j, true
		}
		if x.ment == -1 || len(x.ents) != 1 {
			return nil, 0, false
		}
	}
	if x.ment == -1 && x.capital && reportVerb(s.units[j+1:]) {
		// an outlet the tagger did not mark: "The Evening Courant reported"
		start := j
		for start > 0 && s.units[start-1].ment == -1 && (s.units[start-1].capital || s.units[start-1].word == "the") && !s.units[start-1].boundary {
			start--
		}
		names := 0
		for k := start; k <= j; k++ {
			if s.units[k].word != "the" {
				names++
			}
		}
		if names >= 2 {
			sp := hearsay.Span{Start: s.units[start].Start, End: x.End}
			return []hearsay.Source{{Text: s.doc.Text[sp.Start:sp.End], Kind: hearsay.OutletSource, Entity: -1, Span: sp}}, start, true
		}
	}
	if ch, k, ok := st.outletReporter(s, j, false); ok {
		return ch, k, true // "ESPN's Marla Quint reported": the outlet, then its reporter
	}
	if x.ment != -1 && len(x.ents) >= 2 && x.mkind != kindPronoun {
		// "the couple said": the first of them speaks for both
		e := x.ents[0]
		return []hearsay.Source{{Text: s.doc.Entities[e].Name, Kind: hearsay.NamedSource, Entity: e, Span: x.Span}}, j, true
	}
	if x.ment == -1 || len(x.ents) != 1 {
		return nil, 0, false
	}
	e := x.ents[0]
	ent := s.doc.Entities[e]
	kind := hearsay.NamedSource
	if k := firstConjunct(s, j); ent.Type == hearsay.Person && k >= 0 {
		// "Reyes and Whitaker announced": the first-named speaks for both
		y := &s.units[k]
		return []hearsay.Source{{Text: s.doc.Entities[y.ents[0]].Name, Kind: kind, Entity: y.ents[0], Span: y.Span}}, k, true
	}
	switch ent.Type {
	case hearsay.Person:
	case hearsay.Org, hearsay.Work, hearsay.Misc:
		kind = hearsay.OfficialSource
		if ent.Kind == "outlet" || ent.Type == hearsay.Work || reportVerb(s.units[j+1:]) {
			kind = hearsay.OutletSource
		}
	default:
		return nil, 0, false
	}
	return s.slab().sources(hearsay.Source{Text: ent.Name, Kind: kind, Entity: e, Span: x.Span}), j, true
}

// outletReporter reads a reporter named with the outlet's possessive at
// unit j ("ESPN's Marla Quint reported"): the chain of the outlet and the
// reporter, and the outlet's unit. Unless press is set (the words around
// already cite a source: "according to"), the organisation must be an
// outlet or the verb after the name one of publishing.
func (st *Stage) outletReporter(s *sent, j int, press bool) ([]hearsay.Source, int, bool) {
	if j < 2 || j >= len(s.units) || s.units[j-1].word != "'s" {
		return nil, 0, false
	}
	x, o := &s.units[j], &s.units[j-2]
	if x.ment == -1 || x.mkind != kindName || x.etype != entPerson || len(x.ents) != 1 || o.ment == -1 || len(o.ents) != 1 {
		return nil, 0, false
	}
	out := s.doc.Entities[o.ents[0]]
	if out.Type == hearsay.Person || !press && out.Kind != "outlet" && out.Type != hearsay.Work && !reportVerb(s.units[j+1:]) {
		return nil, 0, false
	}
	return []hearsay.Source{
		{Text: out.Name, Kind: hearsay.OutletSource, Entity: o.ents[0], Span: o.Span},
		{Text: s.doc.Entities[x.ents[0]].Name, Kind: hearsay.NamedSource, Entity: x.ents[0], Span: x.Span},
	}, j - 2, true
}

// compoundKind is the kind of a source noun at unit noun that may open a
// compound up to unit j: the kind of the compound's last noun ("a league
// source" is anonymous, "a company spokeswoman" a representative), but
// officials stay officials ("a police spokesman", "a police report") and
// other members speak for their side ("board members").
func (st *Stage) compoundKind(s *sent, noun, j int) nounKind {
	first := st.r.srcNouns[s.units[noun].word]
	head, hw := first, s.units[noun].word
	for w := noun + 1; w <= j && w < len(s.units) && s.units[w].ment == -1; w++ {
		k, ok := st.r.srcNouns[s.units[w].word]
		if !ok {
			break
		}
		head, hw = k, s.units[w].word
	}
	if first == wordOfficial || head == wordAnon && !unnamedHeads[hw] {
		return first // "a police spokesman"; "board members" speak for the board
	}
	return head
}

// unnamedHeads are the nouns of sources that stay unnamed whatever names
// their side ("a league source", "company insiders").
var unnamedHeads = wordSet("unnamedheads")

// possessorStart returns the first unit of a common noun phrase that owns
// the source whose possessive mark is at unit k ("the singer's rep", "the
// couple's spokesperson"), or -1 when unit k is no such mark or a mention
// owns it.
func possessorStart(s *sent, k int) int {
	if k < 2 || s.units[k].word != "'s" && s.units[k].word != "'" {
		return -1
	}
	n := &s.units[k-1]
	if n.ment != -1 || n.boundary || n.capital || !isWordish(n.word) {
		return -1
	}
	d := k - 2
	if w := s.units[d].word; s.units[d].ment == -1 && (w == "the" || possessives[w]) {
		return d
	}
	if s.units[d].ment != -1 && s.units[d].mkind == kindPronoun {
		return d // "her daughter's rep"
	}
	return -1
}

// isWordish reports whether a unit's word is made of letters (and inner
// hyphens), not punctuation or digits.
func isWordish(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r > 127) {
			return false
		}
	}
	return true
}

// eventNoun reports whether w names a couple's event as the object of a
// telling ("confirmed the split to People").
func eventNoun(w string) bool { return eventNouns[w] }

// eventNouns are the words of eventNoun (data/classes.tsv).
var eventNouns = wordSet("eventnouns")

// outletAfterObject returns the outlet a source told an event to, named
// after the event ("confirmed the split to People").
func (st *Stage) outletAfterObject(s *sent, k int) (hearsay.Source, bool) {
	for u := k; u < len(s.units) && u <= k+3; u++ {
		x := &s.units[u]
		if x.boundary || x.word == "," {
			break
		}
		if x.ment == -1 && eventNoun(x.word) && u+2 < len(s.units) && s.units[u+1].word == "to" {
			if out, n := outletAt(s, u+2); n > 0 {
				return out, true
			}
			break
		}
	}
	return hearsay.Source{}, false
}

// complementEnd is where what a source says, from unit k on, ends: at a
// new main clause (", but she married Z", "; she ...") or at the sentence's
// end.
func (s *sent) complementEnd(k, end int) int {
	for u := k + 1; u+1 < len(s.units); u++ {
		x := &s.units[u]
		if x.word == ";" || x.word == "," && s.units[u+1].word == "but" {
			return x.Start
		}
		if x.word == "," && u+2 < len(s.units) && s.units[u+1].is(clsQuote) && s.units[u+2].word == "but" {
			return s.units[u+1].End // `"texting constantly," but a rep denied`: the quote is the source's
		}
	}
	return end
}

// perSource reports whether unit v is "per" after a comma naming a source
// (", per TMZ", ", per a source close to the couple"), not a rate.
func (st *Stage) perSource(s *sent, v int) bool {
	if s.units[v].word != "per" || v < 1 || s.units[v-1].word != "," || v+1 >= len(s.units) {
		return false
	}
	x := &s.units[v+1]
	if x.ment != -1 {
		return true
	}
	if _, ok := st.r.srcNouns[x.word]; ok {
		return true
	}
	if v+2 < len(s.units) && (x.word == "a" || x.word == "an" || x.word == "the" || x.word == "multiple" || x.word == "several" || x.word == "two" || x.word == "one") {
		_, ok := st.r.srcNouns[s.units[v+2].word]
		return ok
	}
	return false
}

// pluralSource reports whether a source's words name more than one
// ("insiders", "two people close to him"), which "they" can refer back to.
func (st *Stage) pluralSource(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if _, ok := st.r.srcNouns[w]; ok && (strings.HasSuffix(w, "s") || w == "people") {
			return true
		}
	}
	return false
}

// firstConjunct returns the person named first in "X and Y" (ages between
// allowed: "Reyes, 41, and Whitaker, 44,") when Y is unit j, or -1.
func firstConjunct(s *sent, j int) int {
	k := j - 1
	for k >= 0 && s.units[k].ment == -1 && (s.units[k].word == "," || isNumber(s.units[k].word)) {
		k--
	}
	if k < 1 || s.units[k].word != "and" {
		return -1
	}
	k--
	for k >= 0 && s.units[k].ment == -1 && (s.units[k].word == "," || isNumber(s.units[k].word)) {
		k--
	}
	if k < 0 || s.units[k].ment == -1 || len(s.units[k].ents) != 1 || s.units[k].etype != entPerson {
		return -1
	}
	return k
}

// reportVerb reports whether the next word is a verb of publishing ("People
// reports that").
func reportVerb(rest []unit) bool {
	for _, u := range rest {
		if subjectSkip[u.word] {
			continue
		}
		return publishVerbs[u.word]
	}
	return false
}

// publishVerbs are the verbs of publishing of reportVerb, and
// obtainedVerbs the participles of obtainedBy (data/classes.tsv).
var (
	publishVerbs    = wordSet("publishverbs")
	obtainedVerbs   = wordSet("obtainedverbs")
	recordModifiers = wordSet("recordmodifiers")
)

// accordingTo builds the frame of "according to X": the source is what
// follows, the scope is the rest of the sentence.
func (st *Stage) accordingTo(s *sent, v int, quotes []hearsay.Span) *frame {
	k := v + 2
	if k >= len(s.units) {
		return nil
	}
	end := k
	for end < len(s.units) && !s.units[end].boundary && s.units[end].word != "," && end-k < 8 {
		end++
	}
	if end == k {
		return nil
	}
	var src hearsay.Source
	if m := st.messageSender(s, k, end); m > k {
		k = m // "according to a statement from the school board": the board
	}
	if ch, o, ok := st.outletReporter(s, end-1, true); ok && o == k {
		// "according to ESPN's Adam Kessler": the outlet, then its reporter
		return &frame{scope: s.doc.Sentences[s.idx].Span, chain: ch, subject: hearsay.Span{Start: s.units[k].Start, End: s.units[end-1].End}, after: end, s: s}
	}
	x := &s.units[k]
	if end-k == 1 && x.ment != -1 && len(x.ents) == 1 {
		ent := s.doc.Entities[x.ents[0]]
		kind := hearsay.NamedSource
		if ent.Type != hearsay.Person {
			kind = hearsay.OutletSource
		}
		src = hearsay.Source{Text: ent.Name, Kind: kind, Entity: x.ents[0], Span: x.Span}
	} else {
		sp := hearsay.Span{Start: x.Start, End: s.units[end-1].End}
		kind := hearsay.AnonymousSource
		for w := k; w < end; w++ {
			switch st.r.srcNouns[s.units[w].word] {
			case wordRep:
				kind = hearsay.RepresentativeSource
			case wordOfficial:
				kind = hearsay.OfficialSource
			case wordReport:
				if kind != hearsay.OfficialSource {
					kind = hearsay.OutletSource // "a police report" stays a record
				}
			}
		}
		if o := reportBy(s, k, end); o >= 0 {
			// "according to a report by Page Six": the outlet
			y := &s.units[o]
			src = hearsay.Source{Text: s.doc.Entities[y.ents[0]].Name, Kind: hearsay.OutletSource, Entity: y.ents[0], Span: y.Span}
		} else if x.ment != -1 && len(x.ents) == 1 && s.doc.Entities[x.ents[0]].Type != hearsay.Person && end-k <= 2 {
			kind = hearsay.OutletSource
			src = hearsay.Source{Text: s.doc.Entities[x.ents[0]].Name, Kind: kind, Entity: x.ents[0], Span: sp}
		} else {
			if e := anonymityCut(s, k+1, end); e > k {
				sp.End = s.units[e-1].End // "two employees who asked not to be named": two employees
			} else if e := recordCut(s, k+1, end); e > k {
				sp.End = s.units[e-1].End // "court documents filed in Superior Court on Monday": court documents
			}
			src = hearsay.Source{Text: s.doc.Text[sp.Start:sp.End], Kind: kind, Entity: -1, Span: sp}
		}
	}
	chain := []hearsay.Source{src}
	// "according to court records obtained by Us Weekly": the outlet first
	for w := k; w+2 < len(s.units) && w < end+4; w++ {
		ww := s.units[w].word
		told := ww == "told" || ww == "tells" || ww == "telling" // "according to a source who told Us Weekly"
		if told || (ww == "obtained" || ww == "seen" || ww == "reviewed" || ww == "cited" || ww == "spoke" || ww == "speaking" || ww == "talked") && (s.units[w+1].word == "by" || s.units[w+1].word == "to" || s.units[w+1].word == "with") {
			at := w + 2
			if told {
				at = w + 1
			}
			if out, n := outletAt(s, at); n > 0 {
				head := w - 1
				if s.units[head].word == "who" && head > k {
					head--
				}
				chain[0].Text = s.doc.Text[x.Start:s.units[head].End]
				chain[0].Span = hearsay.Span{Start: x.Start, End: s.units[head].End}
				chain = append([]hearsay.Source{out}, chain...)
				if at+n > end {
					end = at + n
				}
			}
			break
		}
	}
	st0 := s.doc.Sentences[s.idx].Span
	return &frame{scope: st0, chain: chain, subject: src.Span, after: end, s: s}
}

// outletAt reads an outlet named at unit k ("Us Weekly", "People"): a run of
// organisation mentions and capitalised words. n is 0 when there is none.
func outletAt(s *sent, k int) (hearsay.Source, int) {
	if k+1 < len(s.units) && s.units[k].word == "the" && s.units[k+1].capital {
		src, n := outletAt(s, k+1)
		if n > 0 {
			src.Span.Start = s.units[k].Start
			if src.Entity < 0 {
				src.Text = s.doc.Text[src.Span.Start:src.Span.End]
			}
			return src, n + 1
		}
		return src, 0
	}
	end := k
	for end < len(s.units) && end-k < 5 {
		x := &s.units[end]
		if x.ment != -1 {
			if len(x.ents) != 1 || x.etype == entPerson || x.mkind == kindPronoun {
				break
			}
		} else if !x.capital || x.boundary {
			break
		}
		end++
	}
	if end == k {
		return hearsay.Source{}, 0
	}
	sp := hearsay.Span{Start: s.units[k].Start, End: s.units[end-1].End}
	src := hearsay.Source{Text: s.doc.Text[sp.Start:sp.End], Kind: hearsay.OutletSource, Entity: -1, Span: sp}
	if end-k == 1 && s.units[k].ment != -1 {
		e := s.units[k].ents[0]
		src.Text, src.Entity = s.doc.Entities[e].Name, e
	}
	return src, end - k
}

// adjunctStart reports whether w opens a phrase that may follow a
// reporting verb without being what was said ("announced on Instagram on
// Wednesday").
func adjunctStart(w string) bool {
	switch w {
	case "on", "in", "at", "through", "via", "during", "after", "before", "to", "last", "this", "earlier",
		"late", "early", "yesterday", "today", "tonight", "overnight":
		return true
	}
	return false
}

// onlyAdjuncts reports whether the words from unit k to the end of the
// sentence are adjuncts of the verb: they start with a preposition and hold
// no "that", colon or quotation.
func onlyAdjuncts(s *sent, k int) bool {
	if participleAside(s, k) && !thatAfterComma(s.units[k:]) {
		return true // "her rep told People, calling the reports false": the clause before is what was told
	}
	if !adjunctStart(s.units[k].word) {
		return false
	}
	for i, x := range s.units[k:] {
		switch x.word {
		case "that", ":", "\"", "“", "”", "whether", "if":
			return false
		case ",":
			if thatAfterComma(s.units[k+i+1:]) {
				return false // "reported on Tuesday, citing three employees, that ..."
			}
			return true // what follows the comma is a clause of its own ("..., sharing a photo")
		}
	}
	return true
}

// relativeAside reports whether a relative clause about the outlet or
// source told opens at unit k (", which first reported the news.") with no
// ", that" complement after it: what was told is the clause before.
func relativeAside(s *sent, k int) bool {
	if k+1 >= len(s.units) || s.units[k].word != "," {
		return false
	}
	if w := s.units[k+1].word; s.units[k+1].ment != -1 || w != "which" && w != "who" {
		return false
	}
	return !thatAfterComma(s.units[k+1:])
}

// participleAside reports whether unit k opens a participle clause after a
// comma (", calling the reports false", ", adding that"): a clause of its
// own, no complement of the verb before it.
func participleAside(s *sent, k int) bool {
	if k < len(s.units) && s.units[k].word == "," {
		k++
	}
	if k < 1 || k >= len(s.units) || s.units[k-1].word != "," {
		return false
	}
	x := &s.units[k]
	return x.ment == -1 && len(x.word) > 5 && strings.HasSuffix(x.word, "ing")
}

// thatAfterComma reports whether a ", that" complement follows within the
// clause: the words before it were an aside of the reporting verb.
func thatAfterComma(us []unit) bool {
	for i := 1; i < len(us); i++ {
		if us[i].boundary {
			return false
		}
		if us[i].word == "that" && us[i-1].word == "," {
			return true
		}
	}
	return false
}

// denialSkip are words between a source and the denial that answers a claim
// ("X's camp is pushing back", "her rep has firmly denied").
var denialSkip = wordSet("denialskip")

// denialFrame builds the frame of a denial cue that answers a claim named
// after it ("X laughed off reports that ...", "X's camp is pushing back hard
// on claims that ..."): the one who answers is the source, and the clause
// after "that" is what is denied. It returns nil when unit v starts no such
// cue or no source stands before it.
func (st *Stage) denialFrame(s *sent, v int, prev *frame, sentSpan hearsay.Span) *frame {
	if !s.units[v].info.denies {
		return nil // no denial cue opens with the word
	}
	n := 0
	for _, c := range st.r.cuesAt(s, v) {
		if c.kind == "denied" {
			n = max(n, s.wordsAt(v, c.words))
		}
	}
	if n == 0 {
		return nil
	}
	k := v + n
	if s.units[k-1].is(clsClaimNoun) {
		k-- // the cue names the claim itself: "shut down rumors that"
	}
	for g := 0; k < len(s.units) && g < 4 && !s.units[k].is(clsClaimNoun); g++ {
		if s.units[k].boundary && !s.units[k].is(clsQuote) || s.units[k].ment != -1 {
			return nil
		}
		k++
	}
	if k < len(s.units) && k > v && s.units[k].is(clsClaimNoun) && anaphoricDeterminers[s.units[k-1].word] && bareClaimEnd(s, k+1) {
		return st.bareDenialFrame(s, v, k, prev) // "Marchetti laughed off the question."
	}
	if k+2 >= len(s.units) || !s.units[k].is(clsClaimNoun) || !complementWords[s.units[k+1].word] {
		return nil // "shut down rumors that", "shot down rumors of a romance with"
	}
	j := skipRelative(s, st.denialSubjectEnd(s, v-1)) // "Marchetti, 36, laughed off"
	if j >= 0 && s.units[j].word == "to" {
		j = purposeSubject(s, j) // "X took to Instagram on Monday to shut down rumors that"
	}
	if j < 0 {
		return nil
	}
	src, start, ok := st.subjectSource(s, j, prev)
	if !ok || len(src) != 1 || src[0].Kind == "" {
		return nil
	}
	after := k + 2
	return &frame{verb: "denied", chain: src, subject: hearsay.Span{Start: s.units[start].Start, End: s.units[j].End}, after: after, s: s,
		scope: hearsay.Span{Start: s.units[after].Start, End: s.complementEnd(after, sentSpan.End)}}
}

// anaphoricDeterminers refer a claim noun back to the claim read before
// ("laughed off the question", "dismissed these reports").
var anaphoricDeterminers = map[string]bool{"the": true, "these": true, "those": true, "this": true, "such": true}

// bareClaimEnd reports whether a claim noun ending before unit k says
// nothing of what the claim is: no "that", "of" or "about" follows it ("laughed
// off the question", "brushed off the rumours on Monday").
func bareClaimEnd(s *sent, k int) bool {
	return k >= len(s.units) || !complementWords[s.units[k].word] && s.units[k].ment == -1
}

// bareDenialFrame builds the frame of a denial cue at unit v whose claim
// noun at unit k closes the clause ("Marchetti laughed off the question",
// "her rep brushed off the rumours on Monday"): a source answering the claim read
// before, with nothing of its own in scope. It returns nil when no source
// stands before the cue.
func (st *Stage) bareDenialFrame(s *sent, v, k int, prev *frame) *frame {
	j := skipRelative(s, st.denialSubjectEnd(s, v-1)) // "Marchetti, 36, laughed off"
	if j < 0 {
		return nil
	}
	src, start, ok := st.subjectSource(s, j, prev)
	if !ok || len(src) != 1 || src[0].Kind == "" {
		return nil
	}
	end := s.units[k].End
	return &frame{verb: "denied", chain: src, subject: hearsay.Span{Start: s.units[start].Start, End: s.units[j].End}, after: -1, s: s,
		scope: hearsay.Span{Start: end, End: end}}
}

// complementWords open what a claim says after its noun ("rumors that",
// "rumors of", "reports about").
var complementWords = map[string]bool{"that": true, "of": true, "about": true}

// denialSubjectEnd returns the last unit of the subject of a denial cue
// that ends at unit j, passing over auxiliaries and adverbs ("her rep has
// firmly denied") and over "said (that) there was" ("X said there was no
// truth to reports that"), or -1.
func (st *Stage) denialSubjectEnd(s *sent, j int) int {
	skip := func() {
		for j >= 0 && s.units[j].ment == -1 && (denialSkip[s.units[j].word] || subjectSkip[s.units[j].word] || s.units[j].is(clsQuote)) {
			j--
		}
	}
	skip()
	if j >= 0 && s.units[j].word == "there" {
		j--
		if j >= 0 && s.units[j].word == "that" {
			j--
		}
		if j >= 0 && s.units[j].ment == -1 && s.units[j].is(clsVerb) {
			j--
			skip()
		}
	}
	return j
}

// deniedCueEnds reports whether a denial cue ends right before unit v
// ("laughed off reports": "reports" is then the claim, not a verb). A
// denial verb after an adverb that is a cue itself ("flatly denied") is
// still the verb.
func (st *Stage) deniedCueEnds(s *sent, v int) bool {
	if denialVerb(s.units[v].word) {
		return false
	}
	for u := max(0, v-3); u < v; u++ {
		for _, c := range st.r.cuesAt(s, u) {
			if c.kind == "denied" && u+s.wordsAt(u, c.words) == v {
				return true
			}
		}
	}
	return false
}

// purposeSubject returns the person whose purpose a "to" clause at unit j
// states: the first person named in the sentence before it, with no clause
// boundary between ("Pierce, 30, took to Twitter on Wednesday to ..."), or -1.
func purposeSubject(s *sent, j int) int {
	found := -1
	for k := j - 1; k >= 0 && k >= j-16; k-- {
		x := &s.units[k]
		if x.boundary {
			break
		}
		if x.ment != -1 && x.etype == entPerson && len(x.ents) == 1 {
			found = k
		}
	}
	return found
}

// kinSource reads a relative named by whose relative they are, ending at
// unit j ("his mother", "Ashby's sister"): a named source without an
// entity of its own, and its first unit.
func (st *Stage) kinSource(s *sent, j int) (hearsay.Source, int, bool) {
	if j < 1 || s.units[j].ment != -1 || !st.r.kinNouns[s.units[j].word] {
		return hearsay.Source{}, 0, false
	}
	k := j - 1
	if w := s.units[k].word; (w == "'s" || w == "'") && k >= 1 {
		k--
	}
	y := &s.units[k]
	if y.ment == -1 || y.etype != entPerson || len(y.ents) != 1 || k == j-1 && !(y.mkind == kindPronoun && possessives[y.word]) {
		return hearsay.Source{}, 0, false
	}
	sp := hearsay.Span{Start: y.Start, End: s.units[j].End}
	return hearsay.Source{Text: s.doc.Text[sp.Start:sp.End], Kind: hearsay.NamedSource, Entity: -1, Span: sp}, k, true
}

// resolveSpouses names the sources that are a partner of one of a couple's
// fact's two people ("X is not pregnant, her husband says"): the partner is
// the fact's other person, a principal.
func resolveSpouses(doc *hearsay.Document, chain []hearsay.Source, args []hearsay.Arg) []hearsay.Source {
	if len(args) != 2 || args[0].Entity < 0 || args[1].Entity < 0 {
		return chain
	}
	for i := range chain {
		c := &chain[i]
		if c.Kind != hearsay.NamedSource || c.Entity >= 0 || !kinLex.spouse[lastWord(c.Text)] {
			continue
		}
		owner := -1
		for ix := range doc.Mentions {
			m := &doc.Mentions[ix]
			if m.Start == c.Span.Start && m.Kind == hearsay.PronounMention {
				owner = m.Entity
				break
			}
		}
		var other int
		switch owner {
		case args[0].Entity:
			other = args[1].Entity
		case args[1].Entity:
			other = args[0].Entity
		default:
			continue
		}
		c.Text, c.Entity, c.Kind = doc.Entities[other].Name, other, hearsay.PrincipalSource
	}
	return chain
}

// lastWord returns the last word of a text, lowercased.
func lastWord(text string) string {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// embeddedQuote reports whether a quotation continues the words before it
// in its clause ("are 'just friends,'"): the unit right before its opening
// mark is a word, not punctuation or the sentence's start.
func embeddedQuote(s *sent, q hearsay.Span) bool {
	for k := range s.units {
		x := &s.units[k]
		if x.End > q.Start {
			if k < 2 {
				return false
			}
			b := k - 1
			if s.units[b].is(clsQuote) {
				b--
			}
			w := s.units[b].word
			return w != "," && w != ":" && w != ";" && !quoteMarks[w] && !s.units[b].boundary
		}
	}
	return false
}

// guessNouns name talk among the public whose source follows "among" or
// "from" ("speculation among fans that", "whispers from insiders that").
var guessNouns = wordSet("guessnouns")

// amongFrame builds the frame of a guess noun followed by its source and a
// complement ("sparking speculation among fans that the two were more than
// friends"): the source is the anonymous group, the scope what follows
// "that" or "whether". It returns nil when the words do not take that shape.
func (st *Stage) amongFrame(s *sent, v int, sentSpan hearsay.Span) *frame {
	if !s.units[v].is(clsGuessNoun) || v+2 >= len(s.units) {
		return nil
	}
	if w := s.units[v+1].word; s.units[v+1].ment != -1 || w != "among" && w != "from" {
		return nil
	}
	noun := -1
	k := v + 2
	for ; k < len(s.units) && k < v+6; k++ {
		x := &s.units[k]
		if x.ment != -1 || x.boundary {
			return nil
		}
		if kind, ok := st.r.srcNouns[x.word]; ok && kind == wordAnon {
			noun = k
			continue
		}
		if x.word == "that" || x.word == "whether" || x.word == "if" {
			break
		}
		if noun >= 0 || !descriptorWords[x.word] && !strings.HasSuffix(x.word, "-eyed") {
			return nil
		}
	}
	if noun < 0 || k+1 >= len(s.units) || s.units[k].ment != -1 || s.units[k].word != "that" && s.units[k].word != "whether" && s.units[k].word != "if" {
		return nil
	}
	sp := hearsay.Span{Start: s.units[v+2].Start, End: s.units[noun].End}
	src := hearsay.Source{Text: s.doc.Text[sp.Start:sp.End], Kind: hearsay.AnonymousSource, Entity: -1, Span: sp}
	return &frame{
		chain: []hearsay.Source{src}, verb: s.units[v].word, after: k + 1, s: s,
		subject: hearsay.Span{Start: s.units[v].Start, End: sp.End}, // the guess noun's cue governs the complement
		scope:   hearsay.Span{Start: s.units[k+1].Start, End: s.complementEnd(k+1, sentSpan.End)},
	}
}
