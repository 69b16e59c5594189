package fact

import (
	"slices"

	hearsay "github.com/hearsay-news/hearsay"
)

// newsVerbs make known news told just before by the one who confirms it
// ("The singer confirmed the news on Instagram on Sunday").
var newsVerbs = wordSet("newsverbs")

// newsTypes are the facts that news confirmed by the people concerned tells.
var newsTypes = typesOf("engaged", "married", "separated", "divorced", "expecting_child", "parent_of", "appointed", "resigned", "dismissed", "elected")

// confirmedNews gives the facts that a sentence tells in the article's own
// voice the first-hand source of a later sentence that confirms "the news"
// or names the event ("Country singer X is expecting her first child. The
// hitmaker confirmed the news on Instagram on Sunday"; "A spokesperson for X
// confirmed the engagement to People"): that source stands behind them, and
// its sentence is their evidence too. The facts are those of the latest
// sentence before the confirmation that tells such facts with no source.
func confirmedNews(raws []*raw, frames []*frame, events []sinceEvent) {
	for _, f := range frames {
		chain := f.chain
		if len(chain) == 2 && chain[0].Kind == hearsay.OutletSource && firstHand(chain[1]) {
			chain = chain[1:] // "a rep confirmed the news to People": the rep's own word
		}
		if !newsVerbs[f.verb] || f.used || f.after < 1 || len(chain) != 1 || !firstHand(chain[0]) || f.s == nil {
			continue
		}
		typ, ok := f.s.newsObject(f.after, events)
		if !ok {
			continue
		}
		told := func(rw *raw) bool {
			return !rw.echo && !rw.noun && rw.s != nil && rw.s.idx < f.s.idx && newsTypes.has(rw.f.Type) && (typ == "" || rw.f.Type == typ) &&
				rw.f.Modality == hearsay.Asserted && rw.f.Polarity == hearsay.Pos && len(rw.f.Sources) == 0 && !rw.f.Derived
		}
		at := -1
		for _, rw := range raws {
			if told(rw) && rw.s.idx > at {
				at = rw.s.idx
			}
		}
		if at < 0 || f.s.idx-at > 2 {
			continue
		}
		var news []*raw
		for _, rw := range raws {
			if told(rw) && rw.s.idx == at {
				news = append(news, rw)
			}
		}
		same := func(rw *raw) bool { // a telling of the news, also a second reading of it with a partner still open
			return slices.ContainsFunc(news, func(n *raw) bool {
				return n == rw || n.f.Type == rw.f.Type && (sameArgs(n.f, rw.f) || rw.echo && sharesEntity(n.f, rw.f))
			})
		}
		for _, rw := range raws {
			if rw.s == nil || rw.s.idx != at || len(rw.f.Sources) > 0 || rw.f.Modality != hearsay.Asserted || rw.f.Polarity != hearsay.Pos || !same(rw) {
				continue
			}
			src := chain[0]
			if src.Entity >= 0 && slices.ContainsFunc(rw.f.Args, func(a hearsay.Arg) bool { return a.Entity == src.Entity }) {
				src.Kind = hearsay.PrincipalSource
			}
			rw.f.Sources = []hearsay.Source{src}
			rw.f.Evidence = append(rw.f.Evidence, f.s.idx)
		}
	}
}

// newsObject reads the object of a verb of confirming at unit k: "the news"
// (any fact, type "") or "the" or a possessive and an event noun of
// data/sinces.tsv ("the engagement", "their split").
func (s *sent) newsObject(k int, events []sinceEvent) (string, bool) {
	if k > 0 && !s.determinerAt(k) && s.determinerAt(k-1) {
		k-- // the complement was read from after its article
	}
	if k+1 >= len(s.units) || !s.determinerAt(k) {
		return "", false
	}
	if s.units[k+1].word == "news" {
		return "", true
	}
	for _, ev := range events {
		if s.wordsAt(k+1, ev.words) > 0 {
			return ev.typ, true
		}
	}
	return "", false
}

// determinerAt reports whether unit k is "the" or a possessive pronoun.
func (s *sent) determinerAt(k int) bool {
	u := &s.units[k]
	return u.word == "the" || u.ment >= 0 && u.mkind == kindPronoun && possessives[u.word]
}
