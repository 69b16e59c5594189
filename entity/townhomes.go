package entity

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

// splitTownHomes gives a place of its own to the mentions of a known town
// (the name tagger's lists of places, such as towns that name football
// clubs) that only a place can be, when the text has made the name an
// organisation: a person's home set off by commas ("Alan Brackley, 72, of
// Rochdale, celebrates") or a modifier of place ("the Rochdale-based
// firm"). The club stays an organisation ("joined Rochdale", "Rochdale
// beat Bury"). When every mention is such a place, the cluster is one.
func (r *resolver) splitTownHomes() {
	n := len(r.cl) // the clusters made here are places already
	for ci := 0; ci < n; ci++ {
		c := r.cl[ci]
		if c.typ != hearsay.Org || c.kind != "" {
			continue
		}
		w, ok := c.oneWordName()
		if !ok || !r.lx.outlets.KnownPlace(w) {
			continue
		}
		homes := c.count(r.townHome)
		if homes == 0 {
			continue
		}
		if homes == len(c.ments) {
			c.typ = hearsay.Place
			continue
		}
		r.moveTownHomes(ci)
	}
}

// moveTownHomes moves the mentions of cluster ci that townHome finds into
// a new cluster, a place.
func (r *resolver) moveTownHomes(ci int) { r.movePlaces(ci, r.townHome) }

// movePlaces moves the mentions of cluster ci for which place holds into
// a new cluster, a place.
func (r *resolver) movePlaces(ci int, place func(*ment) bool) {
	r.moveMentions(ci, place, hearsay.Place)
}

// moveMentions moves the mentions of cluster ci for which pick holds into
// a new cluster of type typ; with none to move, ci stays as it is.
func (r *resolver) moveMentions(ci int, pick func(*ment) bool, typ hearsay.EntityType) {
	c := r.cl[ci]
	keep := c.ments[:0]
	to := -1
	var moved []*ment
	for _, m := range c.ments {
		if pick(m) {
			moved = append(moved, m)
			continue
		}
		keep = append(keep, m)
	}
	if len(moved) == 0 {
		return
	}
	c.ments = keep
	for _, m := range moved {
		m.ent = -1
		to = r.join(m, to)
	}
	r.cl[to].typ = typ
}

// count returns how many of the cluster's mentions pred holds for.
func (c *cluster) count(pred func(*ment) bool) int {
	n := 0
	for _, m := range c.ments {
		if pred(m) {
			n++
		}
	}
	return n
}

// addressTowns makes places of the towns of street addresses ("Darren
// Pike, 41, of Mill Street, Nelson, admitted theft", "lives at 4 Church
// Lane, Stanley"), which the tagger may take for people (a given name) or
// organisations: the mentions addressTown finds. A cluster of no other
// mentions becomes a place; one with others keeps them and the towns go
// to a place of their own.
func (r *resolver) addressTowns() {
	n := len(r.cl) // the clusters made here are places already
	for ci := 0; ci < n; ci++ {
		c := r.cl[ci]
		if c.typ == hearsay.Place || c.kind != "" || c.unnamed != "" || len(c.ments) == 0 {
			continue
		}
		towns := c.count(r.addressTown)
		switch {
		case towns == 0:
		case towns == len(c.ments):
			c.typ = hearsay.Place
		default:
			r.movePlaces(ci, r.addressTown)
		}
	}
}

// addressTown reports whether name mention m, with no title, is the town
// after a street in an address: a comma and one to four capitalised words
// ending in a word of cue class street-head ("Mill Street", "Church
// Lane") come before it, after a house number or not, after a word of
// cue class address-before ("of", "at"). A name of several words with a
// known given name first is a person's ("of Mill Street, Stanley Moss"),
// and so is a name a verb follows: the subject of a clause after a
// participle's phrase ("Speaking at the bank on Harbour Road, Wanjiru
// said").
func (r *resolver) addressTown(m *ment) bool {
	if m.kind != hearsay.NameMention || m.poss || m.title != "" || len(m.words) == 0 || len(m.words) > 1 && r.personalName(m.words) {
		return false
	}
	toks, low := r.di.doc.Tokens, r.di.lower
	if e := m.tok1; r.di.hasPOS && e < len(toks) && toks[e].Sentence == m.sent && (strings.HasPrefix(toks[e].XPOS, "VB") || toks[e].XPOS == "MD") {
		return false
	}
	k := m.tok0 - 1
	if k < 2 || low[k] != "," || toks[k-1].Sentence != m.sent || !isCap(toks[k-1].Text) || !r.di.is(r.lx, cueStreetHead, k-1) {
		return false
	}
	a := k - 1
	for a > 0 && k-a < 4 && toks[a-1].Sentence == m.sent && isCap(toks[a-1].Text) && isAlphaWord(toks[a-1].Text) {
		a--
	}
	if a > 0 && toks[a-1].Sentence == m.sent && isNumber(strings.TrimRight(low[a-1], "abcdefgh")) {
		a-- // "of 14 Kestrel Close", "at 3a Mill Lane"
	}
	return a > 0 && toks[a-1].Sentence == m.sent && r.di.is(r.lx, cueAddressBefore, a-1)
}

// townHome reports whether name mention m can only be a place: its token
// ends in a suffix of cue class place-suffix ("Rochdale-based"), or it
// stands after a person's name (and maybe an age) and ", of", with a comma
// or the sentence's end after it ("Alan Brackley, of Rochdale, said").
func (r *resolver) townHome(m *ment) bool {
	if m.kind != hearsay.NameMention || m.poss || m.title != "" {
		return false
	}
	toks, low := r.di.doc.Tokens, r.di.lower
	if r.lx.placeCompound(toks[m.tok1-1].Text) {
		return true
	}
	k := m.tok0
	if k < 3 || low[k-1] != "of" || low[k-2] != "," || toks[k-3].Sentence != m.sent {
		return false
	}
	if e := m.tok1; e < len(toks) && toks[e].Sentence == m.sent && low[e] != "," && low[e] != "." && low[e] != ";" {
		return false
	}
	end := k - 2 // the token after the person's name
	if end >= 3 && isNumber(low[end-1]) && low[end-2] == "," && toks[end-3].Sentence == m.sent {
		end -= 2 // "Alan Brackley, 72, of Rochdale,"
	}
	for _, o := range r.ms {
		if o.tok1 == end && o.sent == m.sent && o.ent >= 0 && r.cl[o.ent].typ == hearsay.Person {
			return true
		}
	}
	return false
}
