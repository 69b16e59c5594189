package fact

import (
	"regexp"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay"
)

// homeFieldWords label the field of a fact box or a candidate's bio that
// gives where the person lives ("Residence: Kohler", "Hometown: Ely").
var homeFieldWords = wordSet("homefields")

// homeField reads the home field of person p's profile (see profile),
// sentence si with its colon at token colon ("Residence: Ely, since 2016;
// previously Leeds"): a residence for the place the field names, starting
// with the year after "since", and one ending then for a place after
// "previously". The place is the name the field gives, whatever type the
// tagger gave it: the field says it is a place.
func homeField(doc *hearsay.Document, si, colon, p int) []hearsay.Fact {
	st := doc.Sentences[si]
	home := mentionAt(doc, colon+1, si)
	if home < 0 || doc.Mentions[home].Entity == p {
		return nil
	}
	end := mentionEndToken(doc, home, colon+1)
	since := ""
	if end+2 < st.EndToken && doc.Tokens[end].Text == "," && strings.EqualFold(doc.Tokens[end+1].Text, "since") {
		since = yearAt(doc, end+2)
		end += 3
	}
	trig := hearsay.Span{Start: doc.Tokens[st.FirstToken].Start, End: doc.Tokens[colon].End}
	out := []hearsay.Fact{homeFact(doc, p, doc.Mentions[home].Entity, si, trig, &hearsay.FactTime{Start: since, Timex: -1}, "homefield")}
	if since == "" || end+2 >= st.EndToken || doc.Tokens[end].Text != ";" || !strings.EqualFold(doc.Tokens[end+1].Text, "previously") {
		return out
	}
	if prev := mentionAt(doc, end+2, si); prev >= 0 && doc.Mentions[prev].Entity != p {
		out = append(out, homeFact(doc, p, doc.Mentions[prev].Entity, si, trig, &hearsay.FactTime{End: since, Timex: -1}, "homefield"))
	}
	return out
}

// signatureHomes reads the signature of a letter to the editor, a line that
// is only the writer's name and the place they write from ("Rev Tom Dale,
// Ely, Cambridgeshire", "— Jean Brennock, Ely"): a residence of the writer,
// in the paper's voice. Up to two words (a title) may stand before the name.
func signatureHomes(doc *hearsay.Document) []hearsay.Fact {
	var out []hearsay.Fact
	for si, st := range doc.Sentences {
		n := st.EndToken - st.FirstToken
		if n < 3 || n > 12 || st.EndToken > len(doc.Tokens) || doc.Skipped(st.Span) {
			continue
		}
		t := st.FirstToken
		if dashWord(doc.Tokens[t].Text) {
			t++
		}
		m := -1
		for k := t; k < st.EndToken && k <= t+2 && m < 0; k++ {
			if m = mentionAt(doc, k, si); m < 0 && !capitalized(doc.Tokens[k].Text) {
				break
			}
		}
		if m < 0 || doc.Mentions[m].Kind != hearsay.NameMention || doc.Entities[doc.Mentions[m].Entity].Type != hearsay.Person {
			continue
		}
		end := mentionEndToken(doc, m, t)
		if end+1 >= st.EndToken || doc.Tokens[end].Text != "," {
			continue
		}
		home := mentionAt(doc, end+1, si)
		if home < 0 || !placeLike(doc, home) || !onlyPlacesAfter(doc, home, end+1, st.EndToken, si) {
			continue
		}
		trig := doc.Tokens[end].Span
		out = append(out, homeFact(doc, doc.Mentions[m].Entity, doc.Mentions[home].Entity, si, trig, nil, "signature"))
	}
	return out
}

// dashWord reports whether w is a dash that opens a signature.
func dashWord(w string) bool {
	return w == "—" || w == "–" || w == "-" || w == "--"
}

// capitalized reports whether w begins with an upper-case ASCII letter (a
// title before a name: "Rev", "Cllr", "Dr").
func capitalized(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// placeLike reports whether mention m names a place (or a name the tagger
// left miscellaneous), not a person or an organisation.
func placeLike(doc *hearsay.Document, m int) bool {
	e := doc.Mentions[m].Entity
	if e < 0 {
		return false
	}
	switch doc.Entities[e].Type {
	case hearsay.Place, hearsay.Misc:
		return true
	}
	return false
}

// onlyPlacesAfter reports whether the tokens of sentence si from the place
// mention m (starting at token from) to end hold only places set off by
// commas and a closing full stop ("Ely, Cambridgeshire").
func onlyPlacesAfter(doc *hearsay.Document, m, from, end, si int) bool {
	k := mentionEndToken(doc, m, from)
	for k < end {
		switch w := doc.Tokens[k].Text; {
		case w == "." && k == end-1:
			return true
		case w == "," && k+1 < end:
			n := mentionAt(doc, k+1, si)
			if n < 0 || !placeLike(doc, n) {
				return false
			}
			k = mentionEndToken(doc, n, k+1)
		default:
			return false
		}
	}
	return true
}

// mentionAt returns the index of the mention of sentence si (no pronoun)
// that starts at token t, -1 when none does.
func mentionAt(doc *hearsay.Document, t, si int) int {
	if t >= len(doc.Tokens) {
		return -1
	}
	start := doc.Tokens[t].Start
	for ix := firstMentionAt(doc, start); ix < len(doc.Mentions) && doc.Mentions[ix].Start == start; ix++ {
		if m := &doc.Mentions[ix]; m.Sentence == si && m.Entity >= 0 && m.Kind != hearsay.PronounMention {
			return ix
		}
	}
	return -1
}

// mentionEndToken returns the token after mention m, which starts at token
// t.
func mentionEndToken(doc *hearsay.Document, m, t int) int {
	end := doc.Mentions[m].End
	for t < len(doc.Tokens) && doc.Tokens[t].Start < end {
		t++
	}
	return t
}

// yearAt returns the four-digit year at token t, "" when there is none.
func yearAt(doc *hearsay.Document, t int) string {
	w := doc.Tokens[t].Text
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return ""
	}
	for i := range len(w) {
		if w[i] < '0' || w[i] > '9' {
			return ""
		}
	}
	return w
}

// homeFact returns the residence of person p at place, told by sentence si.
func homeFact(doc *hearsay.Document, p, place, si int, trig hearsay.Span, t *hearsay.FactTime, rule string) hearsay.Fact {
	if t != nil && t.Start == "" && t.End == "" {
		t = nil
	}
	return hearsay.Fact{Type: "residence", Args: []hearsay.Arg{entArg(doc, p), entArg(doc, place)}, Time: t,
		Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: si, Evidence: []int{si}, Trigger: trig, Rule: rule}
}

// dropHomeWhereabouts removes an undated whereabouts (located_at) of a
// person at a place that the same sentence gives as the home the person
// moved to at a time it tells ("writes from Nairobi, where he moved in
// 2024"): the place is told as where the person lives, not as where they
// were at some moment. An undated home leaves the whereabouts ("spent the
// weekend at their Montecito home").
func dropHomeWhereabouts(facts []hearsay.Fact) []hearsay.Fact {
	type key struct{ person, place, sent int }
	homes := map[key]bool{}
	for i := range facts {
		f := &facts[i]
		if f.Type == "residence" && f.Time != nil && f.Time.Start != "" && len(f.Args) == 2 && f.Args[0].Entity >= 0 && f.Args[1].Entity >= 0 && f.Polarity == hearsay.Pos {
			homes[key{f.Args[0].Entity, f.Args[1].Entity, f.Sentence}] = true
		}
	}
	if len(homes) == 0 {
		return facts
	}
	out := facts[:0]
	for _, f := range facts {
		if f.Type == "located_at" && f.Time == nil && len(f.Args) == 2 && homes[key{f.Args[0].Entity, f.Args[1].Entity, f.Sentence}] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// talkWords are the words that make a meeting one of business or state
// (data/classes.tsv): "met on Monday to discuss the budget".
var talkWords = wordSet("talkwords")

// maxTalkDays is how many days before the article a meeting of business or
// state may lie: the news of the day, not a first meeting years ago.
const maxTalkDays = 31

// dropTalks removes a meeting (met) that its sentence tells as talks of
// business or state, with a word of talkWords, dated near the article or
// not at all ("X met Y on Monday for talks on the budget"): met is when
// two people first met, not a meeting between them.
func dropTalks(doc *hearsay.Document, facts []hearsay.Fact) []hearsay.Fact {
	out := facts[:0]
	for _, f := range facts {
		if f.Type == "met" && recentOrUndated(doc, f.Time) && talkIn(doc, f.Sentence) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// recentOrUndated reports whether time t is missing or lies within
// maxTalkDays before the article's date (or after it).
func recentOrUndated(doc *hearsay.Document, t *hearsay.FactTime) bool {
	if t.IsZero() {
		return true
	}
	d := t.Latest
	if d == "" {
		d = t.Value
	}
	at, err := time.Parse("2006-01-02", d)
	if err != nil {
		return t.Value == "PRESENT_REF"
	}
	return !at.Before(doc.Date.AddDate(0, 0, -maxTalkDays))
}

// meetAgain are the words that make a meeting one again right after a
// verb of meeting (meetVerbs): "met again".
var (
	meetAgain = wordSet("meetagain")
	meetVerbs = wordSet("meetverbs")
)

// meetingBefore reports whether a verb of meeting (meetVerbs) stands
// within three tokens before token k, from token first on: "they met up
// again", not "found love again when she met X".
func meetingBefore(doc *hearsay.Document, k, first int) bool {
	var buf [24]byte
	for j := k - 1; j >= first && j >= k-3; j-- {
		if meetVerbs[string(appendLower(buf[:0], doc.Tokens[j].Text))] {
			return true
		}
	}
	return false
}

// talkIn reports whether sentence si holds a word of talkWords.
func talkIn(doc *hearsay.Document, si int) bool {
	if si < 0 || si >= len(doc.Sentences) {
		return false
	}
	st := doc.Sentences[si]
	var buf [24]byte
	for k := st.FirstToken; k < st.EndToken && k < len(doc.Tokens); k++ {
		w := appendLower(buf[:0], doc.Tokens[k].Text)
		if talkWords[string(w)] || meetAgain[string(w)] && meetingBefore(doc, k, st.FirstToken) {
			return true
		}
	}
	return false
}

// engagedInActivity matches "engaged in" before an activity ("engaged in
// talks", "engaged in a bitter feud"): lower-case words after it, or "a"
// or "an".
var engagedInActivity = regexp.MustCompile(`\bengaged in (?:an? |[a-z]+\b)`)

// engagedInPlaceWords are the lower-case words after "engaged in" that
// still tell an engagement ("got engaged in secret", "engaged in the
// Maldives").
var engagedInPlaceWords = map[string]bool{"the": true, "secret": true, "private": true, "their": true, "his": true, "her": true, "front": true}

// dropEngagedIn removes an engagement read from a sentence where
// "engaged in" tells an activity ("the two sides are engaged in talks"):
// engaging in something is no promise of marriage.
func dropEngagedIn(doc *hearsay.Document, facts []hearsay.Fact) []hearsay.Fact {
	out := facts[:0]
	for _, f := range facts {
		if f.Type == "engaged" && !f.Derived && engagedInSentence(doc, f.Sentence) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// engagedInSentence reports whether sentence si says "engaged in" before
// an activity and nowhere "engaged to" or "engagement".
func engagedInSentence(doc *hearsay.Document, si int) bool {
	if si < 0 || si >= len(doc.Sentences) {
		return false
	}
	sp := doc.Sentences[si].Span
	if sp.Start < 0 || sp.End > len(doc.Text) {
		return false
	}
	text := doc.Text[sp.Start:sp.End]
	if strings.Contains(text, "engaged to") || strings.Contains(strings.ToLower(text), "engagement") {
		return false
	}
	for _, m := range engagedInActivity.FindAllString(text, -1) {
		w := strings.TrimSpace(strings.TrimPrefix(m, "engaged in "))
		if !engagedInPlaceWords[w] {
			return true
		}
	}
	return false
}
