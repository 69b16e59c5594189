package fact

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

// dropDismissedDepartures drops a departure told by a neutral noun
// ("Ryan's departure follows five straight defeats", "Hartley's exit")
// of a person the article tells was dismissed: the noun tells the
// dismissal again, not a resignation.
func dropDismissedDepartures(doc *hearsay.Document, raws []*raw) []*raw {
	dismissed := map[int]bool{}
	for _, rw := range raws {
		if a := rw.f.Args; rw.f.Type == "dismissed" && len(a) > 0 && a[0].Entity >= 0 && rw.f.Polarity != hearsay.Neg && rw.f.Modality != hearsay.Denied {
			dismissed[a[0].Entity] = true
		}
	}
	if len(dismissed) == 0 {
		return raws
	}
	out := raws[:0]
	for _, rw := range raws {
		if a := rw.f.Args; rw.f.Type == "resigned" && len(a) > 0 && a[0].Entity >= 0 && dismissed[a[0].Entity] && neutralDeparture(doc, rw.f.Trigger) {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// neutralDeparture reports whether the trigger t ends in a noun of leaving
// that says nothing of who decided it ("departure", "exit").
func neutralDeparture(doc *hearsay.Document, t hearsay.Span) bool {
	ws := strings.Fields(strings.ToLower(spanText(doc, t)))
	if len(ws) == 0 {
		return false
	}
	return departureNouns[ws[len(ws)-1]]
}

// departureNouns holds the nouns of leaving that tell no decision (word
// class departurenouns of data/classes.tsv).
var departureNouns = wordSet("departurenouns")
