package fact

import (
	"testing"
	"time"
)

// timelineCases are career timelines whose lines leave out their subject,
// and texts that are none, with the facts the pipeline must and must not
// give (a "!" before a probe fact).
var timelineCases = []struct {
	name string
	text string
	want []string
}{
	{
		name: "a career timeline, a year a line",
		text: "Timeline: the career of Ruth Kessler, who resigned as Orbis Bank's chief executive on Sunday.\n\n" +
			"RUTH KESSLER: A TIMELINE\n" +
			"1991 — Joins Orbis Bank as a graduate trainee.\n" +
			"2004 — Appointed head of credit at Orbis Bank.\n" +
			"2012 – Promoted to chief risk officer of Orbis Bank.\n" +
			"2019: Becomes chief executive of Orbis Bank.\n" +
			"May 3, 2026 — Resigns as chief executive of Orbis Bank.",
		want: []string{
			"member_of(Ruth Kessler,Orbis Bank) @1991..2026-05-03",
			"appointed(Ruth Kessler,head of credit,Orbis Bank) @2004",
			"appointed(Ruth Kessler,chief risk officer,Orbis Bank) @2012",
			"appointed(Ruth Kessler,chief executive|chief executive officer,Orbis Bank) @2019",
			"resigned(Ruth Kessler,chief executive|chief executive officer,Orbis Bank) @2026-05-03",
		},
	},
	{
		name: "two dated lines are no timeline",
		text: "Ruth Kessler and Tom Brandt have led Orbis Bank.\n\n" +
			"2004 — Appointed head of credit at Orbis Bank.\n" +
			"2019 — Becomes chief executive of Orbis Bank.",
		want: []string{"!appointed(Ruth Kessler,head of credit,Orbis Bank)", "!appointed(Tom Brandt,head of credit,Orbis Bank)"},
	},
	{
		name: "no one named more than anyone else",
		text: "Ruth Kessler and Tom Brandt have led Orbis Bank.\n\n" +
			"1991 — Joins Orbis Bank as a graduate trainee.\n" +
			"2004 — Appointed head of credit at Orbis Bank.\n" +
			"2019 — Becomes chief executive of Orbis Bank.",
		want: []string{"!appointed(Ruth Kessler,head of credit,Orbis Bank)", "!appointed(Tom Brandt,head of credit,Orbis Bank)"},
	},
}

// TestTimelines runs timelineCases through the whole pipeline, article date
// 2026-05-08.
func TestTimelines(t *testing.T) {
	p := probePipeline(t)
	date := time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC)
	for _, c := range timelineCases {
		doc := analyse(t, p, c.name, c.text, date)
		checkWants(t, c.name, doc, c.want, nil)
	}
}
