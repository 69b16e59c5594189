package fact

import (
	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/entity"
	"github.com/hearsay-news/hearsay/text"
)

// An interview is the layout of a question-and-answer article: paragraphs
// that only ask ("Where did you grow up?", "Q: How did you start?") each
// followed by the answer of one person, who speaks in the first person
// without quotation marks. The person answering is the one the standfirst
// before the first question names most often.
type interview struct {
	subject int          // the entity who answers
	span    hearsay.Span // where the standfirst names them
	answer  []bool       // by sentence: whether it is part of an answer
}

// interviewOf returns the interview layout of the document
// (entity.InterviewAnswers), or nil when the document is not laid out as
// questions and answers or names no one before the first question.
func interviewOf(doc *hearsay.Document) *interview {
	answers, first := entity.InterviewAnswers(doc)
	if answers == nil {
		return nil
	}
	subject, span := standfirstPerson(doc, doc.Sentences[first].Start)
	if subject < 0 {
		return nil
	}
	return &interview{subject: subject, span: span, answer: answers}
}

// paragraphStarts reports by sentence whether a paragraph starts with it
// (text.ParagraphBreak; the first sentence starts one).
func paragraphStarts(doc *hearsay.Document) []bool {
	out := make([]bool, len(doc.Sentences))
	prev := doc.Body.Start
	for i, s := range doc.Sentences {
		out[i] = i == 0 || text.ParagraphBreak(doc, prev, s.Start)
		prev = s.End
	}
	return out
}

// standfirstPerson returns the person named most often by name before
// offset end (the first named on a tie), and the span of their first name
// mention; -1 when none is named.
func standfirstPerson(doc *hearsay.Document, end int) (int, hearsay.Span) {
	count := map[int]int{}
	best, bestN := -1, 0
	var span hearsay.Span
	for _, m := range doc.Mentions {
		if m.Start >= end || m.Entity < 0 || m.Kind != hearsay.NameMention || doc.Entities[m.Entity].Type != hearsay.Person {
			continue
		}
		count[m.Entity]++
		if count[m.Entity] > bestN {
			if m.Entity != best {
				span = m.Span
			}
			best, bestN = m.Entity, count[m.Entity]
		}
	}
	return best, span
}

// frame returns the attribution of an answer sentence: the person answering
// speaks, as in a quotation, so that "I", "me" and "my" are that person.
func (iv *interview) frame(doc *hearsay.Document, s *sent) *frame {
	return speakerFrame(doc, s, iv.subject, iv.span, doc.Sentences[s.idx].Span)
}

// speakerFrame is the attribution of what speaker e, named at label, says
// over scope, as in a quotation: "I", "me" and "my" are the speaker.
func speakerFrame(doc *hearsay.Document, s *sent, e int, label, scope hearsay.Span) *frame {
	return &frame{scope: scope, chain: []hearsay.Source{speakerSource(doc, e, label)}, verb: "said", subject: label, s: s, quoted: true}
}

// speakerSource is speaker e, named at label, as a source.
func speakerSource(doc *hearsay.Document, e int, label hearsay.Span) hearsay.Source {
	return hearsay.Source{Text: doc.Entities[e].Name, Kind: hearsay.NamedSource, Entity: e, Span: label}
}

// attributeSpoken gives each fact already in the document (the mention
// stage's) with no source whose sentence a speaker says (speaker returns
// the speaker and their label, or -1) that speaker as its source, the
// principal when the fact is about them.
func attributeSpoken(doc *hearsay.Document, speaker func(si int) (int, hearsay.Span)) {
	for i := range doc.Facts {
		f := &doc.Facts[i]
		if len(f.Sources) > 0 || f.Sentence < 0 {
			continue
		}
		if e, label := speaker(f.Sentence); e >= 0 {
			f.Sources = principalize([]hearsay.Source{speakerSource(doc, e, label)}, f.Args)
		}
	}
}

// attribute gives the facts already in the document (the mention stage's)
// that an answer states in its own voice the person answering as their
// source, the principal when the fact is about them.
func (iv *interview) attribute(doc *hearsay.Document) {
	attributeSpoken(doc, func(si int) (int, hearsay.Span) {
		if si >= len(iv.answer) || !iv.answer[si] {
			return -1, hearsay.Span{}
		}
		return iv.subject, iv.span
	})
}

// we returns whom "we" and "our" stand for in an answer: the person
// answering and the partner of the last couple read with them ("My husband,
// Tom, is a paramedic. We met in 2011"), else group.
func (iv *interview) we(raws []*raw, group []int) []int {
	for i := len(raws) - 1; i >= 0; i-- {
		f := raws[i].f
		if !isRelation(f.Type) && f.Type != "met" || raws[i].echo || len(f.Args) != 2 || f.Args[0].Entity < 0 || f.Args[1].Entity < 0 {
			continue
		}
		if f.Args[0].Entity == iv.subject || f.Args[1].Entity == iv.subject {
			return []int{min(f.Args[0].Entity, f.Args[1].Entity), max(f.Args[0].Entity, f.Args[1].Entity)}
		}
	}
	return group
}
