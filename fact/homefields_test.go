package fact

import (
	"strings"
	"testing"
	"time"
)

// TestHomeFields checks the homes read from the fields of a bio under its
// heading and from the signature of a letter, through the whole pipeline.
func TestHomeFields(t *testing.T) {
	p := probePipeline(t)
	for _, c := range []struct {
		text string
		want []string // "person|place|start|end"
	}{
		{"Three candidates are standing.\n\nMARY HOLT (incumbent)\nAge: 52\nResidence: Leeds, since 2016; previously York\nOccupation: Teacher\n",
			[]string{"MARY HOLT|Leeds|2016|", "MARY HOLT|York||2016"}},
		{"Sir, The bridge at the end of our road has been closed for a year.\nTom Dale, Ely, Cambridgeshire\n",
			[]string{"Tom Dale|Ely||"}},
		{"Tom Dale, the new chairman, said the bridge would reopen in May.\n", nil},
	} {
		doc := analyse(t, p, c.text, c.text, time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC))
		var got []string
		for _, f := range doc.Facts {
			if f.Type != "residence" {
				continue
			}
			start, end := "", ""
			if f.Time != nil {
				start, end = f.Time.Start, f.Time.End
			}
			got = append(got, f.Args[0].Literal+"|"+f.Args[1].Literal+"|"+start+"|"+end)
		}
		if strings.Join(got, " ; ") != strings.Join(c.want, " ; ") {
			t.Errorf("%q: homes %q, want %q", c.text, got, c.want)
		}
	}
}
