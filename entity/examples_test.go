package entity

import (
	"context"
	"fmt"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/lexicon"
)

func runStage(t *testing.T, article string, timexes ...hearsay.Timex) *hearsay.Document {
	t.Helper()
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	doc := testDoc(article)
	for _, tx := range timexes {
		if i := strings.Index(doc.Text, tx.Text); i >= 0 {
			tx.Span = hearsay.Span{Start: i, End: i + len(tx.Text)}
			overlaps := false
			for _, o := range doc.Timexes {
				overlaps = overlaps || o.Span.Overlaps(tx.Span)
			}
			if overlaps {
				continue
			}
			for si, s := range doc.Sentences {
				if s.Contains(tx.Span) {
					tx.Sentence = si
				}
			}
			doc.Timexes = append(doc.Timexes, tx)
		}
	}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestAgeExamples runs one example per age rule (data/ages.tsv).
func TestAgeExamples(t *testing.T) {
	tests := []struct {
		text string
		want string // "Name years at earliest..latest"
	}{
		{"date 2023-08-07 The report says 42-year-old Natalie Portman was in Sydney.", "Natalie Portman 42 2023-08-07 1980-08-08..1981-08-07"},
		{"date 2023-08-07 Natalie Portman, 42, was in Sydney.", "Natalie Portman 42 2023-08-07 1980-08-08..1981-08-07"},
		{"date 2023-08-07 Singer Tom Vale (35) was in Sydney.", "Tom Vale 35 2023-08-07 1987-08-08..1988-08-07"},
		{"date 2023-08-07 Tennis player Nadia Ferreira, aged 23, won.", "Nadia Ferreira 23 2023-08-07 1999-08-08..2000-08-07"},
		{"date 2023-08-07 Tennis player Nadia Ferreira is 23 years old.", "Nadia Ferreira 23 2023-08-07 1999-08-08..2000-08-07"},
		{"date 2023-08-07 Actress Jane Moss retired in 2019 at 60.", "Jane Moss 60 2019-12-31 1958-01-02..1959-12-31"},
		{"date 2023-08-07 Coach Bernard Okonkwo died on Tuesday at 71.", "Bernard Okonkwo 71 2023-08-01 1951-08-02..1952-08-01"},
		{"date 2023-08-07 At 42, Natalie Portman is a star.", "Natalie Portman 42 2023-08-07 1980-08-08..1981-08-07"},
		{"date 2021-08-01 Their daughter Skye Lane turns 3 next month.", "Skye Lane 3 2021-09-30 2018-09-01..2018-09-30"},
		{"date 2023-08-07 Their son is 12-year-old Aleph Millepied.", "Aleph Millepied 12 2023-08-07 2010-08-08..2011-08-07"},
		{"date 2023-08-07 Camille Étienne met the 25-year-old climate activist Rosa Blum.", "Rosa Blum 25 2023-08-07 1997-08-08..1998-08-07"},
		{"date 2021-10-02 Singer Joel Park, who turned 61 in May, sang.", "Joel Park 61 2021-05-31 1960-05-01..1960-05-31"},
		{"date 2022-11-14 Actor Grant Sheffield, who turned 45 in March, sat down.", "Grant Sheffield 45 2022-03-31 1977-03-01..1977-03-31"},
		{"date 2021-10-02 Their son, Prince Oskar Lind, turned three in May.", "Oskar Lind 3 2021-05-31 2018-05-01..2018-05-31"},
		// a birthday told with an ordinal falls on the day that follows it
		{"date 2023-08-07 Chef Tom Hale celebrated his 40th birthday on Saturday with friends.", "Tom Hale 40 2023-08-05 1983-08-05..1983-08-05"},
		{"date 2024-05-01 Their eldest son, Kit Hale, is 28 and works as a land agent.", "Kit Hale 28 2024-05-01 1995-05-02..1996-05-01"},
		{"date 2023-08-07 They have a son, Declan Ashby, now 24, who lives in London.", "Declan Ashby 24 2023-08-07 1998-08-08..1999-08-07"},
		{"date 2023-08-07 They have a son — Declan Ashby, 24 — who lives in London.", "Declan Ashby 24 2023-08-07 1998-08-08..1999-08-07"},
		{"date 2023-08-07 His wife, the former model Elena Varga, is 41.", "Elena Varga 41 2023-08-07 1981-08-08..1982-08-07"},
		{"date 2023-08-07 Walter Pemberton has died. He was seventy-eight.", "Walter Pemberton 78 2023-08-07 1944-08-08..1945-08-07"},
		{"date 2023-08-07 Actor Walter Pemberton has died. He was 78. Pemberton died on Tuesday at home.", "Walter Pemberton 78 2023-08-01 1944-08-02..1945-08-01"},
		// a birthday tied to the time expression before it, not to one in a later clause
		{"date 2026-08-21 Her father lost his job in 1984, the year Rosa Hale turned nine, and she spent that summer riding.", "Rosa Hale 9 1984-12-31 1975-01-01..1975-12-31"},
		// an age reached at an event ("on reaching the age of 75", "at the age of 16") holds on its date
		{"date 2026-03-05 Bishop Edmund Kettle stepped down last April on reaching the retirement age of 75.", "Edmund Kettle 75 2025-04-30 1949-04-02..1950-04-30"},
		{"date 2026-03-05 Striker Tomas Brill joined the academy in 2010 at the age of 16.", "Tomas Brill 16 2010-12-31 1993-01-02..1994-12-31"},
		// an age at a death dated in the sentence before, or in the sentence after an undated one
		{"date 2026-05-10 Singer June Ravel died in February at her home. She was 91.", "June Ravel 91 2026-02-28 1934-02-02..1935-02-28"},
		{"date 2023-08-07 Councillor Eleanor Moss has died aged 88. She died peacefully on Saturday at home.", "Eleanor Moss 88 2023-08-05 1934-08-06..1935-08-05"},
		// an age at a fatal accident holds on its day
		{"date 2026-07-14 Scaffolder Liam Parr, 29, suffered fatal head injuries on 4 November last year.", "Liam Parr 29 2025-11-04 1995-11-05..1996-11-04"},
		// an age at a death told vaguely ("last month") holds on the day another sentence gives it
		{"date 2026-04-16 Senator Walter Brink, who died last month at 81, was replaced. He died March 9 at his home.", "Walter Brink 81 2026-03-09 1944-03-10..1945-03-09"},
		// a death dated vaguely in the sentence of the age may be another's
		{"date 2026-05-10 Omar Kessler, aged 29, hoped to succeed Alan Wray, who died in February.", "Omar Kessler 29 2026-05-10 1996-05-11..1997-05-10"},
		// an age adjective opening an apposition describes the name before it
		{"date 2023-08-07 Labour's Omar Kessler, a 29-year-old paramedic who lives in the ward, came second.", "Omar Kessler 29 2023-08-07 1993-08-08..1994-08-07"},
		// a birth date and an age that agree: the birth interval is their overlap
		{"date 2023-08-07 Ida Marsh, 83, was born on May 2, 1940, in Tromsø.", "Ida Marsh 83 2023-08-07 1940-05-02..1940-05-02"},
	}
	txs := []hearsay.Timex{
		{Text: "May 2019", Type: hearsay.Date, Value: "2019-05", Earliest: "2019-05-01", Latest: "2019-05-31"},
		{Text: "in May", Type: hearsay.Date, Value: "2021-05", Earliest: "2021-05-01", Latest: "2021-05-31"},
		{Text: "2019", Type: hearsay.Date, Value: "2019", Earliest: "2019-01-01", Latest: "2019-12-31"},
		{Text: "on Tuesday", Type: hearsay.Date, Value: "2023-08-01", Earliest: "2023-08-01", Latest: "2023-08-01"},
		{Text: "in March", Type: hearsay.Date, Value: "2023-03", Earliest: "2023-03-01", Latest: "2023-03-31"},
		{Text: "next month", Type: hearsay.Date, Value: "2021-09", Earliest: "2021-09-01", Latest: "2021-09-30"},
		{Text: "in February", Type: hearsay.Date, Value: "2026-02", Earliest: "2026-02-01", Latest: "2026-02-28"},
		{Text: "on Saturday", Type: hearsay.Date, Value: "2023-08-05", Earliest: "2023-08-05", Latest: "2023-08-05"},
		{Text: "1984", Type: hearsay.Date, Value: "1984", Earliest: "1984-01-01", Latest: "1984-12-31"},
		{Text: "that summer", Type: hearsay.Date, Value: "1984-SU", Earliest: "1984-06-01", Latest: "1984-08-31"},
		{Text: "last April", Type: hearsay.Date, Value: "2025-04", Earliest: "2025-04-01", Latest: "2025-04-30"},
		{Text: "2010", Type: hearsay.Date, Value: "2010", Earliest: "2010-01-01", Latest: "2010-12-31"},
		{Text: "4 November last year", Type: hearsay.Date, Value: "2025-11-04", Earliest: "2025-11-04", Latest: "2025-11-04"},
		{Text: "last month", Type: hearsay.Date, Value: "2026-03", Earliest: "2026-03-01", Latest: "2026-03-31"},
		{Text: "March 9", Type: hearsay.Date, Value: "2026-03-09", Earliest: "2026-03-09", Latest: "2026-03-09"},
		{Text: "May 2, 1940", Type: hearsay.Date, Value: "1940-05-02", Earliest: "1940-05-02", Latest: "1940-05-02"},
	}
	for _, tc := range tests {
		doc := runStage(t, tc.text, txs...)
		got := []string{}
		for _, e := range doc.Entities {
			if e.Age != nil {
				got = append(got, fmt.Sprintf("%s %d %s %s..%s", e.Name, e.Age.Years, e.Age.At, e.Birth.Earliest, e.Birth.Latest))
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: ages %q, want %q", tc.text, got, tc.want)
		}
	}
	// Ages found by the time-expression stage alone: a baby's months.
	baby := hearsay.Timex{Text: "9-month-old", Type: hearsay.Duration, Value: "P9M", Rule: "age_month_old"}
	if doc := runStage(t, "date 2023-08-07 Their 9-month-old son Leo Hart cried.", baby); len(doc.Entities) == 0 ||
		doc.Entities[0].Birth == nil || *doc.Entities[0].Birth != (hearsay.Interval{Earliest: "2022-10-08", Latest: "2022-11-07"}) {
		t.Errorf("9-month-old: entities %+v", doc.Entities)
	}
	// Ages of a past event with no date say nothing of the birth date.
	if doc := runStage(t, "date 2021-08-31 Striker Thiago Mendes joined the academy at 16."); doc.Entities[0].Birth != nil {
		t.Errorf("\"joined at 16\" gave a birth interval %v", doc.Entities[0].Birth)
	}
	// A birthplace told as a compound ("Kenyan-born") dates no birth, whatever time follows.
	if doc := runStage(t, "date 2021-08-31 Ada Holt, a Kenyan-born nurse, came to Leeds in 2019.", txs[2]); doc.Entities[0].Birth != nil {
		t.Errorf("\"Kenyan-born ... in 2019\" gave a birth interval %v", doc.Entities[0].Birth)
	}
	// The same for an age in words that the time-expression stage read ("moved to Cardiff at ten").
	ten := hearsay.Timex{Text: "ten", Type: hearsay.Duration, Value: "P10Y", Rule: "age_words"}
	if doc := runStage(t, "date 2021-08-31 Singer Owen Tarr moved to Cardiff at ten.", ten); doc.Entities[0].Birth != nil {
		t.Errorf("\"moved to Cardiff at ten\" gave a birth interval %v", doc.Entities[0].Birth)
	}
	// An age in a clause told of another time ("when he was ten", "since Omar was 3") is no age of today.
	for _, text := range []string{
		"date 2023-08-07 Ben Lee's parents split when he was ten.",
		"date 2023-08-07 Lena Fox divorced Carl Pike when Omar Pike was ten.",
		"date 2023-08-07 Omar Pike has lived in Leeds since he was ten.",
	} {
		doc := runStage(t, text, ten)
		for _, e := range doc.Entities {
			if e.Birth != nil || e.Age != nil {
				t.Errorf("%q: %s has age %v, birth %v", text, e.Name, e.Age, e.Birth)
			}
		}
	}
	// "born in May 2019" gives the birth interval and no age.
	doc := runStage(t, "date 2023-08-07 Prince Oskar Lind was born in May 2019.", txs...)
	if e := doc.Entities[0]; e.Birth == nil || *e.Birth != (hearsay.Interval{Earliest: "2019-05-01", Latest: "2019-05-31"}) || e.Age != nil {
		t.Errorf("born in May 2019: birth %v age %v", e.Birth, e.Age)
	}
	// A child's arrival is its birth (anchor child-born in data/ages.tsv); an adult's is a visit.
	apr := hearsay.Timex{Text: "April 28", Type: hearsay.Date, Value: "2023-04-28", Earliest: "2023-04-28", Latest: "2023-04-28"}
	doc = runStage(t, "date 2023-08-07 Mira Stone has a daughter, Lumi. Lumi arrived on April 28.", apr)
	if e := entityNamed(doc, "Lumi"); e == nil || e.Birth == nil || *e.Birth != (hearsay.Interval{Earliest: "2023-04-28", Latest: "2023-04-28"}) {
		t.Errorf("a daughter, Lumi, arrived on April 28: entity %+v", e)
	}
	doc = runStage(t, "date 2023-08-07 Mira Stone met Tom Hale. Hale arrived on April 28.", apr)
	if e := entityNamed(doc, "Tom Hale"); e == nil || e.Birth != nil {
		t.Errorf("Hale arrived on April 28: entity %+v", e)
	}
	// A birth date after a maiden name is the birth of the person named before it.
	mar := hearsay.Timex{Text: "14 March 1961", Type: hearsay.Date, Value: "1961-03-14", Earliest: "1961-03-14", Latest: "1961-03-14"}
	doc = runStage(t, "date 2026-03-19 Professor Ann Lowe (née Pike; born 14 March 1961) is the daughter of Hugh Pike, a fisherman.", mar)
	if e := entityNamed(doc, "Ann Lowe"); e == nil || e.Birth == nil || *e.Birth != (hearsay.Interval{Earliest: "1961-03-14", Latest: "1961-03-14"}) {
		t.Errorf("Ann Lowe (née Pike; born 14 March 1961): entity %+v", e)
	}
	// A birth with no date of its own in a timeline takes the date of its entry's heading.
	m23 := hearsay.Timex{Text: "March 2023", Type: hearsay.Date, Value: "2023-03", Earliest: "2023-03-01", Latest: "2023-03-31"}
	doc = runStage(t, "date 2026-06-30 Mira Stone wed Tom Hale in 2021.\n\nMarch 2023: Baby makes three\n\nTheir daughter, Lumi, was born at a hospital in Los Angeles.", m23)
	if e := entityNamed(doc, "Lumi"); e == nil || e.Birth == nil || *e.Birth != (hearsay.Interval{Earliest: "2023-03-01", Latest: "2023-03-31"}) {
		t.Errorf("March 2023: ... Lumi was born: entity %+v", e)
	}
	// "the 47-year-old" with no noun of its own is the person the article is about, mentioned most.
	doc = runStage(t, "date 2025-05-29 Actor Declan Hart is not in rehab, said his publicist, Ana Roe. Hart is at home. Declan Hart was seen in Austin. Fans there cheered the 47-year-old.")
	if e := entityNamed(doc, "Declan Hart"); e == nil || e.Birth == nil || *e.Birth != (hearsay.Interval{Earliest: "1977-05-30", Latest: "1978-05-29"}) {
		t.Errorf("the 47-year-old: entity %+v", e)
	}
	// A child welcomed is born on the date that follows; a guest welcomed is not.
	doc = runStage(t, "date 2023-08-07 Priya Nair and her partner, Leo Banks, welcomed a daughter, Asha, on April 28.", apr)
	if e := entityNamed(doc, "Asha"); e == nil || e.Birth == nil || *e.Birth != (hearsay.Interval{Earliest: "2023-04-28", Latest: "2023-04-28"}) {
		t.Errorf("welcomed a daughter, Asha, on April 28: entity %+v", e)
	}
	doc = runStage(t, "date 2023-08-07 Priya Nair welcomed her guest, Tom Hale, on April 28.", apr)
	if e := entityNamed(doc, "Tom Hale"); e == nil || e.Birth != nil {
		t.Errorf("welcomed her guest, Tom Hale, on April 28: entity %+v", e)
	}
}

// TestAttributeExamples runs examples of descriptions that give attributes.
func TestAttributeExamples(t *testing.T) {
	tests := []struct {
		text string
		want string // facts, "; "-separated
	}{
		{"date 2023-08-07 Camille Étienne, a climate activist, spoke.", "occupation(Camille Étienne, climate activist)"},
		{"date 2023-08-07 Benjamin Millepied is a French choreographer and dancer.",
			"nationality(Benjamin Millepied, France); occupation(Benjamin Millepied, choreographer); occupation(Benjamin Millepied, dancer)"},
		{"date 2023-08-07 Climate activist Camille Étienne spoke.", "occupation(Camille Étienne, climate activist)"},
		// a trade after the comma that a name follows is that name's, as lists of guests write it, also before a possessive
		{"date 2023-08-07 Among the guests were Lady Ashby, the novelist Kate Lyle and the broadcaster Simon Hurst.",
			"occupation(Kate Lyle, novelist); occupation(Simon Hurst, broadcaster)"},
		{"date 2023-08-07 Tom Vale, the novelist Kate Lyle's husband, spoke.", "occupation(Kate Lyle, novelist)"},
		{"date 2023-08-07 Lena Moss married her footballer boyfriend Jordan Ashby.", "occupation(Jordan Ashby, footballer)"},
		{"date 2023-08-07 Benjamin Millepied was the director of the Paris Opera Ballet for a time.",
			"position_held(Benjamin Millepied, director, Paris Opera Ballet)"},
		{"date 2023-08-07 Sam Ortiz, a founding member of Blue Static, left.", "member_of(Sam Ortiz, Blue Static)"},
		// a staff noun after an organisation's name (staff-noun in data/cues.tsv); not after a town's
		{"date 2023-08-07 Nina Park, a former Orbis Software employee, sued the firm.", "member_of(Nina Park, Orbis Software)"},
		{"date 2023-08-07 Nina Park, a Leeds council worker, sued the firm.", "occupation(Nina Park, council worker)"},
		{"date 2023-08-07 Sam Okafor, a former Fenmoor United trainee, signed on Friday.", "member_of(Sam Okafor, Fenmoor United)"},
		// a trade in a band or an orchestra before "of" and its name (ensemble-trade in data/cues.tsv); not another trade
		{"date 2023-08-07 Ivo Lind, the principal cellist of the Halden Symphony Orchestra, spoke. Ada Pike, the architect of the Halden Museum, spoke.",
			"occupation(Ivo Lind, cellist); member_of(Ivo Lind, Halden Symphony Orchestra); occupation(Ada Pike, architect)"},
		// a post set off from a name by a dash on a line of its own, as staff lists write it; a grade before a trade is no trade (grade-lead in data/cues.tsv)
		{"date 2023-08-07 The hospital welcomes two doctors.\n\nDr Tom Vale - Consultant Neonatologist\n\nAnn Rees, a locum radiographer, left.",
			"occupation(Tom Vale, neonatologist); occupation(Ann Rees, radiographer)"},
		// posts of justice, diplomacy, unions and the press (data/roles.tsv)
		{"date 2023-08-07 Ada Pike, the chief justice of the Norland Supreme Court, spoke.",
			"position_held(Ada Pike, chief justice, Norland Supreme Court)"},
		{"date 2023-08-07 Ivo Lind, the general secretary of the Harwick Teachers Union, spoke.",
			"position_held(Ivo Lind, general secretary, Harwick Teachers Union)"},
		{"date 2023-08-07 Dana Moyer, the executive editor of the Riverton Gazette, spoke.",
			"occupation(Dana Moyer, editor); position_held(Dana Moyer, executive editor, Riverton Gazette)"},
		// a post of several words whose last word is a trade (post-trade in data/cues.tsv) tells the trade too
		{"date 2023-08-07 Chief nurse Rosa Kent retires next month.", "occupation(Rosa Kent, nurse)"},
		{"date 2023-08-07 The hospital said senior pharmacist Tom Vale had left.", "occupation(Tom Vale, pharmacist)"},
		{"date 2023-08-07 Mira Holt, the deputy editor of the Kelby Echo, spoke.",
			"occupation(Mira Holt, editor); position_held(Mira Holt, deputy editor, Kelby Echo)"},
		{"date 2023-08-07 Ken Ash, the finance director of Orlo Foods, spoke.", "position_held(Ken Ash, director, Orlo Foods)"},
		{"date 2023-08-07 Dr. Lena Fahy, a consultant cardiologist, spoke.", "occupation(Lena Fahy, consultant cardiologist)"},
		// "X turned Y": the later trade, the earlier one former; "later became" is a copula
		{"date 2023-08-07 Sue Gale, a nurse turned author, spoke.", "occupation(Sue Gale, nurse); occupation(Sue Gale, author)"},
		{"date 2023-08-07 Yves Mace later became a paramedic.", "occupation(Yves Mace, paramedic)"},
		// a capitalised modifier with a lowercase tail ("Oxford-educated", "Grammy-winning") is read past
		{"date 2023-08-07 Jane Aldous, an Oxford-educated barrister, spoke.", "occupation(Jane Aldous, barrister)"},
		{"date 2023-08-07 Wade Ravel is the Grammy-winning singer behind the song.", "occupation(Wade Ravel, singer)"},
		{"date 2023-08-07 Like many actors, Natalie Portman travels.", "occupation(Natalie Portman, actor)"},
		{"date 2023-08-07 Anna Kowalski is a Polish singer.", "nationality(Anna Kowalski, Poland); occupation(Anna Kowalski, singer)"},
		{"date 2023-08-07 Ben Ross, a former banker, spoke.", "occupation(Ben Ross, banker)"},
		// ... past the name of the organisation the trade was practised for
		{"date 2023-08-07 Ivo Lind, a former Orbis Software engineer, spoke.", "occupation(Ivo Lind, engineer); member_of(Ivo Lind, Orbis Software)"},
		// past an aside in parentheses after the name
		{"date 2023-08-07 Morag Keel (née Baird), a primary school teacher, spoke.", "occupation(Morag Keel, primary school teacher)"},
		{"date 2023-08-07 Shares of Veltrix Systems fell. Veltrix Systems said chief executive Colin Mabry would leave.",
			"position_held(Colin Mabry, chief executive officer, Veltrix Systems)"},
		// ... but not for someone told as a partner ("married to chief executive X", "her split from the chairman X")
		{"date 2023-08-07 Shares of Veltrix Systems fell. Veltrix Systems said Ada Venn, who is married to chief executive Colin Mabry, would leave.", ""},
		{"date 2023-08-07 Shares of Orlo Foods fell. Orlo Foods said Nia Cole's split from the chairman Tom Reed was amicable.", ""},
		// ... a working relationship is no partner's
		{"date 2023-08-07 Shares of Veltrix Systems fell. Veltrix Systems said Ada Venn's relationship with chief executive Colin Mabry had soured.",
			"position_held(Colin Mabry, chief executive officer, Veltrix Systems)"},
		{"date 2023-08-07 Harbourne City manager Callum Reid, 51, spoke. Harbourne City lost.", "position_held(Callum Reid, manager, Harbourne City)"},
		// ... an organisation a sentence fronts with "at" holds the post told right after it, not the one the article is about
		{"date 2023-08-07 Shares of Veltrix Systems fell. Veltrix Systems cut jobs. Over at the Leeds broker Pardoe Chartering, managing director Ian Roe has gone.",
			"position_held(Ian Roe, managing director, Pardoe Chartering)"},
		{"date 2023-08-07 Kelby Rail raised fares. Kelby Rail blamed fuel. Meanwhile, at Arden Buses, chief executive Mia Lort said fares would stay.",
			"position_held(Mia Lort, chief executive officer, Arden Buses)"},
		// ... nor a council's post, which is its place's, never the party an article names most
		{"date 2023-08-07 Ada Roe led Harlow Labour Party. She joined Harlow Labour Party in 1960. Fellow councillor and former leader of the council Ian Moss, 79, praised her.", ""},
		{"date 2023-08-07 Tom Hale quit Civic Unity Party. He had joined Civic Unity Party in 1990. Former leader of the county council Ann Dibb said he would be missed.", ""},
		// ... nor an office of state told by its portfolio ("the new Culture Secretary"), which is the country's
		{"date 2023-08-07 Aldwych Bank raised rates. Aldwych Bank blamed inflation. Tom Hale, 38, is the new Culture Secretary.", ""},
		{"date 2023-08-07 Kelby Rail raised fares. Kelby Rail blamed fuel. Ann Roe is the Energy Secretary.", ""},
		// ... nor in a round-up of several firms, where the one named most does not lead the others clearly
		{"date 2023-08-07 Orbis Bank grew. Orbis Bank hired staff. Orbis Bank said so. Kell Group shrank. Kell Group said so. Dunn Holdings grew. Dunn Holdings said so. Pell Bank grew. Pell Bank said so. Rye Bank grew. Rye Bank said so. Chief executive Tom Vale left.", ""},
		// ... not an organisation named in passing before the post
		{"date 2023-08-07 Kelby Rail raised fares. Kelby Rail blamed fuel. Sales rose at Arden Buses, chief executive Mia Lort said.",
			"position_held(Mia Lort, chief executive officer, Kelby Rail)"},
		{"date 2023-08-07 Harrow Group fired its chief. Harrow Group is a retailer. The company's chair, Margaret Ellison, spoke.",
			"position_held(Margaret Ellison, chair, Harrow Group)"},
		{"date 2023-08-07 Tom Rhys arrived. The Welsh actor smiled.", "nationality(Tom Rhys, Wales); occupation(Tom Rhys, actor)"},
		// ... but an occupation that can be a role stays an occupation when only that guess names its organisation
		{"date 2017-05-15 Mourners packed Fairhaven High School for the funeral of Bernard Okonkwo, the beloved football coach. Fairhaven High School closed.",
			"occupation(Bernard Okonkwo, football coach)"},
		// a title that is a role, with the place after the name
		{"date 2025-02-17 Henrik took on more duties for his father, King Albrecht of Valmora.",
			"position_held(King Albrecht, king, Valmora)"},
		// an organisation the text names once: the one just before "its" or "the company's"
		{"date 2024-03-12 Lumen Foods said that Ana Keel will become its chief executive in May.",
			"position_held(Ana Keel, chief executive officer, Lumen Foods)"},
		{"date 2024-03-12 Shares of Orbis Motors fell 4% on Tuesday. The carmaker's new chief executive, Tom Hale, spoke.",
			"position_held(Tom Hale, chief executive officer, Orbis Motors)"},
		// ... but a council's, a union's or a charity's post is no post of a firm the text names as neither
		{"date 2024-03-12 Acme Foods cut jobs. Acme Foods blamed costs. The council's director, Jim Lee, was angry.", ""},
		{"date 2024-03-12 The homelessness charity Shelter North grew. Shelter North hired staff. The charity's chair, Linda Ross, spoke.",
			"position_held(Linda Ross, chair, Shelter North)"},
		// ... nor one of several organisations whose names hold the noun
		{"date 2024-03-12 Ann Roe joined the Royal Society. She chairs Kelby University. She also sits on the Brontë Society. The society's president, Hugh Dalby, spoke.", ""},
		// a post possessed by its organisation, without the words that tell when it is held
		{"date 2024-03-12 Kell Group's new chairman, Tom Vale, is a banker.", "position_held(Tom Vale, chairman, Kell Group); occupation(Tom Vale, banker)"},
		{"date 2024-03-12 Orvane Bank's long-serving finance director, Ana Ruiz, will retire.", "position_held(Ana Ruiz, finance director, Orvane Bank)"},
		// ... not one named in the description of the person that "its" comes after
		{"date 2024-03-12 Orvane Bank has hired Ana Ruiz, a partner at Lund Partners, as its general counsel.",
			"position_held(Ana Ruiz, general counsel, Orvane Bank)"},
		{"date 2024-03-12 Kell Group has appointed Tom Vale, a director of Pell Bank, as its chairman.",
			"position_held(Tom Vale, director, Pell Bank); position_held(Tom Vale, chairman, Kell Group)"},
		// ... not an outlet named as a source
		{"date 2024-03-12 Tom Hale told Business Weekly that he would cut costs. The company's chief executive, Tom Hale, spoke.", ""},
		// trades of British and Irish news: a Scottish advocate, hauliers, television's experts, skippers of boats
		{"date 2024-03-12 Moira Quaile, an advocate in Aberdeen, spoke.", "occupation(Moira Quaile, advocate)"},
		{"date 2024-03-12 Kate Morrow, a Wexford-based haulier, spoke.", "occupation(Kate Morrow, haulier)"},
		{"date 2024-03-12 Body language expert Nina Holt studied the footage.", "occupation(Nina Holt, body language expert)"},
		{"date 2024-03-12 Ray Pender, a trawler skipper from Newlyn, said the catch was down.", "occupation(Ray Pender, trawler skipper)"},
		// ... a firm after a trade that also names firms
		{"date 2024-03-12 Writers criticised publisher Harbour Books on Monday.", ""},
		{"date 2024-03-12 The deal was signed by publisher Quill Publishing and the author.", ""},
	}
	for _, tc := range tests {
		doc := runStage(t, tc.text)
		var got []string
		for _, f := range doc.Facts {
			got = append(got, factLine(f))
			if f.Modality != hearsay.Asserted || f.Polarity != hearsay.Pos || len(f.Evidence) == 0 || f.Trigger.Len() == 0 {
				t.Errorf("%q: fact %+v lacks modality, polarity, evidence or trigger", tc.text, f)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// TestCorefExamples checks pronoun, description and group links, and that
// an ambiguous pronoun stays unresolved.
func TestCorefExamples(t *testing.T) {
	tests := []struct {
		text string
		want string // mention text → entity name, for each mention listed
	}{
		{"date 2022-11-14 Lena Moreau and her ex-husband, actor Grant Sheffield, met. He smiled.",
			"her ex-husband=Grant Sheffield; her=Lena Moreau; He=Grant Sheffield"},
		{"date 2024-09-03 Vivienne Ashcombe, the only daughter of hotel chairman Roland Ashcombe, married. Her father, 67, smiled.",
			"the only daughter=Vivienne Ashcombe; Her father=Roland Ashcombe; Her=Vivienne Ashcombe"},
		{"date 2023-08-07 Lena Moreau is a Canadian singer. She met Anna Berg, a French singer. The Canadian singer smiled.",
			"a Canadian singer=Lena Moreau; She=Lena Moreau; a French singer=Anna Berg; The Canadian singer=Lena Moreau"},
		{"date 2023-08-07 In her new film, Natalie Portman plays a singer.", "her=Natalie Portman"},
		{"date 2024-03-12 Mark Ennis, the Cork-born publisher, spoke. The publisher smiled.",
			"the Cork-born publisher=Mark Ennis; The publisher=Mark Ennis"},
		{"date 2024-03-12 The Irish comedian Sean Meehan joked. The comic smiled.", "The Irish comedian=Sean Meehan; The comic=Sean Meehan"},
		{"date 2024-03-12 The novelist Ann Vale met the publisher Tom Vance. He smiled.",
			"The novelist=Ann Vale; the publisher=Tom Vance; He=Tom Vance"},
		{"date 2024-03-12 Kerry-born comic Aine Doyle sold out the venue. The stand-up, 34, was thrilled.", "The stand-up=Aine Doyle"},
		// a description by another word for the trade (data/tradesynonyms.tsv), with a nationality or origin before it
		{"date 2024-03-12 Tom Rhys, a comedian, and Anna Berg, a singer, arrived. The Scottish-born stand-up smiled.",
			"a comedian=Tom Rhys; a singer=Anna Berg; The Scottish-born stand-up=Tom Rhys"},
		{"date 2024-03-12 Jo Pratt, a solicitor, met Ben Cole, a banker, in Leeds. The London-based lawyer declined to comment.",
			"a solicitor=Jo Pratt; a banker=Ben Cole; The London-based lawyer=Jo Pratt"},
		{"date 2023-08-07 Mara Quill left. \"I am happy,\" Quill said.", "I=Mara Quill"},
		// an indefinite description after a name whose post goes on with "to" (descriptionContinues); a name after "former"
		{"date 2023-08-07 Olav Strand, a former Norwegian ambassador to France, will lead the talks.", "a former Norwegian ambassador=Olav Strand"},
		{"date 2023-08-07 Cai Lum, a former Labour MP, spoke.", "a former Labour MP=Cai Lum"},
		// a speaker's quotation of two sentences between her name and a pronoun leaves her in reach (quotedSentencesBefore)
		{"date 2023-08-07 Dr. Amara Quill was named dean, Provost Tom Vance said. \"I was the first in my family to go to college,\" Quill said. \"My father drove a taxi. I want more.\"\n\nHer husband, Dr. Luis Reyes, is a historian.",
			"I=Amara Quill; my=Amara Quill; My=Amara Quill; I=Amara Quill; Her husband=Luis Reyes; Her=Amara Quill"},
		// "I", "me" and "my" in the answers of an interview are the person the standfirst names (interviewSpeaker);
		// a parent a birth introduces is the one the child later calls "my mother" (bornParentOf)
		{"date 2027-09-05 Q&A: Ingrid Holt, conductor\n\nIngrid Holt, 41, was born in Bergen to a Norwegian mother.\n\nHow did the job come about?\nThe board approached me.\n\nIs your family musical?\nMy mother taught piano.",
			"a Norwegian mother=<unnamed: a norwegian mother>; me=Ingrid Holt; My mother=<unnamed: a norwegian mother>; My=Ingrid Holt"},
		// ... but a transcript's lines, each labelled with its speaker, are no interview's answers
		{"date 2027-09-05 Ray Hale and Bryony Tasker spoke.\n\nTasker: How did it start?\nRay Hale: My dad took me along.\nTasker: And now?\nRay Hale: I retire.",
			"He=?"}, // no description or pronoun resolved
		// a son who shares his father's name is told apart by the suffix the name tagger left out (generationalSuffixes)
		{"date 2027-05-07 John Smith, 80, of Tulsa died Monday. He is survived by his wife, Mary; his son, John Smith Jr., of Dallas; and his daughter, Ann Lee.",
			"He=John Smith; his wife=Mary; his=John Smith; his son=John Smith Jr.; his=John Smith; his daughter=Ann Lee; his=John Smith"},
		// a parent a birth introduces is not the person the pronoun after it speaks of (bornParentBefore)
		{"date 2023-08-07 Ingrid Holt, 41, was named music director. Born in Bergen to a Norwegian mother and a Nigerian father, she grew up in Newcastle. She studied in London.",
			"a Norwegian mother=<unnamed: a norwegian mother>; a Nigerian father=<unnamed: a nigerian father>; she=Ingrid Holt; She=Ingrid Holt"},
		{"date 2023-08-07 Jonah Hart told reporters: \"My wife knows me.\"", "My=Jonah Hart; me=Jonah Hart"},
		{"date 2023-08-07 Natalie Portman and her husband Benjamin Millepied split. He moved out.",
			"her husband=Benjamin Millepied; her=Natalie Portman; He=Benjamin Millepied"},
		{"date 2023-08-07 Lena Moreau and her beau, Grant Sheffield, met in Paris. He smiled.",
			"her beau=Grant Sheffield; her=Lena Moreau; He=Grant Sheffield"},
		{"date 2024-01-10 Lena Moreau arrived with her mother-in-law, Rosa Diaz. Her significant other, Tom Holt, stayed home.",
			"her mother-in-law=Rosa Diaz; her=Lena Moreau; Her significant other=Tom Holt; Her=Lena Moreau"},
		{"date 2024-01-10 Her goddaughter Ivy Park sang for Lena Moreau.", "Her goddaughter=Ivy Park"},
		{"date 2023-08-07 Mr. Jordan Lee arrived. Lee said he was tired.", "he=Jordan Lee"},
		// a relative clause after a name and an age: the pronoun in it is that person's
		{"date 2023-08-07 Karl Dunne, 52, denies the murder of Paul Ashby, 49, who was found dead at his home in Leeds.", "his=Paul Ashby"},
		// a party to a case named by its part in it (data/kinship.tsv, class person)
		{"date 2023-08-07 The victim, Jo Reed, 23, was a nurse. The victim grew up in Hull.", "The victim=Jo Reed; a nurse=Jo Reed; The victim=Jo Reed"},
		{"date 2023-08-07 Anna Berg met Julia Holt. She smiled.", "She=Anna Berg"},
		{"date 2023-08-07 Anna Berg met Tom Holt. The couple married.", "The couple=[Anna Berg Tom Holt]"},
		// two surnames of people named in full before, joined by "and", are two people (splitGivenPair)
		{"date 2023-08-07 Ava Frost was seen with Jude Ashe. Reps for Frost and Ashe said the two were friends.",
			"the two=[Ava Frost Jude Ashe]"},
		// a plural pronoun after a couple named by their titles is that couple (titledCoupleBefore)
		{"date 2023-08-07 Anna Berg sang. Mr and Mrs Paul Greaves announce the birth of their daughter, Lucy.",
			"their daughter=Lucy; their=[Paul Greaves]"},
		// a possessive in a sentence's opening phrase points forward to the main clause's subject (openingCataphor)
		{"date 2023-08-07 The shop was opened by Ann Hale. After the death of her husband, Ken, Dot Wilkes took over.",
			"her husband=Ken; her=Dot Wilkes"},
		// the companions of two people told after "Friends of" are no listing: the pair is theirs (splitGivenPair, listed)
		{"date 2023-08-07 Lena Hart was seen with Rory Vance. Hart split from Ben Doyle last year. Friends of Hart and Vance said the pair met in June.",
			"the pair=[Lena Hart Rory Vance]"},
		// a loss told inside a relative clause after the first of three people does not part the two outside it (relativeAside, lossOfOther)
		{"date 2023-08-07 Colin Marsh, whose late wife Edna ran the post office, has married Joan Tully. The couple met in 2022.",
			"whose late wife=Edna; The couple=[Colin Marsh Joan Tully]"},
		{"date 2023-08-07 Gwen Ashby, whose husband Roy died in 2020, is engaged to Len Pike. The pair met at a dance class.",
			"whose husband=Roy; The pair=[Gwen Ashby Len Pike]"},
		// a definite description the sentence names after "named as" is that person, past a relative clause and an apposition (namedAsAfter)
		{"date 2023-08-07 Ian Cole said it was a tragedy. The victim, a taxi driver, was named as Tom Reed. The cyclist who died, a keen runner, was named locally as Ruth Gill.",
			"The victim=Tom Reed; The cyclist=Ruth Gill"},
		// a couple one of whom died is passed over for a living one (livingCouple)
		{"date 2023-08-07 Gordon Pellow has married Brenda Moyle. He lost his wife, Janet, to cancer in 2019. The couple met in 2022.",
			"He=Gordon Pellow; his wife=Janet; his=Gordon Pellow; The couple=[Gordon Pellow Brenda Moyle]"},
		// a new couple the sentence before joins, over the spouses of an earlier coordination (newCoupleBefore)
		{"date 2023-08-07 Tom Holt left. He and his wife, Dana, have three children. Renata Voss is a graduate. She is married to Aaron Voss, a pilot. The couple have a son.",
			"He=Tom Holt; his wife=Dana; his=Tom Holt; three children=<unnamed: three children>; She=Renata Voss; a pilot=Aaron Voss; The couple=[Renata Voss Aaron Voss]; a son=<unnamed: a son>"},
		{"date 2023-08-07 Dr. Zed Quorn arrived. He sat down.", "He=Zed Quorn"},
		{"date 2023-08-07 Dora Quill and Tom Vance have split. Quill, 29, confirmed the breakup on Tuesday. \"Tom and I are still friends. We wish each other well,\" the reality star wrote.",
			"I=Dora Quill; the reality star=Dora Quill"},
		{"date 2023-08-07 Dora Quill, 29, confirmed the split on Tuesday. \"Tom and I are still friends,\" the spokesman said.", "He=?"},
		{"date 2023-08-07 Ada Lowe and her husband, Rob Vance, married in 2015. Days later, Vance was spotted leaving a restaurant with singer Tia Moss, 29, sparking speculation that the two were more than friends. A rep for Moss said the pair were old friends.",
			"her husband=Rob Vance; her=Ada Lowe; the two=[Rob Vance Tia Moss]; the pair=[Rob Vance Tia Moss]"},
		{"date 2023-08-07 Rex Dunmore has filed for divorce from his wife, Ola Dunmore. He listed their date of separation as May 2.",
			"his wife=Ola Dunmore; his=Rex Dunmore; He=Rex Dunmore; their=[Rex Dunmore Ola Dunmore]"},
		{"date 2023-08-07 Anna Berg and Tom Holt married. The couple share three children, Al, and twins Beth Holt and Cora Holt. They live in Bath.",
			"The couple=[Anna Berg Tom Holt]; They=[Anna Berg Tom Holt]"},
		{"date 2023-08-07 Dr. Zed Quorn met Dr. Yul Brik. He sat down.", "He=?"},
		{"date 2023-08-07 Kim Berg met Tom Holt. She smiled.", "She=Kim Berg"},
		{"date 2023-08-07 Lena Varga sang. The 34-year-old smiled.", "The 34-year-old=Lena Varga"},
		{"date 2024-05-01 Nora Lind released an album. The singer, who grew up in Tulsa, is the only child of retired nurse Greta Lind and jazz pianist Hans Lind. Her father played on two songs.",
			"The singer=Nora Lind; the only child=Nora Lind; Her father=Hans Lind; Her=Nora Lind"},
		{"date 2024-05-01 Tom Abara won the race. The cyclist, who lives in Leeds, is the son of Ruth Abara and former rower Sam Abara. His father coached him.",
			"The cyclist=Tom Abara; the son=Tom Abara; His father=Sam Abara; His=Tom Abara; him=Tom Abara"},
		{"date 2024-05-01 Harold Vane died in March. His son, Adrian Vane, and his daughter, Julie Vane, said that their father had been unwell.",
			"His son=Adrian Vane; His=Harold Vane; his daughter=Julie Vane; his=Harold Vane; their father=Harold Vane; their=[Adrian Vane Julie Vane]"},
		{"date 2024-05-01 Ada Penn and her husband Tom Penn ran the bakery. Their only son, Leo, was born in 1980. He took it over in 2010, when his father retired.",
			"her husband=Tom Penn; her=Ada Penn; Their only son=Leo; Their=[Ada Penn Tom Penn]; He=Leo; his father=Tom Penn; his=Leo"},
		{"date 2024-05-01 Ruth Okoro and Sam Okoro married in 1961. Their daughter, Nkem, ran the firm. Nkem told reporters that her mother was still working.",
			"Their daughter=Nkem; Their=[Ruth Okoro Sam Okoro]; her mother=Ruth Okoro; her=Nkem"},
		{"date 2025-05-29 A spokesman for Mara Quill has denied reports that the singer checked into a clinic. \"Mara is at home with her family,\" her publicist, Ana Sol, told reporters. A tabloid claimed that the 47-year-old had entered a clinic near Phoenix.",
			"the singer=Mara Quill; her=Mara Quill; her publicist=Ana Sol; her=Mara Quill; the 47-year-old=Mara Quill"},
		{"date 2025-03-02 Owen Tarrant was arrested on Friday, his lawyer Ruth Ibe said. Tarrant denies the charge. Ibe said the 52-year-old would plead not guilty.",
			"his lawyer=Ruth Ibe; his=Owen Tarrant; the 52-year-old=Owen Tarrant"},
		{"date 2023-08-07 Actress Natalie Portman (@nportman) posted. @nportman later wrote that she was fine.", "she=Natalie Portman"},
		{"date 2023-08-07 Rapper Jalen \"J-Roc\" Pierce, 30, spoke. Pierce said J-Roc was fine. He laughed.", "He=Jalen Pierce"},
		{"date 2023-08-07 Dame Ada Rusk DBE FRS (née Corr) is a chemist. Corr was born in Hull, the daughter of Tom Corr and his wife Eve. She grew up in Leeds.", "his wife=Eve; his=Tom Corr; She=Ada Rusk"},
		{"date 2023-08-07 Mara Vole and her husband Ted Lusk have three children, Ivy, Finn and Oskar.\n\nThe couple live in Leeds.", "her husband=Ted Lusk; her=Mara Vole; The couple=[Mara Vole Ted Lusk]"},
		{"date 2023-08-07 Ned Quill and Ada Quill ran the shop from 1990.\n\nThe new owners are Ned and Ada's son, Owen Quill, and Owen's wife, Lena Sato. The couple met in 2016.", "Ada's son=Owen Quill; Owen's wife=Lena Sato; The couple=[Owen Quill Lena Sato]"},
		{"date 2024-05-01 Hal Lind died on Monday.\n\nHal was born in 1937 in Lake City to Arvid and Ruth (Nyberg) Lind. In 1960 he married Marlene Tweet. The couple made their home in Red Wing.", "he=Hal Lind; The couple=[Hal Lind Marlene Tweet]; their=[Hal Lind Marlene Tweet]"},
		{"date 2024-05-01 Class notes.\n\nMarcus Dale was named head. Marcus, wife Jenna (Pell) Dale and their twins, Ruby and Theo, 12, will move.\n\nSofia Reyes-Lindgren '03 and Thomas Avery were married Oct. 11 at the Inn. Sofia is a nurse. The couple live in Lebanon.", "their=[Marcus Dale Jenna Dale]; a nurse=Sofia Reyes-Lindgren; The couple=[Sofia Reyes-Lindgren Thomas Avery]"},
	}
	for _, tc := range tests {
		doc := runStage(t, tc.text)
		var got []string
		for _, m := range doc.Mentions {
			if m.Kind == hearsay.NameMention {
				continue
			}
			switch {
			case m.Entity >= 0:
				got = append(got, m.Text+"="+doc.Entities[m.Entity].Name)
			case len(m.Members) > 0:
				var ns []string
				for _, e := range m.Members {
					ns = append(ns, doc.Entities[e].Name)
				}
				got = append(got, fmt.Sprintf("%s=%v", m.Text, ns))
			}
		}
		if len(got) == 0 {
			got = append(got, "He=?")
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// TestNamesFile checks that the given-names list has one line per name.
func TestNamesFile(t *testing.T) {
	lines, err := lexicon.Table(dataFS, "data/names.tsv", 2)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, l := range lines {
		k := strings.ToLower(l.Fields[0])
		if p, ok := seen[k]; ok {
			t.Errorf("%s: %q repeats line %s", l.Pos(), l.Fields[0], p)
		}
		seen[k] = l.Pos()
	}
	if len(seen) < 500 {
		t.Errorf("only %d names", len(seen))
	}
}

// TestListedNamesFile checks that names_listed.tsv has one line per name,
// none of names.tsv, and no month or everyday word the filters must drop.
func TestListedNamesFile(t *testing.T) {
	hand, err := lexicon.Table(dataFS, "data/names.tsv", 2)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, l := range hand {
		known[strings.ToLower(l.Fields[0])] = true
	}
	lines, err := lexicon.Table(dataFS, "data/names_listed.tsv", 2)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, l := range lines {
		k := strings.ToLower(l.Fields[0])
		if seen[k] || known[k] {
			t.Errorf("%s: %q repeats a name", l.Pos(), l.Fields[0])
		}
		seen[k] = true
	}
	for _, w := range []string{"may", "june", "august", "will", "guy", "rose", "summer", "lincoln", "mercedes", "paris", "china", "earl", "sterling"} {
		if seen[w] {
			t.Errorf("names_listed.tsv holds %q", w)
		}
	}
	if !seen["selma"] || len(seen) < 1000 {
		t.Errorf("names_listed.tsv lacks Selma or has only %d names", len(seen))
	}
}

// TestUnnamedPeople checks that an indefinite description of a person in
// object position makes an unnamed entity, and that predicates do not.
func TestUnnamedPeople(t *testing.T) {
	doc := runStage(t, "date 2019-08-27 Derek Sloane is reportedly dating a fitness instructor. The instructor lives in Malibu.")
	var names []string
	for _, e := range doc.Entities {
		if e.Unnamed {
			names = append(names, fmt.Sprintf("%s/%d", e.Name, len(e.Mentions)))
		}
	}
	if got := strings.Join(names, ";"); got != "<unnamed: a fitness instructor>/2" {
		t.Errorf("unnamed entities %q, want the fitness instructor with 2 mentions", got)
	}
	doc = runStage(t, "date 2019-08-27 Derek Sloane is a fitness instructor. He worked as a model.")
	for _, e := range doc.Entities {
		if e.Unnamed {
			t.Errorf("predicate made an unnamed entity %q", e.Name)
		}
	}
}

// TestPhotoCredits reads the photographer and agencies of a photo credit.
func TestPhotoCredits(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	text := "date 2023-08-07 Natalie Portman smiled.\n\n(Photo: DANIEL LEAL/AFP via Getty Images)\n\nShe left."
	doc := testDoc(text)
	i := strings.Index(text, "(Photo")
	doc.Skips = []hearsay.Skip{{Span: hearsay.Span{Start: i, End: i + len("(Photo: DANIEL LEAL/AFP via Getty Images)")}, Kind: "photo-credit"}}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Entities {
		got = append(got, fmt.Sprintf("%s %s %q", e.Type, e.Name, e.Aliases))
	}
	want := `person Natalie Portman ["Natalie Portman"]; person Daniel Leal ["DANIEL LEAL"]; org AFP ["AFP"]; org Getty Images ["Getty Images"]`
	if g := strings.Join(got, "; "); g != want {
		t.Errorf("entities:\n got %s\nwant %s", g, want)
	}
}

func TestDatelines(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line string // the dateline, followed in the text by a story sentence
		rest string // the story after it; "" for "Mara Quill smiled."
		want string
	}{
		{"PORT ALDER, Maine — ", "Mara Quill, the mayor of Port Alder, smiled.", `place Port Alder "" ["Port Alder" "PORT ALDER"]; place Maine "" ["Maine"]; person Mara Quill "" ["Mara Quill"]`},
		// the dateline's place keeps its type in the story; its region is a place under its name (data/regions.tsv)
		{"RIVERTON, Colo. (AP) — ", "Riverton's police chief resigned, and his deputy left.", `place Riverton "" ["Riverton" "RIVERTON"]; place Colorado "" ["Colo."]; org AP "agency" ["AP"]`},
		{"BELL HARBOR, Calif. — ", "Bell Harbor said Mara Quill would leave.", `place Bell Harbor "" ["Bell Harbor" "BELL HARBOR"]; place California "" ["Calif."]; person Mara Quill "" ["Mara Quill"]`},
		{"LOS ANGELES (AP) — ", "", `place Los Angeles "" ["LOS ANGELES"]; org AP "agency" ["AP"]; person Mara Quill "" ["Mara Quill"]`},
		{"PORT ALDER, Maine — ", "", `place Port Alder "" ["PORT ALDER"]; place Maine "" ["Maine"]; person Mara Quill "" ["Mara Quill"]`},
		{"WINSTON-SALEM, N.C., Dec. 6 (Reuters) -- ", "", `place Winston-Salem "" ["WINSTON-SALEM"]; place North Carolina "" ["N.C."]; org Reuters "agency" ["Reuters"]; person Mara Quill "" ["Mara Quill"]`},
		{"ST. LOUIS — ", "", `place St. Louis "" ["ST. LOUIS"]; person Mara Quill "" ["Mara Quill"]`},
		{"ALDERFORD, Surrey — ", "", `place Alderford "" ["ALDERFORD"]; place Surrey "" ["Surrey"]; person Mara Quill "" ["Mara Quill"]`},
		{"PORT ALDER, N.B. (CP) — ", "", `place Port Alder "" ["PORT ALDER"]; place New Brunswick "" ["N.B."]; org CP "agency" ["CP"]; person Mara Quill "" ["Mara Quill"]`},
		{"PORT ALDER, N.S.W. — ", "", `place Port Alder "" ["PORT ALDER"]; place New South Wales "" ["N.S.W."]; person Mara Quill "" ["Mara Quill"]`},
	}
	for _, tt := range tests {
		rest := tt.rest
		if rest == "" {
			rest = "Mara Quill smiled."
		}
		text := "date 2023-08-07 " + tt.line + rest
		doc := testDoc(text)
		i := strings.Index(text, tt.line)
		doc.Skips = []hearsay.Skip{{Span: hearsay.Span{Start: i, End: i + len(tt.line)}, Kind: "dateline"}}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Entities {
			got = append(got, fmt.Sprintf("%s %s %q %q", e.Type, e.Name, e.Kind, e.Aliases))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q entities:\n got %s\nwant %s", tt.line, g, tt.want)
		}
		for _, m := range doc.Mentions {
			if m.Rule == "name-dateline" && text[m.Start:m.End] != m.Text {
				t.Errorf("%q: mention %q at %d:%d reads %q", tt.line, m.Text, m.Start, m.End, text[m.Start:m.End])
			}
		}
	}
}

// TestGivenNamesBefore checks that a given name the tagger left out right
// before a one-word name joins it, and that other capitalised words do not.
func TestGivenNamesBefore(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		tagged map[string]string // token → its NER tag; the others are "O"
		want   string
	}{
		{"date 2021-10-02 Ingrid Castellano is setting the record straight.",
			map[string]string{"Castellano": "B-LOC"}, "person Ingrid Castellano"},
		{"date 2021-10-02 The fans met Ingrid Castellano on Friday.",
			map[string]string{"Castellano": "B-PER"}, "person Ingrid Castellano"},
		// an organisation or place word ends the name: no person, but the
		// place the lone suffix needs
		{"date 2021-10-02 Victoria Station closed on Friday.",
			map[string]string{"Station": "B-LOC"}, "place Victoria Station"},
		{"date 2021-10-02 Victoria Society met on Friday.",
			map[string]string{"Society": "B-ORG"}, "org Victoria Society"},
		// a word that names no one
		{"date 2021-10-02 Tuesday Castellano wrote.",
			map[string]string{"Castellano": "B-PER"}, "person Castellano"},
	}
	for _, tt := range tests {
		doc := testDoc(tt.text)
		for i := range doc.Tokens {
			doc.Tokens[i].NER = "O"
			if tag, ok := tt.tagged[doc.Tokens[i].Text]; ok {
				doc.Tokens[i].NER = tag
			}
		}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Entities {
			got = append(got, fmt.Sprintf("%s %s", e.Type, e.Name))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, g, tt.want)
		}
	}
}

// entityNamed returns the entity of doc with that name, or nil.
func entityNamed(doc *hearsay.Document, name string) *hearsay.Entity {
	for i := range doc.Entities {
		if doc.Entities[i].Name == name {
			return &doc.Entities[i]
		}
	}
	return nil
}

// factLine writes a fact as the tests' want strings do: "type(arg, arg)"
// with the arguments' literal text.
func factLine(f hearsay.Fact) string {
	args := make([]string, len(f.Args))
	for i, a := range f.Args {
		args[i] = a.Literal
	}
	return fmt.Sprintf("%s(%s)", f.Type, strings.Join(args, ", "))
}
