package entity

// Names typed by what the sentence says of them: an employer before an
// appointing verb or before the post of someone it employs, a person at
// the head of a sentence that gives them a post.

import "strings"

// employerName reports whether the name m, of two words or more with no
// title and no given name first, is an employer's by the words after it:
// an appointing verb (cue class appoint-verb, after "has" or "have") and
// a name ("Marrow Savings appoints Oliver Penn", "Corbel Hartley has hired
// Mina Sato"), or a post written in lowercase and a name ("Marrow Savings
// company secretary Oliver Penn", "Tallis Vane chief executive Ines
// Okoro"). A name whose first word is a given name is one only when the
// name tagger took it for an organisation (org) and a post follows it
// right away ("Ridley Cask chief executive Ines Okoro").
func (lx *Lexicons) employerName(di *docInfo, m *ment, org bool) bool {
	if m.title != "" || len(m.words) < 2 || m.poss {
		return false
	}
	if lx.looksPersonal(m.words) {
		return org && lx.postRightAfter(di, m.tok1, m.sent) // "Ridley Cask chief executive Ines Okoro"; not "Lena Moreau hired Paul Greer"
	}
	toks := di.doc.Tokens
	k := m.tok1
	if k < len(toks) && toks[k].Sentence == m.sent && (di.lower[k] == "has" || di.lower[k] == "have") {
		k++
	}
	if k+1 < len(toks) && toks[k+1].Sentence == m.sent && di.is(lx, cueAppointVerb, k) && isCap(toks[k+1].Text) {
		return true
	}
	return lx.postThenName(di, m.tok1, m.sent)
}

// postThenName reports whether a post of one to three lowercase words
// whose last is a trade or role noun starts at token k of sentence sent,
// followed by a capitalised name ("chief executive Ines Okoro"); not an
// elected office (cue classes state-office and local-office).
func (lx *Lexicons) postThenName(di *docInfo, k, sent int) bool {
	toks := di.doc.Tokens
	for e := k + 1; e <= k+3 && e < len(toks) && toks[e].Sentence == sent; e++ {
		w := toks[e-1].Text
		if w != di.lower[e-1] || !isAlphaWord(w) {
			return false
		}
		if !isCap(toks[e].Text) || !isWordy(toks[e].Text) {
			continue
		}
		if di.is(lx, cueStateOffice, e-1) || di.is(lx, cueLocalOffice, e-1) {
			return false // "Fine Gael senator Ann Holt", "Kelby councillor Tom Hale": an office held for a party or a place, no employer's post
		}
		n, ok := di.nounAt(lx, e-1)
		return ok && (n.isRole || n.isOcc) && !n.isKin
	}
	return false
}

// postRightAfter reports whether a post of one to three lowercase words,
// all of it a trade or role noun of data/roles.tsv or
// data/occupations.tsv, starts at token k of sentence sent and is
// followed by a capitalised name ("chief executive Ines Okoro"; not
// "followed the triathlete Yusuf Kell"); not an elected office.
func (lx *Lexicons) postRightAfter(di *docInfo, k, sent int) bool {
	toks := di.doc.Tokens
	for e := k + 1; e <= k+3 && e < len(toks) && toks[e].Sentence == sent; e++ {
		if w := toks[e-1].Text; w != di.lower[e-1] || !isAlphaWord(w) {
			return false
		}
		if !isCap(toks[e].Text) || !isWordy(toks[e].Text) {
			continue
		}
		if di.is(lx, cueStateOffice, e-1) || di.is(lx, cueLocalOffice, e-1) {
			return false
		}
		n, ok := di.nounWords(lx, k, e)
		return ok && (n.isRole || n.isOcc) && !n.isKin
	}
	return false
}

// postedSubject reports whether the name m, of two or three words with no
// title, that opens a sentence and holds no word of an organisation's
// name, is given a post by the clause after it: a word of cue class
// predicate-lead ("as", "appointed", "named", "became") within six words,
// with no person's name and no comma between, then a post of data/roles.tsv,
// after at most two determiners or qualifiers ("Ansgar Pohl has been
// appointed head of research", "Stellan Voss joins Orrin Dynamics as chief
// financial officer", "Haldor Rusk takes over as chief executive").
func (lx *Lexicons) postedSubject(di *docInfo, m *ment) bool {
	if m.title != "" || len(m.words) < 2 || len(m.words) > 3 || m.poss || !di.initial[m.tok0] {
		return false
	}
	for i := m.tok0; i < m.tok1; i++ {
		if di.orgWordAt(lx, i) || !isCap(di.doc.Tokens[i].Text) {
			return false
		}
	}
	toks := di.doc.Tokens
	for k := m.tok1; k < m.tok1+6 && k < len(toks) && toks[k].Sentence == m.sent; k++ {
		t := toks[k]
		if t.Text == di.lower[k] && di.is(lx, cuePredicateLead, k) {
			return lx.roleAfterLead(di, k+1, m.sent) // not "hired Greta Lund as ...", whose post is hers
		}
		if t.Text == "," || t.Text == ";" || t.Text == ":" || di.is(lx, cueAppointVerb, k) || len(t.NER) > 2 && t.NER[2:] == "PER" && lx.personalWords(t.Text, 2) {
			return false // "Tarrow Vale appoints Greta Lund as ...": the post is the person's named after the verb
		}
	}
	return false
}

// appointedObject reports whether the name m, of two or three
// capitalised words with no title and no word of an organisation's name,
// is the person an appointing verb (cue class appoint-verb, or "named")
// gives a post: the verb right before it, "as" or "to" and a post of
// data/roles.tsv right after it ("Vesper Thorne promotes Alba Reyes to
// head of design", "Harl Mott has named Ines Varga as chief executive").
func (lx *Lexicons) appointedObject(di *docInfo, m *ment) bool {
	if m.title != "" || len(m.words) < 2 || len(m.words) > 3 || m.poss || m.tok0 == 0 {
		return false
	}
	toks := di.doc.Tokens
	v := m.tok0 - 1
	if toks[v].Sentence != m.sent || toks[v].Text != di.lower[v] || !di.is(lx, cueAppointVerb, v) && di.lower[v] != "named" {
		return false
	}
	for i := m.tok0; i < m.tok1; i++ {
		if di.orgWordAt(lx, i) || !isCap(toks[i].Text) {
			return false
		}
	}
	k := m.tok1
	if k >= len(toks) || toks[k].Sentence != m.sent || di.lower[k] != "as" && di.lower[k] != "to" {
		return false
	}
	return lx.roleAfterLead(di, k+1, m.sent)
}

// roleAfterLead reports whether a post of data/roles.tsv written in
// lowercase starts at token k of sentence sent, after at most two
// determiners or qualifiers ("the new", "interim", "its") and a field
// noun or not ("finance director").
func (lx *Lexicons) roleAfterLead(di *docInfo, k, sent int) bool {
	toks := di.doc.Tokens
	for n := 0; n < 2 && k < len(toks) && toks[k].Sentence == sent && (di.is(lx, cueDeterminer, k) || di.is(lx, cueRoleQualifier, k) || di.lower[k] == "a" || di.lower[k] == "an" || di.lower[k] == "new"); n++ {
		k++
	}
	return lx.roleRunAt(di, k, sent, 1, false) || fieldNounAt(di, k, sent) && lx.roleRunAt(di, k+1, sent, 1, false)
}

// fieldNounAt reports whether token k of sentence sent is a common noun
// written in lowercase, the field a post after it is of ("finance" in
// "as finance director", "sales" in "as sales director").
func fieldNounAt(di *docInfo, k, sent int) bool {
	toks := di.doc.Tokens
	return k+1 < len(toks) && toks[k].Sentence == sent && toks[k+1].Sentence == sent && toks[k].Text == di.lower[k] &&
		isAlphaWord(toks[k].Text) && (toks[k].XPOS == "NN" || toks[k].XPOS == "NNS")
}

// roleRunAt reports whether a post of data/roles.tsv of minWords to four
// words starts at token k of sentence sent, its words all lowercase
// letters, or all capitalised when capitals is set ("chief executive",
// "Executive Vice President").
func (lx *Lexicons) roleRunAt(di *docInfo, k, sent, minWords int, capitals bool) bool {
	toks := di.doc.Tokens
	for e := k + 1; e <= k+4 && e <= len(toks); e++ {
		t := toks[e-1].Text
		if toks[e-1].Sentence != sent || capitals && !isCap(t) || !capitals && (t != di.lower[e-1] || !isAlphaWord(t)) {
			return false
		}
		if e-k < minWords {
			continue
		}
		if n, ok := di.nounWords(lx, k, e); ok && n.isRole {
			return true
		}
	}
	return false
}

// employerCluster reports whether a mention of c is a name typed as an
// employer's by the words after it (employerName).
func employerCluster(c *cluster) bool {
	for _, m := range c.ments {
		if m.employer {
			return true
		}
	}
	return false
}

// missedEmployers finds capitalised words the name tagger left out right
// before a capitalised post that starts with a title ("Orrin Dynamics
// Chief Legal Officer Priya Sandhu", "Harlow Chief Customer Officer Juno
// Petrak"), with no known given name first and none of the spans found:
// the employer, an organisation.
func (lx *Lexicons) missedEmployers(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	for k := 1; k < len(toks); k++ {
		if !di.capital[k] || lx.honorific(di, k) == "" || !lx.capitalPost(di, k, toks[k].Sentence) {
			continue
		}
		s := k
		for s > 0 && toks[s-1].Sentence == toks[k].Sentence && isCap(toks[s-1].Text) && isAlphaWord(toks[s-1].Text) && toks[s-1].NER == "O" &&
			lx.honorific(di, s-1) == "" && !di.is(lx, cueCapstop, s-1) {
			s--
		}
		if s == k || lx.personalWords(toks[s].Text, k-s) || coveredBy(have, s, k) || k-s == 1 && lx.postWordAlone(di, s) {
			continue
		}
		out = append(out, [3]int{s, k, nerORG})
	}
	return out
}

// postWordAlone reports whether token s, alone before a post, belongs to
// the post or names no one: a qualifier ("Interim"), a trade or role
// ("Executive"), or a word of organisations' names alone ("Group Chief
// Executive Officer").
func (lx *Lexicons) postWordAlone(di *docInfo, s int) bool {
	if di.is(lx, cueRoleQualifier, s) || di.orgWordAt(lx, s) {
		return true
	}
	n, ok := di.nounAt(lx, s)
	return ok && (n.isRole || n.isOcc)
}

// capitalPost reports whether a capitalised post that starts with the
// title at token k of sentence sent follows: one of data/roles.tsv
// ("Chief Operating Officer") or a title, capitalised words and a trade
// or role noun ("Chief Legal Officer").
func (lx *Lexicons) capitalPost(di *docInfo, k, sent int) bool {
	toks := di.doc.Tokens
	for e := k + 2; e <= k+4 && e <= len(toks) && toks[e-1].Sentence == sent && isCap(toks[e-1].Text); e++ {
		if lx.postName(di, k, e) || e-k >= 3 && lx.postMiddle(di, k+1, e-1, sent) {
			return true
		}
	}
	return false
}

// coveredBy reports whether a span of have shares a token with [a, b).
func coveredBy(have [][3]int, a, b int) bool {
	for _, s := range have {
		if s[0] < b && a < s[1] {
			return true
		}
	}
	return false
}

// missedFirmSubjects finds a one-word name the name tagger left out at the
// start of a sentence, where it tags few names, that the clause after it
// shows to be a firm's: an appointing verb (cue class appoint-verb, after
// "has" or "have") and a capitalised name ("Ryanair has appointed Tom
// Berry as ..."), or a verb of cue class speech-verb or org-speech-verb
// and, within six words and before any person's pronoun, "it" or "its"
// ("Nokia said on Tuesday it would cut 2,000 jobs", "Tessaly confirmed
// that its finance director had left"); a company of the name tagger's
// lists needs only a verb after it ("Deloitte confirmed the move"). A
// proper noun only, with no given
// name, demonym, country or region, no word the document writes in
// lowercase and no word of a person's name found in the document.
func (lx *Lexicons) missedFirmSubjects(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	var inPerson map[string]bool
	for _, c := range di.capToks {
		a := int(c)
		if toks[a].NER != "O" || !lx.firmSubjectAt(di, a) || coveredBy(have, a, a+1) {
			continue
		}
		if inPerson == nil {
			inPerson = personWords(di, have, 1)
		}
		if !inPerson[toks[a].Text] {
			out = append(out, [3]int{a, a + 1, nerORG})
		}
	}
	return out
}

// retypeFirmSubjects makes an organisation's a one-word name the name
// tagger took for a person's or a miscellaneous one at the start of a
// sentence when the clause after it says what a firm does ("Dorvane said
// it would close the plant", as missedFirmSubjects reads it), and the
// other one-word spans of the same word ("a Dorvane spokesman"), when no
// person's name of two words or more in the document holds the word
// ("Anna Kemp ... Kemp said it was hard" stays the person).
func (lx *Lexicons) retypeFirmSubjects(di *docInfo, spans [][3]int) {
	toks := di.doc.Tokens
	var firms, inPerson map[string]bool
	for _, s := range spans {
		if !oneWordPersonOrMisc(s) || !lx.firmSubjectAt(di, s[0]) {
			continue
		}
		if inPerson == nil {
			inPerson, firms = personWords(di, spans, 2), map[string]bool{}
		}
		if w := toks[s[0]].Text; !inPerson[w] {
			firms[w] = true
		}
	}
	for i, s := range spans {
		if len(firms) > 0 && oneWordPersonOrMisc(s) && firms[toks[s[0]].Text] {
			spans[i][2] = nerORG
		}
	}
}

// oneWordPersonOrMisc reports whether span s is of one word tagged as a
// person's or a miscellaneous name.
func oneWordPersonOrMisc(s [3]int) bool {
	return s[1]-s[0] == 1 && (s[2] == nerPER || s[2] == nerMISC)
}

// personWords returns the words of the person spans of at least least
// words.
func personWords(di *docInfo, spans [][3]int, least int) map[string]bool {
	in := map[string]bool{}
	for _, s := range spans {
		for k := s[0]; s[2] == nerPER && s[1]-s[0] >= least && k < s[1]; k++ {
			in[di.doc.Tokens[k].Text] = true
		}
	}
	return in
}

// firmSubjectAt reports whether token a is a one-word proper noun at the
// start of its sentence that the clause after it shows to be a firm's
// (see missedFirmSubjects): no given name, demonym, country or region and
// no word the document writes in lowercase.
func (lx *Lexicons) firmSubjectAt(di *docInfo, a int) bool {
	toks := di.doc.Tokens
	if !di.initial[a] || a+2 >= len(toks) || toks[a+1].Sentence != toks[a].Sentence ||
		!strings.HasPrefix(toks[a].XPOS, "NN") || !isAlphaWord(toks[a].Text) || isCap(toks[a+1].Text) {
		return false
	}
	w, low := toks[a].Text, di.lower[a]
	// the clause first: it rules out most sentence-initial nouns at
	// the cost of a few words, before the lists are looked up
	if company := lx.knownCompany(w); !company && !strings.HasPrefix(toks[a].XPOS, "NNP") ||
		!lx.firmClauseAfter(di, a+1, toks[a].Sentence) && !(company && verbAt(di, a+1)) {
		return false
	}
	if _, given := lx.nameGender(w); given || di.is(lx, cueCapstop, a) || di.is(lx, cueNotAName, a) || di.seenLower(low) ||
		lx.isCountry(w) || lx.isLower(cueCountryName, w) || lx.region(w) != "" {
		return false
	}
	_, dem := di.demonym(lx, a)
	return !dem
}

// knownCompany reports whether w is a one-word company name of the name
// tagger's lists ("Nokia", "Deloitte").
func (lx *Lexicons) knownCompany(w string) bool {
	return lx.outlets != nil && lx.outlets.KnownCompany(w)
}

// verbAt reports whether token k is a verb or a modal by its
// part-of-speech tag.
func verbAt(di *docInfo, k int) bool {
	t := di.doc.Tokens[k].XPOS
	return strings.HasPrefix(t, "VB") || t == "MD"
}

// firmClauseAfter reports whether the words from token k of sentence sent
// say what a firm does (missedFirmSubjects): "has appointed" and a
// capitalised name, or a speech verb and "it" or "its" within six words,
// or a word of cue class org-poss-after within four ("announced record
// profits"), before a person's pronoun or a capitalised word outside a
// time expression.
func (lx *Lexicons) firmClauseAfter(di *docInfo, k, sent int) bool {
	toks, low := di.doc.Tokens, di.lower
	if low[k] == "has" || low[k] == "have" {
		k++
	}
	if k+1 >= len(toks) || toks[k+1].Sentence != sent {
		return false
	}
	if di.is(lx, cueAppointVerb, k) {
		return isCap(toks[k+1].Text) && isAlphaWord(toks[k+1].Text)
	}
	if !di.is(lx, cueSpeechVerb, k) && !di.is(lx, cueOrgSpeechVerb, k) {
		return false
	}
	for j := k + 1; j <= k+6 && j < len(toks) && toks[j].Sentence == sent; j++ {
		if j <= k+4 && toks[j].Text == low[j] && di.is(lx, cueOrgPossAfter, j) {
			return true // "Quorvel said shares rose", "Tessaly announced record profits"
		}
		switch low[j] {
		case "it", "its":
			return true
		case "he", "she", "his", "her", "i", "we", "my", "our", "they", "their":
			return false
		}
		if isCap(toks[j].Text) && !inTimex(di.doc, toks[j].Span) {
			return false
		}
	}
	return false
}

// missedPostBodies finds a name of one or two proper nouns the name tagger
// left out right before a lowercase post of cue class team-role or
// org-poss-after and a person's name ("Tesco boss Ken Murphy", "Brenwick
// chairman Tom Hale", "Harlow chief executive Piers Dane"), as it may at
// the start of a sentence: the body the post is held in, an organisation.
// Not a known place, country or region, a given name, a demonym or a word
// the document writes in lowercase ("Party chairman Tom Hale ... the
// party's members").
func (lx *Lexicons) missedPostBodies(di *docInfo, have [][3]int) [][3]int {
	toks := di.doc.Tokens
	var out [][3]int
	for _, s := range lx.freeCapSpans(di, have) {
		a, b := s[0], s[1]
		if b-a > 2 || b >= len(toks) || toks[b].Sentence != toks[a].Sentence || !lx.postThenPerson(di, b, toks[a].Sentence) && !lx.leagueTradeThenPerson(di, a, b) {
			continue // the post and its holder after the name first: most names have neither
		}
		untagged := true
		for k := a; k < b; k++ {
			untagged = untagged && toks[k].NER == "O" && strings.HasPrefix(toks[k].XPOS, "NNP") && !di.is(lx, cueCapstop, k) && !di.seenLower(di.lower[k])
		}
		if !untagged || lx.names[di.lower[a]] != 0 {
			continue
		}
		name := strings.Join(textsOf(toks[a:b]), " ")
		if _, dem := di.demonym(lx, a); dem || lx.isCountry(name) || lx.isLower(cueCountryName, name) || lx.region(name) != "" ||
			lx.outlets != nil && lx.outlets.KnownPlace(name) {
			continue
		}
		out = append(out, [3]int{a, b, nerORG})
	}
	return out
}

// leagueTradeThenPerson reports whether the name [a, b) ends in a word of
// cue class league-head and a lowercase occupation noun and a name the
// tagger took for a person's or a given name follow it ("Premier League
// footballer Dion Mensah"): the league's player.
func (lx *Lexicons) leagueTradeThenPerson(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	if b-a < 2 || b+1 >= len(toks) || !lx.isLower(cueLeagueHead, di.lower[b-1]) || toks[b].Text != di.lower[b] || toks[b+1].Sentence != toks[b].Sentence {
		return false
	}
	if _, given := lx.names[di.lower[b+1]]; toks[b+1].NER != "B-PER" && !(given && isCap(toks[b+1].Text)) {
		return false
	}
	info, ok := di.nounAt(lx, b)
	return ok && info.isOcc
}

// postThenPerson reports whether a lowercase post of one to three words of
// cue class team-role or org-poss-after starts at token k of sentence sent,
// followed by a name the tagger took for a person's ("boss Ken Murphy",
// "chief executive Piers Dane").
func (lx *Lexicons) postThenPerson(di *docInfo, k, sent int) bool {
	toks := di.doc.Tokens
	for n := 1; n <= 3 && k+n < len(toks) && toks[k+n-1].Sentence == sent; n++ {
		if toks[k+n-1].Text != di.lower[k+n-1] {
			return false
		}
		if !di.isPhrase(lx, cueTeamRole, k, k+n) && !di.isPhrase(lx, cueOrgPossAfter, k, k+n) {
			continue
		}
		return toks[k+n].Sentence == sent && toks[k+n].NER == "B-PER"
	}
	return false
}
