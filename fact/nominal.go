package fact

import (
	"strings"
	"unicode"

	hearsay "github.com/hearsay-news/hearsay"
)

// nominalPattern is the rule of memberships read from descriptions.
var nominalPattern = &pattern{typ: "member_of", opts: options{{"trigger", "noun"}, {"state", ""}}, line: "membership in a description"}

// nominalMembers reads memberships from the descriptions the mention stage
// keeps as one mention of a person, whose words no pattern sees: a party's
// name or adjective before a noun of politics ("Gareth Lowe, a Labour MP",
// "the Democratic congresswoman"), or an organisation named before a noun
// of a band's or a team's member ("the Static Harbor frontman").
func (st *Stage) nominalMembers(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := range s.units {
		x := &s.units[i]
		if x.ment < 0 || x.mkind != hearsay.NominalMention || len(x.ents) != 1 || x.etype != hearsay.Person {
			continue
		}
		m := &s.doc.Mentions[x.ment]
		org, ok := st.describedOrg(s.doc, m)
		if !ok {
			continue
		}
		rw := &raw{pat: nominalPattern, s: s, b: new(binding), noun: true, childAge: -1}
		rw.f = hearsay.Fact{Type: "member_of", Args: []hearsay.Arg{entArg(s.doc, x.ents[0]), org}, Polarity: hearsay.Pos,
			Modality: hearsay.Asserted, Sentence: s.idx, Evidence: []int{s.idx}, Trigger: m.Span, Rule: nominalPattern.line}
		st.attribute(rw, frames)
		out = append(out, rw)
	}
	return out
}

// partyBeforeName reads the membership that a party's name or adjective
// written right before a person's name tells ("Conservative Peter Hallam",
// "Labour Tom Baines", "Democrat Ann Lee"), when the mention stage read no
// organisation in the word. A word opening a longer capitalised run
// ("Liberal Democrat Mia Ford") is left alone: its party is not the
// word's own.
func (st *Stage) partyBeforeName(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := 1; i < len(s.units); i++ {
		x := &s.units[i]
		if x.ment < 0 || x.mkind != hearsay.NameMention || len(x.ents) != 1 || x.etype != hearsay.Person {
			continue
		}
		y := &s.units[i-1]
		if y.ment >= 0 || !y.capital || i >= 2 && s.units[i-2].capital && s.units[i-2].ment < 0 {
			continue
		}
		word := s.doc.Text[y.Start:y.End]
		org, ok := st.partyOfWord(s.doc, word)
		if !ok {
			continue
		}
		if org.Entity < 0 {
			org.Literal = word // the party as the text names it, whose name its readers know
		}
		rw := &raw{pat: nominalPattern, s: s, b: new(binding), noun: true, childAge: -1}
		rw.f = hearsay.Fact{Type: "member_of", Args: []hearsay.Arg{entArg(s.doc, x.ents[0]), org}, Polarity: hearsay.Pos,
			Modality: hearsay.Asserted, Sentence: s.idx, Evidence: []int{s.idx}, Trigger: hearsay.Span{Start: y.Start, End: x.End}, Rule: nominalPattern.line}
		st.attribute(rw, frames)
		out = append(out, rw)
	}
	return out
}

// partyAfterName reads the party of a US lawmaker from the letter written
// after the name with the home state or town ("Sen. Ann Lee, D-Mass.",
// "Rep. Tom Hale (R-Texas)"): D is the Democratic Party, R the Republican.
func (st *Stage) partyAfterName(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := 0; i+2 < len(s.units); i++ {
		x := &s.units[i]
		if x.ment < 0 || x.mkind != hearsay.NameMention || len(x.ents) != 1 || x.etype != hearsay.Person {
			continue
		}
		if w := s.units[i+1].word; w != "," && w != "(" {
			continue
		}
		y := &s.units[i+2]
		word, ok := partyLetter(s.doc.Text[y.Start:y.End])
		if !ok || i+3 < len(s.units) && !closesAside(s.units[i+3].word) {
			continue // "Tom Hale, D-Day veteran": no party
		}
		org, ok := st.partyOfWord(s.doc, word)
		if !ok {
			continue
		}
		rw := &raw{pat: nominalPattern, s: s, b: new(binding), noun: true, childAge: -1}
		rw.f = hearsay.Fact{Type: "member_of", Args: []hearsay.Arg{entArg(s.doc, x.ents[0]), org}, Polarity: hearsay.Pos,
			Modality: hearsay.Asserted, Sentence: s.idx, Evidence: []int{s.idx}, Trigger: hearsay.Span{Start: x.Start, End: y.End}, Rule: nominalPattern.line}
		st.attribute(rw, frames)
		out = append(out, rw)
	}
	return out
}

// closesAside reports whether w ends an aside after a name.
func closesAside(w string) bool {
	return w == "," || w == ")" || w == "." || w == ";"
}

// partyLetter returns the party adjective a lawmaker's party letter before
// a state or town stands for ("D-Mass." is Democratic, "R-Boise"
// Republican), and whether the text is one.
func partyLetter(t string) (string, bool) {
	if len(t) < 4 || t[1] != '-' || !unicode.IsUpper(rune(t[2])) {
		return "", false
	}
	switch t[0] {
	case 'D':
		return "Democratic", true
	case 'R':
		return "Republican", true
	}
	return "", false
}

// describedOrg returns the organisation a description of a person names as
// the one the person belongs to ("a Labour MP": Labour), and whether it
// names one. The description's last word is a noun of the
// classes politicsnoun or membernoun of classes.tsv; a party
// comes before a noun of politics, any organisation named inside the
// description before a noun of a band's or team's member.
func (st *Stage) describedOrg(doc *hearsay.Document, m *hearsay.Mention) (hearsay.Arg, bool) {
	words := strings.FieldsFunc(m.Text, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	if len(words) < 2 {
		return hearsay.Arg{}, false
	}
	kind := st.r.members[strings.ToLower(words[len(words)-1])]
	switch kind {
	case "politics":
		for _, w := range words[:len(words)-1] {
			if org, ok := st.partyOfWord(doc, w); ok {
				return org, true
			}
		}
	case "member":
		for i := range doc.Mentions {
			o := &doc.Mentions[i]
			if o.Type == hearsay.Org && o.Entity >= 0 && o.Start >= m.Start && o.End <= m.End {
				return entArg(doc, o.Entity), true
			}
		}
	}
	return hearsay.Arg{}, false
}

// partyOfWord returns the party a capitalised word of a description names
// ("Labour", "Democratic", "Republican"): the organisation of the document
// with that party's name, else the party's usual name for the adjectives of
// the two-party systems (partyAdjectives), and whether it names one.
func (st *Stage) partyOfWord(doc *hearsay.Document, w string) (hearsay.Arg, bool) {
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return hearsay.Arg{}, false
	}
	lw := strings.ToLower(w)
	if !st.r.parties[lw] && partyAdjectives[lw] == "" {
		return hearsay.Arg{}, false
	}
	key := partyKey(lw)
	if k, ok := adjectiveKeys[lw]; ok {
		key = k
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type == hearsay.Org && (partyKey(e.Name) == key || adjectiveKeys[strings.ToLower(e.Name)] == key) {
			return entArg(doc, i), true
		}
	}
	if name := partyAdjectives[lw]; name != "" {
		return hearsay.Arg{Entity: -1, Literal: name}, true
	}
	return hearsay.Arg{}, false
}

// partyAdjectives name the party an adjective stands for when the
// document names it no other way.
var partyAdjectives = map[string]string{"democratic": "Democratic Party", "democrat": "Democratic Party", "republican": "Republican Party",
	"labour": "Labour Party", "conservative": "Conservative Party", "tory": "Conservative Party"}

// adjectiveKeys are the party keys (partyKey) of the adjectives whose word
// differs from the party's name ("democratic" of "Democrats").
var adjectiveKeys = map[string]string{"democratic": "democrat", "democratic party": "democrat", "tory": "conservative", "tories": "conservative"}

// nominalPostPattern is the rule of posts read from descriptions.
var nominalPostPattern = &pattern{typ: "position_held", opts: options{{"trigger", "noun"}, {"state", ""}}, line: "post in a description"}

// nominalPosts reads posts from the descriptions the mention stage keeps as
// one mention of a person, whose words no pattern sees: a role of
// roles.txt that ends the description, or that an organisation named
// inside it follows after "of", "at" or "for" ("Ada Brill, the Orbis Bank
// treasurer,", "Orbis Bank's longtime chief engineer", "the finance
// director of Orbis Bank"). The organisation is the one the description
// names, never a news outlet; a description naming none or several gives
// nothing.
func (st *Stage) nominalPosts(s *sent, frames []*frame) []*raw {
	var out []*raw
	for i := range s.units {
		x := &s.units[i]
		if x.ment < 0 || x.mkind != hearsay.NominalMention || len(x.ents) != 1 || x.etype != hearsay.Person {
			continue
		}
		m := &s.doc.Mentions[x.ment]
		org, ok := describedEmployer(s.doc, m)
		if !ok {
			continue
		}
		role := st.describedRole(s.doc, m, org)
		if role == "" {
			continue
		}
		rw := &raw{pat: nominalPostPattern, s: s, b: new(binding), noun: true, childAge: -1}
		rw.f = hearsay.Fact{Type: "position_held", Args: []hearsay.Arg{entArg(s.doc, x.ents[0]), {Entity: -1, Literal: role}, entArg(s.doc, org.Entity)},
			Polarity: hearsay.Pos, Modality: hearsay.Asserted, Sentence: s.idx, Evidence: []int{s.idx}, Trigger: m.Span, Rule: nominalPostPattern.line}
		st.attribute(rw, frames)
		out = append(out, rw)
	}
	return out
}

// describedEmployer returns the one organisation mention inside a
// description of a person (no news outlet), and whether there is one.
func describedEmployer(doc *hearsay.Document, m *hearsay.Mention) (*hearsay.Mention, bool) {
	var found *hearsay.Mention
	for i := range doc.Mentions {
		o := &doc.Mentions[i]
		if o.Start < m.Start || o.End > m.End || o == m || o.Type == hearsay.Person {
			continue
		}
		if o.Type != hearsay.Org || o.Entity < 0 || newsOrg(doc.Entities[o.Entity]) || found != nil {
			return nil, false
		}
		found = o
	}
	return found, found != nil
}

// describedRole returns the canonical role of roles.txt that a description
// gives its person at the organisation it names: the longest role that ends
// the description after the organisation, or that "of", "at" or "for"
// and the organisation follow; "" when there is none.
func (st *Stage) describedRole(doc *hearsay.Document, m, org *hearsay.Mention) string {
	after := strings.ToLower(doc.Text[org.End:m.End])
	before := strings.ToLower(doc.Text[m.Start:org.Start])
	if ws := descWords(after); len(ws) > 0 {
		return st.roleEnding(ws)
	}
	ws := descWords(before)
	if len(ws) < 2 {
		return ""
	}
	switch ws[len(ws)-1] {
	case "of", "at", "for":
		return st.roleEnding(ws[:len(ws)-1])
	}
	return ""
}

// roleEnding returns the canonical form of the longest role of roles.txt
// that the words end with, or "".
func (st *Stage) roleEnding(ws []string) string {
	for k := max(0, len(ws)-st.r.roleMax); k < len(ws); k++ {
		if v, ok := st.r.roles[strings.Join(ws[k:], " ")]; ok {
			return v
		}
	}
	return ""
}

// descWords splits a stretch of a description into lowercase words without
// the possessive mark, determiners and punctuation around them.
func descWords(t string) []string {
	var out []string
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, ",;:()\"“”")
		if w == "'s" || w == "’s" || w == "'" || w == "’" || w == "" {
			continue
		}
		out = append(out, w)
	}
	return out
}
