// Package conlleval scores named-entity chunks exactly as the CoNLL-2000/2003
// conlleval script does: a predicted chunk counts as correct only when a gold
// chunk has the same first token, last token and type. Chunk boundaries
// follow conlleval's start-of-chunk and end-of-chunk rules, so IOB1, IOB2,
// IOE and BIOES tags are all read the way conlleval reads them.
package conlleval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/hearsay-news/hearsay/eval/prf"
)

// A Chunk is an entity found in a tag sequence: tokens [Start, End] inclusive.
type Chunk struct {
	Start, End int
	Type       string
}

// splitTag returns a tag's prefix and type: "B-PER" → ("B", "PER").
func splitTag(tag string) (string, string) {
	switch tag {
	case "O", "", "-X-":
		return "O", ""
	case "[", "]", ".":
		return tag, ""
	}
	var p, t string
	if i := strings.IndexByte(tag, '-'); i >= 0 {
		p, t = tag[:i], tag[i+1:]
	} else if i := strings.IndexByte(tag, '_'); i >= 0 && strings.Contains("BIESLU", tag[:i]) && i == 1 {
		p, t = tag[:i], tag[i+1:]
	} else {
		return "I", tag
	}
	switch p {
	case "L":
		p = "E"
	case "U":
		p = "S"
	case "M":
		p = "I"
	}
	return p, t
}

func endOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "E" || prevTag == "S" || prevTag == "]" || prevTag == "[":
		return true
	case (prevTag == "B" || prevTag == "I") && (tag == "B" || tag == "S" || tag == "O"):
		return true
	case prevTag != "O" && prevTag != "." && prevType != typ:
		return true
	}
	return false
}

func startOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case tag == "B" || tag == "S" || tag == "[" || tag == "]":
		return true
	case (tag == "I" || tag == "E") && (prevTag == "E" || prevTag == "S" || prevTag == "O" || prevTag == "]" || prevTag == "["):
		return true
	case tag != "O" && tag != "." && prevType != typ:
		return true
	}
	return false
}

// Chunks returns the chunks of one sentence's tags, in order.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	prevTag, prevType := "O", ""
	start := -1
	for i := 0; i <= len(tags); i++ {
		t := "O"
		if i < len(tags) {
			t = tags[i]
		}
		tag, typ := splitTag(t)
		if start >= 0 && endOfChunk(prevTag, tag, prevType, typ) {
			out = append(out, Chunk{Start: start, End: i - 1, Type: prevType})
			start = -1
		}
		if startOfChunk(prevTag, tag, prevType, typ) {
			start = i
		}
		prevTag, prevType = tag, typ
	}
	return out
}

// Counts are the gold, found and correct chunk counts of one type or overall.
type Counts struct {
	Gold    int `json:"gold"`
	Found   int `json:"found"`
	Correct int `json:"correct"`
}

// Precision is 100 × correct / found (0 when nothing was found).
func (c Counts) Precision() float64 { return pct(c.Correct, c.Found) }

// Recall is 100 × correct / gold (0 when there is no gold chunk).
func (c Counts) Recall() float64 { return pct(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall, on a 0–100 scale.
func (c Counts) F1() float64 { return prf.F1(c.Precision(), c.Recall()) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Scores accumulate conlleval's statistics over sentences.
type Scores struct {
	Tokens      int
	CorrectTags int
	Counts                         // overall chunk counts
	PerType     map[string]*Counts // chunk counts by type
}

// NewScores returns empty scores.
func NewScores() *Scores { return &Scores{PerType: map[string]*Counts{}} }

func (s *Scores) typ(t string) *Counts {
	c, ok := s.PerType[t]
	if !ok {
		c = &Counts{}
		s.PerType[t] = c
	}
	return c
}

// Add scores one sentence's predicted tags against its gold tags (same length).
func (s *Scores) Add(gold, pred []string) {
	s.Tokens += len(gold)
	for i := range gold {
		if gold[i] == pred[i] {
			s.CorrectTags++
		}
	}
	gc, pc := uniq(Chunks(gold)), uniq(Chunks(pred))
	s.Gold += len(gc)
	s.Found += len(pc)
	for c := range gc {
		s.typ(c.Type).Gold++
		if pc[c] {
			s.Correct++
			s.typ(c.Type).Correct++
		}
	}
	for c := range pc {
		s.typ(c.Type).Found++
	}
}

func uniq(cs []Chunk) map[Chunk]bool {
	m := make(map[Chunk]bool, len(cs))
	for _, c := range cs {
		m[c] = true
	}
	return m
}

// Accuracy is the percentage of tokens whose tag is right.
func (s *Scores) Accuracy() float64 { return pct(s.CorrectTags, s.Tokens) }

// Types returns the chunk types seen, sorted.
func (s *Scores) Types() []string {
	ts := make([]string, 0, len(s.PerType))
	for t := range s.PerType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// ReadColumns scores a column file in conlleval's layout: the last column is
// the predicted tag and the one before it the gold tag; blank lines and
// -DOCSTART- lines separate sentences.
func ReadColumns(r io.Reader) (*Scores, error) {
	s := NewScores()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var gold, pred []string
	flush := func() {
		if len(gold) > 0 {
			s.Add(gold, pred)
			gold, pred = gold[:0], pred[:0]
		}
	}
	n := 0
	for sc.Scan() {
		n++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || f[0] == "-DOCSTART-" || f[0] == "-X-" {
			flush()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("conlleval: line %d: need at least gold and predicted tag: %q", n, sc.Text())
		}
		gold = append(gold, f[len(f)-2])
		pred = append(pred, f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conlleval: %w", err)
	}
	flush()
	return s, nil
}

// Report writes the scores in conlleval's text layout.
func (s *Scores) Report(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		s.Tokens, s.Gold, s.Found, s.Correct)
	if s.Tokens > 0 {
		fmt.Fprintf(bw, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
			s.Accuracy(), s.Precision(), s.Recall(), s.F1())
	}
	for _, t := range s.Types() {
		c := s.PerType[t]
		fmt.Fprintf(bw, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, c.Precision(), c.Recall(), c.F1(), c.Found)
	}
	return bw.Flush()
}
