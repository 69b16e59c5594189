package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// storyOrg returns the organisation of the paragraph that tells a post
// whose organisation the text leaves out, when that paragraph is a story of
// its own about another organisation than the one the article is about
// (org): a later paragraph that opens with another organisation as its
// subject ("The Dunholm Hospitals Trust has appointed X as its medical
// director. He replaces Y, who retired in August") and never mentions org.
// It returns that organisation when it is the only one the paragraph names
// up to the post's sentence, -1 when several compete (a wrong organisation
// is a false fact: none is better), and whether the paragraph is such a
// story at all. In a round-up (roundUp), any later paragraph that names
// another organisation and never org is a story of its own, also when a
// person opens it ("Estate agent X has sold Y to Z. His daughter W stays
// on as branch manager").
func storyOrg(doc *hearsay.Document, rw *raw, org int, roundUp bool) (int, bool) {
	if rw.s == nil || rw.s.idx <= 0 || rw.s.idx >= len(doc.Sentences) || org < 0 {
		return -1, false
	}
	first := paragraphStart(doc, rw.s.idx)
	if first == 0 {
		return -1, false // the lede's paragraph is the article's own story
	}
	opener := openingOrg(doc, rw.s.mentionsOf(first), doc.Sentences[first].Start)
	if opener == org || opener < 0 && !roundUp {
		return -1, false
	}
	var named []int
	for i := first; i < len(doc.Sentences); i++ {
		if i > first && text.ParagraphBreak(doc, doc.Sentences[i-1].End, doc.Sentences[i].Start) {
			break
		}
		for _, ix := range rw.s.mentionsOf(i) {
			if doc.Mentions[ix].Entity == org {
				return -1, false // the article's organisation is still in this paragraph
			}
			if i <= rw.s.idx {
				named = append(named, ix)
			}
		}
	}
	e, n := orgsIn(doc, named)
	if n == 1 {
		return e, true
	}
	return -1, n > 0 || opener >= 0
}

// roundUpStories is how many later paragraphs must open with an
// organisation other than the article's for the article to be a round-up
// of several stories.
const roundUpStories = 2

// isRoundUp reports whether at least roundUpStories paragraphs after the
// first open with an organisation other than org (s is any sentence of the
// document, for its mention index).
func isRoundUp(doc *hearsay.Document, s *sent, org int) bool {
	n := 0
	for i := 1; i < len(doc.Sentences); i++ {
		if !text.ParagraphBreak(doc, doc.Sentences[i-1].End, doc.Sentences[i].Start) {
			continue
		}
		if o := openingOrg(doc, s.mentionsOf(i), doc.Sentences[i].Start); o >= 0 && o != org {
			n++
		}
	}
	return n >= roundUpStories
}

// storyOrgOf is storyOrg with the round-up test looked up once per
// document: *roundUp is 0 until then, 1 for a round-up, 2 for none.
func storyOrgOf(doc *hearsay.Document, rw *raw, org int, roundUp *int) (int, bool) {
	if org < 0 || rw.s == nil {
		return -1, false
	}
	if *roundUp == 0 {
		*roundUp = 2
		if isRoundUp(doc, rw.s, org) {
			*roundUp = 1
		}
	}
	return storyOrg(doc, rw, org, *roundUp == 1)
}

// paragraphStart returns the first sentence of the paragraph of sentence si.
func paragraphStart(doc *hearsay.Document, si int) int {
	for si > 0 && !text.ParagraphBreak(doc, doc.Sentences[si-1].End, doc.Sentences[si].Start) {
		si--
	}
	return si
}

// openingOrg returns the organisation whose name opens a sentence starting
// at start, alone or after "the" ("The Wearmouth Chamber of Commerce has a
// new president"), or -1 when the sentence opens otherwise.
func openingOrg(doc *hearsay.Document, ms []int, start int) int {
	best := -1
	for _, ix := range ms {
		if m := &doc.Mentions[ix]; best < 0 || m.Start < doc.Mentions[best].Start {
			best = ix
		}
	}
	if best < 0 {
		return -1
	}
	m := &doc.Mentions[best]
	if m.Entity < 0 || m.Entity >= len(doc.Entities) || m.Kind != hearsay.NameMention || doc.Entities[m.Entity].Type != hearsay.Org || newsOrg(doc.Entities[m.Entity]) || m.Start < start {
		return -1
	}
	if lead := strings.TrimSpace(doc.Text[start:m.Start]); lead != "" && !strings.EqualFold(lead, "the") {
		return -1
	}
	return m.Entity
}
