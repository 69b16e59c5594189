package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hearsay-news/hearsay"
)

// Scores: the two sides of a result ("Burnley beat Leeds 3-1", "Kelby drew
// with Ostrel", "Jay Rodwell scored twice as Marrowby beat Pellingham") are
// teams, organisations, when the sentence is about a match: a score stands
// in it, or a word of cue class score-with ("scored", "penalty", "league")
// or of the classes sport and sports-word. The verbs between the sides are
// cue class score-verb in data/cues.tsv. A town that names a club is the
// club there; its mentions the text gives as a place ("lives in Burnley")
// stay a place.

// scoreVerbEnd returns the token after a phrase of cue class score-verb
// (up to four words: "beat", "drew with", "were beaten by") that starts at
// token i in sentence sent, or -1 when none does.
func (lx *Lexicons) scoreVerbEnd(di *docInfo, i, sent int) int {
	toks := di.doc.Tokens
	for n := 4; n >= 1; n-- {
		e := i + n
		if e > len(toks) || toks[e-1].Sentence != sent {
			continue
		}
		if n == 1 && di.is(lx, cueScoreVerb, i) || n > 1 && di.isPhrase(lx, cueScoreVerb, i, e) {
			return e
		}
	}
	return -1
}

// isScoreAt reports whether a score starts at token i: "3-1" as one
// token, or two numbers joined by a dash ("2 – 2").
func isScoreAt(toks []hearsay.Token, i int) bool {
	w := toks[i].Text
	if k := strings.IndexAny(w, "-–"); k > 0 {
		_, size := utf8.DecodeRuneInString(w[k:])
		a, b := w[:k], w[k+size:]
		return len(a) <= 3 && isNumber(a) && len(b) <= 3 && isNumber(b)
	}
	if !isNumber(w) || len(w) > 3 || i+2 >= len(toks) || toks[i+2].Sentence != toks[i].Sentence {
		return false
	}
	d := toks[i+1].Text
	return (d == "-" || d == "–") && isNumber(toks[i+2].Text) && len(toks[i+2].Text) <= 3
}

// matchSentence reports whether sentence sent tells of a match: it holds a
// score or a word of cue class score-with, sport or sports-word.
func (lx *Lexicons) matchSentence(di *docInfo, sent int) bool {
	s := di.doc.Sentences[sent]
	toks := di.doc.Tokens
	for i := s.FirstToken; i < s.EndToken; i++ {
		if isScoreAt(toks, i) || di.is(lx, cueScoreWith, i) || di.is(lx, cueSport, i) || di.is(lx, cueSportsWord, i) {
			return true
		}
	}
	return false
}

// scoreObject returns the first token of the side after a score verb that
// ends before token e: e itself, or the token after "the".
func scoreObject(di *docInfo, e int) int {
	if e < len(di.lower) && di.lower[e] == "the" && di.doc.Tokens[e].Text == "the" {
		return e + 1
	}
	return e
}

// capRunBefore returns the first token of the run of one to three
// capitalised words of letters that ends right before token e in sentence
// sent, less the words of cue class capstop that open it ("On Saturday
// Kelby beat ..."), or -1.
func (lx *Lexicons) capRunBefore(di *docInfo, e, sent int) int {
	a := e
	toks := di.doc.Tokens
	for a > 0 && e-a < 3 && toks[a-1].Sentence == sent && isCap(toks[a-1].Text) && isAlphaWord(toks[a-1].Text) {
		a--
	}
	for a < e && lx.is(cueCapstop, di.lower[a]) {
		a++
	}
	if a == e {
		return -1
	}
	return a
}

// capRunAfter returns the token after the run of one to three capitalised
// words of letters that starts at token a in sentence sent, or -1.
func capRunAfter(di *docInfo, a, sent int) int {
	e := a
	toks := di.doc.Tokens
	for e < len(toks) && e-a < 3 && toks[e].Sentence == sent && isCap(toks[e].Text) && isAlphaWord(toks[e].Text) {
		e++
	}
	if e == a {
		return -1
	}
	return e
}

// sideName reports whether the capitalised words a..b may name a team the
// name tagger left out: no known given name, demonym or word of cue class
// capstop or not-a-name first.
func (lx *Lexicons) sideName(di *docInfo, a, b int) bool {
	if _, dem := di.demonym(lx, a); dem {
		return false
	}
	w := di.lower[a]
	return lx.names[w] == 0 && !lx.is(cueCapstop, w) && !lx.is(cueNotAName, w) && b-a >= 1
}

// missedScoreSides finds the sides of a result the name tagger left out
// ("Castleby defeated Ruddington 2-0" at the start of a sentence): runs of
// capitalised words on both sides of a score verb in a sentence about a
// match, with no known given name first. They are organisations.
func (lx *Lexicons) missedScoreSides(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	covered := func(a, b int) bool {
		for _, s := range have {
			if a < s[1] && s[0] < b {
				return true
			}
		}
		return false
	}
	var out [][3]int
	for si, s := range di.doc.Sentences {
		matched := false
		for i := s.FirstToken + 1; i < s.EndToken; i++ {
			e := lx.scoreVerbEnd(di, i, si)
			if e < 0 {
				continue
			}
			a := lx.capRunBefore(di, i, si)
			o := scoreObject(di, e)
			b := -1
			if o < len(toks) {
				b = capRunAfter(di, o, si)
			}
			if a < 0 || b < 0 || !lx.sideName(di, a, i) || !lx.sideName(di, o, b) {
				continue
			}
			if !matched && !lx.matchSentence(di, si) {
				break
			}
			matched = true
			for _, sp := range [][2]int{{a, i}, {o, b}} {
				if !covered(sp[0], sp[1]) {
					out = append(out, [3]int{sp[0], sp[1], nerORG})
				}
			}
		}
	}
	return out
}

// A scorePair is the two name mentions on each side of a score verb.
type scorePair struct{ a, b *ment }

// scorePairs returns the name mentions on each side of a score verb in
// sentences about a match (matchSentence).
func (r *resolver) scorePairs() []scorePair {
	var out []scorePair
	var starts map[int]*ment // name mentions by first token, made at the first score verb
	for _, m := range r.ms {
		if m.kind != hearsay.NameMention || m.ent < 0 || m.poss || m.tok1 >= len(r.di.lower) {
			continue
		}
		e := r.lx.scoreVerbEnd(r.di, m.tok1, m.sent)
		if e < 0 {
			continue
		}
		if starts == nil {
			starts = map[int]*ment{}
			for _, m := range r.ms {
				if m.kind == hearsay.NameMention && m.ent >= 0 {
					starts[m.tok0] = m
				}
			}
		}
		n := starts[scoreObject(r.di, e)]
		if n == nil || n.sent != m.sent || n.ent == m.ent || !r.lx.matchSentence(r.di, m.sent) {
			continue
		}
		out = append(out, scorePair{m, n})
	}
	return out
}

// teamsByScore makes teams of the sides of a result (scorePairs) when
// neither side can be a person (mayBeTeam): "Burnley beat Leeds 3-1". A
// place whose other mentions the text gives as a place ("lives in
// Burnley", "Alan Brackley, of Burnley,") keeps them, and the sides go to
// an organisation of their own.
func (r *resolver) teamsByScore() {
	var order []int // the clusters of the sides, in the order of the text
	for _, p := range r.scorePairs() {
		if !r.mayBeTeam(r.cl[p.a.ent]) || !r.mayBeTeam(r.cl[p.b.ent]) {
			continue
		}
		for _, ci := range [2]int{p.a.ent, p.b.ent} {
			if !slices.Contains(order, ci) {
				order = append(order, ci)
			}
		}
	}
	for _, ci := range order {
		r.makeTeam(ci)
	}
}

// mayBeTeam reports whether cluster c may be a team: an organisation, a
// place or a name of no type with no known given name and no title, or a
// name the tagger took for a person's that is only ever one word, with no
// given name, title or age and no pronoun or description.
func (r *resolver) mayBeTeam(c *cluster) bool {
	if c.kind != "" || c.unnamed != "" {
		return false
	}
	switch c.typ {
	case hearsay.Org, hearsay.Place, hearsay.Misc, hearsay.Person:
	default:
		return false
	}
	if c.typ == hearsay.Person && r.aged(c) {
		return false
	}
	for _, m := range c.ments {
		if m.kind != hearsay.NameMention {
			if c.typ == hearsay.Person {
				return false
			}
			continue
		}
		if m.title != "" || len(m.words) == 0 || r.personalName(m.words) || c.typ == hearsay.Person && len(m.words) != 1 {
			return false
		}
	}
	return true
}

// makeTeam types cluster ci as an organisation, a team. A place keeps the
// mentions the text gives as a place's (placeMention), and the others go
// to a new organisation.
func (r *resolver) makeTeam(ci int) {
	c := r.cl[ci]
	switch {
	case c.typ == hearsay.Org:
	case c.typ != hearsay.Place || c.count(r.placeMention) == 0:
		c.typ = hearsay.Org
	default:
		r.moveMentions(ci, func(m *ment) bool { return !r.placeMention(m) }, hearsay.Org)
	}
}

// placeMention reports whether a mention can only be a place: a name after
// words of cue class place-before ("lives in Burnley"), a person's home
// (townHome) or a modifier of place ("Burnley-based").
func (r *resolver) placeMention(m *ment) bool {
	return m.kind == hearsay.NameMention && (r.lx.placeCueBefore(r.di, m) || r.townHome(m))
}
