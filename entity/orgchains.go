package entity

// mendOrgChains mends, in place, organisations' names of the shape "Head
// of X" or "Head for X" (a word of cue class of-org-head, data/cues.tsv)
// that the name tagger typed as something else or cut in two:
//   - a span that holds such a head, "of" or "for" and more words is an
//     organisation ("Port of Kelvinhaugh" tagged as misc);
//   - a span ending in such a head, "of" or "for" and a span after it are
//     one organisation ("Royal Conservatoire" and "Scotland", "Delft
//     Institute" and "for Coastal Engineering", "Royal Society" and "for
//     the Protection of Birds"), also when the head alone was taken for a
//     person ("Friends" and "of the Earth");
//   - a capitalised head and "of" the tagger left out before a span make
//     one organisation with it ("the School of Music" tagged "Music");
//   - a place after "and" goes on such a name that ends in a place
//     ("the Bishops' Conference of England" and "Wales");
//   - a pair of places after "in" goes on such a name (jurisdictionIn:
//     "the Institute of Chartered Accountants" and "England and Wales");
//   - a demonym tagged alone before such an organisation belongs to its
//     name ("Bavarian" and "Ministry of the Interior").
//
// Spans of people are left as they are; a span is joined only within its
// sentence. The returned slice reuses spans' array.
func (lx *Lexicons) mendOrgChains(di *docInfo, spans [][3]int) [][3]int {
	out := spans[:0]
	tailPlace := false // the last span joined a place to the head before it
	for i, s := range spans {
		if n := len(out); n > 0 && i+1 < len(spans) && lx.jurisdictionIn(di, out[n-1], s, spans[i+1]) {
			out[n-1] = [3]int{out[n-1][0], s[1], nerORG} // "Institute of Chartered Accountants" and "England" around "in", before "and Wales"
			tailPlace = true
			continue
		}
		if s[2] != nerPER {
			s = lx.extendHeadBefore(di, s)
			if lx.holdsOrgHead(di, s) {
				s[2] = nerORG
			}
		}
		if n := len(out); n > 0 && s[2] != nerPER {
			p := out[n-1]
			if (p[2] != nerPER || lx.headAlone(di, p)) && lx.orgChainPair(di, p, s) {
				out[n-1] = [3]int{p[0], s[1], nerORG}
				tailPlace = s[2] == nerLOC
				continue
			}
			if tailPlace && s[2] == nerLOC && placePairTail(di, p, s) {
				out[n-1] = [3]int{p[0], s[1], nerORG} // "of England" and "Wales"
				continue
			}
		}
		tailPlace = false
		out = append(out, s)
	}
	return lx.joinDemonymOrgs(di, out)
}

// jurisdictionIn reports whether organisation span p holds a word of
// of-org-head before "of" or "for" (holdsOrgHead) or ends in one, and
// place span s follows it after "in" and comes before "and" and place
// span next, in one sentence: a pair of places that belongs to the name,
// the area the body serves ("the Institute of Chartered Accountants in
// England and Wales"), as a single place after "in" may not ("the Ministry
// of Health in Ghana").
func (lx *Lexicons) jurisdictionIn(di *docInfo, p, s, next [3]int) bool {
	toks := di.doc.Tokens
	if p[2] != nerORG || s[2] != nerLOC || next[2] != nerLOC || p[1]+1 != s[0] || toks[p[1]].Text != "in" || !placePairTail(di, s, next) {
		return false
	}
	if toks[p[0]].Sentence != toks[s[0]].Sentence {
		return false
	}
	last := toks[p[1]-1].Text
	return lx.holdsOrgHead(di, p) || isCap(last) && lx.isLower(cueOfOrgHead, last)
}

// headAlone reports whether span p is one capitalised word of cue class
// of-org-head, which names no one though the tagger took it for a person
// ("Friends" of "Friends of the Earth").
func (lx *Lexicons) headAlone(di *docInfo, p [3]int) bool {
	return p[1]-p[0] == 1 && isCap(di.doc.Tokens[p[0]].Text) && lx.isLower(cueOfOrgHead, di.doc.Tokens[p[0]].Text)
}

// orgLinkWord reports whether w (lowercase) links an organisation's head
// to what it is of or for.
func orgLinkWord(w string) bool { return w == "of" || w == "for" }

// holdsOrgHead reports whether span s has, before its last word, a
// capitalised word of cue class of-org-head followed by "of" or "for".
func (lx *Lexicons) holdsOrgHead(di *docInfo, s [3]int) bool {
	toks := di.doc.Tokens
	for k := s[0]; k+2 < s[1]; k++ {
		if isCap(toks[k].Text) && orgLinkWord(di.lower[k+1]) && lx.isLower(cueOfOrgHead, toks[k].Text) {
			return true
		}
	}
	return false
}

// orgChainPair reports whether span p ends in a word of of-org-head and
// span s follows it after "of" or "for" (or starts with one), in the same
// sentence, with at most four words of its own.
func (lx *Lexicons) orgChainPair(di *docInfo, p, s [3]int) bool {
	toks := di.doc.Tokens
	last := p[1] - 1
	if !isCap(toks[last].Text) || !lx.isLower(cueOfOrgHead, toks[last].Text) || toks[last].Sentence != toks[s[0]].Sentence {
		return false
	}
	switch {
	case p[1] == s[0] && orgLinkWord(di.lower[s[0]]) && toks[s[0]].Text == di.lower[s[0]]:
		return s[1]-s[0] >= 2 && s[1]-s[0] <= 5 // "for Coastal Engineering" tagged with its "for"
	case p[1]+1 == s[0] && orgLinkWord(di.lower[p[1]]):
		return s[1]-s[0] <= 4
	case p[1]+2 == s[0] && toks[p[1]].Text == "of" && toks[p[1]+1].Text == "the":
		return s[1]-s[0] <= 3 // "Ministry" and "Interior" around "of the" (not "for the": "the City Council for the Labour Party")
	case p[1]+2 == s[0] && toks[p[1]].Text == "for" && toks[p[1]+1].Text == "the":
		return causeOf(di, s) // "Royal Society" and "Protection of Birds" around "for the"
	}
	return false
}

// causeOf reports whether span s, of three to five words, is a cause
// named as "X of Y", a capitalised word before "of" and capitalised words
// after it ("Protection of Birds", "Prevention of Cruelty to Children"):
// the cause an organisation is "for the" of, no organisation of its own
// (which "the City Council for the Labour Party" names after "for the").
func causeOf(di *docInfo, s [3]int) bool {
	toks := di.doc.Tokens
	if s[1]-s[0] < 3 || s[1]-s[0] > 5 || s[2] == nerPER || toks[s[0]+1].Text != "of" || !isCap(toks[s[0]].Text) || !isCap(toks[s[0]+2].Text) {
		return false
	}
	return toks[s[0]].Sentence == toks[s[1]-1].Sentence
}

// trimTitleOf cuts, in place, a title held in an organisation off the
// front of a span that is not a person's: a capitalised word of cue class
// title-of (data/cues.tsv), "of" or "for", perhaps "the", and a name of
// two words or more that starts with a capital and holds an organisation's
// word (holdsOrgWord: "a Fellow of the Royal Academy of Engineering",
// "Governor of the Bank of Ireland" tagged as one name) leave the
// organisation's name.
func (lx *Lexicons) trimTitleOf(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		if s[2] == nerPER || s[1]-s[0] < 4 || !isCap(toks[s[0]].Text) || !orgLinkWord(di.lower[s[0]+1]) || toks[s[0]+1].Text != di.lower[s[0]+1] {
			continue
		}
		k := s[0] + 2
		if toks[k].Text == "the" {
			k++
		}
		if s[1]-k >= 2 && isCap(toks[k].Text) && di.is(lx, cueTitleOf, s[0]) && lx.holdsOrgWord(di, k, s[1]) {
			spans[i][0] = k
		}
	}
}

// holdsOrgWord reports whether a capitalised word of tokens [a, b) is a
// word of cue class of-org-head ("Academy", "Association", "Bank"): the
// words name an organisation, not a field ("Human Resources").
func (lx *Lexicons) holdsOrgWord(di *docInfo, a, b int) bool {
	for k := a; k < b; k++ {
		if isCap(di.doc.Tokens[k].Text) && di.is(lx, cueOfOrgHead, k) {
			return true
		}
	}
	return false
}

// extendHeadBefore returns span s grown back over a capitalised word of
// of-org-head and "of" that no span holds ("School of" before "Music"), or
// such a word and "for the" before a cause (causeOf: "Society for the"
// before "Protection of Ancient Buildings").
func (lx *Lexicons) extendHeadBefore(di *docInfo, s [3]int) [3]int {
	toks := di.doc.Tokens
	if head := s[0] - 3; head >= 0 && toks[s[0]-2].Text == "for" && toks[s[0]-1].Text == "the" && toks[head].Sentence == toks[s[0]].Sentence &&
		toks[head].NER == "O" && isCap(toks[head].Text) && lx.isLower(cueOfOrgHead, toks[head].Text) && causeOf(di, s) {
		return [3]int{head, s[1], nerORG} // "Society" before "for the Protection of Ancient Buildings"
	}
	of, head := s[0]-1, s[0]-2
	if head < 0 || di.lower[of] != "of" || toks[of].Text != "of" || toks[head].Sentence != toks[s[0]].Sentence {
		return s
	}
	if toks[head].NER != "O" || toks[of].NER != "O" || !isCap(toks[head].Text) || !lx.isLower(cueOfOrgHead, toks[head].Text) {
		return s
	}
	return [3]int{head, s[1], nerORG}
}

// joinDemonymOrgs joins, in place, a one-word span that is a demonym, or
// that the tagger typed MISC as it does a region's adjective, to an
// organisation's span right after it that starts with a word of
// of-org-head ("Bavarian" and "Ministry of the Interior", "Scottish" and
// "Parliament"): one organisation.
func (lx *Lexicons) joinDemonymOrgs(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s[2] == nerORG && out[n-1][1] == s[0] && out[n-1][1]-out[n-1][0] == 1 && out[n-1][2] != nerPER {
			if _, dem := di.demonym(lx, s[0]-1); (dem || out[n-1][2] == nerMISC) && lx.isLower(cueOfOrgHead, toks[s[0]].Text) {
				out[n-1] = [3]int{out[n-1][0], s[1], nerORG}
				continue
			}
		}
		if s[1]-s[0] == 1 && s[2] != nerPER {
			s = lx.demonymBody(di, s)
		}
		out = append(out, s)
	}
	return out
}

// demonymBody grows a one-word span that is a demonym or typed MISC over
// one capitalised word right after it that the tagger left out, of cue
// class of-org-head, that ends the name ("the Scottish Parliament", "the
// Welsh Assembly"): an organisation.
func (lx *Lexicons) demonymBody(di *docInfo, s [3]int) [3]int {
	toks := di.doc.Tokens
	k := s[1]
	if k >= len(toks) || toks[k].NER != "O" || toks[k].Sentence != toks[s[0]].Sentence || !isCap(toks[k].Text) || !lx.isLower(cueOfOrgHead, toks[k].Text) {
		return s
	}
	if k+1 < len(toks) && toks[k+1].Sentence == toks[k].Sentence && (isCap(toks[k+1].Text) || di.lower[k+1] == "of") {
		return s // "the Scottish Parliament Building", "the Welsh Assembly of ..."
	}
	if _, dem := di.demonym(lx, s[0]); !dem && s[2] != nerMISC {
		return s
	}
	return [3]int{s[0], k + 1, nerORG}
}

// placePairTail reports whether span s, of one or two words, follows
// span p after "and" in the same sentence.
func placePairTail(di *docInfo, p, s [3]int) bool {
	toks := di.doc.Tokens
	return p[1]+1 == s[0] && toks[p[1]].Text == "and" && s[1]-s[0] <= 2 && toks[p[0]].Sentence == toks[s[0]].Sentence
}

// parishBodies retypes, in place, as an organisation a name right after a
// word of cue class parish-post and "of" or "at" whose words are a saint's
// church or a church's name ("vicar of St Oswald's", "an elder of St
// Fergna's", "her curacy at Holy Trinity"): the church as the body its
// clergy and members serve (a name ending in a word of venue-head is made
// a place again by nameMention, unless employerAfterTrade). A saint's name or a word of
// venue-head or of-org-head must be in the span, and people are left. A
// one-word name after a see-post and "of" is a diocese (seeAfter).
func (lx *Lexicons) parishBodies(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		at := s[0] - 1
		if s[2] == nerPER || s[2] == nerORG || at < 1 || (di.lower[at] != "of" && di.lower[at] != "at") || toks[at-1].Sentence != toks[s[0]].Sentence {
			continue
		}
		if di.is(lx, cueParishPost, at-1) && lx.churchLike(di, s) || lx.seeAfter(di, at, s) {
			spans[i][2] = nerORG
		}
	}
}

// seeAfter reports whether a one-word span s follows a capitalised word
// of cue class see-post and "of" at token of ("the Bishop of Carnforth",
// "Archdeacon of Thornbury"): the diocese or archdeaconry.
func (lx *Lexicons) seeAfter(di *docInfo, of int, s [3]int) bool {
	return s[1]-s[0] == 1 && di.lower[of] == "of" && isCap(di.doc.Tokens[of-1].Text) && di.is(lx, cueSeePost, of-1)
}

// churchLike reports whether span s starts with a saint's title or
// "Holy", or holds a word of venue-head or of-org-head, or a
// capitalised word "Hall" or "College" ("St Oswald's", "Holy Trinity",
// "Cranmer Hall", "Grace Church").
func (lx *Lexicons) churchLike(di *docInfo, s [3]int) bool {
	if di.is(lx, cueSaintTitle, s[0]) || di.lower[s[0]] == "holy" {
		return true
	}
	for k := s[0] + 1; k < s[1]; k++ {
		if isCap(di.doc.Tokens[k].Text) && (di.is(lx, cueVenueHead, k) || di.is(lx, cueOfOrgHead, k)) {
			return true
		}
	}
	return false
}

// extendOrgSuffix runs a span the name tagger took for an organisation's
// or a place's on over one capitalised word of cue class org-suffix right
// after it that it left out ("Lincoln" in "teaches at Lincoln
// Elementary"): the word ends the organisation's name.
func (lx *Lexicons) extendOrgSuffix(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		b := s[1]
		if s[2] == nerPER || b >= len(toks) || toks[b].Sentence != toks[s[0]].Sentence || toks[b].NER != "O" ||
			!isCap(toks[b].Text) || !isAlphaWord(toks[b].Text) || !di.is(lx, cueOrgSuffix, b) || i+1 < len(spans) && spans[i+1][0] == b {
			continue
		}
		spans[i][1], spans[i][2] = b+1, nerORG
	}
}

// stateBodies widens, in place, an organisation's span right after "the
// state" to take in "state", which names the body as news writes it of
// one of a country's states: "the state Senate", "the state Department
// of Education" (the state's name is told elsewhere, or nowhere).
func (lx *Lexicons) stateBodies(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	for i, s := range spans {
		a := s[0]
		if s[2] != nerORG || a < 2 || toks[a-1].Text != "state" || di.lower[a-2] != "the" || toks[a-2].Sentence != toks[a].Sentence {
			continue
		}
		if i > 0 && spans[i-1][1] > a-1 {
			continue
		}
		spans[i][0] = a - 1
	}
}
