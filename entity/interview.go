package entity

import (
	"strings"
	"unicode"

	hearsay "github.com/hearsay-news/hearsay"
)

// minInterviewQuestions is how many question lines, each followed by an
// answer, lay an article out as an interview.
const minInterviewQuestions = 2

// interviewSpeaker links "I", "me" and "my" outside quotation marks in the
// answers of a question-and-answer article (docInfo.answers) to the person
// answering: the person the text before the first question names most
// often ("Sunday Q&A: Ingrid Holt ... How did the job come about?\nThe
// board approached me. My husband, Emeka, told me I'd regret it.").
func (r *resolver) interviewSpeaker() {
	if r.di.answers == nil {
		return
	}
	subject := r.standfirstPerson(r.di.doc.Sentences[r.di.firstQuestion].FirstToken)
	if subject < 0 {
		return
	}
	for _, m := range r.ms {
		if m.kind == hearsay.PronounMention && m.person == 1 && m.number == 's' && m.ent < 0 && !m.quoted && r.di.answers[m.sent] {
			r.join(m, subject)
			m.rule = "pronoun-interview"
		}
	}
}

// InterviewAnswers returns, by sentence, whether it is part of an answer
// of an interview (lines that only ask, each followed by lines that
// answer), and the first question's sentence; nil and -1 when fewer than
// minInterviewQuestions questions are answered, nothing comes before the
// first question, or the lines are a transcript's, labelled with their
// speakers. The fact stage reads the same layout (who says "I joined the
// firm in 2009").
func InterviewAnswers(doc *hearsay.Document) ([]bool, int) {
	sents := doc.Sentences
	asks := 0
	for i := range sents {
		if asksOnly(doc, i) {
			asks++
		}
	}
	if asks < minInterviewQuestions || speakerLabels(doc) >= minInterviewQuestions {
		return nil, -1 // the cheap test every other article fails; a transcript labels each line with its speaker
	}
	answers := make([]bool, len(sents))
	first, answered := -1, 0
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && !lineBreakBefore(doc, j) {
			j++
		}
		question := true
		for k := i; k < j; k++ {
			question = question && asksOnly(doc, k)
		}
		switch {
		case question:
			if first < 0 {
				first = i
			}
		case first >= 0:
			if asksOnly(doc, i-1) {
				answered++
			}
			for k := i; k < j; k++ {
				answers[k] = true
			}
		}
		i = j
	}
	if answered < minInterviewQuestions || first <= 0 {
		return nil, -1
	}
	return answers, first
}

// lineBreakBefore reports whether sentence i starts a line: a question and
// its answer are often set on lines of their own within one paragraph.
func lineBreakBefore(doc *hearsay.Document, i int) bool {
	sents := doc.Sentences
	return i > 0 && strings.Contains(doc.Text[sents[i-1].End:sents[i].Start], "\n")
}

// speakerLabels counts the lines of doc that open with a speaker's label
// other than "Q" and "A" ("TASKER: How did it start?", "Ray Penhallow:
// I was a trawlerman"): the lines of a transcript, where "I" is whoever
// speaks the line.
func speakerLabels(doc *hearsay.Document) int {
	n := 0
	for i := range doc.Sentences {
		if i > 0 && !lineBreakBefore(doc, i) {
			continue
		}
		st := doc.Sentences[i]
		t := doc.Text[st.Start:st.End]
		c := strings.IndexByte(t, ':')
		if c <= 0 || c > maxLabelLen {
			continue
		}
		if label := t[:c]; label != "Q" && label != "A" && isLabel(label) {
			n++
		}
	}
	return n
}

// maxLabelLen is the longest speaker's label speakerLabels reads, in bytes.
const maxLabelLen = 32

// isLabel reports whether s can be a speaker's label: capitalised words
// (letters, spaces, periods, apostrophes and hyphens), no digit.
func isLabel(s string) bool {
	if !isCap(s) {
		return false
	}
	for _, c := range s {
		if !unicode.IsLetter(c) && c != ' ' && c != '.' && c != '\'' && c != '-' {
			return false
		}
	}
	return true
}

// asksOnly reports whether sentence i is an interviewer's question: it
// ends with a question mark, or opens with "Q:" or "Q.".
func asksOnly(doc *hearsay.Document, i int) bool {
	st := doc.Sentences[i]
	t := strings.TrimSpace(doc.Text[st.Start:st.End])
	return strings.HasSuffix(t, "?") || strings.HasPrefix(t, "Q:") || strings.HasPrefix(t, "Q.")
}

// standfirstPerson returns the person cluster named most often by name
// before token end (the first named on a tie), or -1.
func (r *resolver) standfirstPerson(end int) int {
	count := map[int]int{}
	best, bestN := -1, 0
	for _, m := range r.ms {
		if m.tok0 >= end {
			break
		}
		if m.kind != hearsay.NameMention || m.ent < 0 || r.cl[m.ent].typ != hearsay.Person {
			continue
		}
		count[m.ent]++
		if count[m.ent] > bestN {
			best, bestN = m.ent, count[m.ent]
		}
	}
	return best
}
