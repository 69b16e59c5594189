package fact

import (
	"bytes"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// nearOrg returns the one organisation named near a change of office whose
// organisation the text leaves out: the only one its sentence names before
// the change, else
// the only one the sentence before names when both are in one paragraph
// and that sentence names a person too
// ("The Dunholm Hospitals Trust has appointed X as its medical director. He
// replaces Y, who retired in August": the trust, not the firm a round-up
// of moves opens with); -1 when none or several are, or it is a news
// outlet.
func nearOrg(doc *hearsay.Document, rw *raw) int {
	if rw.s == nil || rw.s.idx < 0 || rw.s.idx >= len(doc.Sentences) {
		return -1
	}
	here := rw.s.mentionsHere()
	if _, n := orgsIn(doc, here); n > 0 {
		var before []int // an organisation named after the change is another story's ("for the trip to X")
		for _, ix := range here {
			if doc.Mentions[ix].Start < rw.f.Trigger.Start {
				before = append(before, ix)
			}
		}
		e, n := orgsIn(doc, before)
		if n != 1 || !leaving(rw.f.Type) && leftBetween(doc, e, rw) {
			return -1 // "left X to take up the role of ...": the post taken is elsewhere
		}
		if leaving(rw.f.Type) && joinedFrom(doc, e, rw) {
			return -1 // "X, who joined from Y in 2024, will step down": Y is the employer before
		}
		if describedWith(doc, e, before) {
			return -1 // "X, managing director of Y, was elected president": Y only says who X is
		}
		return e
	}
	for i := rw.s.idx; i > 0 && rw.s.idx-i < nearOrgReach; i-- {
		if text.ParagraphBreak(doc, doc.Sentences[i-1].End, doc.Sentences[i].Start) {
			return -1 // a new paragraph, a new story of the round-up
		}
		prev := rw.s.mentionsOf(i - 1)
		person := false // the sentence tells of someone at the organisation, not of the organisation alone
		for _, ix := range prev {
			m := &doc.Mentions[ix]
			person = person || m.Entity >= 0 && m.Entity < len(doc.Entities) && doc.Entities[m.Entity].Type == hearsay.Person
		}
		if e, n := orgsIn(doc, prev); n == 1 && person {
			return e
		} else if n > 0 {
			return -1
		}
	}
	return -1
}

// describedWith reports whether every mention of organisation e among ms
// stands in the description of a person (see inPersonDescription).
func describedWith(doc *hearsay.Document, e int, ms []int) bool {
	found := false
	for _, ix := range ms {
		m := &doc.Mentions[ix]
		if m.Entity != e {
			continue
		}
		if !inPersonDescription(doc, m) {
			return false
		}
		found = true
	}
	return found
}

// nearOrgReach is how many sentences back in its paragraph nearOrg looks for
// the organisation of a change ("Aldergate Bank has parted ways with X. ...
// X declined to comment. His deputy, Y, becomes acting chief risk officer").
const nearOrgReach = 4

// orgsIn returns an organisation the mentions ms name, and how many
// different ones they name (news outlets aside).
func orgsIn(doc *hearsay.Document, ms []int) (int, int) {
	found, n := -1, 0
	for _, ix := range ms {
		m := &doc.Mentions[ix]
		if m.Entity < 0 || m.Entity >= len(doc.Entities) || m.Kind != hearsay.NameMention {
			continue
		}
		e := &doc.Entities[m.Entity]
		if e.Type != hearsay.Org || newsOrg(*e) || m.Entity == found {
			continue
		}
		found, n = m.Entity, n+1
	}
	return found, n
}

// leavingOrTaking reports whether a fact type is a change of office.
func leavingOrTaking(t string) bool {
	return t == "resigned" || t == "dismissed" || t == "appointed" || t == "elected"
}

// leaveWords are the verbs of leaving an organisation.
var leaveWords = spaced(wordList("leavewords"), " ", " ")

// leftBetween reports whether the text between the mention of organisation
// e and the trigger of rw tells that the person left it ("left X last month
// to take up ...", "poached from X").
func leftBetween(doc *hearsay.Document, e int, rw *raw) bool {
	start := doc.Sentences[rw.s.idx].Start
	from := lastMentionBefore(doc, e, rw)
	if from < 0 {
		from = start
	}
	if from > rw.f.Trigger.Start {
		return false
	}
	var buf [128]byte
	low := appendLower(buf[:0], doc.Text[max(start, from-12):rw.f.Trigger.Start])
	for _, w := range leaveWords {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}

// lastMentionBefore returns the start of the last mention of entity e in
// the sentence of rw before its trigger, -1 when there is none.
func lastMentionBefore(doc *hearsay.Document, e int, rw *raw) int {
	at := -1
	for _, ix := range rw.s.mentionsHere() {
		if m := &doc.Mentions[ix]; m.Entity == e && m.Start < rw.f.Trigger.Start {
			at = m.Start
		}
	}
	return at
}

// joinFromWords name the employer someone came from (class joinfrom).
var joinFromWords = spaced(wordList("joinfrom"), " ", " ")

// joinFromReach is how many bytes before an organisation's name
// joinedFrom looks for the words of joining from it ("joined from the
// regional grocer X").
const joinFromReach = 40

// joinedFrom reports whether the last mention of organisation e before the
// trigger of rw follows words telling that the person came from it ("who
// joined from the grocer X", "was poached from X"), with no comma between.
func joinedFrom(doc *hearsay.Document, e int, rw *raw) bool {
	start := doc.Sentences[rw.s.idx].Start
	at := lastMentionBefore(doc, e, rw)
	if at < 0 {
		return false
	}
	var buf [joinFromReach + 8]byte
	low := appendLower(append(buf[:0], ' '), doc.Text[max(start, at-joinFromReach):at])
	if c := bytes.LastIndexByte(low, ','); c >= 0 {
		low = low[c:] // a word of joining must come after the last comma
	}
	for _, w := range joinFromWords {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}
