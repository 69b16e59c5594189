package entity

import (
	"slices"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// orgNominalWindow is how many sentences back an organisation named before
// a description of one may stand.
const orgNominalWindow = 3

// orgNominals links definite descriptions of organisations that speak as a
// source ("the company said", "the British utility said", "according to
// the club") to the organisation they stand for (orgFor). A description
// with no such organisation stays unlinked.
func (r *resolver) orgNominals() {
	toks := r.di.doc.Tokens
	taken := make([]bool, len(toks))
	for _, m := range r.ms {
		for i := m.tok0; i < m.tok1 && i < len(toks); i++ {
			taken[i] = true
		}
	}
	var added []*ment
	for i := range toks {
		if r.di.lower[i] != "the" || taken[i] {
			continue
		}
		if m := r.outletNominal(i); m != nil {
			added = append(added, m) // "insiders told the outlet", "a crew member told the paper"
			continue
		}
		head := r.orgNominalHead(i)
		if head < 0 || !r.speaksAsSource(i, head+1) {
			continue
		}
		m := &ment{tok0: i, tok1: head + 1, head: head, sent: toks[i].Sentence, kind: hearsay.NominalMention, typ: hearsay.Org,
			gender: 'u', number: 's', person: 3, noun: r.di.lower[head], quoted: r.di.quoted[i], ent: -1, rule: "nominal-org"}
		if c := r.orgFor(m); c >= 0 {
			r.join(m, c)
			added = append(added, m)
		}
	}
	if len(added) > 0 {
		r.ms = append(slices.Clip(r.ms), added...)
		sortMents(r.ms)
	}
}

// outletNominal links "the outlet", "the paper" (cue class outlet-noun)
// right after a word of cue class outlet-before ("insiders told the
// outlet", "according to the magazine") to the outlet named last before
// it, and returns the new mention; nil when there is none.
func (r *resolver) outletNominal(i int) *ment {
	toks := r.di.doc.Tokens
	h := i + 1
	if h >= len(toks) || toks[h].Sentence != toks[i].Sentence || !r.di.is(r.lx, cueOutletNoun, h) || !isClauseEnd(nextText(toks, h+1)) {
		return nil
	}
	m := &ment{tok0: i, tok1: h + 1, head: h, sent: toks[i].Sentence, kind: hearsay.NominalMention, typ: hearsay.Org,
		gender: 'u', number: 's', person: 3, noun: r.di.lower[h], quoted: r.di.quoted[i], ent: -1, rule: "nominal-outlet"}
	if !r.outletBefore(m) {
		return nil
	}
	last := -1
	for _, o := range r.ms {
		if o.tok0 >= i {
			break
		}
		if o.ent >= 0 && o.kind == hearsay.NameMention && r.cl[o.ent].kind == "outlet" {
			last = o.ent
		}
	}
	if last < 0 {
		return nil
	}
	r.join(m, last)
	return m
}

// nextText is the text of token k, or "." past the end.
func nextText(toks []hearsay.Token, k int) string {
	if k >= len(toks) {
		return "."
	}
	return toks[k].Text
}

// orgNominalHead returns the head of a description of an organisation that
// starts with "the" at token i ("the British utility", "the fast-growing
// startup"), or -1. A name or a noun right after the head makes it a
// modifier ("the club Harbourne City", "the company statement"), and "of"
// a part of something else ("the group of friends").
func (r *resolver) orgNominalHead(i int) int {
	toks := r.di.doc.Tokens
	sent := toks[i].Sentence
	for j := i + 1; j < len(toks) && j <= i+4 && toks[j].Sentence == sent; j++ {
		w := r.di.lower[j]
		if !isAlphaWord(strings.ReplaceAll(toks[j].Text, "-", "")) {
			return -1
		}
		if _, dem := r.di.demonym(r.lx, j); isCap(toks[j].Text) && !dem && !r.placeSuffixed(w) {
			return -1
		}
		if !r.di.is(r.lx, cueOrgNominal, j) {
			if r.di.is(r.lx, cueDeterminer, j) || r.di.is(r.lx, cueDescriptionStop, j) {
				return -1
			}
			if r.di.hasPOS && !strings.HasPrefix(toks[j].XPOS, "JJ") && !strings.HasPrefix(toks[j].XPOS, "NN") && toks[j].XPOS != "VBN" && toks[j].XPOS != "VBG" {
				return -1
			}
			continue
		}
		if n := j + 1; n < len(toks) && toks[n].Sentence == sent {
			if isCap(toks[n].Text) && isAlphaWord(toks[n].Text) || r.di.lower[n] == "of" || r.di.hasPOS && strings.HasPrefix(toks[n].XPOS, "NN") {
				return -1
			}
		}
		return j
	}
	return -1
}

// orgFor returns the organisation a description m stands for: the one
// organisation named before m whose name holds its noun, else the
// article's main organisation when it is named before m, else the one
// organisation other than an outlet named in the window before it; -1 when
// none fits.
func (r *resolver) orgFor(m *ment) int {
	if c := r.orgNamedBy(m.noun, m.tok0); c >= 0 {
		return c // "Orbis Bank ... the bank said": the bank the text names
	}
	main := r.mainOrg()
	var cands []int
	for _, o := range r.ms {
		if o.tok0 >= m.tok0 || o.kind != hearsay.NameMention || o.ent < 0 || r.clubForBusiness(m, o.ent) {
			continue
		}
		if o.ent == main {
			return main
		}
		if c := r.cl[o.ent]; o.sent >= m.sent-orgNominalWindow && c.typ == hearsay.Org && c.kind == "" && !containsInt(cands, o.ent) {
			cands = append(cands, o.ent)
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return -1
}

// clubForBusiness reports whether description m is headed by a noun of
// cue class business-noun ("the company") and cluster c is named like a
// sports club, its name ending in a word of cue class club-suffix
// ("Brackwell United"), or named before a team's post ("Arsenal manager"):
// a club is no company.
func (r *resolver) clubForBusiness(m *ment, c int) bool {
	if !r.lx.isLower(cueBusinessNoun, m.noun) {
		return false
	}
	for _, o := range r.cl[c].ments {
		if o.kind == hearsay.NameMention && len(o.words) > 1 && r.lx.isLower(cueClubSuffix, o.words[len(o.words)-1]) {
			return true
		}
		if o.kind == hearsay.NameMention && !o.poss && r.teamRoleAfter(o) {
			return true // "Arsenal manager Mikel Arteta"
		}
	}
	return false
}

// teamRoleAfter reports whether a word of cue class team-role ("manager",
// "captain", "squad") follows name mention m in its sentence, lowercase;
// not "boss", which firms have too ("Tesco boss Ken Murphy").
func (r *resolver) teamRoleAfter(m *ment) bool {
	k := m.tok1
	toks := r.di.doc.Tokens
	return k < len(toks) && toks[k].Sentence == m.sent && toks[k].Text == r.di.lower[k] && r.di.lower[k] != "boss" && r.di.is(r.lx, cueTeamRole, k)
}

// speaksAsSource reports whether the description over tokens [a, b) is the
// subject of a speech verb ("the company said", "the club also confirmed")
// or follows "according to".
func (r *resolver) speaksAsSource(a, b int) bool {
	toks := r.di.doc.Tokens
	if a >= 2 && r.di.lower[a-2] == "according" && r.di.lower[a-1] == "to" {
		return true
	}
	for k := b; k < len(toks) && k <= b+1 && toks[k].Sentence == toks[a].Sentence; k++ {
		if r.di.is(r.lx, cueSpeechVerb, k) || r.di.is(r.lx, cueOrgSpeechVerb, k) {
			return true
		}
		if w := r.di.lower[k]; !strings.HasSuffix(w, "ly") && w != "also" {
			return false // one adverb may stand between ("the company later said")
		}
	}
	return false
}

// placeSuffixed reports whether a lowercase word ends with a suffix of cue
// class place-suffix ("london-based").
func (r *resolver) placeSuffixed(w string) bool {
	i := strings.LastIndex(w, "-")
	return i > 0 && r.lx.is(cuePlaceSuffix, w[i:])
}
