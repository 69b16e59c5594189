package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// A transcript is the layout of a broadcast or hearing transcript: lines
// that open with the speaker's name in capitals and a colon ("KERRY
// VANCE: I joined the crew in 1998."), the line's sentences all the
// speaker's. Each speaker is the source of what they say, and "I" and "my"
// are the speaker, as in a quotation; the presenter's lines (the speaker
// the standfirst or the facts call a presenter or host) speak in the
// programme's voice.
type transcript struct {
	speaker []int          // by sentence: the entity speaking, -1 for none
	label   []hearsay.Span // by sentence: the speaker's label ("KERRY VANCE:")
}

// minSpeakerLines is how many lines opened by a speaker's label, and
// minSpeakers how many speakers, make a document a transcript.
const (
	minSpeakerLines = 4
	minSpeakers     = 2
)

// presenterNouns are the occupations of a transcript's presenter.
var presenterNouns = wordSet("presenternouns")

// transcriptOf returns the transcript layout of the document, or nil when
// the document is not laid out as speakers' lines. A speaker's label names
// a person; a name the mention stage typed otherwise is taken for a person
// when it labels two lines or more (a speaker), and retyped.
func transcriptOf(doc *hearsay.Document) *transcript {
	n := len(doc.Sentences)
	var labels []int // by sentence: the label's mention, -1 for none
	count := map[int]int{}
	for si := range doc.Sentences {
		m := speakerLabel(doc, si)
		if m < 0 {
			continue
		}
		if labels == nil {
			labels = make([]int, n)
			for i := range labels {
				labels[i] = -1
			}
		}
		labels[si] = m
		count[doc.Mentions[m].Entity]++
	}
	persons, lines := 0, 0
	for e, c := range count {
		if doc.Entities[e].Type == hearsay.Person || c >= 2 {
			lines += c
			persons++
		}
	}
	if lines < minSpeakerLines || persons < minSpeakers {
		return nil
	}
	presenter := presenterOf(doc)
	tr := &transcript{speaker: make([]int, n), label: make([]hearsay.Span, n)}
	cur, curLabel := -1, hearsay.Span{}
	for si := range doc.Sentences {
		switch {
		case labels[si] >= 0:
			m := &doc.Mentions[labels[si]]
			e := m.Entity
			if doc.Entities[e].Type != hearsay.Person && count[e] < 2 {
				cur = -1
				break
			}
			retypePerson(doc, e)
			cur, curLabel = e, m.Span
			if e == presenter {
				cur = -1
			}
		case si > 0 && strings.Contains(doc.Text[doc.Sentences[si-1].End:doc.Sentences[si].Start], "\n"):
			cur = -1 // a new line with no label: the speaker's turn is over
		}
		tr.speaker[si], tr.label[si] = cur, curLabel
	}
	return tr
}

// speakerLabel returns the mention that opens sentence si as a speaker's
// label: a name in capitals right before a colon; -1 when there is none.
func speakerLabel(doc *hearsay.Document, si int) int {
	s := doc.Sentences[si]
	end := min(s.EndToken, len(doc.Tokens))
	colon := -1
	for k := s.FirstToken; k < end && k < s.FirstToken+5; k++ {
		if doc.Tokens[k].Text == ":" {
			colon = k
			break
		}
	}
	if colon <= s.FirstToken {
		return -1
	}
	label := doc.Text[s.Start:doc.Tokens[colon-1].End]
	if strings.ToUpper(label) != label || strings.ToLower(label) == label {
		return -1
	}
	for ix := firstMentionAt(doc, s.Start); ix < len(doc.Mentions) && doc.Mentions[ix].Start == s.Start; ix++ {
		m := &doc.Mentions[ix]
		if m.Sentence == si {
			if m.End != doc.Tokens[colon-1].End || m.Entity < 0 || m.Entity >= len(doc.Entities) || m.Kind != hearsay.NameMention {
				return -1
			}
			return ix
		}
	}
	return -1
}

// presenterOf returns the person an occupation fact of the mention stage
// calls a presenter or host ("Presenter Ann Lowe speaks to ..."), -1 when
// there is none.
func presenterOf(doc *hearsay.Document) int {
	for i := range doc.Facts {
		f := &doc.Facts[i]
		if f.Type == "occupation" && len(f.Args) == 2 && f.Args[0].Entity >= 0 && presenterNouns[strings.ToLower(f.Args[1].Literal)] {
			return f.Args[0].Entity
		}
	}
	return -1
}

// retypePerson makes entity e, a speaker, a person, with its mentions.
func retypePerson(doc *hearsay.Document, e int) {
	ent := &doc.Entities[e]
	if ent.Type == hearsay.Person {
		return
	}
	ent.Type = hearsay.Person
	for _, ix := range ent.Mentions {
		if ix >= 0 && ix < len(doc.Mentions) {
			doc.Mentions[ix].Type = hearsay.Person
		}
	}
}

// frame returns the attribution of sentence s of a speaker's turn: the
// speaker speaks, as in a quotation, so that "I", "me" and "my" are them.
// It is nil outside the turns of the speakers other than the presenter.
func (tr *transcript) frame(doc *hearsay.Document, s *sent) *frame {
	e := tr.speaker[s.idx]
	if e < 0 {
		return nil
	}
	sp := doc.Sentences[s.idx].Span
	if l := tr.label[s.idx]; l.End > sp.Start && l.End <= sp.End {
		sp.Start = l.End // the label is no part of what is said
	}
	return speakerFrame(doc, s, e, tr.label[s.idx], sp)
}

// attribute gives the facts already in the document (the mention stage's)
// that a speaker states the speaker as their source, the principal when
// the fact is about them.
func (tr *transcript) attribute(doc *hearsay.Document) {
	attributeSpoken(doc, func(si int) (int, hearsay.Span) {
		if si >= len(tr.speaker) {
			return -1, hearsay.Span{}
		}
		return tr.speaker[si], tr.label[si]
	})
}
