package main

import (
	"bytes"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestEntityAgeWhere checks that read's entity lines say where a stated
// age is written: its words and its sentence.
func TestEntityAgeWhere(t *testing.T) {
	text := "Ann Lee won.\nThe 62-year-old smiled."
	doc := &hearsay.Document{Text: text, Sentences: []hearsay.Sentence{{Span: hearsay.Span{Start: 0, End: 12}}, {Span: hearsay.Span{Start: 13, End: len(text)}}}}
	at := strings.Index(text, "62-year-old")
	for _, c := range []struct {
		name string
		age  *hearsay.Age
		want string
	}{
		{"with its words", &hearsay.Age{Years: 62, At: "2025-02-03", Span: hearsay.Span{Start: at, End: at + len("62-year-old")}},
			`e1 Ann Lee (person; 62 on 2025-02-03 from "62-year-old", sentence 2)`},
		{"span unknown", &hearsay.Age{Years: 62, At: "2025-02-03"}, `e1 Ann Lee (person; 62 on 2025-02-03)`},
		{"span outside the text", &hearsay.Age{Years: 62, At: "2025-02-03", Span: hearsay.Span{Start: 5, End: 500}}, `e1 Ann Lee (person; 62 on 2025-02-03)`},
	} {
		doc.Entities = []hearsay.Entity{{ID: "e1", Type: hearsay.Person, Name: "Ann Lee", Age: c.age}}
		var b bytes.Buffer
		printEntities(&b, doc)
		if !strings.Contains(b.String(), c.want+"\n") {
			t.Errorf("%s: got\n%s\nwant a line %q", c.name, b.String(), c.want)
		}
	}
}
