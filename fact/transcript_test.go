package fact

import (
	"testing"
	"time"
)

// transcriptCases are transcripts, and look-alikes that are none, with the
// facts their lines give and the outermost source of each (after " from ",
// "" for the programme's voice).
var transcriptCases = []struct {
	name string
	text string
	want []string
}{
	{
		name: "a radio interview",
		text: "TRANSCRIPT: Presenter Nell Ardagh speaks to two members of the Porthkennack rescue crew.\n\n" +
			"NELL ARDAGH: Good morning. Tomas Rundle has been with the crew since 1999.\n" +
			"TOMAS RUNDLE: Morning, Nell. My wife, Elsa Rundle, is a nurse at the cottage hospital.\n" +
			"ARDAGH: And you?\n" +
			"RUNDLE: I was a trawlerman for twenty years. Now I mend nets.\n" +
			"ARDAGH: Thank you both.\n",
		want: []string{
			"married(Tomas Rundle,Elsa Rundle) from Tomas Rundle",
			"occupation(Tomas Rundle,trawlerman) from Tomas Rundle",
			"occupation(Elsa Rundle,nurse) from Tomas Rundle",
		},
	},
	{
		name: "section labels are no speakers",
		text: "GOLDEN WEDDING: Tomas and Elsa Rundle, of Porthkennack, celebrate 50 years of marriage today.\n\n" +
			"RUBY WEDDING: Ida and Paul Mercer married in 1986.\n",
		want: []string{"married(Ida Mercer|Ida,Paul Mercer) from "},
	},
}

// TestTranscripts runs transcriptCases through the whole pipeline.
func TestTranscripts(t *testing.T) {
	p := probePipeline(t)
	date := time.Date(2026, 4, 18, 0, 0, 0, 0, time.UTC)
	for _, c := range transcriptCases {
		doc := analyse(t, p, c.name, c.text, date)
		wantFrom(t, c.name, doc, c.want)
	}
}
