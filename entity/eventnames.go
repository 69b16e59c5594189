package entity

// Events named after the place or the body that holds them: "the Monaco
// Grand Prix", "the Morecambe Bay Folk Festival", "the Belgian Grand
// Prix", which the name tagger often cuts into a place and an event.

// maxEventLead is the most capitalised words joined before an event's
// head span.
const maxEventLead = 3

// joinEventSpans joins, in place, a span whose last word is an event's
// head (cue class event-head: "Festival", "Prix", "Marathon") with the
// capitalised words right before it in its sentence, tagged or not, after
// "the" (a year may stand between: "the 2019 Monaco Grand Prix") or at
// the start of the sentence: one event's name. Words in the possessive, a
// time's words and a person's name (a span tagged as a person's or
// starting with a known given name) stay apart ("Tuesday's Folk
// Festival", "Lena Ruiz Festival").
func (lx *Lexicons) joinEventSpans(di *docInfo, spans [][3]int) [][3]int {
	out := spans[:0]
	for _, s := range spans {
		if a := lx.eventLead(di, out, s); a < s[0] {
			for n := len(out); n > 0 && out[n-1][0] >= a; n = len(out) {
				out = out[:n-1]
			}
			s = [3]int{a, s[1], nerMISC}
		}
		out = append(out, s)
	}
	return out
}

// eventLead returns the first token of the event's name that span s ends
// (see joinEventSpans), s[0] when no words join it; done holds the spans
// before s, in order.
func (lx *Lexicons) eventLead(di *docInfo, done [][3]int, s [3]int) int {
	toks := di.doc.Tokens
	last := s[1] - 1
	if s[1]-s[0] > 3 || !isCap(toks[last].Text) || !di.is(lx, cueEventHead, last) || s[0] == 0 {
		return s[0]
	}
	sent := toks[s[0]].Sentence
	a := s[0]
	for a > 0 && s[0]-a < maxEventLead && toks[a-1].Sentence == sent && isCap(toks[a-1].Text) && isAlphaWord(toks[a-1].Text) && di.lower[a-1] != "the" && !di.initial[a-1] {
		a--
	}
	if a == s[0] {
		return s[0]
	}
	if a < len(toks) && (a == 0 || toks[a-1].Sentence != sent) {
		return s[0] // a sentence's first word may be any capitalised word
	}
	k := a - 1
	if isNumber(toks[k].Text) && k > 0 && toks[k-1].Sentence == sent {
		k-- // "the 2019 Monaco Grand Prix"
	}
	if di.lower[k] != "the" {
		return s[0]
	}
	if inTimex(di.doc, spanOf(toks, a, s[0])) {
		return s[0]
	}
	for n := len(done) - 1; n >= 0 && done[n][1] > a; n-- {
		p := done[n]
		if p[0] < a || p[2] == nerPER || lx.names[di.lower[p[0]]] != 0 {
			return s[0] // a span that starts before the words, or a person's
		}
	}
	if lx.names[di.lower[a]] != 0 {
		return s[0]
	}
	return a
}

// missedEvents finds names of two to four capitalised words the name
// tagger left out that end in a word of cue class event-head ("this
// year's Caldermuir International Festival", "the Kelby Regatta"), with
// no known given name first and no stop word of class capstop at their
// start: events, tagged as miscellaneous names as the tagger tags them.
func (lx *Lexicons) missedEvents(di *docInfo, have [][3]int) [][3]int {
	var out [][3]int
	for _, s := range lx.freeCapSpans(di, have) {
		a, b := s[0], s[1]
		if b-a < 2 || b-a > 4 || !di.is(lx, cueEventHead, b-1) || lx.names[di.lower[a]] != 0 || di.is(lx, cueCapstop, a) {
			continue
		}
		out = append(out, [3]int{a, b, nerMISC})
	}
	return out
}
