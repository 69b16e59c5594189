package fact

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/lexicon"
	"github.com/hearsay-news/hearsay/text"
)

// A raceOffice is a line of data/raceheads.tsv: the words that end a race
// heading, those of them kept in the place's name, the role an election
// under the heading is to and the roles that name the same seat.
type raceOffice struct {
	words []string
	kept  int // how many of words belong to the place's name
	role  string
	seats map[string]bool
}

// loadRaceOffices reads data/raceheads.tsv, longest office first.
func loadRaceOffices() ([]raceOffice, error) {
	lines, err := lexicon.Table(dataFS, "data/raceheads.tsv", 4)
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	out := make([]raceOffice, 0, len(lines))
	for _, l := range lines {
		o := raceOffice{words: strings.Fields(strings.ToLower(l.Fields[0])), role: l.Fields[2], seats: map[string]bool{}}
		if len(o.words) == 0 {
			return nil, fmt.Errorf("fact: %w", l.Errorf("empty office"))
		}
		if k := l.Fields[1]; k != "-" {
			kept := strings.Fields(strings.ToLower(k))
			if len(kept) > len(o.words) || !slices.Equal(kept, o.words[:len(kept)]) {
				return nil, fmt.Errorf("fact: %w", l.Errorf("kept words %q do not open the office", k))
			}
			o.kept = len(kept)
		}
		for _, r := range strings.Split(l.Fields[3], "|") {
			o.seats[strings.TrimSpace(r)] = true
		}
		out = append(out, o)
	}
	slices.SortStableFunc(out, func(a, b raceOffice) int { return len(b.words) - len(a.words) })
	return out, nil
}

// A raceHead is the office and the place a race heading names.
type raceHead struct {
	office *raceOffice
	place  int // entity index
}

// raceHeadings gives the posts told under the race headings of a results
// round-up ("MENTOR MAYOR", "Kelby City Council, Ward 3") the heading's
// office and place: an election whose post the text leaves open is to the
// heading's office, and a seat of that office ("two-term incumbent Mayor
// X") whose place it leaves open is the heading's place. A section runs to
// the next line that is a heading.
func raceHeadings(doc *hearsay.Document, raws []*raw, offices []raceOffice) {
	heads := map[int]*raceHead{} // sentence -> the heading over it
	var cur *raceHead
	for si := range doc.Sentences {
		if !headLine(doc, si) {
			if cur != nil {
				heads[si] = cur
			}
			continue
		}
		cur = raceHeading(doc, si, offices)
	}
	if len(heads) == 0 {
		return
	}
	for _, rw := range raws {
		h := heads[rw.f.Sentence]
		a := rw.f.Args
		if h == nil || !postTypes.has(rw.f.Type) || len(a) != 3 {
			continue
		}
		role := strings.ToLower(a[1].Literal)
		switch {
		case a[1].Entity < 0 && role == "" && (rw.f.Type == "elected" || rw.f.Type != "position_held" && a[2].Entity < 0 && a[2].Literal == ""):
			rw.f.Args[1] = hearsay.Arg{Entity: -1, Literal: h.office.role}
			if a[2].Entity < 0 && a[2].Literal == "" {
				rw.fillArg(2, entArg(doc, h.place), "the office and the place are the race heading's")
			}
		case h.office.seats[role] && a[2].Entity < 0 && a[2].Literal == "":
			rw.fillArg(2, entArg(doc, h.place), "the place is the race heading's")
		}
	}
}

// headLine reports whether sentence si is a line of its own without final
// punctuation and of at most eight words: a heading.
func headLine(doc *hearsay.Document, si int) bool {
	sp := doc.Sentences[si].Span
	if rest := strings.TrimLeft(doc.Text[sp.End:], " \t"); rest != "" && rest[0] != '\n' && rest[0] != '\r' {
		return false
	}
	t := strings.TrimSpace(doc.Text[sp.Start:sp.End])
	if t == "" || wordCount(t) > 8 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}

// raceHeading returns the office and place a heading line names
// ("PAINESVILLE CITY COUNCIL, WARD 3"), or nil when it names none.
func raceHeading(doc *hearsay.Document, si int, offices []raceOffice) *raceHead {
	sp := doc.Sentences[si].Span
	words := strings.Fields(strings.TrimSpace(doc.Text[sp.Start:sp.End]))
	words = withoutSeat(words)
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = strings.ToLower(strings.Trim(w, ",:"))
	}
	for i := range offices {
		o := &offices[i]
		n := len(o.words)
		if len(low) <= n || len(low)-n > 4 || !slices.Equal(low[len(low)-n:], o.words) {
			continue
		}
		name := words[:len(words)-n+o.kept]
		for _, w := range name {
			if r := []rune(w)[0]; !unicode.IsUpper(r) {
				return nil
			}
		}
		return &raceHead{office: o, place: headingPlace(doc, strings.Trim(strings.Join(name, " "), ",:"))}
	}
	return nil
}

// withoutSeat drops from a heading's words a ward, district or seat that
// follows the office ("..., WARD 3", "DISTRICT 2", "AT-LARGE").
func withoutSeat(words []string) []string {
	n := len(words)
	if n >= 2 && raceSeats[strings.ToLower(strings.Trim(words[n-2], ",:"))] {
		words = words[:n-2]
	} else if n >= 1 && strings.EqualFold(strings.Trim(words[n-1], ",:()"), "at-large") {
		words = words[:n-1]
	}
	if k := len(words); k > 0 {
		words[k-1] = strings.TrimRight(words[k-1], ",:")
	}
	return words
}

// raceSeats are the words of a seat within an office's race ("Ward 3",
// "at-large"; data/classes.tsv raceseats).
var raceSeats = wordSet("raceseats")

// headingPlace returns the place entity a heading names (case aside),
// adding one named as the text would write it when there is none.
func headingPlace(doc *hearsay.Document, name string) int {
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != hearsay.Place {
			continue
		}
		if strings.EqualFold(e.Name, name) || slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.EqualFold(a, name) }) {
			return i
		}
	}
	return namedEntity(doc, hearsay.Place, titleWords(name))
}

// titleWords writes the words of an upper-case heading as a name, each as
// text.TitleWord writes a word in capitals ("MADISON TOWNSHIP" is "Madison
// Township").
func titleWords(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = text.TitleWord(w)
	}
	return strings.Join(words, " ")
}
