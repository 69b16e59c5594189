package entity

import (
	"context"
	"math/rand"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestNoPanicOnOddInput runs the stage on empty, tagless and randomly
// tagged documents: it must return, never panic.
func TestNoPanicOnOddInput(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	vocab := strings.Fields(`the her his she he they Portman Natalie Mr. Dr. , . " 's 42 42-year-old aged at turned born
		husband actress couple both two and of French director Paris is was a an former Us Weekly ( ) – like many actors
		@nportman “ ” said I my me died Earl company's chief executive three turned in May daughter father
		Governor West Arden played DJ CEO family Spaniard United Eastfield Bank trip to its linked married wife the Duke Duchess
		Okonkwos Carver 44 makes that`)
	tags := []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-MISC", ""}
	rng := rand.New(rand.NewSource(1))
	docs := []*hearsay.Document{{}, {Text: "x"}, testDoc("date 2023-08-07 "), testDoc("date 2023-08-07 ’s . , \" her")}
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for i := rng.Intn(40); i >= 0; i-- {
			b.WriteString(vocab[rng.Intn(len(vocab))])
			b.WriteString(" ")
		}
		d := testDoc("date 2023-08-07 " + b.String())
		for i := range d.Tokens {
			d.Tokens[i].NER = tags[rng.Intn(len(tags))]
			if rng.Intn(2) == 0 {
				d.Tokens[i].XPOS = []string{"NNP", "NN", "PRP", "JJ", "VBD"}[rng.Intn(5)]
			}
		}
		if rng.Intn(3) == 0 {
			d.Timexes = append(d.Timexes, hearsay.Timex{Span: hearsay.Span{Start: 16, End: 17}, Type: hearsay.Date, Earliest: "2021-05-01", Latest: "2021-05-31"})
		}
		if rng.Intn(4) == 0 {
			d.Date = time.Time{}
		}
		if n := len(d.Text); rng.Intn(3) == 0 && n > 0 {
			a := rng.Intn(n)
			d.Skips = append(d.Skips, hearsay.Skip{Span: hearsay.Span{Start: a, End: a + rng.Intn(n-a+1)}, Kind: "photo-credit"})
		}
		docs = append(docs, d)
	}
	for _, d := range docs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic on %q: %v\n%s", d.Text, r, debug.Stack())
				}
			}()
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatalf("error on %q: %v", d.Text, err)
			}
		}()
	}
}
