package entity

import (
	"slices"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// A quotation is a run of quoted tokens [start, end) and its closing and
// opening quote marks.
type quotation struct {
	open, start, end int // open: index of the opening mark, -1 when none; end: index of the closing mark or past the run
}

// quotations lists the document's quotations in order.
func (r *resolver) quotations() []quotation {
	toks := r.di.doc.Tokens
	var out []quotation
	for i := 0; i < len(toks); {
		if !r.di.quoted[i] {
			i++
			continue
		}
		q := quotation{open: -1, start: i}
		if i > 0 && isQuote(toks[i-1].Text) {
			q.open = i - 1
		}
		for i < len(toks) && r.di.quoted[i] {
			i++
		}
		q.end = i
		out = append(out, q)
	}
	return out
}

// quoteSpeakers links "I", "me", "my" inside a quotation to its speaker:
// the person named with a speech verb right after the quotation (`"...,"
// Portman said`, `"...," said Portman`) or right before it (`Portman
// said: "..."`). Quotations with no such speaker leave them unresolved.
func (r *resolver) quoteSpeakers() {
	defer r.interviewSpeaker()
	for _, q := range r.quotations() {
		sp := r.speakerAfter(q)
		if sp == nil {
			sp = r.speakerBefore(q)
		}
		if sp == nil {
			continue
		}
		for _, m := range r.ms {
			if m.kind == hearsay.PronounMention && m.person == 1 && m.number == 's' && m.ent < 0 && m.tok0 >= q.start && m.tok0 < q.end {
				r.join(m, sp.ent)
				m.rule = "pronoun-speaker"
			}
		}
	}
}

// personAt returns the resolved person mention starting at token i, or nil.
func (r *resolver) personAt(i int) *ment {
	for _, m := range r.ms {
		if m.tok0 == i && m.ent >= 0 && r.cl[m.ent].typ == hearsay.Person && m.kind != hearsay.GroupMention && m.person == 3 {
			return m
		}
	}
	return nil
}

// speakerAfter reads `"...," Portman said` and `"...," said Portman`.
func (r *resolver) speakerAfter(q quotation) *ment {
	toks := r.di.doc.Tokens
	i := q.end + 1 // past the closing mark
	if q.end >= len(toks) || !isQuote(toks[q.end].Text) || i >= len(toks) {
		return nil
	}
	if r.di.is(r.lx, cueSpeechVerb, i) {
		if m := r.personAt(i + 1); m != nil {
			return m
		}
		return r.describedSpeaker(i+1, false)
	}
	if m := r.personAt(i); m != nil && m.tok1 < len(toks) && r.di.is(r.lx, cueSpeechVerb, m.tok1) {
		return m
	}
	return r.describedSpeaker(i, true)
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// describedSpeaker resolves the definite description of a person starting
// at token i, which nothing else resolved, as the speaker of the
// quotation that closes before it (a speech verb right after the
// description when verbAfter), when the description is an occupation
// (not a representative's: "the spokesman") or an age: the most salient
// person of the same gender or of unknown gender in the two sentences
// before, the quotation itself left out (`Dora Quill confirmed the split. "We are still
// friends," the reality star wrote` is Quill). It returns the mention, or
// nil when there is none or no one fits.
func (r *resolver) describedSpeaker(i int, verbAfter bool) *ment {
	toks := r.di.doc.Tokens
	for _, m := range r.ms {
		if m.tok0 > i {
			break
		}
		if m.tok0 != i || m.kind != hearsay.NominalMention || m.ent >= 0 || m.indefinite || m.possessor != nil || m.quoted || m.typ != hearsay.Person {
			continue
		}
		if verbAfter && (m.tok1 >= len(toks) || !r.di.is(r.lx, cueSpeechVerb, m.tok1)) {
			return nil
		}
		if !m.info.isOcc && m.age == 0 || r.lx.reps[m.noun] || r.lx.reps[lastWord(m.noun)] {
			return nil // "the insider said", "the spokesman said": someone else
		}
		cs := r.candidates(m, 2)
		cs = slices.DeleteFunc(cs, func(c candidate) bool {
			g := r.cl[c.c].genderOf()
			return m.gender == 'm' && g == 'f' || m.gender == 'f' && g == 'm'
		})
		if len(cs) == 0 {
			return nil
		}
		r.join(m, mostSalient(cs))
		m.rule = "nominal-speaker"
		return m
	}
	return nil
}

// speakerBefore reads `Portman said: "..."` and `Portman told reporters, "..."`.
func (r *resolver) speakerBefore(q quotation) *ment {
	toks := r.di.doc.Tokens
	if q.open < 2 {
		return nil
	}
	j := q.open - 1
	if toks[j].Text == ":" || toks[j].Text == "," {
		j--
	}
	// the speech verb, possibly followed by an addressee ("told reporters")
	for k := j; k >= 0 && k >= j-2; k-- {
		if !r.di.is(r.lx, cueSpeechVerb, k) {
			continue
		}
		for _, m := range r.ms {
			if m.tok1 == k && m.ent >= 0 && r.cl[m.ent].typ == hearsay.Person && m.kind != hearsay.GroupMention && m.person == 3 {
				return m
			}
		}
	}
	return nil
}
