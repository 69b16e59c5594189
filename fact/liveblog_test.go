package fact

import (
	"strings"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
)

// liveBlogCases are live blogs (entries opened by a time of day) and an
// article that is none, with the event times the pipeline must give.
var liveBlogCases = []struct {
	name string
	text string
	want []string // probe facts with their times
}{
	{
		name: "entries in reverse order",
		text: "Live: the mayoral count, as it happened\n\n" +
			"16:10 Tom Hale has resigned as leader of the Civic Party, his spokesman said.\n\n" +
			"14:42 RESULT: Anna Berg is elected mayor of Riverton with 40,000 votes.\n\n" +
			"09:00 Good morning and welcome to our live coverage of the count.",
		want: []string{
			"elected(Anna Berg,mayor,Riverton) @2026-05-08T14:42",
			"resigned(Tom Hale,leader,Civic Party) @2026-05-08T16:10",
		},
	},
	{
		name: "a time of day the entry itself gives wins",
		text: "Live: the count\n\n14:42 Anna Berg was elected mayor of Riverton in 2019.\n\n09:00 Good morning.",
		want: []string{"elected(Anna Berg,mayor,Riverton) @2019"},
	},
	{
		name: "a timeline's dated headings",
		text: "Singer Ada Voss and actor Ben Ortiz have split. Here is how their romance unfolded.\n\n" +
			"Summer 2019: A meeting on set\n\nVoss and Ortiz met while filming a video in Porto.\n\n" +
			"June 2021: Wedding bells\n\nThe couple married in front of 60 guests in Sintra.\n\n" +
			"Fall 2025: Trouble\n\nOrtiz was photographed in Paris without his ring.",
		want: []string{
			"met(Ada Voss,Ben Ortiz) @2019-SU",
			"married(Ada Voss,Ben Ortiz) @2021-06",
			"located_at(Ben Ortiz,Paris) @2025-FA",
		},
	},
	{
		name: "headings closed by a dash, and an event told of one partner",
		text: "Singer Ada Voss and actor Ben Ortiz have split. Here is how their romance unfolded.\n\n" +
			"2019 — Voss and Ortiz met while filming a video in Porto.\n\n" +
			"Dec. 24, 2020 — A proposal\n\nOrtiz proposed at his family's farmhouse outside Lyon.\n\n" +
			"June 2021 — The couple married in front of 60 guests in Sintra.",
		want: []string{
			"met(Ada Voss,Ben Ortiz) @2019",
			"engaged(Ada Voss,Ben Ortiz) @2020-12-24",
			"married(Ada Voss,Ben Ortiz) @2021-06",
		},
	},
	{
		name: "a timeline's historical present",
		text: "Timeline: Nina Lowe and Paul Orr\n\n" +
			"2015: Nina Lowe and Paul Orr meet at a charity gala in Monaco.\n\n" +
			"March 2016: The pair go public with their relationship.\n\n" +
			"2019: Lowe and Orr marry in Seville.\n\n" +
			"May 2023: Reports emerge that the couple are living apart.\n\n" +
			"2025: Orr is photographed with a new girlfriend, the Danish model Freja Holm.",
		want: []string{
			"met(Nina Lowe,Paul Orr) @2015",
			"dating(Nina Lowe,Paul Orr) @2016-03..",
			"married(Nina Lowe,Paul Orr) @2019",
			"separated(Nina Lowe,Paul Orr) @2023-05",
			"dating(Paul Orr,Freja Holm) @2025",
		},
	},
	{
		name: "one dated heading is no timeline",
		text: "Ada Voss married Ben Ortiz in Sintra.\n\nJune 2021: the wedding\n\nThe couple married in front of 60 guests in Sintra.",
		want: []string{"married(Ada Voss,Ben Ortiz)"},
	},
	{
		name: "one time of day is no live blog",
		text: "Anna Berg is elected mayor of Riverton.\n\n14:42 was the time on the clock.",
		want: []string{"elected(Anna Berg,mayor,Riverton)"},
	},
}

// TestLiveBlogs runs liveBlogCases through the whole pipeline, article date
// 2026-05-08.
func TestLiveBlogs(t *testing.T) {
	p := probePipeline(t)
	date := time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC)
	for _, c := range liveBlogCases {
		doc := analyse(t, p, c.name, c.text, date)
		checkWants(t, c.name, doc, c.want, func(pf probeFact, f hearsay.Fact) bool {
			return pf.time != "" || f.Time == nil || !strings.Contains(f.Time.Value, "T")
		})
	}
}
