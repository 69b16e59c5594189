package entity_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/entity"
	"github.com/hearsay-news/hearsay/reader"
	"github.com/hearsay-news/hearsay/tag/ner"
	"github.com/hearsay-news/hearsay/tag/pos"
	"github.com/hearsay-news/hearsay/text"
	"github.com/hearsay-news/hearsay/timex"
)

var (
	taggedOnce     sync.Once
	taggedPipeline *hearsay.Pipeline
	taggedErr      error
)

// runTagged runs the taggers and the entity stage on a dated article
// ("date 2023-08-07 ...").
func runTagged(t *testing.T, article string) *hearsay.Document {
	t.Helper()
	taggedOnce.Do(func() {
		stages, err := taggerStages()
		if err != nil {
			taggedErr = err
			return
		}
		st, err := entity.NewStage()
		if err != nil {
			taggedErr = err
			return
		}
		taggedPipeline, taggedErr = hearsay.NewPipeline(append(stages, st)...)
	})
	if taggedErr != nil {
		t.Fatal(taggedErr)
	}
	docs, errs := reader.Parse("example.txt", []byte(article), reader.Options{})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("read %q: %v", article, errs)
	}
	if err := taggedPipeline.Run(context.Background(), docs[0]); err != nil {
		t.Fatal(err)
	}
	return docs[0]
}

// taggerStages builds the stages before the entity stage: tokens and
// sentences, POS, NER and time expressions, with the bundled models.
func taggerStages() ([]hearsay.Stage, error) {
	pt, err := pos.Default()
	if err != nil {
		return nil, err
	}
	nt, err := ner.Load("")
	if err != nil {
		return nil, err
	}
	tt, err := timex.New("en")
	if err != nil {
		return nil, err
	}
	return []hearsay.Stage{text.NewStage(), pos.NewStage(pt), ner.NewStage(nt), timex.NewStage(tt)}, nil
}

// describe lists the entities as "type[/kind] name" in the document's order.
func describe(doc *hearsay.Document) string {
	var out []string
	for _, e := range doc.Entities {
		if len(e.Mentions) == 0 {
			continue // implied ("France" from "French")
		}
		typ := string(e.Type)
		if e.Kind != "" {
			typ += "/" + e.Kind
		}
		out = append(out, typ+" "+e.Name)
	}
	return strings.Join(out, "; ")
}

// TestTaggedEntityExamples runs the whole tagging pipeline on short texts
// and checks the entities they contain. want lists entities that must be
// there ("type[/kind] name"); not lists names no entity may have, alone
// or after a type ("person X": no person may be named X).
func TestTaggedEntityExamples(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		// a name with a word of cue class institution-head before its last word is the institution ("College" before the town it stands in);
		// a name ending in "Tech" (cue class org-suffix) is an organisation
		{"date 2024-03-04 She studied economics at Ostrel College Kelby and later taught at Brenley University Harwick. Analysts at Kelby Tech agreed. They met on College Road.",
			[]string{"org Ostrel College Kelby", "org Brenley University Harwick", "org Kelby Tech", "place College Road"}, nil},
		// a lowercase noun of an organisation's kind (data/orgcues.tsv) between two capitalised words parts them: a place and a firm
		{"date 2024-03-04 Tom Rees co-founded the Manchester company Loopwise. Ann Lee co-founded the Bristol startup Vexa.",
			[]string{"place Manchester", "org Loopwise", "place Bristol", "org Vexa"}, []string{"Manchester company Loopwise", "Bristol startup Vexa"}},
		// a one-word place right after "at" is the organisation named before it that starts with it or ends in "of" and it; after a word of place-before it stays the town
		{"date 2024-03-04 Pieter Vale, a former Dunmarsh United assistant, spent five seasons as number two at Dunmarsh. Tom Hale left for the Port of Kelvinhaugh in May. At Kelvinhaugh, Hale takes over from Ann Moss. Ben Reid moved back to Dunmarsh in 2019.",
			[]string{"org Dunmarsh United", "org Port of Kelvinhaugh", "place Dunmarsh"}, []string{"Kelvinhaugh"}},
		// a name of two or three words after "the" that ends in a word of cue class paper-head is a local paper; its town alone stays a place
		{"date 2024-03-04 According to the Kelby Mercury's archive, Ann Moss was elected in 1984. She has lived in Kelby since 1975.",
			[]string{"org/outlet Kelby Mercury", "person Ann Moss", "place Kelby"}, nil},
		// a county's name right before a local office is the place, though "County" also ends clubs' names
		{"date 2024-03-04 Sheriff to retire\n\nCOLUMBIA, Tenn. (WTNX) — Kelby County Sheriff Dwayne Hollis will not seek a fourth term next year, he announced Wednesday in a Facebook post.",
			[]string{"place Kelby County", "person Dwayne Hollis"}, nil},
		// a heading in capitals over a local race names the place before words of cue class heading-office; "CITY" before "COUNCIL" is the council's
		{"date 2024-11-06 Results\n\nKELBY MAYOR\nAnn Marsh, 47, won a third term.\n\nOSTREL CITY COUNCIL, WARD 2\nTom Hale won by 61 votes.\n\nBRENLEY TOWNSHIP TRUSTEE\nDan Rook won.\n\nDEPUTY MAYOR\nNo one ran.",
			[]string{"place KELBY", "place OSTREL", "place BRENLEY TOWNSHIP", "person Ann Marsh", "person Tom Hale", "person Dan Rook"}, []string{"DEPUTY", "OSTREL CITY"}},
		// a body before a title that a person's name with an age ran into is the body, no part of the person
		{"date 2024-03-04 U.S. Air Force Lieutenant Dana Whitcomb, 34, died in the crash. Air Force Captain Rhea Vance, 29, survived.",
			[]string{"org U.S. Air Force", "person Dana Whitcomb", "org Air Force", "person Rhea Vance"}, nil},
		// a one-word name after "degree from", "doctorate from", "MBA from" (cue class club-before) is the university, though a town's name
		{"date 2024-03-04 Ann Moss received a law degree from Columbia. Her husband holds a doctorate from Princeton and an MBA from Warwick.",
			[]string{"org Columbia", "org Princeton", "org Warwick", "person Ann Moss"}, nil},
		// ... also with the field between ("a degree in law from", "a doctorate in applied physics from")
		{"date 2024-03-04 Ann Moss has a degree in law from Durham. Tom Hale holds a doctorate in applied physics from Leeds.",
			[]string{"org Durham", "org Leeds", "person Ann Moss", "person Tom Hale"}, nil},
		// ... and after "qualified at", "a researcher at", "trained at" and "ordination at"
		{"date 2024-03-04 Ann Moss qualified at Leeds in 1990. Her son is a researcher at Delft; her daughter is training for ordination at Cranmer Hall in Durham.",
			[]string{"org Leeds", "org Delft", "org Cranmer Hall", "place Durham"}, nil},
		// a capitalised "First" inside a sentence belongs to the name after it; before a known town the whole is a firm's
		{"date 2024-03-04 Ann Moss said the deal was advised by First Boston and Lazard. She lives on First Avenue.",
			[]string{"org First Boston", "person Ann Moss", "place First Avenue"}, []string{"Boston"}},
		// "X" after "on", "to" or "via" is the social network, which the tagger leaves out as an initial
		{"date 2024-03-04 The claims were shot down by Ian Moffat himself on X on Monday.",
			[]string{"org X", "person Ian Moffat"}, nil},
		// a region's abbreviation right after a verb is a word that ends the sentence ("celebrated Mass."); after a town and a comma it is the state
		{"date 2024-03-04 Fr Tom Hale celebrated Mass. He thanked the choir.",
			[]string{"person Tom Hale"}, []string{"Massachusetts"}},
		{"date 2024-03-04 The couple moved to Springfield, Mass., in 2019.",
			[]string{"place Massachusetts"}, nil},
		// a trade or a post alone in capitals is no one's name
		{"date 2024-03-04 The tribunal heard evidence.\n\nWITNESS: DAVID OKONJO, HEADTEACHER\nOkonjo told the hearing that the teacher was exemplary.",
			[]string{"person DAVID OKONJO"}, []string{"HEADTEACHER"}},
		// a known place that opens a sentence before a dash and an article is a dateline in title case, not someone the description after it describes
		{"date 2024-03-04 Lagos — The chief executive of Zenith Agro, Olusegun Adebayo, has been named businessman of the year.",
			[]string{"place Lagos", "person Olusegun Adebayo"}, []string{"person Lagos"}},
		// a known place in capitals that opens the story before a colon is its dateline
		{"date 2024-03-04 LUCKNOW: Chief Minister Yogi Adityanath on Friday inaugurated the bridge.",
			[]string{"place LUCKNOW", "person Yogi Adityanath"}, nil},
		// name particles join a given name and a surname the tagger left untagged; a particle the tagger left out opens the surname alone;
		// a given name, particles and a surname are a person's, though the last word ends events' names
		{"date 2024-03-04 She married the director Luc van der Berg in 2010. Her mother, the designer Hélène de la Tour, declined to comment. She met Ana de la Vega.",
			[]string{"person Luc van der Berg", "person Hélène de la Tour", "person Ana de la Vega"}, []string{"Luc", "der Berg"}},
		// a post or a seat's letters before a given name inside one organisation's span split it: the body, no post, the person, the place after "of"
		{"date 2024-03-04 BJP MLA Rajesh Verma of Lucknow Cantonment met officials on Friday.",
			[]string{"org BJP", "person Rajesh Verma", "place Lucknow Cantonment"}, []string{"MLA"}},
		// a lone given name after a verb whose object is a person (person-object in data/cues.tsv) is someone, whatever the tagger said
		{"date 2024-03-04 Amy Tolland met Hugo at university. She met Leo in 2015.",
			[]string{"person Hugo", "person Leo"}, []string{"org Hugo", "org Leo"}},
		// "Very", "Most" and "Right" before a clergy title are part of the title, no name of their own
		{"date 2024-03-04 The award was presented by the Very Rev John Smith, Dean of Ripon. The Most Rev Ann Cole spoke.",
			[]string{"person John Smith", "person Ann Cole"}, []string{"Very", "Most"}},
		// "Sr" before a name is a religious sister's title; after one, "Sr." is a generational suffix
		{"date 2024-03-04 Sr Nóra Ní Bhriain said. Tom Hale Sr. said the farm was sold.",
			[]string{"person Nóra Ní Bhriain"}, []string{"Sr Nóra Ní Bhriain"}},
		// a titled name runs on over lowercase particles the tagger left out ("van der")
		{"date 2024-03-04 Mr Pieter van der Berg said the deal was done. Dr Ahmad bin Yusof agreed.",
			[]string{"person Pieter van der Berg", "person Ahmad bin Yusof"}, []string{"Pieter"}},
		// a team named by its sponsor after "Team" is an organisation, not a person; a post run into a full name stays the person's
		{"date 2024-03-04 She rode for Team Visma and later Team Sky. Team Leader Sarah Hale said the squad was ready.",
			[]string{"org Team Visma", "org Team Sky"}, nil},
		// a post written capitalised after a body's acronym ends no name: the acronym is the organisation
		{"date 2024-03-04 Officers were ready, the PSNI Chief Constable, Jon Boutcher, said. They met the Daily Courier reporter.",
			[]string{"org PSNI", "person Jon Boutcher", "org/outlet Daily Courier"}, []string{"PSNI Chief Constable"}},
		// offices of the Irish state are titles before a name and roles after one, no names of their own
		{"date 2024-03-04 The Taoiseach, Micheál Martin, said the budget was fair. Tánaiste Simon Harris disagreed. Former Taoiseach Bertie Ahern met the Ceann Comhairle, Verona Murphy.",
			[]string{"person Micheál Martin", "person Simon Harris", "person Bertie Ahern", "person Verona Murphy"}, []string{"Taoiseach", "Tánaiste Simon Harris", "Ceann Comhairle"}},
		// letters of a seat or of the bar after a name are no part of it nor a name of their own
		{"date 2024-03-04 Seán Ó Fearghail TD chaired the committee. Brendan Grehan SC appeared for the State. Ruth Moss MSP and Anna Berg MEP spoke.",
			[]string{"person Seán Ó Fearghail", "person Brendan Grehan", "person Ruth Moss", "person Anna Berg"}, []string{"SC", "Seán Ó Fearghail TD"}},
		// in a headline in title case a name is kept only as far as the body writes it; runs of headline words are no names
		{"date 2024-03-04 Marcus Ellery Quits Paper Lanterns After Row With Label\n\nGuitarist Marcus Ellery has left the band.",
			[]string{"person Marcus Ellery"}, []string{"Marcus Ellery Quits Paper Lanterns", "Row With Label"}},
		// a quoted title after a work cue may hold commas, "&" and possessives; an unquoted one may open with an article
		{"date 2024-03-04 Her new cookbook, \"Bread, Salt and Fire\", lands next week. His show \"Rust, Dust, Family\" returns. She stars in the BBC drama The Long Tide; his new series, The Harbour, starts soon.",
			[]string{"work/book Bread, Salt and Fire", "work/show Rust, Dust, Family", "work/show The Long Tide", "work/show The Harbour"}, []string{"Bread", "Salt", "Dust", "place The Harbour"}},
		// a family name of cue class family-first before a hyphenated given name is one person's; a capitalised modifier of cue class
		// capstop opening a sentence is no part of the firm after it; "of the" joins a head of cue class of-org-head and the name after it
		{"date 2024-03-04 Rival Kelvane Group, led by Kwak Min-seo, gained ground. Troubled Ostrel Foods, run by Tsai Wen-li, did not. She works for the Museum of the Harbour Lights.",
			[]string{"org Kelvane Group", "person Kwak Min-seo", "org Ostrel Foods", "person Tsai Wen-li", "org Museum of the Harbour Lights"}, []string{"Rival Kelvane Group", "Troubled Ostrel Foods"}},
		// a name ending in an organisation's suffix and a country is the firm's arm there, no place
		{"date 2024-03-04 Analysts at Kelvane Bank Kenya agreed, as did Ostrel Holdings Ghana.",
			[]string{"org Kelvane Bank Kenya", "org Ostrel Holdings Ghana"}, []string{"place Kelvane Bank Kenya", "place Ostrel Holdings Ghana"}},
		// a name neither starts nor ends with "&": the tagger's pieces around it are one organisation's name
		{"date 2024-03-04 It was first reported by the Kelby Chronicle & Echo on Monday. Lawyers at Hale & May agreed.",
			[]string{"org Kelby Chronicle & Echo", "org Hale & May"}, []string{"& Echo", "Hale &"}},
		// a town's name right before a hyphenated word that ends in a local paper's head (paper-head) is the paper's
		{"date 2024-03-04 The Omaha World-Herald first reported the resignation. She moved to Omaha in 1990.",
			[]string{"org Omaha World-Herald", "place Omaha"}, []string{"World-Herald"}},
		// "the state" before an organisation's name is part of it, as news names a state's body
		{"date 2024-03-04 The bill now goes to the state Senate, which meets on Monday. It was backed by the state Department of Education.",
			[]string{"org state Senate", "org state Department of Education"}, []string{"org Senate", "org Department of Education"}},
		// in the headline in title case a title before headline words names no one, and a name of two words is kept as far as the body writes it
		{"date 2024-03-04 Senator Quits Amid Probe\n\nKELBY — Sen. Ann Moss resigned on Friday, her office said.",
			[]string{"person Ann Moss"}, []string{"Quits Amid Probe", "Senator Quits Amid Probe"}},
		{"date 2024-03-04 Mayor Backs Harbour Plan\n\nThe mayor, Tom Hale, said the plan would go ahead.",
			[]string{"person Tom Hale"}, []string{"Backs Harbour Plan"}},
		{"date 2024-03-04 Minister Resigns\n\nThe health minister, Ruth Pell, resigned on Friday.",
			[]string{"person Ruth Pell"}, []string{"Resigns"}},
		{"date 2024-03-04 Ann Moss Quits\n\nKELBY — Ann Moss has resigned as chair of the board.",
			[]string{"person Ann Moss"}, []string{"Ann Moss Quits"}},
		// a surname after a street and a comma is the subject of the clause, no town of an address, when a verb follows it
		{"date 2024-03-04 The governor, Kamau Wanjiru, said rates would hold.\n\nSpeaking at the bank's offices on Harbour Road, Wanjiru said inflation had eased.",
			[]string{"person Kamau Wanjiru"}, []string{"place Wanjiru"}},
		{"date 2024-03-04 Man Jailed For Attack On Neighbour In Kelby\n\nA man has been jailed, Judge Ann Moss said.",
			[]string{"person Ann Moss"}, []string{"For Attack On Neighbour In Kelby"}},
		// a name after a post of cue class firm-post and "of" or "at" is the firm, unless a place the lists know or one the document puts after "in"
		{"date 2024-03-04 Kagiso Dlamini, chief executive of Sasol, said costs had risen. Jonathan Ashcombe, a partner at Linklaters, agreed. Priya Raghunathan was appointed chairman of Petronas Dagangan. Ann Moss, the head of Marrowby, lives in Marrowby. Tom Hale is the mayor of Kelby.",
			[]string{"org Sasol", "org Linklaters", "org Petronas Dagangan", "place Marrowby", "place Kelby"}, nil},
		// an organisation-tagged name that starts with a given name is a firm when it ends in an organisation's word ("Ltd."), when a noun of cue class
		// firm-after follows it ("shares") or when a trade of cue class firm-trade and "at" or "with" come before it; its first word alone is the firm too
		{"date 2024-03-04 Hollis Marsh Ltd. said it would cut 200 jobs. An analyst at Merrill Dunmore said the outlook was poor. Kyle Vantage Corp. said a spokesman for Kyle declined to comment.",
			[]string{"org Hollis Marsh Ltd.", "org Merrill Dunmore", "org Kyle Vantage Corp."}, []string{"Kyle"}},
		// a place, "and" and a public body's name ending in a word of cue class joint-body-head are one organisation; the places alone stay places
		{"date 2024-03-04 Devon and Somerset Fire and Rescue Service said firefighter Ian Rudd had retired. Ada Kerr is chief executive of Kelby and Ostrel NHS Foundation Trust. She moved to Devon and Somerset in 2001.",
			[]string{"org Devon and Somerset Fire and Rescue Service", "org Kelby and Ostrel NHS Foundation Trust", "person Ian Rudd", "person Ada Kerr", "place Somerset"}, []string{"Somerset Fire and Rescue Service", "Ostrel NHS Foundation Trust"}},
		// a name ending in a word of a small ensemble (cue class org-suffix: "Quartet", "Trio", "Ensemble") is an organisation, not a place;
		// a name with a given name first and an industry's noun last (data/orgwords.tsv: "Paper", "Electric", "Cement") is a firm
		{"date 2024-03-04 Pianist Leo Marsh joined the Harlem Nocturne Quartet in 2019. Cellist Ann Roe plays with the Kelby String Trio. Ada Kerr is chief executive of Jordan Electric. Liam Hart left Grace Cement in May.",
			[]string{"org Harlem Nocturne Quartet", "org Kelby String Trio", "person Leo Marsh", "person Ann Roe", "org Jordan Electric", "org Grace Cement", "person Ada Kerr", "person Liam Hart"}, nil},
		// a participle of cue class capstop that news writes capitalised before a post ("Ousted", "Axed", "Jailed") is no part of the organisation after it
		{"date 2024-03-04 Ousted Harwick Trust chief executive Simon Pell declined to comment. Axed Brenley Council leader Ann Fry said nothing. Jailed Tarrow Bank trader Ivo Hale appealed.",
			[]string{"org Harwick Trust", "person Simon Pell", "org Brenley Council", "person Ann Fry", "org Tarrow Bank", "person Ivo Hale"}, []string{"Ousted Harwick Trust", "Axed Brenley Council", "Jailed Tarrow Bank"}},
		// a name of two words with no given name first, subject of a plural verb of cue class group-verb or, ending in "s", of a verb and "their",
		// is a group's (a band), not a person's; after "and" it may be one of two people and stays a person's
		{"date 2024-03-04 Velvet Quarry are signed to Harbour Records. Copper Lanterns released their third album on Friday. Ann Holt and Zorvan Pell are married.",
			[]string{"org Velvet Quarry", "org Copper Lanterns", "person Ann Holt", "person Zorvan Pell"}, nil},
		// a name tagged as a person's is a firm's before a trade of cue class firm-trade ("Kelby Dunmore analyst Ann Holt", "Hartley Voss food analyst"),
		// after one and "with" ("an analyst with Pryce Barlow, Harwell & Co."), before "'s" and a head of cue class firm-head ("Holly Brandt's chairman");
		// its other mentions follow it ("Hartley Voss and Goldman Sachs said")
		{"date 1998-05-04 Shares fell, said Lena Ortiz, an analyst with Pryce Barlow, Harwell & Co. in Chicago. Holly Brandt's chairman, Ivo Marsh, said sales were weak.\n\nShearson, Hartley Voss and Goldman Sachs say they trade only for customers. \"It is overpriced,\" says Hartley Voss food analyst Dean Moray.",
			[]string{"person Lena Ortiz", "org Pryce Barlow", "org Holly Brandt", "person Ivo Marsh", "org Hartley Voss", "person Dean Moray"}, nil},
		// a one-word name the tagger left out or misread at the start of a sentence is a firm's when the clause says what a firm does:
		// "has appointed" and a name, or a speech verb and "it" or "its"; a company of the tagger's lists needs only a verb after it;
		// a country stays a place, and a surname of a person named before stays the person's
		{"date 2024-03-04 Tessaly said on Tuesday it would cut 300 jobs. Brantis has appointed Tom Hale as its new finance director. Veltrona announced on Monday that it had hired Ada Frost as head of sales. Nokia confirmed the move. Siemens announced a deal. Quorvel said shares rose 4%.",
			[]string{"org Tessaly", "org Brantis", "person Tom Hale", "org Veltrona", "person Ada Frost", "org Nokia", "org Siemens", "org Quorvel"}, nil},
		// ... also when the tagger took it for a person's, and then its other one-word mentions ("a Dorvane spokesman") are the firm's
		{"date 2024-03-04 Tom Hale joined in 2019. Dorvane said it would close the plant in May. A Dorvane spokesman declined to comment.",
			[]string{"person Tom Hale", "org Dorvane"}, []string{"person Dorvane"}},
		{"date 2024-03-04 Britain has named Ann Roe, its consul-general in Chicago, as deputy head of mission. Anna Kemp left the board in May. Kemp said it was a hard decision.",
			[]string{"place Britain", "person Ann Roe", "person Anna Kemp"}, nil},
		// a name before a business or team post and a person's name is the body the post is held in: an untagged one or a place no list knows
		// is an organisation; a word the document writes in lowercase is none, and a known place stays a place
		{"date 2024-03-04 Brenwick chairman Tom Hale said the board would meet. Madison chief executive Jane Roe resigned on Friday. Tesco boss Ken Murphy will step down. Harlow chief executive Piers Dane said profits rose.",
			[]string{"org Brenwick", "person Tom Hale", "org Madison", "person Jane Roe", "org Tesco", "person Ken Murphy", "org Harlow", "person Piers Dane"}, nil},
		{"date 2024-03-04 Party chairman Ann Moss said the party's members would vote in June. London mayor Sadiq Khan agreed.",
			[]string{"person Ann Moss", "place London"}, []string{"Party"}},
		// a name before a show's word (show-after: "star", "actress") and a person's name is a show, also one named like a street;
		// a place the lists know stays a place; a given name before a word that ends organisations' names is a person after a trade
		{"date 2024-03-04 Coronation Street actress Kit Lane married Tom Reed in June. Love Island star Molly Vane has split from her boyfriend. Los Angeles actress Ann Roe agreed. Activist investor Greyling Capital owns 4% of the firm.",
			[]string{"work Coronation Street", "person Kit Lane", "person Tom Reed", "work Love Island", "person Molly Vane", "place Los Angeles", "person Ann Roe", "org Greyling Capital"}, nil},
		// a person-tagged name ending in a team word of data/orgwords.tsv ("Town") is a club; team-nickname in data/cues.tsv ends teams' names
		{"date 2024-03-04 Harrowfield Town sacked their manager on Monday. Carolina Ospreys signed forward Dan Miles, 24, from the Dunleavy Hawks.",
			[]string{"org Harrowfield Town", "org Carolina Ospreys", "org Dunleavy Hawks", "person Dan Miles"}, nil},
		// a name of two or three words right after "married", "wed" or "dating", or after words of cue class romance-with, is a person's,
		// whatever the tagger said and however it is shaped; an organisation's or a venue's last word keeps it what it was
		{"date 2024-03-04 Jo Raine married Kit Moss in 2020. Mara Quell, 33, is dating Lark Hollow, a source said. The actor has been in a relationship with Rook Vale since 2021.",
			[]string{"person Jo Raine", "person Kit Moss", "person Mara Quell", "person Lark Hollow", "person Rook Vale"}, nil},
		{"date 2024-03-04 They married at Kelby Abbey in 2020 and were dating for years before that.",
			[]string{"place Kelby Abbey"}, nil},
		// a venue's name is an employer's when it hires someone or when a post and its field stand before "at" ("head of operations at"), the venue alone stays a place
		{"date 2024-03-04 Brenley Airport has hired Ada Quill, head of operations at Kelby City Airport, as its chief operating officer. They married at Ostrel Hall in 2020.",
			[]string{"org Brenley Airport", "org Kelby City Airport", "person Ada Quill", "place Ostrel Hall"}, nil},
		// a name ending in a team name's last word (cue class club-suffix) right before a team's staff or a player's position (team-role, sports-word) is the club;
		// before "manager" only in a document that speaks of sport
		{"date 2024-03-04 Dan Rook, the Kelby Town skipper, married Eve Lark in June. The former Ashford United striker Sam Reid, 41, has died.",
			[]string{"person Dan Rook", "org Kelby Town", "person Eve Lark", "org Ashford United", "person Sam Reid"}, nil},
		{"date 2024-03-04 The Elkin Town manager, Sam Reid, presented the budget to commissioners on Monday.",
			[]string{"person Sam Reid", "place Elkin Town"}, nil},
		// a name the tagger took for a club or a firm, between "the" or a possessive and a noun of a home (cue class dwelling-noun), is where the home is
		{"date 2024-03-04 The couple sold their Everton house in 2019 and bought the Brentford cottage a year later. Mara Quell moved out of the Chelsea flat she shared with him.",
			[]string{"place Everton", "place Brentford", "place Chelsea"}, nil},
		// a trade or a post of data/occupations.tsv or data/roles.tsv written capitalised, after words of rank (cue classes post-rank, role-qualifier, head-role) or none,
		// is no one's name, even tagged as a person's
		{"date 2024-03-04 Recording a conclusion of accidental death, Senior Coroner for Kelby and Ashford Dr Helen Marsh said the firm had failed him. Area Coroner Tom Hale opened a second inquest.",
			[]string{"person Helen Marsh", "person Tom Hale"}, []string{"Senior Coroner", "Area Coroner"}},
		// a name of data/groups.txt in the tagger's lists is an armed or political group, an organisation, whatever the tagger said;
		// a longer name around it stays whole
		{"date 2024-03-04 Boko Haram fighters attacked the village on Sunday. Palestinian Islamic Jihad said its fighters fired rockets. Islamic Jihad later denied it. The Taliban seized the town, and Hezbollah said it had fired at the border. Fighters from al-Shabaab stormed a hotel. Amal Clooney spoke at the summit.",
			[]string{"org Boko Haram", "org Palestinian Islamic Jihad", "org Islamic Jihad", "org Taliban", "org Hezbollah", "org al-Shabaab", "person Amal Clooney"}, nil},
		// a one-word name a pattern of people.tsv makes a person's ("Byron received his", "In 1815 Byron married his") is the person wherever it stands alone;
		// a year before the name is no part of it
		{"date 2024-03-04 Education\n\nByron received his early education at home. In 1815 Byron married his cousin. Letters to Byron in the archive survive. In his memory Byron composed Thyrza, a series of elegies. Byron spent three years at Trinity College.",
			[]string{"person Byron", "org Trinity College"}, []string{"1815 Byron"}},
		// a plural noun of a trade or a post (name-list-lead) before a list of names is no part of the first name
		{"date 2016-11-01 Lawmakers Yau Wai-ching and Sixtus Leung were barred. Yau said she would appeal. Judges Ruth Ames and Dan Rook dissented.",
			[]string{"person Yau Wai-ching", "person Sixtus Leung", "person Ruth Ames", "person Dan Rook"}, []string{"Lawmakers Yau Wai-ching", "Yau", "Judges Ruth Ames"}},
		// a name that ends in "Movement" or "Brotherhood" is an organisation's, though it starts with a given name
		{"date 1998-03-03 Members are joining chapters of the so called Christian Identity Movement which cites scripture. Leaders of the Republican Movement met. The Ku Klux Klan rallied.",
			[]string{"org Christian Identity Movement", "org Republican Movement", "org Ku Klux Klan"}, nil},
		// a name after a storm's word (cue class storm-title) is the storm, an event, and its last word alone is the storm too;
		// "Storm" is also a given name
		{"date 1989-09-25 Hurricane Hugo hit the coast on Friday. Hugo caused damage worth $7 billion. Tropical Storm Alberto brought rain. Storm Reid starred in the film.",
			[]string{"event Hurricane Hugo", "event Tropical Storm Alberto", "person Storm Reid"}, []string{"Hugo", "Storm Alberto"}},
		// a title before a name that ends in an institution's head word (cue class institution-head) is part of the institution's name
		{"date 1991-02-25 Tahboub has a doctorate from Duke University. Queen Elizabeth Hospital hired him in 1990. Prince Harry spoke.",
			[]string{"org Duke University", "org Queen Elizabeth Hospital", "person Prince Harry"}, []string{"Elizabeth Hospital"}},
		// a firm of the tagger's list of organisations named after its founders is an organisation, also in a list of names
		{"date 1989-10-24 Shearson, Merrill Lynch and Goldman Sachs say they trade only for customers. Morgan Stanley said its profit rose.",
			[]string{"org Merrill Lynch", "org Goldman Sachs", "org Morgan Stanley"}, nil},
		// a one-word name before "died" or "was born in" is a person's, and so wherever else it stands alone
		{"date 2024-03-04 Education\n\nIn 348 Pachomius died. His destiny lay with Pachomius. Teodor was born in Gdańsk in 1950. Letters to Teodor survive.",
			[]string{"person Pachomius", "person Teodor"}, nil},
		// outlets and platforms of the lists
		{"date 2024-03-04 Wikinews interviewed the founder of The Onion on Monday. The claim was removed from Wikipedia.",
			[]string{"org/outlet Wikinews", "org/outlet The Onion", "org/platform Wikipedia"}, nil},
		// an organisation's name before a meeting's noun (cue class meeting-after: "conference", "summit") is the body that meets, no event;
		// other names before an event's noun are the event
		{"date 2024-03-04 Protests are planned at the 60th NATO conference in April. They met at the Austin City Limits festival.",
			[]string{"org NATO", "event Austin City Limits"}, nil},
		// a title that is also a given name (cue class title-given) before a word that is no given name is the given name, also where the tagger left it out;
		// before a given name it is a title
		{"date 1998-05-04 Dean Witter Reynolds said it would cut 300 jobs. Shares of Dean Witter Reynolds Inc. fell. Dean Ann Moss said the college would close.",
			[]string{"person Ann Moss"}, []string{"Witter Reynolds", "Witter Reynolds Inc.", "Dean Ann Moss"}},
		{"date 2024-03-04 The Chief Executive, Dan Rook, 52, retires in May, and the Principal Planning Officer, Ruth Ames, leaves in June.",
			[]string{"person Dan Rook", "person Ruth Ames"}, []string{"Chief Executive", "Principal Planning Officer"}},
		// after a determiner and an occupation that also names a sector's firms, a person-tagged name whose first word is a given name that is also an everyday word
		// (the name tagger's word names: "Guy", "Rich") is a person, as one of data/names.tsv is
		{"date 2024-03-04 Her divorce from the publisher Guy Marlow was finalised in May. The grocer Rich Tulley, 58, has sold his shops.",
			[]string{"person Guy Marlow", "person Rich Tulley"}, nil},
		// after "of the" and a noun of data/orgcues.tsv, a name of two words or more with no known given name first is the body ("the singer of the band Pale Harbour"),
		// however it is shaped; a known given name first is the post's holder
		{"date 2024-03-04 Jo Raine, the singer of the band Pale Harbour, married Tom Moss in 2020. Ben Cole, the drummer of the group Kelby Heights, is 31. The former leader of the council Ann Holt was there.",
			[]string{"person Jo Raine", "org Pale Harbour", "person Tom Moss", "person Ben Cole", "org Kelby Heights", "person Ann Holt"}, nil},
		// a line of its own of two to four words that the POS tagger reads as common nouns and adjectives, with no known given name first, is a section's heading, no name
		{"date 2024-03-04 Early Life\n\nShe was born in Derby in 1971 and married the builder Tom Hale in 1995.\n\nKey Dates\n\nNell Hart joined Ashby Moult in 2001.\n\nFact Box:\n\nHart, 52, lives in Bath.",
			[]string{"person Tom Hale", "person Nell Hart", "place Derby"}, []string{"Early Life", "Key Dates", "Fact Box"}},
		// the same words in capitals before a colon, leading a sentence, are its kicker; a person's name so written (a speaker in a transcript) and a dateline stay
		{"date 2024-03-04 ELECTION GUIDE: Three candidates are standing for the Kelby ward, among them Ruth Carver, 44. TOM HALE: I am standing again.",
			[]string{"person Ruth Carver", "person TOM HALE"}, []string{"ELECTION GUIDE"}},
		// a capitalised possessive determiner (cue class poss-determiner) is never a name or part of one, nor are the words of a style of address after it
		// (style-word); in the possessive, the style stays in an institution's name
		{"date 2024-03-04 Sir, Your report on the bypass was wrong. Ann Vale, His Honour Judge Tom Hale and Leo Marsh spoke at the opening of Her Majesty's Prison Kelby.",
			[]string{"person Ann Vale", "person Tom Hale", "person Leo Marsh", "place Her Majesty's Prison Kelby"}, []string{"Your", "His Honour", "Honour"}},
		// a label in capitals before a colon with a word of cue class kicker-word, or all of whose words the document writes in lowercase, is no name, even with a given name in it
		{"date 2024-03-04 RUBY WEDDING: Gordon and Sheila Fairbrother celebrated their ruby wedding on Saturday.\n\nGOLDEN WEDDING: Derek and Maureen Hollingdrake met at a dance.",
			[]string{"person Sheila Fairbrother", "person Maureen Hollingdrake"}, []string{"RUBY WEDDING", "RUBY", "GOLDEN"}},
		// a pair of places after "in" goes on an organisation's name with a word of of-org-head: the area the body serves
		{"date 2024-03-04 Fiona Drummond, 46, is a Fellow of the Institute of Chartered Accountants in England and Wales.",
			[]string{"person Fiona Drummond", "org Institute of Chartered Accountants in England and Wales"}, []string{"England", "Wales"}},
		// a heading in capitals may end with a full stop and run into its paragraph; after a label's colon, the first of a list of lowercase common words is
		// capitalised only by its place
		{"date 2024-03-04 DISQUALIFICATION. Tom Hale, of Kelby, has given an undertaking.\n\nNOTICE OF APPEAL. Ruth Carver has appealed.\n\nMILESTONES: Golden, diamond and ruby weddings from around the district.",
			[]string{"person Tom Hale", "place Kelby", "person Ruth Carver"}, []string{"DISQUALIFICATION", "NOTICE OF APPEAL", "Golden"}},
		{"date 2024-03-04 Personal Life\n\nRuth Carver, 44, lives in Kelby with her husband.\n\nCareer Highlights\n\nCarver joined the firm in 2004.\n\nRuth Carver\n\nShe is 44.",
			[]string{"person Ruth Carver", "place Kelby"}, []string{"Personal Life", "Career Highlights"}},
		// the capitalised words after "the" (a year may follow it) and before a span ending in an event's head (cue class event-head) name one event with it:
		// the place or the body that holds it is no entity of its own; a person's name stays apart
		{"date 2024-03-04 Priya Shah won the Monaco Grand Prix in 2019 and the Belgian Grand Prix a year later. Last year she was named artistic director of the Morecambe Bay Folk Festival. Her husband ran the 2018 Harlow Marathon.",
			[]string{"person Priya Shah", "event Monaco Grand Prix", "event Belgian Grand Prix", "event Morecambe Bay Folk Festival", "event Harlow Marathon"}, []string{"Monaco", "Grand Prix", "Morecambe", "Folk Festival"}},
		{"date 2024-03-04 Dev Rana, 52, has chaired the Kelby Literature Festival since 2015 and now runs the Ashgrove Food Fair. He met his wife, Lena Ruiz, at the Cork Jazz Festival.",
			[]string{"person Dev Rana", "event Ashgrove Food Fair", "event Cork Jazz Festival", "person Lena Ruiz"}, []string{"Ashgrove", "Cork", "Jazz Festival", "Food Fair"}},
		// a firm's last word of data/orgwords.tsv (shipping, insurance, logistics, transport) makes a person-tagged name an organisation
		{"date 2024-03-04 Tanker owner Hallenby Line has named Ruth Carver its new chief executive. Carver joins from Stenmore Shipping, where she ran the Asia routes. Mercer Line, Tessaly Logistics and Brannock Insurance also lost their finance chiefs.",
			[]string{"org Hallenby Line", "org Mercer Line", "org Stenmore Shipping", "org Tessaly Logistics", "org Brannock Insurance", "person Ruth Carver"}, nil},
		// ... also a trade's premises or goods in the plural (dairies, bakeries, properties), when a person in the article shares the first word
		{"date 2024-03-04 Dan Corr, a farmer, said milk prices were too low. Corr Bakeries said bread would cost more. Marlow Dairies will close its depot, and Tessaly Properties sold the site.",
			[]string{"person Dan Corr", "org Corr Bakeries", "org Marlow Dairies", "org Tessaly Properties"}, nil},
		// after a determiner, an occupation that also names a sector's firms (data/orgcues.tsv) makes a name with no known given name first a firm; a known given name keeps a person
		{"date 2024-03-04 The shipowner Kessock Brae has hired Ruth Carver. Carver later moved to the reinsurer Penwarden Crane. The grocer Ashby Moult cut jobs, said the shipowner Elena Marsh.",
			[]string{"org Kessock Brae", "org Penwarden Crane", "org Ashby Moult", "person Elena Marsh", "person Ruth Carver"}, nil},
		// a name after a noun of data/orgcues.tsv, "for" and a name of two words or more that closes the clause make one organisation; a one-word name after "for" stays apart
		{"date 2024-03-04 She sits on the board of the charity Music for Every Child. He chairs the campaign group Parents for Safer Roads, which he founded. He worked for the charity Oxfam for Haiti.",
			[]string{"org Music for Every Child", "org Parents for Safer Roads", "org Oxfam"}, []string{"Oxfam for Haiti", "Every Child"}},
		// a name in the possessive with no noun after it, right after a word of shop-before ("at", "outside", "joined"), is a shop, a restaurant or a firm named so;
		// a noun after it, a known given name or "of" before it keep the possessive apart ("a friend of Holt's")
		{"date 2024-03-04 Ann Vale dined at Quarrington's on Tuesday. Ben Holt joined Pellow's in 1999. A queue formed outside Tessler's. A friend of Holt's said Pellow's staff were upset.",
			[]string{"person Ann Vale", "person Ben Holt", "org Quarrington's", "org Pellow's", "org Tessler's"}, []string{"Quarrington", "Tessler", "Holt's"}},
		// a name of two or three words after a person's name described by a trade or a post and "of", or sharing the person's surname, is the firm the person works for;
		// a known given name first, or a place's word, keeps it what it was
		{"date 2024-03-04 In a statement read by the family's solicitor, Nadia Pell of Carrow Dunne, they thanked the police. The will was drawn up by Harriet Lisle of Lisle Marten in Exeter. \"It is a fair result,\" said analyst Omar Grey of Tallis Vane. Ivy Marsh of Little Harwood said she was pleased.",
			[]string{"person Nadia Pell", "org Carrow Dunne", "person Harriet Lisle", "org Lisle Marten", "place Exeter", "person Omar Grey", "org Tallis Vane", "person Ivy Marsh"}, nil},
		// no part of a company's meeting written capitalised (generic-body phrases) that the tagger found is a name ("General" is no general's title there)
		{"date 2024-03-04 Harwell Foods, the grocer, said Mara Quell would present the plan at the Annual General Meeting in May.",
			[]string{"person Mara Quell", "org Harwell Foods"}, []string{"Annual", "Meeting", "General Meeting"}},
		// a saint's name in the possessive is the institution named after the saint, whatever follows it; a noun of data/orgcues.tsv before a possessive
		// makes it a firm's or a shop's name as shop-before words do; "a" or "an" before a possessive (a modifier or two between) leads no one's possessive:
		// the possessive is a firm's name; an untagged institution's last word after a possessive belongs to the name
		{"date 2024-03-04 Sister Ada Quinn ran St Brigid's children's home in Kelby for 30 years. Tom Hale has represented St Jude's ward since 2022.",
			[]string{"person Ada Quinn", "org St Brigid's", "person Tom Hale", "place St Jude's"}, []string{"St Brigid", "St Jude"}},
		{"date 2024-03-04 Ann Reed, a pediatrician at Harlow Vale Children's Center, spoke. She acted for creditors of the retailer Pellow's last year. Lord Kelby, a former Pellworth's underwriter, agreed.",
			[]string{"person Ann Reed", "org Harlow Vale Children's Center", "org Pellow's", "org Pellworth's"}, []string{"Harlow Vale Children", "Pellow", "Pellworth"}},
		// a name in the possessive before a firm's post or paper (org-poss-after: "senior partner", "managing director", "annual report") is an organisation, though the tagger took it for a person
		{"date 2024-03-04 Pardoe Finch has hired Ruth Okafor. Pardoe Finch's senior partner, Tom Hale, said the firm was delighted. Corbell Vance's managing director, Ian Mott, agreed.",
			[]string{"org Pardoe Finch", "org Corbell Vance", "person Ruth Okafor", "person Tom Hale", "person Ian Mott"}, nil},
		// ... also with "for the" and a cause named "X of Y", and after a head the tagger took alone for a person ("Friends", "Knights")
		{"date 2024-03-04 Ann Vale, a campaigner with Friends of the Moor, joined the Kelby Society for the Protection of Birds in 1990. She chairs the Society for the Protection of Old Mills.",
			[]string{"person Ann Vale", "org Friends of the Moor", "org Kelby Society for the Protection of Birds", "org Society for the Protection of Old Mills"}, []string{"Friends", "Moor", "Protection of Birds", "Protection of Old Mills"}},
		// a word in capitals in parentheses right after an organisation's name is its short form, initials or not, there and later
		{"date 2024-03-04 Ann Vale left the Kelby Tenants Federation (KETFED) in 2001. KETFED said she was missed.",
			[]string{"person Ann Vale", "org Kelby Tenants Federation"}, []string{"KETFED"}},
		// a trust, foundation, centre, fund, office or alliance (of-org-head in data/cues.tsv) goes on with "for" and its cause: one organisation
		{"date 2024-03-04 She is a trustee of the Brackley Trust for Nature Conservation. The Harnell Foundation for Children's Health gave the money. Ann Reed, director of the Centre for Coastal Studies, spoke. The Office for Regional Statistics published the figures.",
			[]string{"org Brackley Trust for Nature Conservation", "org Harnell Foundation for Children's Health", "org Centre for Coastal Studies", "org Office for Regional Statistics", "person Ann Reed"}, []string{"Brackley Trust", "Nature Conservation", "Children's Health"}},
		// ... also beside a town so named, when a verb of cue class club-verb follows it
		{"date 2024-03-04 Harrowfield Town sacked their manager on Monday. He moved to Cape Town. Cape Town has a port.",
			[]string{"org Harrowfield Town", "place Cape Town"}, nil},
		// ... or a plural verb, which a team takes in British English and a town does not
		{"date 2024-03-04 Ferrybridge Town have parted company with their manager. He moved to Cape Town. Cape Town has a port.",
			[]string{"org Ferrybridge Town", "place Cape Town"}, nil},
		// a one-word given name that is also a known place (givenPlaceType) is read from its context: a person before a verb of saying or an
		// apposition of a description; a place after "in", "to", "from"; each reading its own entity
		{"date 2024-03-04 Jordan told reporters he would move to Jordan next spring. Florence, a retired teacher, said her husband had died in Florence.",
			[]string{"person Jordan", "place Jordan", "person Florence", "place Florence"}, nil},
		// a one-word name said to someone is a person, even a place's name ("Listen, Paris, ...")
		{"date 2024-03-04 \"Listen, Paris, I moved to Bristol in 2019,\" Ada Crewe told her sister.",
			[]string{"person Paris", "place Bristol"}, nil},
		// ... but not in a narrative's sentence, nor an organisation's name ("Now, Harbourne Bank, which ...")
		{"date 2024-03-04 Now, Harbourne Bank, which lost £2m, is for sale. \"Well, Harbourne Bank, you failed us,\" one saver wrote.",
			[]string{"org Harbourne Bank"}, nil},
		// a given name alone that ends a place's name of the document headed so ("County Kerry") is that place, unless its context makes it a person or it is said to someone
		{"date 2024-03-04 Nora Quinlan grew up in Tralee, County Kerry, and played football for Kerry as a minor. Her coach, Ada Moss, said she was gifted.",
			[]string{"place Kerry", "place County Kerry", "person Ada Moss", "person Nora Quinlan"}, nil},
		// a known place after words of place-before is no part of the full name of a person named so ("Lincoln Harper ... returned to Lincoln")
		{"date 2024-03-04 Lincoln Harper, 40, is a builder. In 2010 he returned to Lincoln, where he met his wife.",
			[]string{"person Lincoln Harper", "place Lincoln"}, nil},
		// a known place after a town and a comma that closes the clause is its county or region, whatever the tagger said
		{"date 2024-03-04 Colin Marsh, of Dartford, Kent, a director of Hallenby Line, was banned. Ruth Carver, from Lincoln, Nebraska, said little.",
			[]string{"place Kent", "person Colin Marsh", "person Ruth Carver"}, nil},
		// a name right after an appointing verb (appoint-verb in data/cues.tsv, or "named") and before "as" or "to" and a post is the person
		// appointed, whatever the tagger said; a name that holds a word of organisations' names stays what it was
		{"date 2024-03-04 Vesper Thorne promotes Alba Reyes to head of design. Brisk Foods promotes Calla Morvent to managing director. Carrow Mills has named Oria Delvecq as chief executive. Harl Mott hired Tessaly Logistics as adviser.",
			[]string{"person Alba Reyes", "person Calla Morvent", "person Oria Delvecq", "org Tessaly Logistics"}, []string{"org Alba Reyes", "org Calla Morvent"}},
		// a name the tagger took for an organisation right before a post in lowercase and a name is the employer, also when its first word
		// is a given name ("Ridley Cask"); a given-named one before a verb stays a person
		{"date 2024-03-04 Ridley Cask chief executive Ana Moll said sales rose. Ridley Cask makes barrels. Lena Moreau hired Paul Greer, a drama teacher.",
			[]string{"org Ridley Cask", "person Ana Moll", "person Lena Moreau", "person Paul Greer"}, []string{"person Ridley Cask"}},
		// a prefix "Ex-" (former-mod in data/cues.tsv) before a capitalised name is no part of it: the firm or club is the one named without it
		{"date 2024-03-04 Ex-Brisk Foods chief executive Ben Toller said sales were weak. Brisk Foods cut 40 jobs. Ex-Harlow Rovers striker Dan Moss, 31, retired on Monday.",
			[]string{"org Brisk Foods", "person Ben Toller", "org Harlow Rovers", "person Dan Moss"}, []string{"Ex-Brisk Foods", "Ex-Harlow Rovers"}},
		// a name with no given name first, then a comma and a description headed by a noun of data/orgcues.tsv ("one of the oldest law
		// firms", "a Derby engineering company"), is an organisation, whatever the tagger said; a person's noun before the head keeps a person
		{"date 2024-03-04 Ruth Okafor became the first woman to lead Ashworth Pellingham, one of the oldest law firms in the North. Mowbray Kettering, a Derby engineering company, cut 30 jobs. Dr Ines Marr-Tolley, a partner at the company, and Mr Brackley, the firm's founder, left.",
			[]string{"person Ruth Okafor", "org Ashworth Pellingham", "org Mowbray Kettering", "person Ines Marr-Tolley", "person Brackley"}, []string{"person Ashworth Pellingham"}},
		// Irish parties' names (party-lead and party-member in data/cues.tsv: "Fine Gael", "Fianna Fáil", "Sinn Féin") name organisations,
		// also when the tagger took them for people and no post follows
		{"date 2024-03-04 She is the daughter of the late Fine Gael senator Brendan Mulcahy. Sinn Féin councillor Dara Quill spoke. Fine Gael lost two seats.",
			[]string{"org Fine Gael", "org Sinn Féin", "person Brendan Mulcahy", "person Dara Quill"}, []string{"person Fine Gael", "place Sinn Féin"}},
		// a known given name alone the tagger left out, after a comma and a lowercase occupation or kinship noun and before a punctuation
		// mark, is a person ("a dinner lady, Pat.", "His nephew, Kit,")
		{"date 2024-03-04 Her parents were a welder, Owen Rusk, and a dinner lady, Pat. His nephew, Kit, runs the farm.",
			[]string{"person Owen Rusk", "person Pat", "person Kit"}, nil},
		// a radio station's name ends in "FM" (data/orgwords.tsv): an organisation, though the tagger took it for a person
		{"date 2024-03-04 Ana Reyes presents the breakfast show on Seaview FM. Marlow FM said the show would return.",
			[]string{"person Ana Reyes", "org Marlow FM"}, []string{"person Marlow FM"}},
		// a letter's signature, a line of a person's name, a comma and one or two more capitalised words, ends with where the writer lives;
		// a post or a known given name there stays what it is
		{"date 2024-03-04 Sir, The bypass will ruin the town.\n\nRev Tom Hale, Chatteris\n\nSir, I agree.\n\nAda Moss, Editor\n",
			[]string{"person Tom Hale", "place Chatteris", "person Ada Moss"}, []string{"person Chatteris", "place Editor"}},
		// a given name alone before "and" and a person's given name and surname shares that surname ("Nadia and Tom Rusk": Nadia Rusk, also hyphenated),
		// written as the text writes it; a given name the text also gives with a surname of its own keeps that one
		{"date 2024-03-04 Nadia and Tom Rusk, of Harlow, marked 40 years of marriage on Sunday. Nadia, 66, was a nurse. Ivy and Leon Corrigan-Shaw, both 71, married in 1974. Ana Pell opened a shop in 2001. Ana and Joel Brand ran it.",
			[]string{"person Nadia Rusk", "person Tom Rusk", "person Ivy Corrigan-Shaw", "person Leon Corrigan-Shaw", "person Ana Pell", "person Joel Brand"}, []string{"Nadia", "Ivy", "Ana Brand"}},
		// a known given name alone after a kinship noun and "of" is a relative whatever the tagger said (kinGivenName); a title's place stays one
		{"date 2024-03-04 Dennis Graham, husband of Margaret and father of Susan, died on May 4. Joan Pike, widow of Frank, died on Sunday. The Duke of Kent attended.",
			[]string{"person Margaret", "person Frank"}, []string{"place Margaret", "place Frank", "person Kent"}},
		// two given names joined by "and" are two people; names after a plural kinship noun (or kin-plural in data/cues.tsv) are people
		{"date 2024-03-04 The singer shared a photo of her daughters Rosa and Ivy on Sunday. Their twins Mia and Leo turned five. They share three children: Felix, 19, and twins Rosa and Ivy, 15.",
			[]string{"person Rosa", "person Ivy", "person Mia", "person Leo"}, []string{"Rosa and Ivy"}},
		// lists of names (namelists.go): given names the tagger ran together across a comma are one person each; the items of a list
		// after a plural noun of children or of people (name-list-lead in data/cues.tsv), or of given names beside a tagged person, are people
		{"date 2024-03-04 Ruth Gale has three children, Amy, Kit and Rose. The twins, Beau and Eli, were not hurt. Kat Dorsey has three kids: Ava, Leo and Max. His grandchildren, Jo, Quinn and Sage, sang. She starred with co-stars Dana Bell, Ray Ortiz and Lu Chen.",
			[]string{"person Amy", "person Kit", "person Rose", "person Beau", "person Eli", "person Ava", "person Leo", "person Max", "person Jo", "person Quinn", "person Sage", "person Dana Bell", "person Ray Ortiz", "person Lu Chen"}, []string{"Amy , Kit", "Max."}},
		// with no noun before it, a list of names each given to one gender is one of people; names also given to places are no evidence
		{"date 2024-03-04 Mila, Nora and Tess went to the beach. Florence, Austin and Savannah are growing cities.",
			[]string{"person Mila", "person Nora", "person Tess", "place Florence", "place Austin", "place Savannah"}, []string{"Nora and Tess"}},
		// but a list of places stays places
		{"date 2024-03-04 The band toured Paris, Berlin and Madrid.",
			[]string{"place Paris", "place Berlin", "place Madrid"}, []string{"Paris , Berlin"}},
		// stacked titles of the Nigerian, Ghanaian, South Asian, Malaysian and Gulf press (titleruns.go) are no part of the name, and make the name after them a person's,
		// whatever the tagger called it; a title of cue class title-lead or title-tail only counts beside another title ("Tan Wei Ling", "Sri Lanka")
		{"date 2025-06-10 Engr. Chidi Okolo, the project director, spoke. Dr (Mrs) Bisi Adewale retired in May. Rt. Hon. Yaw Mensah-Bonsu swore him in. Col. (retd) Hamid Ali-Baba resigned. Dato' Sri Rosli Tahir resigned as chairman. Tan Sri Osman Yusof died. Smt. Lakshmi Raghavan was elected. Tan Wei Ling, a Singaporean, joined Sri Lanka Telecom.",
			[]string{"person Chidi Okolo", "person Bisi Adewale", "person Yaw Mensah-Bonsu", "person Hamid Ali-Baba", "person Rosli Tahir", "person Osman Yusof", "person Lakshmi Raghavan", "person Tan Wei Ling"},
			[]string{"Engr", "Dr ( Mrs", "Rt", "Dato", "Sri Rosli Tahir", "Tan Sri Osman Yusof", "Smt"}},
		// the Tamil and other South Asian honorifics "Sri", "Thiru", "Tmt.", "Kumari" are titles too; "Sri" before no known given name opens a place's or a people's name
		{"date 2025-06-10 Sri Harish Venugopal was named chairman of the trust. Thiru Senthil Arumugam and Tmt. Kavitha Balan attended. Kumari Nila Rajendran sang. The Sri Lankan envoy came from Sri Lanka.",
			[]string{"person Harish Venugopal", "person Senthil Arumugam", "person Kavitha Balan", "person Nila Rajendran", "place Sri Lanka"},
			[]string{"Sri Harish Venugopal", "Thiru Senthil Arumugam", "Kumari Nila Rajendran", "Lankan"}},
		// "Chief" is a chieftaincy title before a name, alone or stacked; a post that starts with a title ("Chief Financial Officer") is no name
		{"date 2025-06-10 Chief Adewale Ojo-Bankole was installed on Saturday. Alhaji Chief Musa Garba spoke. The Chief Financial Officer, Ann Holt, resigned. Justice Ada Nnaji was sworn in as Chief Judge of the state. Tunde Ade became Inspector-General of Police.",
			[]string{"person Adewale Ojo-Bankole", "person Musa Garba", "person Ann Holt", "person Ada Nnaji", "person Tunde Ade"}, []string{"Financial Officer", "Chief Musa Garba", "Chief Adewale Ojo-Bankole", "Judge"}},
		// a title before one word that ends organisations' names (org-suffix in data/cues.tsv) names an organisation, no titled person
		{"date 2025-06-10 Opel and General Motors sold more cars. Vera Lund spent three years as an engineer at General Systems in Detroit. General Ana Ruiz spoke.",
			[]string{"org General Motors", "org General Systems", "person Ana Ruiz"}, []string{"Motors", "Systems"}},
		// a patronym of cue class patronym ("bin", "binti", "a/l", "s/o") joins the given names and the father's name into one person's name (patronyms.go)
		{"date 2025-06-10 Azlan bin Rahmat, 45, was appointed chief executive on Monday. Nur Syafiqah binti Osman was named deputy director. Ganesh a/l Murugan, a teacher in Ipoh, married Kavitha a/p Selvam in 2019. Sheikh Faisal bin Hamad Al-Khalili spoke.",
			[]string{"person Azlan bin Rahmat", "person Nur Syafiqah binti Osman", "person Ganesh a/l Murugan", "person Kavitha a/p Selvam", "person Faisal bin Hamad Al-Khalili"},
			[]string{"Rahmat", "Osman", "Murugan", "Selvam", "Faisal", "Hamad Al-Khalili"}},
		// a family name of cue class family-first before a hyphenated given name is one person's name, later "Mr Park" (patronyms.go)
		{"date 2025-06-10 Park Min-jae, the chairman of Hanbit Steel, resigned on Monday. He was replaced by Choi Yeon-woo. Mr Park had led the firm since 2015.",
			[]string{"person Park Min-jae", "person Choi Yeon-woo"}, []string{"Min-jae", "Yeon-woo"}},
		// lowercase name particles between two parts of a person's name join them ("dela", "delos" in data/cues.tsv), also after a nickname in quotes
		{"date 2025-06-10 Jose Miguel dela Pena Reyes, 44, was sworn in as mayor. Ramon \"Monching\" delos Santos, the governor, was there.",
			[]string{"person Jose Miguel dela Pena Reyes", "person Ramon delos Santos"}, []string{"Jose Miguel", "Pena Reyes"}},
		// "w.e.f." (with effect from) of Indian and Nigerian notices is no name
		{"date 2025-06-10 Tunde Bakare was appointed director w.e.f. 1st July, 2025.", []string{"person Tunde Bakare"}, []string{"w.e.f."}},
		// a child with no name after a verb of cue class birth-with and "with" is an unnamed person ("were blessed with a baby boy")
		{"date 2025-06-10 Rohan Kapoor and Anjali Mehta married in April. The couple were blessed with a baby boy in May.",
			[]string{"person Rohan Kapoor", "person Anjali Mehta", "person <unnamed: a baby boy>"}, nil},
		// an organisation's or a place's name that opens with one title, without a period and before no known given name, keeps it ("Shree Cement")
		{"date 2025-06-10 Shares of Shree Cement rose on Monday. The Tun Razak Exchange opened in Kuala Lumpur. Oba Rilwan Akiolu attended.",
			[]string{"org Shree Cement", "org Tun Razak Exchange", "person Rilwan Akiolu"}, []string{"Cement", "Razak Exchange"}},
		// a name with no known given name after a verb of joining or leaving (employer-before in data/cues.tsv) and before "as" and a post, ", where" or a possessive post is an employer; a given-named one stays a person, a place left "as a teenager" a place
		{"date 2024-03-04 Ruth Carver joins Tolland Reach as finance director. Omar Pell comes from Ardley Fenn, where he ran the Asia desk. Ida Roth quit Varne Ellis as head of sales. Ben Hale worked at Brisco Dunning as chief economist. Ana Cole spent a decade at Harl Mott, most recently as its head of design. Mark Dunn resigned from Oxley Prewett as chief executive. Lena Marsh left Paris as a teenager.",
			[]string{"org Tolland Reach", "org Ardley Fenn", "org Varne Ellis", "org Brisco Dunning", "org Harl Mott", "org Oxley Prewett", "place Paris", "person Ruth Carver", "person Omar Pell"}, nil},
		// a place-tagged name only ever after words of club-before in data/cues.tsv ("appearances for", "a spell at", "job at") is a club or a firm
		{"date 2024-03-04 Dan Miles made 210 appearances for Pellow Moor. He later had a spell at Wraxby Dene. He was linked with the manager's job at Corram Vale.",
			[]string{"org Pellow Moor", "org Wraxby Dene", "org Corram Vale", "person Dan Miles"}, nil},
		{"date 2024-03-04 Kofi Mensah began his career at Tamale Falcon before moving to Europe. He then designed hulls for the Danish shipbuilder Ter Brakke.",
			[]string{"person Kofi Mensah", "org Tamale Falcon", "org Ter Brakke"}, nil},
		// a place compound (place-suffix in data/cues.tsv) that starts a sentence names a place
		{"date 2024-06-12 London-based designer Clara Moss, 41, launched her label in 2015.",
			[]string{"place London", "person Clara Moss"}, nil},
		// a given name and a last word of cue class surname-word name a person; so does a given-named speaker
		{"date 2024-03-04 The singer wed Nina Park in 2015. Hugo Brand was there.",
			[]string{"person Nina Park", "person Hugo Brand"}, nil},
		{"date 2024-03-04 The singer has split from her husband.\n\nNina Park confirmed the news on Instagram.\n\n\"We are heartbroken,\" Nina Park wrote.",
			[]string{"person Nina Park"}, nil},
		// ... and so does one after words of cue class person-object, or after "and" and one such ("dined with")
		{"date 2024-05-10 Last week Tara Quinn dined with Leo Park in Paris. She was also seen with Ben Hale and Linda Park at a gallery in Victoria Park.",
			[]string{"person Leo Park", "place Paris", "person Linda Park", "place Victoria Park"}, nil},
		// a place the lists know before a trade and a name is where the person plays or works, no person
		{"date 2024-05-10 Former Cork hurler Seán Mulcahy has joined the board of the club.",
			[]string{"place Cork", "person Seán Mulcahy"}, nil},
		// a relative's home after a name in a list of children ("Paul, of Edinburgh,") leaves the next name a relative
		{"date 2024-05-10 Margaret Doyle, 88, died on Monday. She is survived by their children, Paul, of Edinburgh, and Fiona, who lives in Toronto.",
			[]string{"person Paul", "place Edinburgh", "person Fiona", "place Toronto"}, nil},
		// a name and "State" before a word of cue class state-office is a state of a federation
		{"date 2024-05-10 Lagos State Governor Babajide Sanwo-Olu said the ban would hold.",
			[]string{"place Lagos State", "person Babajide Sanwo-Olu"}, nil},
		// ... and so is a town the lists know and "State", whatever follows; "Islamic State" is none
		{"date 2024-05-10 Kano State has banned the sale. Islamic State claimed the attack.",
			[]string{"place Kano State", "org Islamic State"}, nil},
		// "Infirmary" ends a hospital's name (the tagger's org heads), also at the end of a sentence
		{"date 2024-05-10 Jodie Marsh, 24, was taken to Leeds General Infirmary.",
			[]string{"person Jodie Marsh", "org Leeds General Infirmary"}, nil},
		// short names and abbreviations of cities (the tagger's data/cities.txt) are places
		{"date 2024-05-10 Tara Quinn, the singer, moved to LA in 2019. She now splits her time between London and LA, and keeps a flat in NYC.",
			[]string{"person Tara Quinn", "place LA", "place London", "place NYC"}, nil},
		// a given name of data/names.tsv and a surname make a person the name tagger called an organisation
		{"date 2024-03-12 Bettina Crowhurst married Anselm Tuck in 2010. Cormac Brannock said he was proud of the team. Mona Reed has lived in Bristol for a decade.",
			[]string{"person Bettina Crowhurst", "person Cormac Brannock", "person Mona Reed", "place Bristol"}, nil},
		// ... but not the words of a party's members (party-lead, party-member in data/cues.tsv)
		{"date 2025-05-03 The seat went to a Christian Democrat, Ida Roth. Lib Dem Ben Hale lost his seat.",
			[]string{"org Christian Democrat", "person Ida Roth", "org Lib Dem", "person Ben Hale"}, []string{"Democratic Party"}},
		// a given name and a surname the name tagger called a place name a person, unless a place's word ends it (place-tail, venue-head in data/cues.tsv), a region follows or it reads like a place ("at", place-before)
		{"date 2024-05-02 The singer starred in Wade Tillman's video last year. The actor was seen in Lena Marsh's car. He spoke of the departure of Otto Fenn.",
			[]string{"person Wade Tillman", "person Lena Marsh", "person Otto Fenn"}, nil},
		{"date 2024-05-02 The couple bought a house in Beverly Hills. They spent the summer in Alice Springs and moved to Austin, Texas.",
			[]string{"place Beverly Hills", "place Alice Springs", "place Austin"}, nil},
		// a rank after a title is a title too, no part of the name (data/honorifics.tsv)
		{"date 2025-03-02 The lecture was given by Professor Emeritus Halvard Quince, who retired in 2010. Professor Emerita Odile Farrant chaired the session.",
			[]string{"person Halvard Quince", "person Odile Farrant"}, []string{"Emeritus Halvard Quince", "Emerita Odile Farrant"}},
		// clergy styles and local office abbreviations are titles, no part of the name (data/honorifics.tsv)
		{"date 2026-02-06 Canon Ruth Amesbury succeeds the Venerable Owen Tallis. Cllr Priya Dunmore and the Rt Rev. Simon Hale attended.",
			[]string{"person Ruth Amesbury", "person Owen Tallis", "person Priya Dunmore", "person Simon Hale"}, []string{"Venerable", "Rt", "Cllr Priya Dunmore", "Canon Ruth Amesbury"}},
		// a name that ends in "Navy" or "Army" (cue class org-suffix) is an organisation, though the tagger took it for a place
		{"date 2026-02-06 Royal Navy Commander Dana Whitcomb, 34, died in the crash.",
			[]string{"org Royal Navy", "person Dana Whitcomb"}, nil},
		// a county supervisor's, a patrol officer's and a religious brother's titles are no part of the name (data/honorifics.tsv)
		{"date 2026-02-06 The meeting ran late. Supervisor Ann Hale said the plan was sound. Patrolman Tom Reed and Br. Ian Moss agreed.",
			[]string{"person Ann Hale", "person Tom Reed", "person Ian Moss"}, []string{"Supervisor Ann Hale", "Patrolman Tom Reed", "Br"}},
		// a rarer given name and a word after "the" name no person ("at the Kelby Civic"), though the same words alone would
		{"date 2026-02-06 The meeting ran late. They met at a dance at the Kelby Civic in 1973.",
			nil, []string{"person Kelby Civic"}},
		// abbreviated ranks of the armed forces are titles, no part of the name (data/honorifics.tsv)
		{"date 2026-02-06 Lt Cdr Amy Hale said the ship was safe. Cpl. Tom Reed and Gnr Ian Moss were hurt.",
			[]string{"person Amy Hale", "person Tom Reed", "person Ian Moss"}, []string{"Cdr Amy Hale", "Cpl. Tom Reed", "Gnr Ian Moss"}},
		// a hyphenated given name of data/names.tsv with a lowercase second part is the name's, no compound adjective before it ("Oscar-winning")
		{"date 2026-08-28 Seo-yeon Kim agreed. Min-jun Lee said the film was done. Oscar-winning Dana Reyes spoke.",
			[]string{"person Seo-yeon Kim", "person Min-jun Lee", "person Dana Reyes"}, []string{"Oscar-winning"}},
		// a capitalised modifier of a description at a sentence's start is no part of the organisation's name after it (capstop in data/cues.tsv)
		{"date 2026-08-28 Veteran Westbury Rovers goalkeeper Sam Pike was named. Legendary Kelby City striker Tom Hale died.",
			[]string{"org Westbury Rovers", "person Sam Pike", "org Kelby City", "person Tom Hale"}, []string{"Veteran", "Legendary"}},
		// a noun of data/orgcues.tsv ending a headline that has no full stop is no cue for the first name of the body
		{"date 2026-08-28 New chair for health board\n\nKemi Adeyemi said the work would start soon.",
			[]string{"person Kemi Adeyemi"}, []string{"org Kemi Adeyemi"}},
		// a country named as its team is the place, unless it only modifies a post of a team ("former Wales manager")
		{"date 2026-08-28 Former Wales manager Ian Pryce joined. Kojo Mensah won 14 caps for Ghana and captained Ghana in 2002.",
			[]string{"org Wales", "person Ian Pryce", "person Kojo Mensah", "place Ghana"}, []string{"org Ghana"}},
		// a detective's and an inspector's abbreviated ranks, stacked or after a word of a compound rank (title-lead in data/cues.tsv), are titles too
		{"date 2026-02-06 Det. Insp. Kora Lindley led the search. Chief Insp Ravi Olsen and Staff Sgt. Milo Brant helped, and Lance Cpl. Ada Quist was hurt.",
			[]string{"person Kora Lindley", "person Ravi Olsen", "person Milo Brant", "person Ada Quist"}, []string{"Insp. Kora Lindley", "Insp Ravi Olsen", "Lance"}},
		// British police ranks abbreviated before a given name are titles (data/honorifics.tsv); the same letters before no given name begin a firm's name
		{"date 2026-02-06 PC Ann Hale was hurt in the crash, DCI Tom Reed said. WPC Jo Bell and PCSO Ravi Dunmore helped. DC Comics said it would publish the book.",
			[]string{"person Ann Hale", "person Tom Reed", "person Jo Bell", "person Ravi Dunmore", "org DC Comics"}, []string{"PC Ann Hale", "DCI Tom Reed", "Comics"}},
		// a role or occupation before "of" and a name is no part of the name: the name alone is a place, or an organisation when an org word ends it (data/roles.tsv, data/orgwords.tsv)
		{"date 2025-03-02 Marta Illingworth, a former councillor, died at a hospice in Aberdeen on Sunday. She served as Lord Provost of Aberdeen from 1990 to 1994 and later as Chief Operating Officer of Brightwell Foods.",
			[]string{"person Marta Illingworth", "place Aberdeen", "org Brightwell Foods"}, []string{"Provost of Aberdeen", "Officer of Brightwell Foods"}},
		// ... and a department after it (department-mod in data/cues.tsv) names nothing
		{"date 2025-03-02 Rhea Voss was named Director of Human Resources at Pellbrook Insurance. Tobin Ashgrove, Head of Corporate Affairs, confirmed the move.",
			[]string{"person Rhea Voss", "org Pellbrook Insurance", "person Tobin Ashgrove"}, []string{"Human Resources", "of Human Resources", "Corporate Affairs", "of Corporate Affairs"}},
		// a listed place the tagger called a person, named once at least after a word of place-before (data/cues.tsv), is a place, and pronouns do not go to it
		{"date 2025-03-02 Declan Horgan moved back to Cork in 2010. He was born in Cork and taught there for years.",
			[]string{"person Declan Horgan", "place Cork"}, nil},
		// a name of no known given name shaped like a place's (place-head, place-tail in data/cues.tsv) is no person; nor is a country
		{"date 2026-02-06 Ada Wren, who represents Upper Selbury, is vicar of St Anne's, Hobbs Fold. Her husband taught at Thistleby Moor for years before he went back to Ghana.",
			[]string{"person Ada Wren", "place Upper Selbury", "place Hobbs Fold", "place Ghana"}, nil},
		// the name after "of the council" (data/orgcues.tsv) holds the post; it is not the body
		{"date 2026-04-01 The chief executive of the council, Shireen Dalloway, will start next month. The former leader of the council Iain Rusk-Bain, 79, praised her.",
			[]string{"person Shireen Dalloway", "person Iain Rusk-Bain"}, nil},
		// a name before a comma and a country that ends the clause is a town; a sector noun before a name makes an organisation (data/orgcues.tsv)
		{"date 2026-03-02 Tom Adeyemi was born in Kingston, Jamaica, and worked for the drugmaker Velbrook.",
			[]string{"person Tom Adeyemi", "place Kingston", "place Jamaica", "org Velbrook"}, nil},
		// a name the tagger cut at "of", or at "and" before an organisation's head word, is one name
		{"date 2024-05-02 Kofi Mensah captained the side at the African Cup of Nations in 1998.",
			[]string{"person Kofi Mensah", "event African Cup of Nations"}, nil},
		// a one-word name that says or hires and goes on with an employer's role (employ-verb, org-poss-after in data/cues.tsv; "its" or "as" and a role) is an organisation; a country is not
		{"date 2024-05-02 OAKVILLE, Ont. — Brantis said on Tuesday that its president Lorna Tait would retire. Kessel hired Mona Pratt as head of sales. France said its ambassador would return to Rome.",
			[]string{"org Brantis", "org Kessel", "person Lorna Tait", "person Mona Pratt", "place France"}, nil},
		{"date 2024-05-02 The defender Tom Hale is expected to join Cardiff City next month.",
			[]string{"person Tom Hale", "org Cardiff City"}, nil},
		{"date 2024-05-02 Tom Hale has signed for Harbourne Athletic from Lisbon side Estrela Norte.",
			[]string{"person Tom Hale", "org Harbourne Athletic", "place Lisbon", "org Estrela Norte"}, nil},
		{"date 2024-05-02 Merrill Lynch said it had hired Sarah Okonjo, a former Goldman Sachs banker, as head of its credit desk. Tom Hale said it was a dream.",
			[]string{"org Merrill Lynch", "person Sarah Okonjo", "org Goldman Sachs", "person Tom Hale"}, nil},
		// a name of no known given name right after a trade and "at" is a firm named like a person; an aged one is a person
		{"date 2024-05-02 The jury heard that Karl Dunne worked as a welder at Kelby Steel. He met a lawyer at Okoro Hale, 45, who said nothing.",
			[]string{"person Karl Dunne", "org Kelby Steel", "person Okoro Hale"}, nil},
		// a name of no known given name that says "its" and what only an employer has is a firm named like a person
		{"date 2024-05-02 Harwell Pryce said its profits rose. Dana Hale said its profits rose. Okafor Bello said its roof leaked. Corwin Ashby said that its chief executive would retire.",
			[]string{"org Harwell Pryce", "person Dana Hale", "person Okafor Bello", "org Corwin Ashby"}, nil},
		{"date 2024-05-02 Revenue rose 4 percent at Pellucia, which named Ada Frost its chief financial officer.",
			[]string{"org Pellucia", "person Ada Frost"}, nil},
		{"date 2024-03-04 They met at Victoria Park in 2015.",
			[]string{"place Victoria Park"}, nil},
		// a name of two words before "star" (show-after in data/cues.tsv) and a person's name is a show; one word is left alone
		{"date 2024-02-06 The baby is due in June.\n\nLove Island star Kayla Benn is expecting her first child. The Love Island star Mia Holt sent her love from Long Island.",
			[]string{"work Love Island", "person Kayla Benn", "person Mia Holt", "place Long Island"}, nil},
		// beside such a name, the same name in the possessive before a person's is the show's too
		{"date 2024-02-06 Love Island star Kayla Benn is expecting. Love Island's Tasha Bright sent her love.",
			[]string{"work Love Island", "person Kayla Benn", "person Tasha Bright"}, nil},
		// what someone left to join an organisation the text names by a description (org-nominal in data/cues.tsv) is an organisation
		{"date 2024-03-04 Castlegate Athletic have sacked Stefan Ekdahl. Ekdahl joined the team from Harbourne City in 2022.",
			[]string{"org Castlegate Athletic", "org Harbourne City"}, nil},
		// a name with no given name between a possessive and a property noun (property-noun in data/cues.tsv) is a place
		{"date 2023-03-28 Gideon Marlowe, who made his name with his Notting Hill restaurant Ember in the late 1990s, was made an MBE in 2019.",
			[]string{"person Gideon Marlowe", "place Notting Hill", "org Ember"}, nil},
		// a capitalised plural after "in the" (place-before in data/cues.tsv) is a region; events stay events
		{"date 2024-03-04 They met at a Fourth of July party in the Hamptons, and Luca made things official. He sang in the Grammys.",
			[]string{"place Hamptons", "event Grammys"}, nil},
		// rank-title in data/cues.tsv: the title belongs to a one-word name
		{"date 2025-02-18 Prince Henrik, 36, and Princess Sofia, 33, are delighted. Henrik smiled.",
			[]string{"person Prince Henrik", "person Princess Sofia"}, nil},
		// nationalities and peoples in phrases (demonym-mod, demonym-suffix and people-plural in data/cues.tsv, data/demonyms.tsv) are no names;
		// a former state's demonym gives a nationality
		{"date 1998-05-04 Cuban-Americans in Miami protested, and Cuban Americans in Tampa joined them. South Africans, Hutus and Tutsis watched the Soviet-made tanks.\n\nEast African traders and Latin Americans and Central Europeans voted, said Ivan Petrov, a Soviet diplomat, near a pro-British crowd.",
			[]string{"place Miami", "place Tampa", "person Ivan Petrov"}, []string{"Cuban-Americans", "Cuban Americans", "South Africans", "Hutus", "Tutsis", "Soviet-made", "East African", "Latin Americans and Central Europeans", "pro-British"}},
		// the head of a death notice writes the surname first, in capitals, then a comma and the given names: one person, the given names and the surname;
		// a familiar or a birth name in parentheses after it names no one else; a dateline before a full name is no head;
		// a name with no given name before a comma and an Irish county ("Drumcallow, Co. Kerry") is a town
		{"date 2024-05-05 Death Notices\n\nMORAN, Patrick (Paddy)\nDrumcallow, Co. Kerry, peacefully at home on May 2nd. Funeral Mass at St Brigid's Church.\n\nO'SULLIVAN, Mary Ann (née Daly). Peacefully at Cork University Hospital.\n\nMCCARTHY, Denis - Late of Main Street, Listowel.\n\nKELBY, Ann Holt said on Tuesday that the shop would close.",
			[]string{"person Patrick Moran", "place Drumcallow", "person Mary Ann O'Sullivan", "person Denis McCarthy", "person Ann Holt", "place Listowel"}, []string{"MORAN", "Paddy", "Daly", "Mary Ann"}},
		// name-article in data/cues.tsv: a lowercase article of another language right before a name is part of it; "daily" before a name makes it an outlet's
		// (data/orgcues.tsv); after a particle of a person's name the article stays a particle
		{"date 2016-05-05 Marco Rossi told la Repubblica that he would resign. The Spanish daily el Mundo agreed. Ana Maria de la Cruz, 40, declined to comment.",
			[]string{"person Marco Rossi", "org/outlet la Repubblica", "org el Mundo", "person Ana Maria de la Cruz"}, []string{"Repubblica", "Mundo"}},
		// "Corps" ends an organisation's name (data/orgwords.tsv)
		{"date 2024-05-05 Kang will enter the Marine Corps training center in Pohang on Dec. 13. He joined the Marine Corps in 2019.",
			[]string{"org Marine Corps", "place Pohang"}, nil},
		// endowed-post in data/cues.tsv: an endowed post after "the" and before "of" or "in" names no one; the donor's full name before it is a person's
		{"date 2024-05-05 Lau will return to the faculty as the Raymond Hale Professor of Civil Engineering. Ann Moss holds the Ellerby Chair in Ocean Engineering at Harrowby.",
			[]string{"person Raymond Hale", "person Ann Moss", "place Harrowby"}, []string{"Raymond Hale Professor", "Ellerby Chair", "Ellerby", "Civil Engineering"}},
		// given-title in data/cues.tsv: a king's or a prince's one name is a given name, so no full name that ends in it is the same person
		{"date 1990-08-15 King Hassan of Varnia met Prime Minister Omar Hassan in Rasna on Monday. Later, Omar Hassan said King Hassan had left. Queen Sofia thanked Ines Sofia.",
			[]string{"person King Hassan", "person Omar Hassan", "person Queen Sofia", "person Ines Sofia", "place Varnia"}, nil},
		// two titles of rank and a territory: a couple (no entity of its own) and a place
		{"date 2025-02-18 The Duke and Duchess of Ardenne are expecting their second child, the palace confirmed on Monday.",
			[]string{"place Ardenne"}, []string{"Duke and Duchess of Ardenne"}},
		// a territorial designation is a place of its own
		{"date 2025-02-18 Henrik worked for his father, King Albrecht of Valmora, whose health is poor. Albrecht, 71, reigns.",
			[]string{"person King Albrecht", "place Valmora"}, []string{"Albrecht of Valmora"}},
		// unnamed-before in data/cues.tsv: an unnamed companion is someone the story follows; a person merely addressed is not
		{"date 2023-05-30 Derek Sloane is reportedly dating a fitness instructor. Sloane later told a podcast host that he was happy.",
			[]string{"person <unnamed: a fitness instructor>"}, []string{"<unnamed: a podcast host>"}},
		// partner-before in data/cues.tsv: a person noun that is no trade (kinship class other or person) is an unnamed partner only after a word of romance
		{"date 2024-05-02 Actor Owen Marsh had an affair with a former employee. Singer Lia Brandt is dating a longtime friend, and Tom Reyes has had lunch with a friend.",
			[]string{"person <unnamed: a former employee>", "person <unnamed: a longtime friend>"}, []string{"<unnamed: a friend>"}},
		// partner-mod in data/cues.tsv: after a bare "with", a modifier makes the person noun a partner
		{"date 2024-05-02 Singer Rhea Cortland was spotted with a mystery man in Rome, while Nina Rowe dined with a colleague.",
			[]string{"person <unnamed: a mystery man>"}, []string{"<unnamed: a colleague>"}},
		{"date 2024-05-02 Banker Ross Hale was romantically linked to a married colleague, while Nina Rowe is secretly seeing a woman she met at the gym.",
			[]string{"person <unnamed: a married colleague>", "person <unnamed: a woman>"}, nil},
		// a possessed spouse or a group of children no name follows is an unnamed relative; kin-group-mod and
		// kin-group-lead in data/cues.tsv: a count or modifier, and a word of the family lived with, before the group
		{"date 2024-05-02 Ada Quill lives in Leeds with her husband.",
			[]string{"person <unnamed: her husband>"}, nil},
		// ... and so is a possessed girlfriend or boyfriend no name follows, unless the text couples the person with
		// someone it names (partner-link), before or after
		{"date 2024-05-02 Footballer Dan Holt and his girlfriend are expecting their first child.",
			[]string{"person <unnamed: his girlfriend>"}, nil},
		{"date 2024-05-02 Singer Ada Quill and her boyfriend split last year.",
			[]string{"person <unnamed: her boyfriend>"}, nil},
		{"date 2024-01-17 Jasper Quinlan joked that his girlfriend finds it very funny. Quinlan has been in a relationship with the chef Noemi Park since 2021.",
			[]string{"person Noemi Park"}, []string{"<unnamed: his girlfriend>"}},
		{"date 2024-05-02 Ben Orr and Mia Orr live in York with their two young daughters.",
			[]string{"person <unnamed: their two young daughters>"}, nil},
		{"date 2024-05-02 Ben Orr and Mia Orr have three grown children.",
			[]string{"person <unnamed: three grown children>"}, nil},
		// a name right after the description says who; kin-unnamed-stop in data/cues.tsv: a child not yet born, a partner, a lawyer
		{"date 2024-05-02 Tom Hale lives in Leeds with his wife, Nina Hale, and two sons, Leo and Max. Rhea Cort is expecting her first child. Ana Ruiz thanked her partner and her lawyer.",
			[]string{"person Nina Hale"}, []string{"<unnamed: his wife>", "<unnamed: two sons>", "<unnamed: her first child>", "<unnamed: her partner>", "<unnamed: her lawyer>"}},
		// ... nor a group whose members the text goes on to name by their order among them (kin-birth-order)
		{"date 2024-05-02 Ben Orr and Mia Orr have three grown children. Their eldest, Ada Orr, is a doctor. The youngest, Max Orr, flies planes.",
			[]string{"person Ada Orr", "person Max Orr"}, []string{"<unnamed: three grown children>"}},
		// ... nor a stepchild, who is no child of the person (kin-unnamed-stop)
		{"date 2024-05-02 Tom Hale lives in Leeds with his two stepsons. Ada Quill raised her stepdaughter in York.",
			nil, []string{"<unnamed: his two stepsons>", "<unnamed: her stepdaughter>"}},
		// a possessed group with no count or modifier is no unnamed relative; with a modifier and no count it needs a word of kin-group-lead before it
		{"date 2024-05-02 Ada Quill wants to raise their children in Leeds. Ben Orr sought custody of their young children.",
			nil, []string{"<unnamed: their children>", "<unnamed: their young children>"}},
		{"date 2024-05-02 Ben Orr lives in York with his wife and their young sons.",
			[]string{"person <unnamed: their young sons>"}, nil},
		// ... also with the spouse named in apposition between the word and the group (groupLeadReach)
		{"date 2024-05-02 Ben Orr lives in York with his wife, Mia, and their twin sons.",
			[]string{"person <unnamed: their twin sons>"}, nil},
		// ... and a plural of kin-group-noun in data/cues.tsv ("boys", "girls") only when possessed and counted or led
		{"date 2024-05-02 Ada Quill lives in Hull with her husband, a paramedic, and their twin boys. Two boys were hurt in the crash.",
			[]string{"person <unnamed: their twin boys>"}, []string{"<unnamed: two boys>"}},
		// a possessed child with a place among its siblings (birth-had-order in data/cues.tsv) that someone had is born to them
		{"date 2024-05-02 Ben Orr is married to Mia Orr, and the couple had their first child in April.",
			[]string{"person <unnamed: their first child>"}, nil},
		// a counted possessed group is a stated relation wherever it stands
		{"date 2024-05-02 Ben Orr enrolled his two children in a school in Lisbon. Ada Quill asked for privacy for her three sons.",
			[]string{"person Ben Orr", "person Ada Quill", "person <unnamed: his two children>", "person <unnamed: her three sons>"}, nil},
		// a representative's noun with modifiers is a trade, not a representative ("a senior marketing manager")
		{"date 2024-04-16 Nathan Greaves had been in a relationship since last spring with a senior marketing manager who reported to him.",
			[]string{"person <unnamed: a senior marketing manager>"}, nil},
		// "Royal" opens the names of institutions ("Royal Air Force", "Royal Infirmary"): no trade before a person's name
		{"date 2024-03-01 Ruth Banks served in the Royal Air Force for 12 years.",
			[]string{"person Ruth Banks", "org Royal Air Force"}, []string{"Air Force"}},
		// a council title abbreviated ("Cllr") is a title, outside the person's name
		{"date 2024-03-01 Cllr Nigel Brathwick lost the vote on Thursday.",
			[]string{"person Nigel Brathwick"}, []string{"Cllr Nigel Brathwick"}},
		// a parent described by a trade ("the son of a bus driver and a nurse") is a person the text states; a trade after a verb is no one
		{"date 2023-05-30 Ronan Ashby grew up in Dublin, the son of a bus driver and a nurse. His film follows a widowed fisherman.",
			[]string{"person Ronan Ashby", "person <unnamed: a bus driver>", "person <unnamed: a nurse>"}, []string{"<unnamed: a widowed fisherman>"}},
		// ... also a parent by a birth "to" an indefinite mother or father, and the second one after "and" (bornToParent); a mother no birth tells is no one
		{"date 2023-05-30 Luca Shaw, born in Florence to an Italian father and an English mother, studied in London. He met a single mother.",
			[]string{"person Luca Shaw", "person <unnamed: an italian father>", "person <unnamed: an english mother>"}, []string{"<unnamed: a single mother>"}},
		// an honours citation's trade after the name ("Doreen Pike, School Crossing Patrol, Ossett.")
		{"date 2026-12-30 MBE\nDoreen Pike, School Crossing Patrol, Ossett. For services to Road Safety.",
			[]string{"person Doreen Pike"}, nil},
		// ... also one of several children ("the youngest of six children of a docker", "one of five sons of a miner")
		{"date 2023-05-30 Born in Hull in 1950, the youngest of six children of a docker and a cook, Ted Hale left school at 15. Ann Lee was one of five daughters of a mill foreman.",
			[]string{"person Ted Hale", "person <unnamed: a docker>", "person <unnamed: a cook>", "person <unnamed: a mill foreman>"}, nil},
		// a compound adjective at the start describes the name; org-suffix "hotel" makes an organisation of a name the tagger left untyped
		{"date 2021-10-02 They co-own the Michelin-starred Fiamma. Castellano was named executive chef of the Marlowe Hotel in 2019.",
			[]string{"org Marlowe Hotel"}, []string{"Michelin-starred Fiamma", "Michelin-starred"}},
		// a platform after "an" is still the platform ("an Instagram Story"), unlike "an Oscar"
		{"date 2021-10-02 \"We're fine,\" Castellano wrote in an Instagram Story on Thursday. She has won an Oscar.",
			[]string{"org/platform Instagram"}, []string{"Oscar"}},
		// club-before in data/cues.tsv: "coach at X" names a team or school
		{"date 2022-11-15 Kessler, 63, was hired in January 2019 after 11 seasons as head coach at Lakeshore State.",
			[]string{"org Lakeshore State"}, nil},
		// an outlet the list names with "The", written after a lowercase "the"
		{"date 2023-09-26 Pritchard's agent declined to comment when contacted by the Telegraph.",
			[]string{"org/outlet The Telegraph"}, nil},
		// ... or with a capitalised "The" at the start of a sentence, when the name tagger took the word for a name
		{"date 2024-05-02 Nadia Brell and Tomas Quayle have split. The Sun also reported that the couple had sold their home. The Times said the pair married in 2019. The couple declined to comment to The Observer.",
			[]string{"org/outlet The Sun", "org/outlet The Times", "org/outlet The Observer"}, nil},
		// a name in the possessive before an institution's head word is part of its name (saint-title in data/cues.tsv);
		// a title in the possessive names no one; a saint's possessive with no noun after it is the church, school or hospital
		{"date 2025-05-03 Father Liam Dorsey, the rector of St Aidan's Church in Leeds, has been named bishop. Dorsey became rector of St Aidan's in 2013. He studied at King's College London and Queen's University Belfast.",
			[]string{"org St Aidan's Church", "org King's College London", "org Queen's University Belfast"}, []string{"St Aidan", "St Aidan's", "College London", "University Belfast"}},
		// team-descriptor and team-noun in data/cues.tsv: words after a country's or club's name that make a team's name
		{"date 2024-07-24 Solveig Brattetun has been named head coach of the Republic of Ireland women's team. Kerry Voss joined the England women's squad in 2019 and captained the Wales Under-21 side.",
			[]string{"org Republic of Ireland women's team", "org England women's squad", "org Wales Under-21 side"}, []string{"Republic of Ireland", "England", "Wales"}},
		// a name the next sentence opens by describing as an organisation (org-nominal in data/cues.tsv) is one
		{"date 2026-02-18 The Copper Lanterns are getting back together, but not everyone is coming along.\n\nThe Leeds indie band, who called it quits in 2014, will tour this autumn.",
			[]string{"org Copper Lanterns", "place Leeds"}, nil},
		// a capitalised first word of an occupation at a sentence start is no name
		{"date 2022-04-19 Folk singer Hazel Wynn and guitarist Theo Marchetti are making it official.",
			[]string{"person Hazel Wynn", "person Theo Marchetti"}, []string{"Folk"}},
		// place-ending in data/cues.tsv: a county
		{"date 2025-09-15 Lady Imogen Carradine married Felix Amberley in a ceremony at the family's Gloucestershire estate on Saturday.",
			[]string{"place Gloucestershire"}, nil},
		// title-article in data/cues.tsv: "The" inside the quotation marks belongs to the title
		{"date 2025-03-02 His breakthrough came in 1999 with the stage revival of \"The Quiet Harbor,\" and he became an American citizen in 2011.",
			[]string{"work/work The Quiet Harbor"}, []string{"Quiet Harbor"}},
		// paper-head in data/cues.tsv: a one-word name a local paper is named after is the town
		{"date 2022-05-23 Tomas Reinholt was elected leader of Estmere's centre-right Civic Union on Saturday. Allies of his rival told the Estmere Tribune that she was considering a challenge.",
			[]string{"place Estmere", "org/outlet Estmere Tribune", "person Tomas Reinholt"}, nil},
		// place-before in data/cues.tsv: "the capital, X" is a place
		{"date 2019-10-14 The wedding will take place at the cathedral in the capital, Aldermark, the palace said. Favre said he would move to Aldermark after the wedding.",
			[]string{"place Aldermark"}, nil},
		// a region of data/regions.tsv after a place is named in full; a party and state after a name is no entity
		{"date 2023-05-02 Mara Quill, who grew up in Boulder, Colo., moved to Springfield, Mass., in 2019. Sen. Amy Cole, D-Calif., and Rep. Tom Hale, R-Texas, voted no.",
			[]string{"place Boulder", "place Colorado", "place Massachusetts", "person Amy Cole", "person Tom Hale"}, []string{"Colo.", "Mass.", "D-Calif", "R-Texas"}},
		{"date 2023-05-02 John Reed, a son of Paul Reed of Portland, Me., and Nora Reed of Regina, Sask., told me. He moved.",
			[]string{"place Portland", "place Maine", "place Regina", "place Saskatchewan", "person Paul Reed", "person John Reed"}, []string{"Me", "Me.", "Sask"}},
		// the name tagger's events (ner.Lists.IsEvent); a name before a noun of cue class event-after; event-head "award"
		{"date 2025-01-20 Achterberg was photographed at the Austin City Limits festival. She headlined Coachella in April 2018 and canceled her \"Slow Burn\" tour.",
			[]string{"event Austin City Limits", "event Coachella", "event Slow Burn"}, nil},
		{"date 2025-01-20 Ibanez, a two-time Estrella Award winner, went public with Brenner at the Grammys.",
			[]string{"event Estrella Award", "event Grammys"}, nil},
		{"date 2025-01-20 Taylor Vance played the Taylor Vance concert tour last year.",
			[]string{"person Taylor Vance"}, nil},
		// naming-verb in data/cues.tsv: the name after "a daughter named" is a person's
		{"date 2023-03-28 Olympic swimmer Nadia Ferraro and her husband, actor Luc Bernier, have welcomed their first child, a daughter named Elodie.",
			[]string{"person Elodie", "person Nadia Ferraro", "person Luc Bernier"}, nil},
		{"date 2023-03-28 The couple have a son called Matteo and a daughter christened Aurelie.",
			[]string{"person Matteo", "person Aurelie"}, nil},
		// number-sign in data/cues.tsv: a rank before a figure is no name
		{"date 2022-07-20 Former world No. 3 Katya Orlova is pregnant, the 29-year-old announced on Tuesday.",
			[]string{"person Katya Orlova"}, []string{"No.", "No"}},
		// a given name the tagger left out before a one-word name is part of it
		{"date 2021-10-02 Ingrid Castellano is setting the record straight.\n\nThe judge laughed off the reports, Castellano wrote.",
			[]string{"person Ingrid Castellano"}, []string{"Castellano"}},
		// a capitalised title of the name tagger's list (ner.Lists.TitleBefore) is no part of the name
		{"date 2021-12-08 Chief Dennis Oyelaran, 59, wrote to City Manager Helen Quist. Quist named Deputy Chief Carla Benavides as interim chief.",
			[]string{"person Dennis Oyelaran", "person Helen Quist", "person Carla Benavides"}, []string{"City", "Chief Dennis Oyelaran", "Deputy Chief Carla Benavides"}},
		{"date 2021-12-08 State Sen. Amy Cole and Police Commissioner Ray Dunn met on Monday.",
			[]string{"person Amy Cole", "person Ray Dunn"}, []string{"State", "Police Commissioner Ray Dunn"}},
		// a person's full name run into "of" and a place is the person and the place; a region after a place and a comma is no relative
		{"date 2025-07-20 Harold and Edith Brandt of Millbrook celebrated their anniversary. Their son Dale lives in Ames, Iowa.",
			[]string{"person Edith Brandt", "place Millbrook", "person Dale", "place Ames", "place Iowa"}, []string{"Edith Brandt of Millbrook"}},
		// a titled name run into "of" (and "the") and a body is the person and the body; a title of rank keeps its "of"
		{"date 2024-05-01 Dr. Ines Varga of the University of Kelby led the study. Mr. Okonjo of Redvale Partners said the bid was low. Bishop Henry Lusk of the Diocese of Ostrel spoke. The Earl of Morvenstow opened the fete.",
			[]string{"person Ines Varga", "org University of Kelby", "person Okonjo", "person Henry Lusk", "org Diocese of Ostrel", "person Earl of Morvenstow"},
			[]string{"Ines Varga of the University of Kelby", "Okonjo of Redvale Partners", "Henry Lusk of the Diocese of Ostrel"}},
		{"date 2024-05-01 Tom Reeve of the Ostrel Gazette wrote the story.",
			[]string{"person Tom Reeve", "org/outlet Ostrel Gazette"}, []string{"Tom Reeve of the Ostrel Gazette"}},
		// fields of study and medical specialties written capitalised name no body nor place; a department named after one does
		{"date 2024-05-01 Dr. Ana Holt, a consultant in Emergency Medicine, joined in May. She is a professor of Civil Engineering at Kelby University. He holds a degree in Music and studied Economics and Political Science. He teaches Ocean Engineering. The Department of History hired two lecturers.",
			[]string{"person Ana Holt", "org Kelby University", "org Department of History"},
			[]string{"Emergency Medicine", "Civil Engineering", "Music", "Economics and Political Science", "Ocean Engineering"}},
		{"date 2024-05-01 Jude Law and Ann Music arrived. The Kelby Engineering plant closed.",
			[]string{"person Jude Law"}, []string{"Law"}},
		// a town's name after words of education is the university or school there, and so is one joined to such a name by "and"
		{"date 2024-05-01 He was educated at Eton and Kelby. She is a professor at Princeton. He dropped out of Cambridge in his second year.",
			[]string{"org Eton", "org Kelby", "org Princeton", "org Cambridge"}, nil},
		// capitalised words the tagger left out before a street's last word belong to the street's name
		{"date 2024-05-01 The match was played at White Hart Lane. She grew up on Red Cow Road in Kelby.",
			[]string{"place Kelby"}, []string{"Hart Lane", "Cow Road"}},
		// a name the tagger left unclassified that ends in a word of places is a place; "New" alone is no name
		{"date 2024-05-01 She moved to the Great Lakes region in 2010. He was awarded an OBE in the New Year Honours.",
			[]string{"place Great Lakes"}, []string{"New"}},
		// a one-word name after words only a team follows is the club, though a given name or a town
		{"date 2024-05-01 She played for Chelsea and Kelby before moving to Lyon. He was loaned to Portsmouth for the season.",
			[]string{"org Chelsea", "org Kelby", "org Portsmouth", "place Lyon"}, nil},
		// a plural noun of a faith names no one; a title keeps out of a name that starts with a particle; a plural title names the name after "and" too
		{"date 2024-05-01 The school teaches the children to be good Muslims. Mr. de Cholet said the offer was fair. Messrs. Perlman and Drabinsky declined to comment.",
			[]string{"person de Cholet", "person Perlman", "person Drabinsky"}, []string{"Muslims", "Mr. de Cholet"}},
		// a name after words of working somewhere is the employer, though the tagger took it for a place or a person
		{"date 2024-05-01 Okoro was previously at Smurfit Kappa. She spent six years at Brightline before joining Tessaly. She was hired by Marrowfield last year.",
			[]string{"org Smurfit Kappa", "org Brightline", "org Tessaly", "org Marrowfield"}, nil},
		// a post written as a title before "of", "in", "at" or "for" and a capitalised word names no one
		{"date 2024-05-01 Tom Reeve, Lecturer in Modern History, retired last year. She was named Head of Emergency Medicine at St Olave's Hospital.",
			[]string{"person Tom Reeve", "org St Olave's Hospital"}, []string{"Lecturer", "Head"}},
		// a given name that is also a town's and a surname make a person's name, whatever the tagger made of them; a town's part after it does not
		{"date 2024-05-01 She was replaced by Florence Welch in the line-up. In 2014, Holt drove in Daniel Nava in the ninth inning. They walked in Victoria Park and flew to Austin, Texas.",
			[]string{"person Florence Welch", "person Daniel Nava", "place Austin", "place Texas"}, []string{"Florence", "Welch"}},
		// a name and "State" after a post and "of" or a word of place-before is a state of a federation; a region and "State" stays a university
		{"date 2024-05-01 The Governor of Kwara State, Alhaji Musa Bello, swore in the commissioners. He was born in Ogun State. She graduated from Ohio State in 2004.",
			[]string{"place Kwara State", "place Ogun State", "person Musa Bello", "org Ohio State"}, nil},
		// a plural noun of people before two given names and a surname is no part of the first name; the first given name the tagger left out is a person's
		{"date 2024-05-01 Hosts Tom and Jenny Fairlie welcomed 200 guests. Organisers Ann and Dave Rook said the fete raised £3,000.",
			[]string{"person Tom Fairlie", "person Jenny Fairlie", "person Ann Rook", "person Dave Rook"}, []string{"Hosts Tom"}},
		// a given name the tagger read as a thing before a surname it read as a person is the person's first name
		{"date 2024-05-01 Mr Ashcroft's partner, Nicola Reeve, sat in the public gallery. Ms Reeve told the court they had been together for eight years.",
			[]string{"person Ashcroft", "person Nicola Reeve"}, []string{"Nicola"}},
		// a year the tagger took into the start of a name is no part of it
		{"date 2024-05-01 She skipped the team at the 2014 and 2018 Winter Olympics.",
			[]string{"event Winter Olympics"}, []string{"2018 Winter Olympics"}},
		// a rank of an order of chivalry is an honour, no name; a title of rank keeps its "of"
		{"date 2024-05-01 Ann Hale was appointed a Commander of the Order of the British Empire in 2019. The Earl of Morvenstow attended.",
			[]string{"person Ann Hale", "person Earl of Morvenstow"}, []string{"Commander of the Order of the British Empire"}},
		// "arap" is a particle inside a Kalenjin name
		{"date 2024-05-01 He met President Daniel arap Moi in Nairobi. Moi thanked him.",
			[]string{"person Daniel arap Moi", "place Nairobi"}, []string{"Daniel"}},
		// God and the scriptures name no entity
		{"date 2024-05-01 Ann Hale thanked God for her recovery. The vicar read from the Bible.",
			[]string{"person Ann Hale"}, []string{"God", "Bible"}},
		// a notice of rights names nothing
		{"date 2024-05-01 Ann Hale won the vote.\n\nCopyright 2027 WTNX. All rights reserved.",
			[]string{"person Ann Hale"}, []string{"Copyright"}},
		// a ball is an event, unless a given name tagged a person's comes first
		{"date 2024-05-01 Lady Amelia Grange at the Harbour Ball on Saturday. Zoe Ball presented the show.",
			[]string{"person Amelia Grange", "event Harbour Ball", "person Zoe Ball"}, nil},
		// prizes, medals, trophies and wars are events
		{"date 2024-05-01 Her debut novel won the Costa Prize in 2019. She received the Kelby Medal for services to science. She served in the Gulf War.",
			[]string{"event Costa Prize", "event Kelby Medal", "event Gulf War"}, nil},
		// a portfolio after a post and "for" or "of" is no name; a post's title cut off before "for" leaves no name; a title after a comma ends the name before it
		{"date 2024-05-01 He is Minister for Justice and Equality. Mrs Funmi Adeyemi returns as Commissioner for Finance. He thanked the Speaker of the Assembly, Rt. Hon. Yakubu Danladi. She was Secretary of State for Defence.",
			[]string{"person Funmi Adeyemi", "person Yakubu Danladi"}, []string{"Justice and Equality", "for Finance", "Finance", "Assembly, Rt.", "Defence"}},
		// a body of two fields joined by "and" is one name; a field named with "of" is no name
		{"date 2024-05-01 She trained at the Royal Welsh College of Music and Drama. Their daughter is studying History of Art at Edinburgh.",
			[]string{"org Royal Welsh College of Music and Drama", "place Edinburgh"}, []string{"Drama", "History of Art"}},
		// a weekday the tagger ran into a name ends no name; a company's suffix with its period makes the name an organisation's, even after a title
		{"date 2024-05-01 President Ana Ferreira Thursday vowed to act. General Dynamics Corp. and Harwick Environmental Services Inc. posted profits. Philip Morris Cos. declined to comment.",
			[]string{"person Ana Ferreira", "org General Dynamics Corp.", "org Harwick Environmental Services Inc.", "org Philip Morris Cos."},
			[]string{"Ana Ferreira Thursday", "Dynamics Corp."}},
		// a service of the Church is no place ("Mass." after a town and a comma stays the state); a credit's label before its colon is no name nor part of one
		{"date 2024-05-01 Hundreds attended a Mass for the victims. The Sunday Mass was cancelled. The family moved to Worcester, Mass., in 2019.",
			[]string{"place Worcester", "place Massachusetts"}, []string{"Mass", "Sunday Mass"}},
		{"date 2024-05-01 Ava Stone and Tom Reeve at the gala Image: Kelby Press Agency. Guests dressed as Black Widow and Captain America Image: Dan Hume.",
			[]string{"person Ava Stone", "person Tom Reeve", "person Dan Hume"}, []string{"Image", "America Image", "Captain America Image"}},
		// a demonym in the plural names a people, no entity; a comma the tagger took into a name is left out
		{"date 2024-05-01 Some Kenyans complained, and Britons were told to leave. The firm is based in Southport, Conn.",
			[]string{"place Southport"}, []string{"Kenyans", "Britons", ", Conn."}},
		// an occupation written as a title makes the name after it a person's and stays outside it
		{"date 2021-12-08 Investor Tobiah Wexcombe bought a stake in the club. Wexcombe, a former banker, lives in Monaco.",
			[]string{"person Tobiah Wexcombe", "place Monaco"}, []string{"Investor Tobiah Wexcombe", "Wexcombe"}},
		{"date 2024-03-12 The Evening Courant reported on Tuesday that Aalto had resigned.",
			[]string{"org/outlet The Evening Courant"}, nil},
		// a possessive inside a name is part of it
		{"date 2024-03-12 The funeral was held at St. Aidan's Church in Fairhaven on Saturday.",
			[]string{"org St. Aidan's Church"}, nil},
		// an acronym is an organisation; a one-word name before a common noun modifies it
		{"date 2024-03-12 Former NFL linebacker Derek Sloane met Democratic officials on Tuesday.",
			[]string{"org NFL", "person Derek Sloane"}, []string{"Democratic"}},
		// a one-word name that starts a place's name is a place, not a person
		{"date 2024-03-12 Senator Loretta Vance, a Democrat from Millbrook County, said she was focused on Millbrook and its schools.",
			[]string{"person Loretta Vance", "place Millbrook County", "place Millbrook"}, nil},
		// a title in quotation marks after a work cue (title-minor in data/cues.tsv)
		{"date 2024-03-12 Their joint podcast, \"Hearts on Fire,\" was due to release a new episode.",
			[]string{"work/show Hearts on Fire"}, []string{"Hearts", "Fire"}},
		{"date 2024-03-12 He produced her first feature, the period thriller \"The Glass Orchard,\" in 2019.",
			[]string{"work/film The Glass Orchard"}, []string{"Glass Orchard"}},
		// club-before in data/cues.tsv
		{"date 2024-03-12 Liam Croft, who plays for Eastbridge Town, proposed. Croft joined Eastbridge in 2017.",
			[]string{"person Liam Croft", "org Eastbridge Town"}, nil},
		// ... also the employer after "works for" or "worked for", which the tagger may take for a place or a person
		{"date 2024-03-12 Maria Kessel works for Parcelways in Leeds. Her husband worked for Brindlecombe for ten years. Ann Reed has worked for Tandrix since 2010.",
			[]string{"person Maria Kessel", "org Parcelways", "place Leeds", "org Brindlecombe", "person Ann Reed", "org Tandrix"}, nil},
		// venue-head in data/cues.tsv
		{"date 2024-03-12 Ava Stone sang at the Bluebird Room before she was taken to Mercy General Hospital.",
			[]string{"person Ava Stone", "place Bluebird Room", "org Mercy General Hospital"}, nil},
		// institution-head in data/cues.tsv: a hospital, clinic or school is an organisation also where something happened
		{"date 2024-03-12 Ava Stone gave birth at the Harlow Medical Center. The couple met at a reunion at Kestrel Academy.",
			[]string{"person Ava Stone", "org Harlow Medical Center", "org Kestrel Academy"}, nil},
		// landform in data/cues.tsv: lakes, islands, waterfalls and mountains are places, even where the tagger saw an organisation
		{"date 2024-03-12 Ava Stone swam in Lake Merrow, walked on the Isle of Tarn and camped near Kestle Falls. Liam Croft climbed Mount Orrin with her.",
			[]string{"person Ava Stone", "place Lake Merrow", "place Isle of Tarn", "place Kestle Falls", "place Mount Orrin"}, nil},
		// ... but a name that starts with a landform and ends with an institution's or an organisation's word is that body's
		{"date 2024-03-12 Ava Stone taught at Lake Merrow High School. Her son was born at Mount Orrin Hospital. Liam Croft graduated from Lake Tarn College in 2001.",
			[]string{"person Ava Stone", "org Lake Merrow High School", "org Mount Orrin Hospital", "org Lake Tarn College", "person Liam Croft"}, nil},
		// a name of three words that starts with a known given name and ends with an institution's word (institution-head) is the institution, wherever it stands
		{"date 2024-03-12 Edna Moss trained as a nurse at the Don Valley Infirmary, where she met her husband. Their son went to Grace Hollin Academy. Ruth Carver was born at Amy Dorne Hospital in Leeds.",
			[]string{"person Edna Moss", "org Don Valley Infirmary", "org Grace Hollin Academy", "org Amy Dorne Hospital", "person Ruth Carver"}, nil},
		{"date 2024-03-12 Liam Croft scored twice as Cape Harbour City beat Eastbridge Town. Cape Harbour City sacked their manager in May.",
			[]string{"person Liam Croft", "org Cape Harbour City", "org Eastbridge Town"}, nil},
		// score-verb and score-with in data/cues.tsv: the two sides of a result in a sentence about a match are teams,
		// also where the names end in no club's word and the tagger saw towns or people
		{"date 2024-03-12 Jay Rodwell scored twice as Marrowby beat Pellingham 3-1. Castleby defeated Ruddington 2-0 on Saturday.",
			[]string{"person Jay Rodwell", "org Marrowby", "org Pellingham", "org Castleby", "org Ruddington"}, nil},
		{"date 2024-03-12 Kelby drew with Ostrel in the league on Tuesday, and Tarnford were beaten by Wexley 2 - 1.",
			[]string{"org Kelby", "org Ostrel", "org Tarnford", "org Wexley"}, nil},
		// ... a town that names a club is the club after a score verb, and stays a place where the text has someone live there
		{"date 2024-03-12 Burnley beat Leeds 3-1 at Turf Moor. Ada Holt, who lives in Burnley, watched the match.",
			[]string{"org Burnley", "org Leeds", "place Burnley", "person Ada Holt"}, nil},
		// ... but people beat people: a known given name, a title or a full name keeps a person
		{"date 2024-03-12 Ava Stone beat Mara Quill 6-3 in the final. Novik Brandt beat Tomas Ekberg 6-4, and then Brandt beat Ekberg again 6-2.",
			[]string{"person Ava Stone", "person Mara Quill", "person Novik Brandt", "person Tomas Ekberg"}, nil},
		// a body after an office's title whose name ends with an organisation's word holds no holder's name, even with a given name inside ("Marine")
		{"date 2024-03-12 Ava Stone was Director of the Tarrow Marine Laboratory from 2008 and later Director of the Kelby Marine Institute.",
			[]string{"person Ava Stone", "org Tarrow Marine Laboratory", "org Kelby Marine Institute"}, []string{"Marine Laboratory", "Marine Institute"}},
		// title-of in data/cues.tsv: the head of a college is no part of its name
		{"date 2024-03-12 In 2019 Ava Stone was elected Master of Pellow College, Oxford, and Liam Croft became Warden of Brenley Hall School.",
			[]string{"person Ava Stone", "person Liam Croft", "org Pellow College", "org Brenley Hall School", "place Oxford"}, []string{"Master of Pellow College", "Warden of Brenley Hall School"}},
		// a demonym before a capitalised word of of-org-head that the tagger left out makes one organisation
		{"date 2024-03-12 Her sister, Ada Morrow, is a former member of the Scottish Parliament. Her brother sat in the Welsh Assembly.",
			[]string{"person Ada Morrow", "org Scottish Parliament", "org Welsh Assembly"}, []string{"Parliament"}},
		// a person noun written capitalised alone, and a common noun alone on a line (a heading), name nothing
		{"date 2024-03-12 Ada Morrow was born in Kelby in 1961.\n\nCareer\n\nShe joined Ostrel Holdings in 1990.\n\nFamily: Husband, Luis; three children.\n",
			[]string{"person Ada Morrow", "place Kelby", "org Ostrel Holdings"}, []string{"Career", "Husband"}},
		// local-office in data/cues.tsv: the name before a town's office and its holder is the town, not a party's
		{"date 2024-03-12 Former Kelby Mayor Ann Holt was confirmed as director. Labour councillor Ada Reed spoke, and Ostrel councilwoman Jo Reyes agreed.",
			[]string{"place Kelby", "person Ann Holt", "org Labour", "person Ada Reed", "place Ostrel", "person Jo Reyes"}, nil},
		// a barristers' chambers is an organisation (org-suffix chambers), also in a town
		{"date 2024-03-12 Her barrister, Jo Reed, of Harcourt Chambers in Leeds, told the court his client was innocent.",
			[]string{"person Jo Reed", "org Harcourt Chambers", "place Leeds"}, nil},
		// a church is a congregation, an organisation also where a wedding or a funeral took place
		{"date 2024-03-12 Ava Stone and Liam Croft married at St Brannoc's Church, Pollerton, in 1976. Her funeral was held at Kelby Methodist Church.",
			[]string{"person Ava Stone", "person Liam Croft", "org St Brannoc's Church", "org Kelby Methodist Church", "place Pollerton"}, nil},
		{"date 2024-03-12 Ava Stone was baptised at Holy Cross Parish Church and buried at Eastbrook Cemetery.",
			[]string{"person Ava Stone", "org Holy Cross Parish Church", "place Eastbrook Cemetery"}, nil},
		{"date 2024-03-12 Ava Stone and Liam Croft married at Holloway Basilica and held their reception at the Marlow Pavilion.",
			[]string{"person Ava Stone", "person Liam Croft", "place Holloway Basilica", "place Marlow Pavilion"}, nil},
		{"date 2024-03-12 Ava Stone was buried at Eastbrook Cemetery after a service at the Kell Memorial Auditorium.",
			[]string{"person Ava Stone", "place Eastbrook Cemetery", "place Kell Memorial Auditorium"}, nil},
		// outlet-head in data/cues.tsv
		{"date 2024-03-12 A representative confirmed the filing to The Twang Report on Tuesday.",
			[]string{"org/outlet The Twang Report"}, nil},
		// television channels and radio stations of the name tagger's outlet list (../tag/ner/data/outlets.tsv); an ambiguous one needs a cue
		{"date 2024-03-12 Ada Lin met Tom Reyes on the ITV2 dating show Love Shack. Reyes has hosted a show on BBC 6 Music since 2017. Lin called the night Showtime.",
			[]string{"person Ada Lin", "person Tom Reyes", "org/platform ITV2", "org/platform BBC 6 Music"}, []string{"Showtime", "BBC"}},
		// outlet-before in data/cues.tsv
		{"date 2024-03-12 A source told Showbiz Now that the couple had split.",
			[]string{"org/outlet Showbiz Now"}, nil},
		// a name split by the tagger is completed from its longer form elsewhere
		{"date 2024-03-12 Court documents obtained by Star Signal show the filing. A source told Star Signal that things are serious.",
			[]string{"org/outlet Star Signal"}, []string{"Signal"}},
		// outlet-after in data/cues.tsv
		{"date 2024-03-12 The rumors began when Le Miroir, citing a courtier, claimed the couple had split.",
			[]string{"org/outlet Le Miroir"}, nil},
		{"date 2024-03-12 In an interview with Rhythm magazine last spring, Jalen Pierce said he was happy.",
			[]string{"org/outlet Rhythm", "person Jalen Pierce"}, nil},
		// a known given name is a person's even after a cue
		{"date 2024-03-12 Mara Quill told Jonah Hart that she was leaving.",
			[]string{"person Mara Quill", "person Jonah Hart"}, nil},
		// not-a-name in data/cues.tsv: religions and languages
		{"date 2024-03-12 Ava Stone, who converted to Judaism in 2019, speaks Mandarin.",
			[]string{"person Ava Stone"}, []string{"Judaism", "Mandarin"}},
		// a name inside a time expression is a time
		{"date 2024-03-12 Ava Stone and Tom Holt married on Christmas Eve 2018.",
			[]string{"person Ava Stone", "person Tom Holt"}, []string{"Christmas Eve 2018", "Christmas Eve"}},
		// place-suffix in data/cues.tsv
		{"date 2024-03-12 The Cincinnati-based company hired Ava Stone.",
			[]string{"place Cincinnati"}, []string{"Cincinnati-based"}},
		// a town that names a club is a place as a person's home after ", of" and before "-based", and the club's
		// where the text has it play (splitTownHomes)
		{"date 2024-03-12 Alan and Joan Brackley, of Rochdale, celebrate their anniversary. Rochdale beat Bury on Saturday.",
			[]string{"place Rochdale", "org Rochdale", "person Joan Brackley"}, nil},
		{"date 2024-03-12 Alan Brackley, 72, of Rochdale, has died. The Oldham-based charity he founded thanked him. Oldham beat Bury on Saturday.",
			[]string{"place Rochdale", "place Oldham", "org Oldham"}, nil},
		// the town after a street in an address is a place, also where it is a given name or ends in an organisation's word
		// (street-head, address-before in data/cues.tsv)
		{"date 2024-03-12 Karen Hebden, 51, of High Street, Stanley, was charged. Lee Pike, of 4 Beech Avenue, Whitley Bay, was fined. Amy Ford lives at Church Lane, Sidney.",
			[]string{"person Karen Hebden", "place Stanley", "person Lee Pike", "place Whitley Bay", "person Amy Ford", "place Sidney"}, nil},
		// event-head in data/cues.tsv
		{"date 2024-03-12 Ava Stone won best actress at the Lumen Awards and later attended the Frontier Music Festival.",
			[]string{"person Ava Stone", "event Lumen Awards", "event Frontier Music Festival"}, nil},
		{"date 2024-03-12 Ava Stone reached the final of the French Open before the Golden Globes.",
			[]string{"person Ava Stone", "event French Open", "event Golden Globes"}, nil},
		// not-a-name: an opening participle
		{"date 2024-03-12 Born in Leeds, Ava Stone moved to London in 2001.",
			[]string{"person Ava Stone"}, []string{"Born"}},
		// a department named by its portfolio alone, a parent by a child's word for them (not-a-name)
		{"date 2025-07-08 Transport Secretary Mira Colquhoun moves to Health, swapping with Tomas Reeve, who goes to Transport. \"Dad would have loved this,\" said his son Owen Reeve.",
			[]string{"person Mira Colquhoun", "person Tomas Reeve", "person Owen Reeve"}, []string{"Health", "Transport", "Dad"}},
		// a given-named name joined by "and" to a person's full name is a person, whatever the tagger said
		{"date 2024-03-12 Tom Holt and Ben Carr arrived with Ava Stone. Ava Stone moved from Paris and Victoria Falls to London.",
			[]string{"person Tom Holt", "person Ben Carr", "place Victoria Falls"}, nil},
		// a quoted title with a comma inside is one work
		{"date 2020-09-28 Six months later, the \"Wake Up, America\" co-host was seen in Santa Monica. Dana Reyes has co-hosted \"Wake Up, America\" alongside Brian Tolliver since 2016.",
			[]string{"work Wake Up, America", "person Brian Tolliver"}, []string{"America", "Wake Up"}},
		// a character a performer plays is no person of the article
		{"date 2020-03-04 Poppy Ashworth has played the nurse Kelly Dunne on \"Harbour Lane\" since 2014. She starred alongside Ollie Grant.",
			[]string{"person Poppy Ashworth", "person Ollie Grant"}, []string{"Kelly Dunne"}},
		// ... with a title too, and after "as" following a casting verb (cast-verb in data/cues.tsv)
		{"date 2019-10-03 Harlan Pryce, who played the villainous Sheriff Boone in the series, has died. Director Sam Whitlock cast him as Boone in 1981.",
			[]string{"person Harlan Pryce", "person Sam Whitlock"}, []string{"Boone", "Sheriff Boone"}},
		{"date 2024-05-02 Elon Musk's ex-girlfriend Grimes said she was struggling.",
			[]string{"person Elon Musk", "person Grimes"}, nil},
		// a "person" only ever named after a locative cue is a place
		{"date 2024-08-19 Ivan Sokol proposed during a trip to Lake Tahoe last week, a source said. The former Olympian now runs a gymnastics academy in Denver.",
			[]string{"person Ivan Sokol", "place Lake Tahoe", "place Denver"}, nil},
		{"date 2025-01-12 Tom Ambler, 71, was found on the fells. His son drove to Threlkeld overnight.",
			[]string{"person Tom Ambler", "place Threlkeld"}, nil},
		// a name the tagger left out is a place between "a" and a noun of native-noun, or after words of place-before
		{"date 2024-08-19 Mr Holt, a Thornsby native, sits on the board. Ava Stone grew up in Abbotsmere.",
			[]string{"place Thornsby", "person Ava Stone", "place Abbotsmere"}, nil},
		// a hyphenated name with a lowercase word of place-infix inside is a town's
		{"date 2024-08-19 It is a long way from Barrow-in-Furness, where Ava Stone grew up. Ivan Sokol moved from Stratford-upon-Avon.",
			[]string{"place Barrow-in-Furness", "person Ava Stone", "person Ivan Sokol", "place Stratford-upon-Avon"}, nil},
		// a one-word place is not the council that governs it (place-body in data/cues.tsv), nor the county named after it
		{"date 2024-05-29 Ava Stone was elected leader of Brenley District Council on Thursday. Stone, who grew up in Brenley, thanked voters. They married at a chapel in Kinsale, County Cork. She is the daughter of Tom Holt of Cork.",
			[]string{"person Ava Stone", "org Brenley District Council", "place Brenley", "place County Cork", "place Cork"}, nil},
		// a name ending in a word of organisations is one, whatever the tagger said
		{"date 2024-03-01 Marisol Vega, the chief financial officer of Tidewater Bank, was named president of the Harlow Foundation. Vega sits on the board of the Austin Symphony Orchestra.",
			[]string{"person Marisol Vega", "org Tidewater Bank", "org Harlow Foundation", "org Austin Symphony Orchestra"}, nil},
		// an ordinal before a numbered unit's name is part of it (ordinal-unit in data/cues.tsv), also when the tagger found no name
		{"date 2024-06-07 Col. Mara Lindqvist assumed command of the 418th Signal Brigade on Friday. She served with the 207th Airborne Division and led the 6th Engineer Battalion.",
			[]string{"person Mara Lindqvist", "org 418th Signal Brigade", "org 207th Airborne Division", "org 6th Engineer Battalion"}, []string{"Signal Brigade", "Airborne Division", "Engineer Battalion"}},
		// a cue noun makes an organisation of a "place"; a trip makes a place of an "organisation"
		{"date 2021-08-31 Callum Reid was previously in charge of the Scottish side Glenrock for four seasons. Celeste Amadi, 43, most recently served as executive editor of the fashion website Stitch, where she oversaw a redesign. The duchess cancelled a ski trip to Verbier.",
			[]string{"org Glenrock", "org Stitch", "place Verbier"}, nil},
		// a party's member right after "a" stands for the party (party-member in data/cues.tsv), unlike an award ("a Grammy")
		{"date 2025-06-12 Caleb Morrow, 47, a Democrat, will serve until November. Mia Park, a Labour councillor, won a Grammy.",
			[]string{"person Caleb Morrow", "org Democratic Party", "person Mia Park", "org Labour"}, []string{"Grammy"}},
		// a party's member name stands for the party; "Olympian" is no name
		{"date 2025-06-12 State Senator Loretta Vance, a three-term Democrat from Millbrook County, will not seek reelection. The former Olympian now runs an academy.",
			[]string{"person Loretta Vance", "org Democratic Party"}, []string{"Olympian"}},
		// an age given to a name makes a person of it, even when it ends like a street ("Lane")
		{"date 2025-05-06 Mira Stone was previously engaged to DJ Orrin Lane, 41, who proposed on stage in 2018.",
			[]string{"person Mira Stone", "person Orrin Lane"}, nil},
		// names listed after a kinship phrase and a comma are people
		{"date 2019-10-03 In addition to his daughter, he is survived by two sons from his first marriage, Dale and Wesley, and four grandchildren.",
			[]string{"person Dale", "person Wesley"}, nil},
		{"date 2019-10-03 He leaves three children, Ansel, Corbin and Merritt.",
			[]string{"person Ansel", "person Corbin", "person Merritt"}, nil},
		// team-name and gallery last words (org-suffix in data/cues.tsv); "Power" ends organisations (data/orgwords.tsv)
		{"date 2023-09-26 Rhys Mabry will take charge for Saturday's trip to Millbrook United. Ava Stone works as a curator at the Whitcombe Gallery in London. Tom Holt joined Pellucid from rival Northwick Power in 2011.",
			[]string{"org Millbrook United", "org Whitcombe Gallery", "org Northwick Power", "place London"}, nil},
		// an acronym before a trade or post is an organisation (acronym-not-org in data/cues.tsv names those that are not); before a kinship noun it tells a trade
		{"date 2024-03-12 Ada Lin, a former NFL cheerleader, married Tom Reyes, a BBC journalist and UNICEF official. An ICU nurse and a VIP guest were there. Lin's sister Mia Lin is engaged to her NHL boyfriend Leo Park.",
			[]string{"person Ada Lin", "person Tom Reyes", "org NFL", "org/outlet BBC", "org UNICEF", "person Mia Lin", "person Leo Park"}, []string{"ICU", "VIP", "NHL"}},
		// org-suffix words by field: trades and industries, public bodies; a compass word first keeps a place
		{"date 2024-03-12 Lucinda Strathdee will join on March 1 from Cascadia Freightways, where she has been chief operating officer since 2021. She is repped by Greenline Management and grew up in West Cascadia.",
			[]string{"person Lucinda Strathdee", "org Cascadia Freightways", "org Greenline Management", "place West Cascadia"}, nil},
		// org-suffix words of shipping, utilities, life sciences, the professions, churches, prisons and the forces
		{"date 2025-02-11 Maren Dobbie joins Hallowfield Tankers from Brisk Marine, and Owen Tate leaves Corrow Water for Vantry Biologics. Tate's brother served in the Royal Fusiliers and is now a chaplain at Ashgrove Prison.",
			[]string{"person Maren Dobbie", "org Hallowfield Tankers", "org Brisk Marine", "person Owen Tate", "org Corrow Water", "org Vantry Biologics", "org Royal Fusiliers", "org Ashgrove Prison"}, nil},
		// Scottish and English club endings (club-suffix, org-suffix in data/cues.tsv)
		{"date 2026-05-02 Rory Dunn later played for Kelburn Thistle and Ashby Villa, and is now a coach at Portlow Argyle.",
			[]string{"person Rory Dunn", "org Kelburn Thistle", "org Ashby Villa", "org Portlow Argyle"}, nil},
		// org-suffix words of media, charities, faith bodies and watchdogs
		{"date 2026-03-02 Nadia Brill left Corran Radio in 2019, worked at Hillside Rescue and later joined Elim Ministries.",
			[]string{"person Nadia Brill", "org Corran Radio", "org Hillside Rescue", "org Elim Ministries"}, nil},
		// a name the tagger left out that ends in a word of cue class org-suffix is an organisation
		{"date 2023-09-26 Ravensby Athletic have sacked manager Tom Holt after a run of six defeats left the club bottom of the league.",
			[]string{"org Ravensby Athletic", "person Tom Holt"}, nil},
		// a name after "a" that modifies a noun is a thing, not someone
		{"date 2025-05-06 Mateo Villanueva owns the restaurant, which received a James Beard nomination in 2023.",
			[]string{"person Mateo Villanueva"}, []string{"James Beard"}},
		// what someone left to join an organisation is an organisation
		{"date 2024-04-17 Priya Raman, 44, joined Harwell Bank from Amazon in 2019.",
			[]string{"person Priya Raman", "org Harwell Bank", "org Amazon"}, nil},
		// a team the text says was played (match-before in data/cues.tsv); a country before a team role is its team (team-role, sport)
		{"date 2023-09-26 Tom Holt was sacked a day after the 3-0 home defeat by Ashford Town. Former Wales manager Owen Pritchard and the England rugby captain Jack Morrow were there. Holt moved to Cape Town.",
			[]string{"org Ashford Town", "org Wales", "org England", "place Cape Town"}, nil},
		// ... and a one-word name spelt like a given name before a team's or a firm's post and its holder's name is the club or the firm (team-role, org-poss-after)
		{"date 2023-09-26 Chelsea manager Enzo Pell said the team was tired. Ava Stone, a singer, said her manager Tom Hale had quit.",
			[]string{"org Chelsea", "person Enzo Pell", "person Ava Stone", "person Tom Hale"}, nil},
		// ... but before a player's position the country is the player's, a place
		{"date 2024-02-11 Kessing City signed the former Portugal defender Rui Abrantes and the Ghana forward Kojo Mensah-Ollie.",
			[]string{"place Portugal", "place Ghana"}, nil},
		// a title held in an organisation is cut off the organisation's name (title-of); "of the" joins a head of
		// of-org-head to the rest of its name
		{"date 2025-03-02 Dr Ines Marlow was elected a Fellow of the Royal Society of Chemistry in 2019. She then joined the Danish Ministry of the Environment.",
			[]string{"person Ines Marlow", "org Royal Society of Chemistry", "org Danish Ministry of the Environment"}, []string{"Fellow of the Royal Society of Chemistry", "Ministry", "Environment"}},
		{"date 2025-03-02 Otto Brenner will join the Tyrolean Ministry of the Interior in July.",
			[]string{"person Otto Brenner", "org Tyrolean Ministry of the Interior"}, []string{"Interior", "Tyrolean"}},
		// a listed place (../tag/ner/data/cities.txt, places.txt) the tagger called MISC is a place after a word of place-before
		{"date 2024-05-04 The 47-year-old Tom Reyes had entered a treatment program near Scottsdale following a rough few months.",
			[]string{"person Tom Reyes", "place Scottsdale"}, nil},
		// a listed place the tagger called a person is a place before a noun of native-noun after "a" ("a Mumbai native") or after "return to"
		{"date 2024-05-04 Rao, a Mumbai native, flew to Udaipur with her parents. They will return to Mumbai in May.",
			[]string{"person Rao", "place Mumbai", "place Udaipur"}, nil},
		// a given name, "of" and a known place is a person and her home, as survivor lists write them
		{"date 2024-05-04 She is survived by her son, Tom Reyes, and her daughter Karen of Shrewsbury.",
			[]string{"person Tom Reyes", "person Karen", "place Shrewsbury"}, []string{"Karen of Shrewsbury"}},
		// the second of two names listed after a place's cue is a place too, and no pronoun's person
		{"date 2024-05-04 Tom Reyes targeted homes in Headingley and Roundhay. One victim said she had not slept since the break-in at her home in Roundhay.",
			[]string{"person Tom Reyes", "place Headingley", "place Roundhay"}, nil},
		// "District" ends places too (not in ../tag/ner/data/org_heads.txt)
		{"date 2024-05-04 Ada Lin lives in the Peak District with Tom Reyes.",
			[]string{"person Ada Lin", "place Peak District", "person Tom Reyes"}, nil},
		// a name right before a lowercase noun of a place's division (place-noun-after in data/cues.tsv) is a place; another noun leaves a modifier
		{"date 2024-05-04 A retired headteacher won the Fenmarsh ward of Kelsworth District Council. Amir Dace has represented Northgate ward since 2015 and praised Democratic officials.",
			[]string{"place Fenmarsh", "org Kelsworth District Council", "person Amir Dace", "place Northgate"}, []string{"Democratic"}},
		// a known place and a compass word or "Central" name a district or a seat, a place; an unknown first word keeps an organisation
		{"date 2024-11-20 Ada Lin, who won the seat of Bristol North in 2024, was sacked. Tom Reyes represents Leeds Central. Mia Park joined Pellucid West as chief executive in 2019.",
			[]string{"person Ada Lin", "place Bristol North", "person Tom Reyes", "place Leeds Central", "person Mia Park", "org Pellucid West"}, nil},
		// a country of data/demonyms.tsv the tagger called an organisation is a place when no team role follows it
		{"date 2024-11-20 Callum Marsh, a career diplomat, was previously high commissioner to Fiji from 2016 to 2019.",
			[]string{"person Callum Marsh", "place Fiji"}, nil},
		// a sentence adverb or preposition capitalised at a sentence's start (cue class capstop) is no part of the name after it
		{"date 2020-01-01 Ada Quill met Tom Vale in 1990. Together Quill and Vale founded Brenley Foods. Despite Quill's doubts, it grew.",
			[]string{"person Ada Quill", "person Tom Vale", "org Brenley Foods"}, []string{"Together Quill", "Despite Quill"}},
		// a name of two parties joined by "and" (cue class joint-name) is one organisation
		{"date 2024-11-20 Nasreen Holt (Labour and Co-operative) is elected Mayor of Kelby.",
			[]string{"person Nasreen Holt", "org Labour and Co-operative"}, []string{"Labour", "Co-operative"}},
		// a region of data/regions.tsv or a town of the name tagger's place lists that the tagger took for an organisation (its club) is a place
		{"date 2024-11-20 Dan Rook, a wealthy Dorset farmer, moved to Bavaria in 2001.",
			[]string{"person Dan Rook", "place Dorset", "place Bavaria"}, nil},
		// a name the tagger left out after a noun of data/orgcues.tsv is an organisation
		{"date 2025-09-15 Felix Amberley, 36, is the co-founder of the fintech start-up Ledgerly, which was sold in 2023.",
			[]string{"person Felix Amberley", "org Ledgerly"}, nil},
		// an age after a name, before a dash, makes a person; "Former" starts no name; "manager of" names a club
		{"date 2024-03-01 The couple have two children — Ava, 12, and Leo, 9 — and live in Surrey.",
			[]string{"person Ava", "person Leo", "place Surrey"}, nil},
		{"date 2024-03-01 Former Arsenal striker Dean Frost has been appointed manager of Kettering Town. Nora Blake joined Halden Group in 2015 from Aviva.",
			[]string{"org Arsenal", "person Dean Frost", "org Kettering Town", "org Aviva"}, []string{"Former Arsenal"}},
		// an age before a party member's name describes a person; the name stays the party's
		{"date 2024-03-01 Dana Whitfield was sworn in on Monday. The 44-year-old Democrat replaces Roy Sands.",
			[]string{"person Dana Whitfield", "org Democratic Party", "person Roy Sands"}, nil},
		{"date 2024-03-01 The board of Quillfeather has ousted Nathan Greaves. Striker Leo Dunn, 24, has signed for Harbourne City from Glenrock Rovers.",
			[]string{"org Quillfeather", "person Leo Dunn", "org Harbourne City", "org Glenrock Rovers"}, nil},
		{"date 2024-03-01 The tech giant Orbix hired Ana Ruiz from the streamer Flickbox.",
			[]string{"org Orbix", "person Ana Ruiz", "org Flickbox"}, nil},
		// a team's nickname alone after "the" in a story about sport is the team
		{"date 2025-02-10 Wexford State fired basketball coach Cormac Haldane on Monday.\n\nThe Mustangs lost 78-61 at home to Northern Arizona on Sunday, their ninth straight defeat.",
			[]string{"person Cormac Haldane", "org Mustangs"}, nil},
		// a description after a comma headed by a noun of data/orgcues.tsv may hold a place
		{"date 2025-02-03 He proposed at Le Bernardin, the Manhattan restaurant.", []string{"org Le Bernardin", "place Manhattan"}, nil},
		// a name after "dinner at" and the like is a restaurant (eatery-before in data/cues.tsv); a palace stays a place
		{"date 2025-02-03 The pair were spotted having dinner at Carbone in New York. They later had dinner at Buckingham Palace.",
			[]string{"org Carbone", "place New York", "place Buckingham Palace"}, nil},
		// a brand named like a person after words of cue class brand-before; a brand by its head (Beauty)
		{"date 2025-02-03 Mara Voss is an ambassador for Louis Vuitton and launched a line with Fenty Beauty.",
			[]string{"person Mara Voss", "org Louis Vuitton", "org Fenty Beauty"}, nil},
		// clubs after "managed", "manager at", "signed from" (club-before); an unlisted nickname alone after "The" in a story about sport
		{"date 2025-03-02 Kettering Town sacked manager Shane Doyle. Doyle previously managed Tamworth and was assistant manager at Burton Albion. Striker Jamal Oduya, signed from Notts County in January, scored. The Poppies are three points above the football relegation zone.",
			[]string{"org Kettering Town", "person Shane Doyle", "org Tamworth", "org Burton Albion", "org Notts County", "org Poppies"}, nil},
		// a party named by its members; a "person" in the possessive before a noun only organisations have
		{"date 2025-04-11 The opposition Social Democrats had called for her to go. The contract was awarded to Kordell Rail. Kordell Rail's chief executive, Henrik Dahl, said the company had followed all rules.",
			[]string{"org Social Democrats", "org Kordell Rail", "person Henrik Dahl"}, nil},
		// a national legislature by its one-word name (cue class legislature)
		{"date 2025-04-11 Petra Vasko will keep her seat in the Riksdag, her spokesman said.", []string{"person Petra Vasko", "org Riksdag"}, nil},
		// an untagged acronym is an organisation
		{"date 2025-02-03 KQED first reported the resignation.", []string{"org KQED"}, nil},
		// a one-word name before a person noun modifies it
		{"date 2024-03-01 Two-time Olympic champion Ingvild Sorlie has retired from cross-country skiing.",
			[]string{"person Ingvild Sorlie"}, []string{"Olympic"}},
		// a name in apposition to "band" after a possessive and a modifier is an organisation
		{"date 2024-03-01 Jory Blankenship left the group in 2019. Blankenship's new band, the Hollow Pines, released an album in May.",
			[]string{"person Jory Blankenship", "org Hollow Pines"}, nil},
		// a possessive name before a noun only organisations have (org-poss-after in data/cues.tsv)
		{"date 2024-03-01 On Thursday, Acme's board approved the sale. Pelham Street's founder, Cornelius Abara, welcomed it.",
			[]string{"org Acme", "org Pelham Street", "person Cornelius Abara"}, nil},
		// a noun of data/orgcues.tsv that is also an occupation leaves a person's full name a person
		{"date 2024-03-01 Veteran broadcaster Tomasz Wrzeszcz announced on Monday that he would leave the network.",
			[]string{"person Tomasz Wrzeszcz"}, nil},
		{"date 2024-03-01 Nathan Greaves co-founded Quillfeather in 2016. The startup was acquired by Tallis in 2024.",
			[]string{"person Nathan Greaves", "org Quillfeather", "org Tallis"}, nil},
		// a business name split at a connective is one organisation (name-connective in data/cues.tsv)
		{"date 2025-05-06 Mateo Villanueva, 36, owns the acclaimed Austin restaurant Maíz y Sal.",
			[]string{"person Mateo Villanueva", "org Maíz y Sal"}, []string{"Maíz", "Sal"}},
		// org-after in data/cues.tsv
		{"date 2024-03-01 A Quillfeather spokeswoman declined to comment. Ana Ruiz left in May.",
			[]string{"org Quillfeather", "person Ana Ruiz"}, nil},
		// names ending in a head word of organisations and places (tag/ner data/name_heads.tsv) are one name
		{"date 2025-03-04 The Harlow County Board of Supervisors voted on Tuesday. Owen Pratt worked for Calloway & Co. and Brentwood Marsh LLP and lives in Brookfield Heights. He is a member of Teamsters Local 727.",
			[]string{"org Harlow County Board of Supervisors", "org Calloway & Co.", "org Brentwood Marsh LLP", "place Brookfield Heights", "org Teamsters Local 727", "person Owen Pratt"}, nil},
		// a given name that is also a word starts the name (tag/ner data/word_names.txt)
		{"date 2024-03-06 May Chen and Tom Hale married in 2019. Will Foster joined the band in 2015.",
			[]string{"person May Chen", "person Tom Hale", "person Will Foster"}, []string{"Chen", "Foster"}},
		// a role word ending the headline describes no name in the next sentence
		{"date 2024-03-06 Harbourne council fires chief executive\n\nHarbourne City Council voted on Tuesday to dismiss Nathan Greaves.",
			[]string{"org Harbourne City Council", "person Nathan Greaves"}, nil},
		// the town of a body named after it is a place after a place cue
		{"date 2023-06-20 Ray Toller, a Democrat from Grand Rapids, resigned. He is a board member of the Grand Rapids Symphony.",
			[]string{"place Grand Rapids", "org Grand Rapids Symphony", "person Ray Toller"}, nil},
		// a person the tagger called a place: after a possessive, or a given name after a kinship noun and a comma
		{"date 2022-10-07 Priya Shah beat the Liberal Democrats' Fiona Hart. Darnell Hayes and his wife, Keisha, live in Cedar Ridge.",
			[]string{"person Fiona Hart", "person Keisha", "place Cedar Ridge"}, nil},
		// a party's name as a modifier the tagger called a place is the party; a name described as a union or a consultancy is an organisation
		{"date 2022-10-07 Priya Shah beat the Conservative candidate, Giles Mortimer. She worked for Unison, the public sector union, and for Harcourt Lowe, a consultancy in Leeds. Jane Holt, a member of the band, said nothing.",
			[]string{"org Conservative", "org Unison", "org Harcourt Lowe", "person Giles Mortimer", "person Jane Holt"}, nil},
		// a name the tagger left out, described as a maker, with a nationality in the description
		{"date 2024-02-01 Tessaly, a Swedish furniture maker, hired Omar Reyes in May.",
			[]string{"org Tessaly", "person Omar Reyes"}, nil},
		// a name in apposition to an organisation noun before it
		{"date 2023-09-14 Lola Varga sang. Her band, the Night Ferries, formed in Boston. After leaving the band, Tom Holt said little.",
			[]string{"org Night Ferries", "person Tom Holt", "place Boston"}, nil},
		// a conference in a story about sport is a league; a place after "studied at" is a school
		{"date 2024-11-30 Dunmore State fired football coach Rick Salazar, 51. His team went 4-20 in the Big Sky Conference. Salazar studied at Cornell.",
			[]string{"org Big Sky Conference", "org Cornell", "person Rick Salazar"}, nil},
		{"date 2026-06-21 The former winger is now chief scout at Harwood Albion, who were promoted to the Premier League in May. He spent ten years in the National League.",
			[]string{"org Harwood Albion", "org Premier League", "org National League"}, nil},
		// a role before a person's two-word name is no organisation cue ("publisher" of data/roles.tsv); before another name it is
		{"date 2025-04-08 \"She was the conscience of this newsroom,\" publisher Arthur Whitlow said in a statement. The publisher Harbour Books declined to comment.",
			[]string{"person Arthur Whitlow", "org Harbour Books"}, nil},
		// the last word of a paper's name (paper-head in data/cues.tsv) is the paper named before it
		{"date 2025-04-08 Nora Quill has edited The Marlow Gazette since 2015. She joined the Gazette as a reporter in 1990.",
			[]string{"org/outlet The Marlow Gazette", "person Nora Quill"}, []string{"Gazette"}},
		{"date 2025-04-08 Dev Anand left the Fenwick Herald in May. He had worked at the Herald for ten years.",
			[]string{"org/outlet Fenwick Herald", "person Dev Anand"}, []string{"Herald"}},
		// demonyms and words that are no names (not-a-name in data/cues.tsv) before a trade are no name
		{"date 2025-04-08 Brazilian midfielder Caio Duarte and his girlfriend, Canadian Olympic swimmer Tara Wells, met in 2022.",
			[]string{"person Caio Duarte", "person Tara Wells"}, []string{"Canadian Olympic"}},
		{"date 2025-04-08 British Paralympic sprinter Owen Hale won gold in Paris.",
			[]string{"person Owen Hale"}, []string{"British Paralympic"}},
		// a name in apposition to a description of an organisation with names in it, ending at a word of org-appositive-end
		{"date 2025-04-08 He has been linked with the manager's job at Kestrel Vale, the League of Wales club where he began his career.",
			[]string{"org Kestrel Vale"}, nil},
		{"date 2025-04-08 Nora Quist left Maple Ridge, the Silicon Valley startup that she founded, in May.",
			[]string{"org Maple Ridge", "person Nora Quist"}, nil},
		// a capitalised word the tagger left out of a region's name (data/regions.tsv)
		{"date 2025-04-08 CONCORD, N.H. (AP) — New Hampshire Gov. Ann Cole on Monday appointed Tom Reyes to the seat.",
			[]string{"place New Hampshire", "person Ann Cole", "person Tom Reyes"}, []string{"Hampshire"}},
		{"date 2025-04-08 SANTA FE (AP) — New Mexico Gov. Rita Lowe signed the bill on Friday.",
			[]string{"place New Mexico", "person Rita Lowe"}, []string{"Mexico"}},
		// a demonym with a place suffix (place-suffix in data/cues.tsv) names no place
		{"date 2025-04-08 The Canadian singer and the Danish-born drummer Bastian Holm married in Sintra. Father Tobias Lund, the Swedish-born rector, led the service.",
			[]string{"person Bastian Holm", "place Sintra"}, []string{"Danish", "Danish-born", "Swedish", "Swedish-born"}},
		// a title that starts the name of a hospital or a hall is part of its name
		{"date 2025-04-08 Deborah Lane has worked as a porter at the Queen Mary Hospital in Gateshead for 17 years.",
			[]string{"person Deborah Lane", "org Queen Mary Hospital"}, []string{"Mary Hospital"}},
		// a venue after a trade and "at" or "of" employs the person: an organisation; elsewhere a place
		{"date 2025-04-08 Tom Reyes, a priest at Holy Trinity Church, was ordained in 1998. He was born at Mercy General Hospital.",
			[]string{"person Tom Reyes", "org Holy Trinity Church", "org Mercy General Hospital"}, nil},
		{"date 2025-04-08 Tom Reyes and Ada Lin married at Holy Trinity Church on Saturday.",
			[]string{"person Tom Reyes", "person Ada Lin", "org Holy Trinity Church"}, nil},
		{"date 2025-04-08 Nina Hale, a nurse at Riverside General Hospital, met Leo Park at the Bluebird Room.",
			[]string{"person Nina Hale", "org Riverside General Hospital", "place Bluebird Room"}, nil},
		// a name that is all a post or a kinship noun is no entity; the surname after a title is the person's
		{"date 2025-04-08 Town Manager Ellis Wardrop said that Interim Chief Dora Kemal had led the department since May. Chief Kemal was sworn in as Chief of Police. The board thanked the Town Clerk.",
			[]string{"person Ellis Wardrop", "person Dora Kemal"}, []string{"Chief Kemal", "Chief of Police", "Town Clerk", "Town Manager"}},
		// a house or firm named with a word of another language (org-lead in data/cues.tsv) is an organisation
		{"date 2025-04-08 Piero Lanza is leaving Maison Ferrant after six years. He joined from Casa Velluti in 2019.",
			[]string{"person Piero Lanza", "org Maison Ferrant", "org Casa Velluti"}, nil},
		{"date 2025-04-08 Tomas Lind has joined Sporting Vela on loan from Lokomotiv Brask.",
			[]string{"person Tomas Lind", "org Sporting Vela", "org Lokomotiv Brask"}, nil},
		// a profile's home field names a place
		{"date 2025-04-08 CANDIDATE: Nora Delacourt. Residence: Wexbridge. Occupation: nurse.",
			[]string{"place Wexbridge"}, nil},
		// a given name the tagger made a region takes the double-barrelled surname after it
		{"date 2025-04-08 Lorraine Ashby-Crewe, the first woman to edit the paper, died on May 2.",
			[]string{"person Lorraine Ashby-Crewe"}, []string{"Lorraine"}},
		// a place's head word first makes a place even with a given name in it
		{"date 2025-04-08 He grew up in Ennistown, County Clare, and played for Clare as a minor.",
			[]string{"place County Clare"}, nil},
		// the field an honour rewards is no entity (services-to in data/cues.tsv)
		{"date 2025-04-08 Ada Rusk, Founder, Kelby Food Bank. For services to Rugby League and to Charity. Tom Vale, Volunteer. For services to Higher Education.",
			[]string{"person Ada Rusk", "person Tom Vale"}, []string{"Rugby League", "Charity", "Higher Education"}},
		// a trade's plural before a firm's name (data/orgcues.tsv)
		{"date 2025-04-08 The house is listed with the agents Barlow Penn at £2m. The solicitors Keane Ashford acted for the buyer.",
			[]string{"org Barlow Penn", "org Keane Ashford"}, nil},
		// a country's name alone is a place, even where the tagger took it for a team
		{"date 2025-04-08 Kofi Mensah, who has been capped 12 times by Ghana, joined on loan.",
			[]string{"person Kofi Mensah", "place Ghana"}, nil},
		// "Revd", the British abbreviation of "Reverend", is a title
		{"date 2025-04-08 The Revd Mary Penhale, our curate, will take the services.",
			[]string{"person Mary Penhale"}, []string{"Revd", "Revd Mary Penhale"}},
		// capitalised words joined by "&" name a firm
		{"date 2025-04-08 Olaf Berg worked for 30 years at Lindgren Pump & Valve in Red Oak.",
			[]string{"person Olaf Berg", "org Lindgren Pump & Valve"}, nil},
		// a stop word alone at a sentence start (capstop in data/cues.tsv) is no name
		{"date 2025-04-08 Nine weeks and three bids later, Tomas Lind is still a Kelby Rovers player.",
			[]string{"person Tomas Lind"}, []string{"Nine"}},
		// a body's head capitalised alone (generic-body in data/cues.tsv) names no body
		{"date 2025-04-08 Kelby Foods plc announces that Ann Hale has notified the Board of her intention to retire.",
			[]string{"person Ann Hale"}, []string{"Board"}},
		// a dateline that names a municipal corporation (municipality in data/cues.tsv) names an organisation
		{"date 2025-04-08 TOWN OF ELKHART, INDIANA - The board met on Monday. Mayor Ann Hale presided.",
			[]string{"org Town of Elkhart", "person Ann Hale"}, nil},
		// a meeting named as such is an event (event-head in data/cues.tsv)
		{"date 2025-04-08 Ann Hale will retire at the conclusion of the Annual General Meeting on 14 May.",
			[]string{"person Ann Hale", "event Annual General Meeting"}, nil},
		// two names the tagger split at a lowercase particle (name-particle in data/cues.tsv) are one
		{"date 2025-04-08 Nikos Andreou moved to Deportivo Sal del Mar in July.",
			[]string{"person Nikos Andreou", "org Deportivo Sal del Mar"}, []string{"Mar"}},
		// the letters of an honour alone are no organisation
		{"date 2025-04-08 Ada Rusk, founder of the Kelby Food Bank, is appointed CBE.",
			[]string{"person Ada Rusk"}, []string{"CBE"}},
		// a one-word name only ever after "from" or "in" (place-before in data/cues.tsv) is a place
		{"date 2025-04-08 A hospital porter from Wexcombe has won the election. The winner, Mona Castell, said she would move to Wexcombe.",
			[]string{"place Wexcombe", "person Mona Castell"}, nil},
		// an unquoted title with minor words (title-minor in data/cues.tsv) after a cue of data/workcues.tsv, or after one and a comma, is one work
		{"date 2025-04-08 After leaving the show, Tom Vale briefly hosted a syndicated talk program, Ray in the Afternoon, which was canceled in 2001.",
			[]string{"work/show Ray in the Afternoon", "person Tom Vale"}, []string{"Afternoon"}},
		{"date 2025-04-08 Nina Cole starred in the film Daughter of the Tide in 2019.",
			[]string{"work/film Daughter of the Tide", "person Nina Cole"}, []string{"Tide"}},
		{"date 2025-04-08 Lena Park released the album Songs for the Road last year.",
			[]string{"work/album Songs for the Road", "person Lena Park"}, []string{"Road"}},
		// ... which ends before a place after "in", "at", "near" or "from" (locative-minor in data/cues.tsv)
		{"date 2025-04-08 Dev Anand and Mia Lund met on the set of the series Harbour Lights in Cornwall.",
			[]string{"work/show Harbour Lights", "place Cornwall"}, []string{"Harbour Lights in Cornwall"}},
		// a lone given name before ", elder son of", or after "a brother for" (kin-for in data/cues.tsv), is a person whatever the tagger called it
		{"date 2026-05-06 The engagement is announced between Tobin, elder son of Mr Paul Fenwick, of Tetford, and Marisa, younger daughter of Dr Ann Orde. On 27th April, to Lucy and Mark, a son, Alfie, a brother for Maisie.",
			[]string{"person Tobin", "person Marisa", "person Maisie", "place Tetford"}, nil},
		// a name with no given name first before a comma and a county (place-ending in data/cues.tsv) that ends the clause is a town
		{"date 2026-05-06 Tobin is the elder son of Mr Julian Fenwick, of Chipworth Dene, Westshire, and of Mrs Ann Fenwick.",
			[]string{"place Chipworth Dene", "place Westshire"}, nil},
		// a name the tagger ended in a lowercase word ("Ruby and") ends before it
		{"date 2026-04-28 Marcus Dale '94, wife Jenna (Pell) Dale '95 and their twins, Ruby and Theo, 12, will move onto campus this summer.",
			[]string{"person Ruby", "person Theo"}, []string{"Ruby and"}},
		// a title alone ("the King") is a description, not a name, though corpora put it first in names ("King Henrik"); "Brigadier" is a title (data/honorifics.tsv)
		{"date 2026-05-06 Buckingham Palace announces that the King has appointed Brigadier Tom Lisle to be Lord-Lieutenant of the county of Westshire.",
			[]string{"person Tom Lisle"}, []string{"King"}},
		// a venue's head word after "the" and before "at" and a name (venue-head in data/cues.tsv) make one place
		{"date 2026-04-28 Ada Holt and Tom Dale were married Oct. 11 at the Inn at Fenwick Lake in Ashby.",
			[]string{"place Inn at Fenwick Lake", "person Ada Holt", "person Tom Dale"}, []string{"Inn", "Fenwick Lake"}},
		// a capitalised plural noun of people (name-list-lead in data/cues.tsv) that starts a sentence is no part of the name after it
		{"date 2026-04-28 Ada Holt and Tom Dale were married Oct. 11. Classmates Kayla Brent '03 and Dev Shah '03 were in the wedding party.",
			[]string{"person Kayla Brent", "person Dev Shah"}, []string{"Classmates Kayla Brent"}},
		// a capitalised noun of a time of life or a family state before a full name (person-lead in data/cues.tsv) is no part of the name; nor is "Mother" of "Mother of two"
		{"date 2026-04-28 Pensioner Walter Greeley lost his savings. Grandmother Ivy Tarrant, 84, was rescued. Schoolgirl Poppy Denholm won the prize. Widower Frank Ashby spoke to us. Mother of two Lorna Pike was jailed.",
			[]string{"person Walter Greeley", "person Ivy Tarrant", "person Poppy Denholm", "person Frank Ashby", "person Lorna Pike"},
			[]string{"Pensioner Walter Greeley", "Grandmother Ivy Tarrant", "Schoolgirl Poppy Denholm", "Widower Frank Ashby", "Mother"}},
		// ... nor is a noun of a nation's people before a full name ("Irishman Tom Hale", "Kiwi Ada Moss")
		{"date 2026-04-28 Irishman Tom Hale won the stage. Welshwoman Ada Moss came second. Kiwi Ivy Tarrant set a record.",
			[]string{"person Tom Hale", "person Ada Moss", "person Ivy Tarrant"},
			[]string{"Irishman Tom Hale", "Welshwoman Ada Moss", "Kiwi Ivy Tarrant"}},
		// ... nor is a national side's nickname for a player ("Former All Black X", "Wallaby X"), nor the stop word "All" that opens it
		{"date 2026-04-28 Former All Black Tane Ruru opened a cafe in Napier. Former Wallaby Ben Tait lives in Perth. Former Springbok Piet Botha watched.",
			[]string{"person Tane Ruru", "person Ben Tait", "person Piet Botha"},
			[]string{"Black Tane Ruru", "All", "Wallaby Ben Tait", "Springbok"}},
		// an office of state whose title holds its body ("of Police", "of Nigeria", "of the Central Bank") is no part of the holder's name nor of the body's;
		// the body stays a name of its own when it names one (officespans.go), and a word of a post's title is no name ("Director of Public Prosecutions")
		{"date 2025-06-10 Inspector-General of Police Kayode Adeyemi ordered an inquiry. Chief Justice of Nigeria Olufunke Bamidele swore in the judges. Governor of the Central Bank of Ghana Kojo Asamoah raised rates. Director of Public Prosecutions Esi Owusu dropped the charges. Solicitor-General Amaka Nwosu appeared for the state.",
			[]string{"person Kayode Adeyemi", "person Olufunke Bamidele", "place Nigeria", "org Central Bank of Ghana", "person Kojo Asamoah", "person Esi Owusu", "person Amaka Nwosu"},
			[]string{"Police Kayode Adeyemi", "Nigeria Olufunke Bamidele", "Public", "Solicitor-General Amaka Nwosu"}},
		// ... also when no known given name starts the holder's name: the one word after "of" is the body when two or three names follow it,
		// in the first sentence or later, with "Deputy" or "Assistant" before the post
		{"date 2025-06-10 Deputy Inspector-General of Police Ibikunle Adesanmi was posted to Abuja. The Commissioner of Police Nkemdirim Agwu-Obi said the officers had moved. Assistant Superintendent of Customs Babajide Oyewole Kehinde retired.",
			[]string{"person Ibikunle Adesanmi", "person Nkemdirim Agwu-Obi", "person Babajide Oyewole Kehinde"},
			[]string{"Police Ibikunle Adesanmi", "Police Nkemdirim Agwu-Obi", "Customs Babajide Oyewole Kehinde"}},
		// common given names of West and East Africa and of Tamil and Bengali speakers (data/names.tsv) make the name a person's, whatever the tagger said,
		// and a known given name the tagger left out before a person's name of two words is part of it
		{"date 2025-06-10 Tamilarasan Velusamy and Kalaiselvi Murugesan led the march. Rafiqul Alam met Nusrat Jahan Mim in Dhaka. Chukwudi Okafor and Halima Garba joined the board. Odhiambo Ouma married Wanjiku Njuguna.",
			[]string{"person Tamilarasan Velusamy", "person Kalaiselvi Murugesan", "person Nusrat Jahan Mim", "person Chukwudi Okafor", "person Halima Garba", "person Odhiambo Ouma", "person Wanjiku Njuguna"},
			[]string{"Jahan Mim"}},
		// a post alone between commas after a name ("X, Chairman, said") is the post of the person named, no one's name; a surname that is a post word stays a name
		{"date 2025-06-10 Sir Alan Pike, Chairman, said the year had been hard. Ruth Dale, Treasurer, added that costs fell. Tom Bishop, 45, is a roofer.",
			[]string{"person Alan Pike", "person Ruth Dale", "person Tom Bishop"}, []string{"Chairman", "Treasurer"}},
		// "Dowager" is a title before a peeress's title (data/honorifics.tsv): "Dowager Countess" alone is no one's name
		{"date 2025-06-10 The Earl's mother, Margaret, Dowager Countess of Fellbridge, now 88, still lives there. Dowager Lady Pell opened the fete.",
			[]string{"person Margaret", "person Lady Pell"}, []string{"Dowager Countess", "Dowager"}},
		// a given name alone after a word of partner-link in data/cues.tsv ("married to", "dating", "engaged to") is a partner's, whatever the tagger said
		{"date 2025-06-10 The striker signed on Monday. He is married to Jolanta, a former rower. His brother has been dating Halina since 2020. Their cousin is engaged to Oksana.",
			[]string{"person Jolanta", "person Halina", "person Oksana"}, nil},
		// a double-barrelled surname the tagger left out after titles and a given name is part of the name, and "Mr" and the surname are the same person
		{"date 2024-03-05 The council met on Monday.\n\nHon. Kwesi Appiah-Mensah attended. Mr Appiah-Mensah is an MP.",
			[]string{"person Kwesi Appiah-Mensah"}, []string{"Kwesi", "Appiah-Mensah"}},
		// after a title, any capitalised word the tagger left out after a given name is the surname
		{"date 2024-06-07 Earlier in the day, Lt. Col. Tomas Ruiz was promoted to colonel in a ceremony attended by his parents. Command Sgt. Maj. Irina Price, the brigade's senior enlisted leader since 2024, pinned on his new rank.",
			[]string{"person Tomas Ruiz", "person Irina Price"}, []string{"Irina"}},
		// "the Trust" after the one organisation whose name ends in "Trust" is that organisation, none of its own
		{"date 2027-05-07 Harrowmere Community Health NHS Trust welcomes two new consultants. Dr Ada Pell joined the Trust on 1 March from Leeds. Dr Ivo Marsh has been with the Trust since 2011.",
			[]string{"org Harrowmere Community Health NHS Trust", "person Ada Pell", "person Ivo Marsh"}, []string{"Trust"}},
		// a company's chief officer of data/roles.tsv ("Chief Scientific Officer") is a post, not a person titled "Chief"
		{"date 2024-03-05 Ada Pell succeeds Tom Hale, who has served as Chief Scientific Officer since 2016. Ivo Marsh, the Chief Data Officer, resigned.",
			[]string{"person Ada Pell", "person Tom Hale", "person Ivo Marsh"}, []string{"Scientific Officer", "Data Officer"}},
		// the capitalised middle of a post between a title and a trade or role noun is no name, whether the tagger took the title in or cut the last word off, and the post need not be listed
		{"date 2024-03-05 Kestrel Bank Chief Risk Officer Abel Tanner resigned. Harwick Foods Chief People Officer Wendy Marsh left in May. The board named Chief Growth Officer Saoirse Lund as interim head. Deputy Chief Digital Officer Ines Carvalho said the project was late.",
			[]string{"org Kestrel Bank", "person Abel Tanner", "org Harwick Foods", "person Wendy Marsh", "person Saoirse Lund", "person Ines Carvalho"}, []string{"Risk", "People", "Growth", "Digital", "Chief People", "Chief Growth"}},
		// a name with no given name first before an appointing verb and a name, or before a lowercase post and a name, is the employer's
		{"date 2024-03-05 Marrow Savings appoints Oliver Penn as treasurer. Corbel Hartley has hired Mina Sato as its first general counsel. Quorn Brassey chief executive Ines Okoro resigned. Vesper Thorne promotes Alba Reyes to managing partner.",
			[]string{"org Marrow Savings", "person Oliver Penn", "org Corbel Hartley", "person Mina Sato", "org Quorn Brassey", "person Ines Okoro", "org Vesper Thorne"}, nil},
		{"date 2024-03-05 Marrow Savings company secretary Oliver Penn said the board agreed.",
			[]string{"org Marrow Savings", "person Oliver Penn"}, nil},
		// a name opening a sentence that gives it a post, after "as", "appointed", "named" or "became", is a person's, whatever the tagger made of an unknown given name
		{"date 2024-03-05 Ansgar Pohl has been appointed head of research at Velmora Capital. Stellan Voss joins Orrin Dynamics as chief financial officer. Haldor Rusk takes over as chief executive next month. Tallis Group has hired Greta Lund as finance director.",
			[]string{"person Ansgar Pohl", "person Stellan Voss", "person Haldor Rusk", "org Tallis Group", "person Greta Lund"}, nil},
		// two capitalised words whose first is a given name of names_listed.tsv, tagged an organisation, are a person's name; not before a post, an organisation's suffix or "spokeswoman"
		{"date 2024-03-05 Ruperta Vance attended the funeral. Corliss Dunmore toured Peru in 2021. Wenda Ostrowski told the court she was innocent.",
			[]string{"person Ruperta Vance", "person Corliss Dunmore", "place Peru", "person Wenda Ostrowski"}, nil},
		{"date 2024-03-05 Fiona Tate is finance director of Corliss Dunmore plc. A Lorant Szekely spokeswoman declined to comment.",
			[]string{"person Fiona Tate", "org Corliss Dunmore", "org Lorant Szekely"}, nil},
		// the first word of a capitalised post that the tagger ran into a firm's name is no part of it
		{"date 2024-03-05 Velmora Executive Vice President Marcus Oyelaran oversees the unit. Brisk Harbour Senior Vice President Dana Kell left.",
			[]string{"org Velmora", "person Marcus Oyelaran", "person Dana Kell"}, []string{"Velmora Executive", "Brisk Harbour Senior"}},
		// capitalised words the tagger left out before a post that starts with a title are the employer; a qualifier or a word of firms' names alone is not
		{"date 2024-03-05 Orrin Dynamics Chief Legal Officer Priya Sandhu declined to comment. Harlow Chief Customer Officer Juno Petrak joined last year. Group Chief Executive Officer Rufus Hale joined in 2019. Interim Chief Financial Officer Pavel Dorn spoke.",
			[]string{"org Orrin Dynamics", "person Priya Sandhu", "org Harlow", "person Juno Petrak", "person Rufus Hale", "person Pavel Dorn"}, []string{"Group", "Interim"}},
		// a name run over a copula or an auxiliary, or over a comma before an employer's possessive, is two names: the person's before the break
		{"date 2024-05-01 Nia Okafor is Haldor Mining's new chief executive. Ann Voss, Orbis Bank's head of marketing since 2019, said sales rose.",
			[]string{"person Nia Okafor", "org Haldor Mining", "person Ann Voss", "org Orbis Bank"}, []string{"Nia Okafor is Haldor Mining", "Ann Voss , Orbis Bank"}},
		{"date 2024-05-01 Rhys Tandy was Calloway Freight's finance director until 2021. Mina Drew, Pellham Insurance's chief actuary, resigned.",
			[]string{"person Rhys Tandy", "org Calloway Freight", "person Mina Drew", "org Pellham Insurance"}, nil},
		{"date 2024-05-01 Ivo Brant remains Corvel Group's largest shareholder. Mum-of-two Jess Hollins, 34, was jailed for two years.",
			[]string{"person Ivo Brant", "org Corvel Group", "person Jess Hollins"}, []string{"Ivo Brant remains Corvel Group", "Mum-of-two"}},
		// the name after a parent's compound with a count is a person's; a British police rank before a name is no part of it
		{"date 2024-05-01 Father-of-two Gavin Prout was killed in the crash. Police said mother-of-three Leah Dunn, 41, died at the scene.",
			[]string{"person Gavin Prout", "person Leah Dunn"}, []string{"mother-of-three"}},
		{"date 2024-05-01 Chief Constable Mark Peel said the force would review the case. Detective Chief Inspector Ruth Ames led the inquiry.",
			[]string{"person Mark Peel", "person Ruth Ames"}, []string{"Constable Mark Peel", "Chief Inspector Ruth Ames"}},
		// a person's name joined by "and" to one the tagger took for a place, before a verb, makes both people
		{"date 2024-05-01 Kara Venn and Dom Reyes married in 2015. Milo Grant and Jude Bexley wed in a small ceremony.",
			[]string{"person Kara Venn", "person Dom Reyes", "person Milo Grant", "person Jude Bexley"}, nil},
		{"date 2024-05-01 Dom Reyes and his wife Kara Venn live in Kelby. Guests included Lars Ekholm and Vida Rowe. Rita Dove and Los Angeles, she said, were her loves.",
			[]string{"person Dom Reyes", "person Kara Venn", "place Kelby", "person Lars Ekholm", "person Vida Rowe", "place Los Angeles"}, nil},
		// a club's head word (club in tag/ner/data/name_heads.tsv) ends the club's name, whose town alone after a place cue is the place;
		// the head alone is still the club
		{"date 2024-05-01 Lee Marsh signed for Tarrow Athletic in 2018. Tom Hale joined Kelby United in 2001. He moved back to Kelby in 2010.",
			[]string{"org Tarrow Athletic", "org Kelby United", "place Kelby"}, []string{"Tarrow"}},
		{"date 2024-05-01 Sam Reid played for Brennock Rovers before he returned to Brennock in 2015. Rovers' chief executive, Ann Moss, said so.",
			[]string{"org Brennock Rovers", "place Brennock", "person Ann Moss"}, []string{"Rovers"}},
		// after a verb of having or finding, an article, a noun of a person and "in", a name with a given name first is the person's;
		// a place after a post that no such verb governs stays a place
		{"date 2024-05-01 Haldor Mining has a new chief executive in Nia Okafor. Kelby have a natural replacement in Jude Bexley. She worked as a manager in Milton Keynes for a decade.",
			[]string{"person Nia Okafor", "person Jude Bexley", "place Milton Keynes"}, nil},
		// a family named by its plural surname is a group, not an entity
		{"date 2024-03-12 Wade Harlan and Cassidy Harlan married in 2010. The Harlans have two children.",
			[]string{"person Wade Harlan", "person Cassidy Harlan"}, []string{"Harlans"}},
		// a given name that is also a common word, alone before a verb in the present or the past or before "and I", is a person's subject
		{"date 2024-03-04 Tom Hale opened the shop in 1990. Bill runs the till and Grace helps on Saturdays. Sue and I ran it for years, he said.",
			[]string{"person Tom Hale", "person Bill", "person Grace", "person Sue"}, []string{"place Grace"}},
		// a given name alone after an age written as an adjective or a noun of a child's kin is a person's, whatever the tagger said
		{"date 2024-03-04 Zara Quinn and Marcus Elba are the proud parents of three-year-old Leo. Ann Moss is mother to Ivy. Tom Hale has a son, Max.",
			[]string{"person Zara Quinn", "person Marcus Elba", "person Leo", "person Ann Moss", "person Ivy", "person Tom Hale", "person Max"}, []string{"org Leo"}},
		// a common noun in the plural at a sentence start before a verb in the plural is no name, though the tagger took it for one; the last word of a longer name stays a name
		{"date 2024-03-04 Ann Moss joined Kelby Hospital in May. Appointments are made by an Advisory Appointments Committee. Carrow Rovers sacked their manager. Rovers are bottom of the league.",
			[]string{"org Kelby Hospital", "person Ann Moss", "org Advisory Appointments Committee", "org Carrow Rovers"}, []string{"Appointments"}},
		// "Credit" starts firms' names at a sentence start too; before a colon it labels a photo's credit (cue class credit-label)
		{"date 2024-03-04 Credit Suisse First Boston advised the buyer. Ann Moss smiled.\n\nCredit: Nick Moreau",
			[]string{"org Credit Suisse First Boston", "person Ann Moss", "person Nick Moreau"}, []string{"Suisse First Boston"}},
		// a post of data/roles.tsv after a field noun ("finance director") is a post too: the name appointed to it is a person's
		{"date 2024-03-04 Kelby Group hired Morgan Dale as finance director in May.",
			[]string{"org Kelby Group", "person Morgan Dale"}, nil},
		// a name the tagger left out that ends in a league's word (cue class league-head) before a trade and a person's name is the league
		{"date 2024-03-04 Ann Moss has been dating Premier League footballer Dion Mensah since last year.",
			[]string{"person Ann Moss", "org Premier League", "person Dion Mensah"}, nil},
		// "Elementary" and "High" end schools' names (cue class org-suffix), whatever the tagger said
		{"date 2024-03-04 Ann Moss was PTO president at Jefferson Elementary until 2024. She teaches at Lincoln Elementary and her son attends Fairhaven High.",
			[]string{"person Ann Moss", "org Jefferson Elementary", "org Fairhaven High"}, []string{"person Fairhaven High", "place Jefferson Elementary"}},
		// a capitalised word of cue class org-suffix the tagger left out after the name it tagged ends that name, an organisation's
		{"date 2024-03-04 Ann Moss was PTO president at Jefferson Elementary until 2024. Her son attends Fairhaven High.",
			[]string{"person Ann Moss", "org Jefferson Elementary", "org Fairhaven High"}, []string{"Jefferson"}},
		// "Medicine" ends a health system's name (cue class org-suffix)
		{"date 2024-03-04 The bride, Ann Moss, is a pediatric cardiologist at Brenley Medicine in Philadelphia. Her father, Tom Moss, is a surgeon at Harwell Medicine in Boston.",
			[]string{"person Ann Moss", "org Brenley Medicine", "place Philadelphia", "org Harwell Medicine"}, nil},
		// a name the tagger left out that ends in a word of cue class event-head is an event
		{"date 2026-08-20 Few shows at this year's Brenwick Arts Festival have arrived with such noise.\n\nAnn Moss directs.",
			[]string{"event Brenwick Arts Festival", "person Ann Moss"}, nil},
		// "Paralympics" and "Olympiad" end events' names (cue class event-head); a year before the name is no part of it
		{"date 2024-03-04 Ann Moss won gold at the 2012 Summer Paralympics in London. Tom Hale played in the Chess Olympiad.",
			[]string{"event Summer Paralympics", "place London", "event Chess Olympiad", "person Ann Moss"}, nil},
		// a known place before a party's member word is the place the politician comes from, and the word the party
		// (splitPlaceParty); "Christian Democrat" names no place
		{"date 2024-03-04 Senator Ruth Dale, a Chicago Democrat, will retire. Tom Hale, the Texas Republican, agreed, as did the Christian Democrat Ida Roth.",
			[]string{"person Ruth Dale", "place Chicago", "org Democratic Party", "person Tom Hale", "place Texas", "org Republican Party"}, []string{"Chicago Democrat", "Texas Republican"}},
		// a business post named by its field before a head noun ("finance chief", "operations chief") is a role: the name hired as it is a person's
		{"date 2024-03-04 Kelby Group hired Morgan Dale as finance chief in May. Ostrel Foods hired Morgan Pryce as operations chief.",
			[]string{"org Kelby Group", "person Morgan Dale", "org Ostrel Foods", "person Morgan Pryce"}, nil},
	}
	for _, tc := range tests {
		doc := runTagged(t, tc.text)
		got := "; " + describe(doc) + ";"
		for _, w := range tc.want {
			if !strings.Contains(got, "; "+w+";") {
				t.Errorf("%q:\n got %s\nwant %s", tc.text, got, w)
			}
		}
		for _, n := range tc.not {
			for _, e := range doc.Entities {
				if e.Name == n || string(e.Type)+" "+e.Name == n { // a name, or a type and a name
					t.Errorf("%q: unwanted entity %s", tc.text, fmt.Sprint(e.Type, " ", e.Name))
				}
			}
		}
	}
}

// TestTaggedCorefExamples runs the whole tagging pipeline and checks what
// the listed mentions (text, n-th occurrence from 1) resolve to.
func TestTaggedCorefExamples(t *testing.T) {
	tests := []struct {
		text string
		want string // "mention#n=entity name; ..."
	}{
		// "the defendant" is the one person named answering a charge (accused-noun, charge-verb in data/cues.tsv), and "He said"
		// opening the next sentence goes on with that speaker, past a man named in what he said (speakerContinued)
		{"date 2026-05-06 Darren Pike, 41, of Mill Road, Leeds, denies the murder of Gary Holt. Giving evidence, the defendant said he had driven to Mr Holt's flat to \"sort things out\" but left when Mr Holt was \"alive and shouting\". He said his wife of 20 years, Joanne, could confirm it.",
			"the defendant#1=Darren Pike; He#1=Darren Pike"},
		// a nickname in single quotation marks between a given name and a surname is the person's, as one in double marks
		{"date 2026-05-06 Former boxer William 'Billy' Dunne has retired. Dunne said he was proud. Ex-gangster Frank ‘Mad Frankie’ Fraser died. Fraser was 90. Billy said it was time.",
			"Dunne#1=William Dunne; Fraser#1=Frank Fraser; Billy#1=William Dunne"},
		// a bare surname of a person named in full before it is that person, not a firm named after the person
		{"date 2024-05-10 Rakesh Mehta, the founder of the Mehta Group, has returned to the board. Mehta was in London last month, where he met investors.",
			"Mehta#1=Rakesh Mehta"},
		// a surname alone that is also a given name of the other sex is the titled person it ends the name of
		{"date 2025-09-14 Professor Amina Yusuf has won the Lister Prize. Yusuf, 52, leads a team of 40 researchers.",
			"Yusuf#1=Amina Yusuf"},
		// a person's first name alone at a sentence's start, which the tagger leaves out, is the person
		{"date 2026-05-06 Folk singer Hazel Wynn and guitarist Theo Marchetti are engaged. \"We wrote it at the kitchen table,\" said Wynn. \"Theo would play a riff, I'd hum something.\"",
			"Theo#1=Theo Marchetti"},
		// a firm's name without its last, organisation's word, read as a person's, is the firm named before in full
		{"date 2026-05-06 Harriet Dunmore Construction was fined £40,000 after the fall. Harriet Dunmore said it would appeal.",
			"Harriet Dunmore#1=Harriet Dunmore Construction"},
		// a given name romanised in syllables is one name written with or without their hyphen ("Hyun-woo", "Hyunwoo"), alone or in the full name;
		// a name ending in a period is the one written without it ("Hale & Co." and "Hale & Co")
		{"date 2026-05-06 Kang Hyun-woo, 31, won the title on Sunday. \"I am happy,\" Hyunwoo said after the match. Later Kang Hyunwoo thanked his coach. Zhang Xiaoming joined the club in 2019; Xiao-ming left in 2022.",
			"Hyunwoo#1=Kang Hyun-woo; Kang Hyunwoo#1=Kang Hyun-woo; Xiao-ming#1=Zhang Xiaoming"},
		{"date 2026-05-06 Analysts at Hale & Co said the deal was fair. Shares rose after Hale & Co. raised its target.",
			"Hale & Co.#1=Hale & Co"},
		// a stage or familiar name and the real name that real-name-lead in data/cues.tsv introduces are one person, also when the taggers left the stage name out;
		// "born" and one word is no real name
		{"date 2026-05-06 Minjae, whose real name is Park Min-jae, will enlist in May. Sora (real name Choi So-ra) posted a photo. Tom Hale, born Kelby, 1950, sang.",
			"Minjae#1=Park Min-jae; Sora#1=Choi So-ra; Tom Hale#1=Tom Hale"},
		// a surname that is also a common word, which the taggers leave out, is the person named with it before
		{"date 2026-05-06 Liam Price, 34, of Morriston, was jailed. Recorder Helen Parry told Price he was lucky. Price, a former Royal Navy engineer, wept. Price rises hit shoppers.",
			"Price#1=Liam Price; Price#2=Liam Price; Price#3=?"},
		// "Recorder" before a name is a judge's title (data/honorifics.tsv, data/titletrades.tsv), as in English courts
		{"date 2026-05-06 Liam Price, 34, of Morriston, was jailed. Recorder Helen Parry told Price: \"You lost your temper.\" Mr Price wept. The judge told Price he was lucky.",
			"The judge#1=Helen Parry"},
		// a firm's description (business-noun in data/cues.tsv: "the company") is no club named like one ("Brackwell United")
		{"date 2026-05-06 Dean Marsh plays for Brackwell United. Brackwell United won again. His label, Orbit Records, said the album was late. The company declined to say more.",
			"The company#1=Orbit Records"},
		// an object pronoun is not its clause's subject past an age or a description in commas ("X, 49, currently finance
		// director, will succeed him"), nor the object of a verb an infinitive follows ("named X to succeed him": clauseSubject)
		{"date 2026-05-06 Orbin Rail said its chief executive, Karl Duffy, would retire. Mae Lorne, 49, currently chief operating officer, will succeed him. The board named Tom Reed to replace him as chairman.",
			"him#1=Karl Duffy; him#2=Karl Duffy"},
		// a lawyer's "his client" (client-noun in data/cues.tsv) is the last person named before who is not the lawyer
		{"date 2026-05-06 Darren Pike, 41, of Mill Street, Nelson, admitted theft. Mr Hale, defending, said his client, a former roofer, was in debt.",
			"his client#1=Darren Pike"},
		{"date 2026-05-06 Ann Roe, 29, denied assault. Defending, Kit Moss told the court her client had lost her job in March.",
			"her client#1=Ann Roe"},
		// ... nor a club named before a team's post ("Arsenal manager"), though the story names it more than the firm
		{"date 2026-05-06 Tom Hale has stepped down as chief executive of Orvel Foods. Arsenal manager Mikel Arteta praised him. Hale joined the Arsenal board in 2020. The company said he would stay until June.",
			"The company#1=Orvel Foods"},
		// a name said to someone inside a quotation or a transcript's turn (address-lead in data/cues.tsv: "Yes, Noah,", "Well, Noah,",
		// "Thank you, Ada.") is the person addressed: no "he" or "him" of that sentence
		{"date 2026-05-06 Ada Crewe spoke to the host, Noah Feld, on the show. \"Yes, Noah, I married him in 2015,\" Crewe said. \"Well, Noah, he works as a plumber.\"\n\nHOST: Thank you, Ada. Was he at the wedding?",
			"him#1=?; he#1=?"},
		// the possessor of a family noun ("the teacher's son") is no person in reach that the text has not described so;
		// nor is a trade in the possessive after a copula ("is a coal miner's son") the subject
		{"date 2026-05-06 Ada Crewe joined the army in 1990. The teacher's son Leo Marsh won the race. Gaunt is a coal miner's son.",
			"The teacher#1=?; a coal miner#1=?"},
		// ... nor, before any other kinship noun ("the fisherman's widow", "the plumber's wife"), is it the last man named, unless he was described with that trade
		{"date 2026-05-06 Tom Hale, 61, a retired teacher, chaired the inquest. The fisherman's widow, Ada Moss, told the court she had waited. Leo Marsh, a plumber, was there. The plumber's wife said he had warned them.",
			"The fisherman#1=?; The plumber#1=Leo Marsh"},
		// two descriptions of trades coordinated after a heading that names two people are the two, in order
		{"date 2025-06-12 Who is together this week.\n\nOFF: Tom Hale and Ada Moss\n\nAfter three years together, the country singer and the model have quietly split, sources said.",
			"the country singer#1=Tom Hale; the model#1=Ada Moss"},
		// a description is no person of its trade whom the story names only sentences later
		{"date 2026-08-21 The yard is quiet, and Ada Moss likes it that way. The 51-year-old trainer walks the line of boxes.\n\nIt was never supposed to be like this. She had a bad fall. Her back was broken.\n\nShe rode for the veteran trainer Tom Hale out of his yard.",
			"The 51-year-old trainer#1=Ada Moss"},
		// status-title in data/cues.tsv: "Mrs Holt" and "Miss Holt" are a mother and her daughter; "the Hon." is a person's style
		{"date 2026-05-06 The engagement is announced between Mr Tom Dale and Miss Ada Holt, daughter of Mrs Holt, of Leeds. The Hon. Ivo Marsh will officiate.",
			"Miss Ada Holt#1=Ada Holt; Mrs Holt#1=Mrs Holt; Hon. Ivo Marsh#1=Ivo Marsh"},
		// a couple's titles before a full name ("Mr and Mrs Paul Orde") make one mention of the husband, from his title
		{"date 2026-05-06 The engagement is announced between Tobin, elder son of Mr and Mrs Julian Fenwick, of Tetford, and Marisa, daughter of Dr and Mrs Paul Orde.",
			"Mr and Mrs Julian Fenwick#1=Julian Fenwick; Dr and Mrs Paul Orde#1=Paul Orde"},
		// a couple's titles before a surname alone ("Lord and Lady Orde") are two people: the first title is the man, with the surname
		{"date 2026-05-06 The engagement is announced between Tobin, elder son of Mr Julian Fenwick, and Marisa, younger daughter of Lord and Lady Orde, of Kelby.",
			"Lord#1=Lord Orde; Lady Orde#1=Lady Orde"},
		// a given name with its birth surname in parentheses ("Ada (née Vane-Holt)") is the full name so written before
		{"date 2026-05-06 Lady Ada Vane-Holt and Mr Tom Corrin\nOn 27th April 2026, at the Lindley Hospital, to Ada (née Vane-Holt) and Tom, a son.",
			"Ada#1=Ada Vane-Holt"},
		// a given name alone is the person it started a name of before, not a later name that ends in it ("a son, Frederick Tom")
		{"date 2026-05-06 Lady Ada Vane-Holt and Mr Tom Corrin\nOn 27th April 2026, at the Lindley Hospital, to Ada (née Vane-Holt) and Tom, a son, Frederick Aubrey Tom.",
			"Tom#1=Tom Corrin"},
		// initials and a surname ("Captain R.H. Marsh") are the one person named with a given name of that initial and the surname;
		// a woman's title and the surname ("Mrs Marsh") is none of the men so named
		{"date 2026-05-06 Captain R.H. Marsh and Dr P.L. Kale\nThe engagement is announced between Captain Rupert Marsh, son of the late Major Henry Marsh and of Mrs Marsh, of Tetbury, and Dr Pania Kale.",
			"Captain R.H. Marsh#1=Rupert Marsh; Mrs Marsh#1=Mrs Marsh"},
		// an unnamed person is the one named person of that trade, named later or before
		{"date 2023-05-30 Marcus Bell's representative has denied claims that the chef had an affair with a producer on his show. The Sunday Crier reported that Bell had been inseparable from segment producer Jade Kimura in April.",
			"a producer#1=Jade Kimura"},
		// a definite person noun that is no trade is the unnamed person introduced with it
		{"date 2024-05-02 Chief executive Nathan Greer had an affair with a former employee, the Ledger reported. The employee, who left the company in March, declined to comment.",
			"The employee#1=<unnamed: a former employee>"},
		// identified-as in data/cues.tsv: the name after it is the unnamed person
		{"date 2024-05-02 Actor Dylan Mercer was spotted with a mystery woman in Malibu. The woman was later identified as yoga teacher Kara Voss.",
			"a mystery woman#1=Kara Voss; The woman#1=Kara Voss"},
		// "the baby" (infant-noun in data/cues.tsv) is the child just named; "the 31-year-old" is not
		{"date 2023-03-28 Olympic swimmer Nadia Ferraro and her husband, actor Luc Bernier, have welcomed their first child, a daughter named Elodie. Bernier, 34, is thrilled.\n\nThe baby was born on March 21 in Montreal, Ferraro announced on Sunday. \"Seven pounds of pure joy,\" the 31-year-old wrote beside a photo of the newborn's hand.",
			"The baby#1=Elodie; the 31-year-old#1=Nadia Ferraro; the newborn#1=Elodie"},
		// the speaker of a quotation is none of the people it names
		{"date 2025-05-06 Singer Mira Stone shared the news on Monday. \"Our daughter, Lumi, arrived on April 28,\" she wrote.",
			"she#1=Mira Stone"},
		// an emphatic reflexive is the person named right before it
		{"date 2025-05-06 Lane's publicist, Dana Forsythe, called the claims baseless, and Mira Stone herself told Billboard that the breakup was nobody's fault.",
			"herself#1=Mira Stone"},
		// a description of an organisation that speaks is the organisation the article is about (org-nominal, org-speech-verb in data/cues.tsv)
		{"date 2022-06-14 Tidewater Energy chief executive Ana Ruiz will step down at the end of the year, the British utility said on Tuesday. Ruiz joined Tidewater from Harwell Bank in 2011. She will remain an adviser, the company also confirmed.",
			"the British utility#1=Tidewater Energy; the company#1=Tidewater Energy"},
		{"date 2024-03-01 Nora Blake, the chief executive of Halden Group, will step down, the London-based insurer said.",
			"the London-based insurer#1=Halden Group"},
		// ... or the one organisation named just before it; none when several are and none is the article's
		{"date 2022-06-14 Ana Ruiz left Tidewater Energy for Harwell Bank in 2011. She is happy there, the company said.",
			"the company#1=?"},
		// "the Trust", "the Group": a capitalised last word of an organisation's name named before (org-suffix in data/cues.tsv) is that organisation
		{"date 2027-03-02 Harwood Valley NHS Foundation Trust welcomes new consultants, approved by the Trust Board.\n\nMr Tobias Renfrew joined the Trust on 1 March from Elmbury Hospital. Dr Ines Marr, who has been with the Trust since 2011, returns.",
			"Trust#1=Harwood Valley NHS Foundation Trust; Trust#2=Harwood Valley NHS Foundation Trust"},
		{"date 2024-05-20 Harrow Pellington Group plc reported results. Ms Jane Orwell joined the Group in 2015 as finance director.",
			"Group#1=Harrow Pellington Group"},
		// ... and a description that does not speak is left alone
		{"date 2022-06-14 Tidewater Energy named Ana Ruiz chief executive. Tidewater Energy said she joined the company in 2017.",
			"the company#1=?"},
		// a description set before another one and a name is that person ("her partner, the tech entrepreneur X")
		{"date 2025-09-15 Lady Mara Vell married her long-time partner, the tech entrepreneur Tomas Reed, on Saturday.",
			"her long-time partner#1=Tomas Reed"},
		// a gendered title gives the gender (data/honorifics.tsv)
		{"date 2024-03-01 Congresswoman Jordan Vale met Councilman Alex Stone on Monday. She said the talks went well.",
			"She#1=Jordan Vale"},
		// a part of a hyphenated occupation names it ("singer-songwriter" is "the singer")
		{"date 2024-03-01 Singer-songwriter Tessa Kilgore, 29, was spotted with Jax Holloway. The singer later said they were just friends.",
			"The singer#1=Tessa Kilgore"},
		// a spouse is the one the text married the possessor to, before or after in the sentence
		{"date 2021-08-25 Reality star Kylie Shaw denied the rumors. Shaw, who is married to musician Dean Shaw, called the reports false. Cole, 27, also denied the claims. Dean Shaw has stood by his wife.",
			"his wife#1=Kylie Shaw"},
		// "the mother of two" describes a person; it is no tie to someone else
		{"date 2024-03-01 Oscar winner Mara Lind has filed for divorce from director Paul Stone. The mother of two cited irreconcilable differences.",
			"The mother of two#1=Mara Lind"},
		// a surname shared by two full names is the first-named person's, whom the article is about
		{"date 2024-03-12 Ana Ruiz won the race on Sunday. She celebrated with her father, Carlos Ruiz, a former champion. Ruiz said the course was hard.",
			"Ruiz#1=Ana Ruiz"},
		{"date 2024-05-02 Actress Jane Carver has filed for divorce. Her husband, Tom Carver, a producer, has not commented. Carver, 44, starred in three films last year.",
			"Carver#1=Jane Carver"},
		// ... unless the pronoun after the speech verb says otherwise
		{"date 2024-03-12 Ana Ruiz won the race on Sunday. She celebrated with her father, Carlos Ruiz, a former champion. Ruiz said he was proud.",
			"Ruiz#1=Carlos Ruiz"},
		// ... or the age after it is the other's
		{"date 2024-05-02 Jane Carver, 40, married Tom Carver in 2010. Carver, 44, is a producer.",
			"Carver#1=Tom Carver"},
		// the first-named person stays the default when mentioned since
		{"date 2024-03-12 Ana Ruiz and her father Carlos Ruiz arrived. Ana Ruiz won the race. Ruiz thanked the fans.",
			"Ruiz#1=Ana Ruiz"},
		// a description that reports news about the person the sentence names is someone else
		{"date 2026-02-10 Glossy magazine Verve has named Celeste Amadi as its new editor-in-chief, the publisher announced on Monday. Amadi, 43, lives in Brooklyn.",
			"the publisher#1=?"},
		// ... unless it gives an age or an occupation the person has
		{"date 2023-06-05 Chief executive Janine Okoye will retire by the end of the year, the 58-year-old told the board on Monday.",
			"the 58-year-old#1=Janine Okoye"},
		// ... but not when the person is named only inside the quotation
		{"date 2026-02-10 Celeste Amadi starts on Monday. \"I am thrilled to join the team,\" the editor said.",
			"the editor#1=Celeste Amadi"},
		// "his girlfriend" is the other member of a pair called a couple, not of any two
		{"date 2024-01-17 Several tabloids claimed that Odessa Lang and Jasper Quinlan were dating. The two were inseparable on set. Quinlan said his girlfriend finds it very funny.",
			"his girlfriend#1=?"},
		{"date 2024-01-17 Odessa Lang and Jasper Quinlan are dating. The couple were seen in Soho. Quinlan said his girlfriend finds it very funny.",
			"his girlfriend#1=Odessa Lang"},
		// a title of rank set after a name is the same person
		{"date 2023-08-14 Rupert Fairfax, the Viscount Ashdown and heir to the Earl of Ashdown, has married the model Talia Brooks. The couple exchanged vows on Saturday.",
			"Viscount Ashdown#1=Rupert Fairfax; Earl of Ashdown#1=Earl of Ashdown"},
		// the place of a title is no surname
		{"date 2023-08-14 Rupert Fairfax, the Viscount Ashdown, has married Talia Brooks. In 2019, his father, Charles Fairfax, the 9th Earl of Ashdown, disapproved of the match.",
			"Ashdown#1=?"},
		// a description in the first sentence is the person the next one names first as its subject
		{"date 2023-02-02 Kayla Monroe is not pregnant, her husband says. Rapper Jalen Pierce, 30, took to Twitter on Wednesday to deny the rumors.",
			"her husband#1=Jalen Pierce"},
		// ... not one named before, nor one of another gender
		{"date 2023-02-02 Kayla Monroe is not pregnant, her husband says. Singer Ana Reyes, 30, took to Twitter on Wednesday to deny the rumors.",
			"her husband#1=<unnamed: her husband>"},
		// ... nor, when the description is told in passing (not as its sentence's subject), one the next sentence names
		// without the possessor's surname
		{"date 2024-05-01 Ivo Sand lives in Leeds with his wife and their two sons. Ellie Voss met Kiera Dolan on Tuesday.",
			"his wife#1=<unnamed: his wife>"},
		{"date 2024-05-01 Mara Quist moved to Bristol with her husband last year. Tom Reyes won the seat on Friday.",
			"her husband#1=<unnamed: her husband>"},
		{"date 2024-05-01 Ivo Sand, 50, has two sons with his wife. Ellie Voss, 41, won the race on Tuesday.",
			"his wife#1=<unnamed: his wife>"},
		// ... but one with the possessor's surname is the description's person
		{"date 2024-05-01 The baker Ron Pike handed the business to his son on Friday. Carl Pike, 38, takes over from his father.",
			"his son#1=Carl Pike"},
		// two names filling a quotation with a comma between are one title
		{"date 2020-09-28 Dana Reyes has co-hosted \"Wake Up, America\" alongside Brian Tolliver since 2016.",
			"Wake Up, America#1=Wake Up, America"},
		// a place name and the capitalised words after it that start an organisation named before are that organisation
		// a word that alone names an institution is its own body, even after a longer name that starts with it
		{"date 2019-03-08 Dale Whitcomb chaired the Senate Judiciary Committee. Senate President Chuck Winder praised him.",
			"Senate#1=Senate"},
		// a headline's short form of a university named in full later
		{"date 2025-01-15 Coach Darnell Hayes was fired by Wexford State on Sunday. Wexford State University fired Hayes after three losing seasons.",
			"Wexford State#1=Wexford State University"},
		{"date 2017-05-15 Bernard Okonkwo took a job teaching chemistry at Fairhaven High School in 1974. His daughter, Ada Okonkwo-Barnes, teaches at Fairhaven High. Fairhaven mourned him.",
			"Fairhaven High#1=Fairhaven High School; Fairhaven#1=Fairhaven"},
		{"date 2024-03-12 The New York Times reported on Monday that Ana Ruiz had moved to New York in 2019.",
			"New York#1=New York"},
		// "me" in a quotation is its speaker, not a person of unknown gender named in it
		{"date 2017-05-15 Former players, including the retired NFL safety Marcus Reed, flew in. \"Coach O taught me how to be a man,\" Reed said in a eulogy.",
			"me#1=Marcus Reed"},
		// a pronoun in a reported clause goes to that clause's subject
		{"date 2024-05-02 Dean Castell, 41, has separated from his wife. His manager, Rick Dunn, said the 41-year-old is focused on his children.",
			"his#2=Dean Castell"},
		{"date 2024-05-02 Dean Castell, 41, has separated from his wife. His manager, Rick Dunn, said that Castell would spend more time with his children.",
			"his#2=Dean Castell"},
		// a description after a verb's object is that object's predicate
		{"date 2024-06-11 Priya Raman was named chief executive on Monday. Board chair Susan Ito and her husband, Mark Ito, live in Seattle. The couple have two sons. Raman's appointment makes her the first woman to lead a major carrier.",
			"the first woman#1=Priya Raman"},
		// a description that opens a sentence continues the one person, a subject, of the sentence before
		{"date 2024-06-11 Priya Raman will succeed Gordon Hale as chief executive. Hale, 64, has led the airline since 2015. The former pilot joined Northwind in 1998.",
			"The former pilot#1=Gordon Hale"},
		// ... nor when that one's occupation is another; a compound occupation fits its end ("supermodel" is "the model")
		{"date 2024-02-14 Supermodel Kendra Lowe and rapper DeShawn Miller have welcomed their first child. Lowe, 28, gave birth on Saturday. Miller has two sons from a previous relationship. The model's mother, Tina Lowe, said she was thrilled.",
			"The model#1=Kendra Lowe"},
		// a trade and a partner told by a pronoun after a pair named in the sentence before: the one of the pronoun's gender, and the other
		{"date 2025-04-02 Are Nina Vale and Tom Brask back together? Months after their split, the talk-show host and her estranged husband were seen holding hands in Leeds.",
			"the talk-show host#1=Nina Vale; her estranged husband#1=Tom Brask"},
		{"date 2025-04-02 STILL GOING STRONG: Raj Mehta and Ana Lopes\n\nThe late-night host and his wife marked 20 years of marriage with a dinner in Bath.",
			"The late-night host#1=Raj Mehta; his wife#1=Ana Lopes"},
		// ... not when the pronoun's gender is not the first one's
		{"date 2025-04-02 Are Tom Brask and Nina Vale back together? Months after their split, the talk-show host and her estranged husband were seen holding hands in Leeds.",
			"the talk-show host#1=?"},
		// a name on a line of its own heads the paragraph below: a description opening it is that person
		{"date 2026-06-20 We tracked down the men who won the cup.\n\nPiotr Lasek (goalkeeper)\n\nThe Polish-born keeper went back to Gdansk in 1999 and now runs a bakery there.\n\nOwen Hale (manager)\n\nThe former coach, now 81, lives in Conwy with his wife.",
			"The Polish-born keeper#1=Piotr Lasek; The former coach#1=Owen Hale"},
		// an ex of someone is the one partner the text tells of as a couple of the past
		{"date 2024-05-01 Dan Roe and Mia Vale are engaged. The couple met in 2022. Roe was previously married to the model Ivy Stone. Roe says he is close to his ex-wife.",
			"his ex-wife#1=Ivy Stone"},
		{"date 2024-05-01 Kay Lund, 41, was married to the chef Joe Park from 2009 to 2019. The singer said on Monday that her ex-husband remains a friend.",
			"her ex-husband#1=Joe Park"},
		{"date 2024-05-01 Kay Lund married the chef Joe Park in 2010. The singer spoke of her ex-husband on Monday.",
			"her ex-husband#1=?"},
		// ... but a trade of the past is theirs, whatever post they have now
		{"date 2026-05-08 Tom Reed conceded at noon. Ama Boateng, 49, has arrived at the count with her campaign team. The former headteacher, who has sat on the council since 2018, is smiling.",
			"The former headteacher#1=Ama Boateng"},
		{"date 2025-02-01 Lena Ortiz thanked her staff. Gary Pope, 58, was sworn in as sheriff on Monday. The retired detective, who served in Dayton for 30 years, praised his deputies.",
			"The retired detective#1=Gary Pope"},
		// ... nor when a modifier sets it against someone ("the former CEO")
		{"date 2024-09-10 Brightline Media fired its chief executive, Dana Whitmore, on Monday. The board named Raj Patel as interim CEO. Patel, 44, joined Brightline from Verity Group in 2019. The former CEO's lawyer, Grant Howe, said his client would contest the dismissal.",
			"The former CEO#1=?"},
		// ... not when the sentence before names two
		{"date 2024-06-11 Priya Raman will succeed Gordon Hale as chief executive. Raman praised Hale on Monday. The former pilot joined Northwind in 1998.",
			"The former pilot#1=?"},
		// a noun of nationality is a description, no name
		{"date 2024-02-20 Tennis champion Marta Solis lost in the first round on Monday. The Spaniard has not won a match since the Australian Open in January.",
			"The Spaniard#1=Marta Solis"},
		// a description with a more precise occupation than the person's, of the same head
		{"date 2024-01-10 Wade Harlan, a singer, met the actor Tom Rhys and the director Ann Cole in Nashville. The country singer said the evening was fun.",
			"The country singer#1=Wade Harlan"},
		// an acronym noun after a determiner is a description
		{"date 2024-01-10 Shares of Calloway Brands fell after chief executive Janine Okoye resigned. The CEO, 58, said she wanted to spend time with family.",
			"The CEO#1=Janine Okoye"},
		// a titled name with its jurisdiction is the person and a place
		{"date 2024-04-03 Governor Elena Marsh of West Arden fired her chief of staff on Tuesday. Marsh, a Democrat, was elected in 2018.",
			"Marsh#1=Elena Marsh; West Arden#1=West Arden"},
		// a surname that is also a given name gives its person no gender
		{"date 2024-04-03 Governor Elena Marsh fired her chief of staff, Paul Greer, on Tuesday. Greer, 51, denied the allegations. The governor said Greer had misused state funds. Greer said through his lawyer that he would fight the charges.",
			"he#1=Paul Greer; his#1=Paul Greer"},
		// a kinship noun right before a name is its apposition; a name that owns kin is a person
		{"date 2024-05-02 Elon Musk's ex-girlfriend Grimes said she was struggling. He thanked his wife Ana Lopez.",
			"Elon Musk's ex-girlfriend#1=Grimes; his wife#1=Ana Lopez"},
		// ... not a description of the other gender before a name that starts a relative clause
		{"date 2024-07-22 Sienna Vale won an award this month. Fans speculated that Rafael Ortiz was the mystery man Vale thanked in her speech.",
			"her#1=Sienna Vale"},
		// "his wife" is the one he married last, not the one of an earlier couple
		{"date 2023-11-02 Harold Whitfield died on Tuesday. He married singer Loretta Hayes in 1958; the couple divorced in 1971. In 1975 he married Dorothy Green, who survives him. Besides his wife and son, he is survived by a daughter.",
			"his wife#1=Dorothy Green"},
		// a one-word organisation named after a longer one starting with it is that one
		{"date 2024-04-23 Miriam Tall announced on Monday that she will retire from WKXR-TV after 22 years at the station. General manager Ray Lindell said WKXR would name a successor.",
			"WKXR#1=WKXR-TV"},
		// ... or, for the last word of a team's name, ends with it
		{"date 2024-11-04 Eastfield United have sacked manager Tom Reyes, the club said on Sunday. His assistant, Carl Dunn, a former United defender, will take charge.",
			"United#1=Eastfield United"},
		// ... or is the capitalised plural that ends a team's name, but not a company's
		{"date 2023-10-05 Chicago Ravens point guard Tobi Okafor is engaged. Okafor was drafted by the Ravens in 2018.",
			"Ravens#1=Chicago Ravens"},
		{"date 2024-02-01 Calloway Holdings bought Northwick Power. Analysts said Holdings was overpaying.",
			"Holdings#1=Holdings"},
		// ... but named before it, it is another body
		{"date 2025-06-12 \"After twelve years in the Senate, it's time for someone new,\" Vance said on Wednesday. She chairs the Senate Health Committee.",
			"Senate#1=Senate; Senate Health Committee#1=Senate Health Committee"},
		// ... and once the article has called them by the surname alone
		{"date 2025-06-12 Senator Ana Ruiz will retire. Ruiz, 66, said so on Wednesday, flanked by her husband, retired judge Carlos Ruiz. Ruiz was first elected in 2012.",
			"Ruiz#2=Ana Ruiz"},
		// a gendered person noun after a couple is its member of that gender
		{"date 2023-08-14 Rupert Fairfax has married his girlfriend, the model Talia Brooks. The couple exchanged vows on Saturday. The bride, 28, wore a gown by a London designer; the groom, 31, wore a morning suit.",
			"the groom#1=Rupert Fairfax"},
		// a prepositional phrase is no coordination: "The couple" is Rupert and Talia
		{"date 2023-08-14 Rupert Fairfax, the son and heir to Charles Fairfax, has married the model Talia Brooks. The couple exchanged vows on Saturday. The groom, 31, wore a morning suit.",
			"The groom#1=Rupert Fairfax"},
		// a description coordinated with one resolved to a member of a pair is the other member
		{"date 2024-07-22 Are Sienna Vale and Rafael Ortiz the newest couple? The pair were spotted on a yacht. Photos show the 31-year-old actress and the Spanish tennis player, 28, on the deck.",
			"the Spanish tennis player#1=Rafael Ortiz"},
		// ... or of the two people in reach when no group was named
		{"date 2025-06-01 Actress Nina Park and her co-star Leo Grant are said to be dating. The actress and the director were spotted in Paris.",
			"the director#1=Leo Grant"},
		{"date 2025-06-01 Dancer Zoe Hart and her husband, Ian Hart, live in Leeds. The dancer and the banker have two sons.",
			"the banker#1=Ian Hart"},
		// a description after a copula is its subject, an age between them or not
		{"date 2025-04-08 Mara Hale died on Sunday. Her son, Owen Hale, 44, is the award-winning chef behind Brasa. His wife, Ines Hale, is a singer.",
			"the award-winning chef#1=Owen Hale"},
		{"date 2025-04-08 The band played on Friday. Its drummer, Tom Reyes, 51, is the brother of the singer.",
			"the brother#1=Tom Reyes"},
		// the lede's description of a trade is the person named first next, when nothing the text says of that person disagrees ("Father" is a priest: data/titles.tsv)
		{"date 2025-03-05 The diocese named a 54-year-old parish priest from Leeds as its new bishop on Tuesday.\n\nFather Tom Reyes, the rector of a church in Leeds, will be ordained in May.",
			"a 54-year-old parish priest#1=Tom Reyes"},
		{"date 2025-03-05 A retired headteacher won the Fenmarsh ward on Thursday.\n\nDora Quill, 67, took 1,412 votes.",
			"A retired headteacher#1=Dora Quill"},
		{"date 2025-03-05 A retired judge won the Fenmarsh ward on Thursday.\n\nMayor Dora Quill, 67, took 1,412 votes.",
			"A retired judge#1=?"},
		// a possessive pronoun between child-from and union-noun (data/cues.tsv) after a child named as someone's is that someone's
		{"date 2025-04-08 Mara Hale married Tom Reyes in June. They live in Oslo with Hale's daughter, Lise, 11, from her previous marriage to the director Arno Brevik.",
			"her#1=Mara Hale"},
		{"date 2025-04-08 Tom Reyes's son, Kit, 7, from his first marriage, lives in Leeds with Reyes and his partner, Mia Lund.",
			"his#1=Tom Reyes"},
		{"date 2025-04-08 Singer Nina Cole and Leo Grant are engaged. Cole's daughter, Ivy, 9, by her earlier relationship with Sam Holt, was the flower girl.",
			"her#1=Nina Cole"},
		// ... and no other pronoun
		{"date 2025-04-08 Singer Nina Cole's daughter, Ivy, 9, said her school had closed.",
			"her#1=Ivy"},
		// a subject pronoun opening a quotation that opens a paragraph is the article's main person of its gender
		{"date 2025-04-08 Ada Lind, a chemist whose work led to new antibiotics, has died at 88. Lind taught at Caltech for 30 years. Her sister, Rosa Lind, died in 2020.\n\n\"She never stopped asking questions,\" her former student Wen Park said.",
			"She#1=Ada Lind"},
		// a person named in full as the subject of the sentence before, whose given name the lists do not know, is "he" or "she"
		{"date 2025-04-08 Ilse Vance is married to the sculptor Piet Vance; the couple live in Hollinbury.\n\nDr. Zorvan Ensor-Mbatha, 44, takes the history chair. He grew up in Leicester.",
			"He#1=Zorvan Ensor-Mbatha"},
		{"date 2025-04-08 Ilse Vance is married to the sculptor Piet Vance; the couple live in Hollinbury.\n\nThe history chair passes to Dr. Zorvan Ensor-Mbatha. He grew up in Leicester.",
			"He#1=Zorvan Ensor-Mbatha"},
		// given names of data/names.tsv give pronouns their person
		{"date 2025-04-08 Huw Jenkins met Eilidh Ross in Leeds in 2019. She later said he had made her laugh.",
			"She#1=Eilidh Ross; he#1=Huw Jenkins"},
		{"date 2025-04-08 Wiremu Tane and Ngaire Walsh opened a cafe in Napier. He cooks and she runs the business.",
			"He#1=Wiremu Tane; she#1=Ngaire Walsh"},
		// ... with ages between, or resolved after it: the other member of the pair
		{"date 2025-02-10 Bella Corwin and Luc Ferrand were spotted together again. The pair left the arena in the same car. The \"Night Shift\" actress, 38, and the tech founder, 44, sat courtside.",
			"the tech founder#1=Luc Ferrand"},
		{"date 2025-05-20 Mara Lind and drummer Otto Brask married in Lisbon on Saturday. The two met in 2017. The Canadian musician and the Danish-born drummer toured together for years.",
			"The Canadian musician#1=Mara Lind; the Danish-born drummer#1=Otto Brask"},
		// a description of a trade opening its sentence is the one person in reach described by no other trade and not named in its sentence
		{"date 2025-03-10 Ivy Sorel spent her birthday on a yacht with her new boyfriend, chef Ruben Ask. The pop star, who turned 30 on Saturday, was seen kissing Ask near Capri.",
			"The pop star#1=Ivy Sorel"},
		{"date 2024-09-02 Actress Nell Dorsey was seen in Rome with the architect Paolo Ferri. The singer has not commented on the pictures.",
			"The singer#1=?"},
		{"date 2025-01-15 Hana Ruiz and her husband, surgeon Kurt Wendel, bought a house in Malibu. The actress paid $4 million for the property, records show.",
			"The actress#1=Hana Ruiz"},
		{"date 2024-11-04 Tess Harlow attended the gala with banker Jon Pike. The \"Paper Wings\" hitmaker wore a silver gown.",
			"The \"Paper Wings\" hitmaker#1=Tess Harlow"},
		// ... and a fame noun fits a person described by another trade when no one else does
		{"date 2025-03-04 Model Dina Vale and her fiancé, Ross Kemp, have welcomed a son. The runway star announced the birth on Sunday, a year after Kemp, a 33-year-old producer, proposed.",
			"The runway star#1=Dina Vale"},
		// ... the person the text mentions most, even beside a husband described by no trade
		{"date 2026-03-09 Baby on board! Country singer Ada Vale is expecting her first child with husband Tom Reyes.\n\nThe \"Dust Bowl\" hitmaker, 31, confirmed the news on Instagram on Sunday.",
			"The \"Dust Bowl\" hitmaker#1=Ada Vale"},
		// two people described by no trade: no one
		{"date 2024-08-19 Lena Fox and Rory Dunne were photographed in Madrid. The dancer declined to comment.",
			"The dancer#1=?"},
		// a person named in the description's own sentence is someone else
		{"date 2024-08-19 Lena Fox was photographed in Madrid with her friend, the chef Rory Dunne. The novelist hugged Dunne outside a restaurant.",
			"The novelist#1=Lena Fox"},
		// a pronoun that opens a paragraph is the article's main person of its gender when the paragraph before was about that person
		{"date 2024-05-02 Singer Ava Stone is dating the actor Tom Holt, a source told People magazine.\n\nStone, 29, met Holt on the set of a film in Toronto last year. Stone said the two clicked at once. Her friend, the actress Mia Lane, introduced them at a party.\n\nShe later told Vogue that she was happy.",
			"She#1=Ava Stone"},
		// ... not when the paragraph before was about someone else of that gender
		{"date 2024-05-02 Ava Stone is dating the actor Tom Holt, a source told People magazine.\n\nHolt, 31, met Stone on the set of a film in Toronto. His sister, Nina Holt, introduced them at a party. Nina Holt later posted a photo of the pair.\n\nShe later told Vogue that she was happy for her brother.",
			"She#1=Nina Holt"},
		// the subject of the sentence before beats a name after a preposition
		{"date 2024-03-12 Mara Quill met Dana Whitlock in Nashville. After the party with Quill, Whitlock went home. She said the evening was fun.",
			"She#1=Dana Whitlock"},
		{"date 2024-03-12 Mara Quill met Dana Whitlock in Nashville. Whitlock later thanked Quill. She said the evening was fun.",
			"She#1=Dana Whitlock"},
		// a possessive binds to the person that opens its clause, not to one of the sentence before,
		// even when only the cues around the name make it a person
		{"date 2024-03-12 Mara Quill sang in Nashville. Ava Stone split from her boyfriend, Tom Holt, in May.",
			"her#1=Ava Stone"},
		{"date 2024-03-12 Mara Quill sang in Nashville. Later, Ava Stone and her ex-husband, Tom Holt, arrived.",
			"her#1=Ava Stone"},
		// a possessive binds to the person of unknown gender before it in its clause over a woman of the sentence before
		{"date 2024-03-12 Mara Quill sang in Nashville. Kerys Vane split from her boyfriend, Tom Holt, in May.",
			"her#1=Kerys Vane"},
		{"date 2024-03-12 Mara Quill sang in Nashville. Later, Kerys Vane and her ex-husband, Tom Holt, arrived.",
			"her#1=Kerys Vane"},
		// ... not an object "her"
		{"date 2024-03-12 Mara Quill sang in Nashville. Kerys Vane thanked her on Sunday.",
			"her#1=Mara Quill"},
		// a given name beside a kinship description is a new person when the text says the earlier one
		// with that given name is someone else's spouse ("Beth" is not Beth Hill)
		{"date 2024-03-12 Beth Hill and her husband, Sam Hill, won the award in 2001. Years later Tom Carver thanked his wife of 40 years, Beth, on stage.",
			"his wife#1=Beth; Beth#1=Beth"},
		{"date 2024-03-12 Tom Carver and his daughter, Beth Carver, won the award in 2001. Later Tom Carver thanked his wife, Beth, on stage.",
			"his wife#1=Beth; Beth#1=Beth"},
		// ... and the same person when it says she is his spouse
		{"date 2024-03-12 Beth Hill and her husband, Tom Carver, won the award in 2001. Years later Carver thanked his wife of 40 years, Beth, on stage.",
			"his wife#1=Beth Hill; Beth#1=Beth Hill"},
		// two men who stand alike in the sentence before: no link rather than a guess
		{"date 2024-03-12 Ava Stone met Tom Holt and Ben Carr. He said it was fun.",
			"He#1=?"},
		{"date 2024-03-12 Tom Holt and Sam Reed arrived with Ava Stone. His brother stayed home.",
			"His#1=?"},
		{"date 2024-03-12 Tom Holt and Ben Carr arrived with Ava Stone. He stayed home.",
			"He#1=?"},
		// a possessive right after "with" and a name of its gender is that person's, as lists of guests write them
		{"date 2024-06-16 Guests included Tom Vane, Ben Roe and Simon Hurst with his wife, Amelia Grant.",
			"his#1=Simon Hurst"},
		// ... but the subject beats the object
		{"date 2024-03-12 Tom Holt met Ben Carr on Friday. He said it was fun.",
			"He#1=Tom Holt"},
		// a pronoun after a sentence whose subject opens it is that subject, not a person named after a preposition
		{"date 2024-03-12 Singer Rosa Achter released her album in May. The singer, who grew up in Tulsa, is the only child of retired nurse Greta Achter and pianist Hans Achter. Her father played on two songs.",
			"Her#1=Rosa Achter"},
		{"date 2024-03-12 Actress Delia Ravel and her husband, singer Jax Hollin, have split. Ravel and Hollin share two children: son Milo, 8, and daughter Wren, 5. Rumors began in January, when she was photographed without her wedding ring.",
			"she#1=Delia Ravel"},
		// a subject pronoun after a speech verb is its speaker, even of a gender not yet known
		{"date 2025-06-01 Frontman Tom Vale and bassist Kit Marsh are back. Drummer Ruairi Doyle, who now lives in Galway, said that he wished the band well.",
			"he#1=Ruairi Doyle"},
		// an object pronoun is not the subject of its own clause
		{"date 2025-06-01 Tom Vale lost the final. Coach Alan Brook said he was proud of him.",
			"he#1=Alan Brook; him#1=Tom Vale"},
		{"date 2025-06-01 Ana Ruiz won the vote. Mayor Jane Holt said she would work with her.",
			"she#1=Jane Holt; her#1=Ana Ruiz"},
		{"date 2025-06-01 Tom Vale met Carl Moss in 2010. Moss hired him a year later.",
			"him#1=Tom Vale"},
		// ... nor a pronoun inside another phrase, nor the object of a relative clause
		{"date 2025-06-01 Joshua Norton claimed the throne in 1859. He had no power, and he was humored by those around him.",
			"him#1=Joshua Norton"},
		{"date 2025-06-01 At Cambridge the poet George Byron befriended John Hobhouse, who introduced him to the Whig Club.",
			"him#1=George Byron"},
		// ... but a possessive "her" may be
		{"date 2025-06-01 Oscar nominee Celia Vane and her \"Lantern Bay\" co-star Cal Fitz are more than friends.",
			"her#1=Celia Vane"},
		// a possessive before a kinship noun belongs to the one person the text gave such a relative
		{"date 2025-06-01 Singer Ana Lund grew up in Leeds, where her father, Tom Lund, ran a shop. Her aunt, Mia Berg, taught her piano. Her father said she was a natural.",
			"Her father#1=Tom Lund; she#1=Ana Lund"},
		// "told the outlet" (outlet-noun after outlet-before in data/cues.tsv) is the outlet named last
		{"date 2025-06-01 Ivy Cole is pregnant, Us Weekly reports. Cole is due in June, an insider told the outlet.",
			"the outlet#1=Us Weekly"},
		{"date 2025-06-01 Dan Hale has quit, the Sunday Crier reported. \"I am done,\" Hale told the paper.",
			"the paper#1=Sunday Crier"},
		{"date 2025-06-01 Nina Park has left Harlow Bank. She joined Orbis, the company told the paper.",
			"the paper#1=?"},
		// a quoted title may stand between the determiner and the noun of a description
		{"date 2025-06-01 Actress Nora Vale has split from her husband. The \"Blue Harbor\" star, 44, filed for divorce on Friday.",
			"The \"Blue Harbor\" star#1=Nora Vale"},
		{"date 2025-06-01 Actor Ben Cole, 52, has died. The \"Harbor Lights\" actor had been ill for months, his family said.",
			"The \"Harbor Lights\" actor#1=Ben Cole"},
		{"date 2025-06-01 Singer Rosa Lind confirmed the news. The 33-year-old \"Candlelight\" hitmaker shared a photo.",
			"The 33-year-old \"Candlelight\" hitmaker#1=Rosa Lind"},
		// a pronoun in a relative clause (relative-person in data/cues.tsv) is the person the clause is about
		{"date 2025-06-01 Tom Vale was expected to succeed coach Alan Brook, who led the club until his retirement in May.",
			"his#1=Alan Brook"},
		{"date 2025-06-01 Mayor Ana Ruiz thanked Jane Holt, who said she would stay on as treasurer.",
			"she#1=Jane Holt"},
		// ... not once a comma closed it
		{"date 2025-06-01 Kate Moor, who is married to Ian Moor, said his new film was brilliant.",
			"his#1=Ian Moor"},
		// a demonym that names a person (data/kinship.tsv) heads a description; "the Australian Open" is a name
		{"date 2025-06-01 Skier Lars Holm crashed in training. The 31-year-old Norwegian was taken to hospital.",
			"The 31-year-old Norwegian#1=Lars Holm"},
		{"date 2025-06-01 Chef Mei Tanaka opened her restaurant on Friday. The Canadian trained in Lyon.",
			"The Canadian#1=Mei Tanaka"},
		{"date 2025-06-01 The Australian Open begins on Monday in Melbourne, where Ana Lopez is the top seed.",
			"The Australian#1=?"},
		{"date 2025-06-01 Ana Lopez modelled her group on the American communal space of librarians.",
			"the American#1=?"},
		// a trade or post that opens the article before anyone is named is the person the next sentence names first
		{"date 2025-06-01 A retired teacher won the council seat on Thursday. Dora Quill, 67, took 1,412 votes.",
			"A retired teacher#1=Dora Quill"},
		{"date 2025-06-01 The head of the Elmstead Fire Department resigned on Friday. Chief Ray Bolton, who has led the department since 2018, said he was proud.",
			"The head#1=Ray Bolton"},
		{"date 2025-06-01 Spain's foreign minister was dismissed on Monday. Luis Ortega, 58, had held the post since 2021.",
			"Spain's foreign minister#1=Luis Ortega"},
		{"date 2026-01-13 Harlow Bank hired a veteran banker as its finance chief on Monday. Jane Holt, 52, joins from Orbis Capital.",
			"a veteran banker#1=Jane Holt"},
		// ... not when its sentence describes two people
		{"date 2026-01-13 The governor named a retired judge to lead the inquiry. Ruth Brandt, 70, served on the bench for 30 years.",
			"The governor#1=?; a retired judge#1=?"},
		// ... not someone the text gives another title or trade (head-role in data/cues.tsv fits any)
		{"date 2025-06-01 A judge has ruled against the city. Mayor Tim Rowe said he would appeal.",
			"A judge#1=?"},
		{"date 2025-06-01 The coach was sacked on Sunday. Striker Dan Hale scored twice in the defeat.",
			"The coach#1=?"},
	}
	groups := []struct {
		text string
		want string // "group#n=name + name"
	}{
		// a group binds to the two people of the last sentence that names two, one of them new
		{"date 2024-03-12 Dana Lane and her husband, Paul Reed, attended the gala. Lane was previously engaged to Max Wild. The two split in 2017.",
			"The two#1=Dana Lane + Max Wild"},
		{"date 2024-03-12 Dana Lane and Paul Reed attended the gala. Lane was previously engaged to Max Wild. The couple split in 2017.",
			"The couple#1=Dana Lane + Max Wild"},
		// "the two" (no word of cue class couple-head) is the two people named before it in its sentence, not the couple
		{"date 2025-01-20 Delphine Ravenel and her husband, Jax Holloway, have split. Days later, Holloway was spotted leaving a Nashville restaurant with singer Tessa Kilgore, 29, sparking speculation that the two were more than friends.",
			"the two#1=Jax Holloway + Tessa Kilgore"},
		// with no pair before, the two people of the group's sentence
		{"date 2021-08-31 Thiago Mendes has joined Harbourne City. Coach Callum Reid praised him. Mendes's girlfriend, the Brazilian model Luana Prado, posted a photo of the couple at the airport.",
			"the couple#1=Thiago Mendes + Luana Prado"},
		// a pair of titles that opens the article is the two people named next
		{"date 2025-02-17 The Duke and Duchess of Ardenne are expecting their second child, the palace confirmed on Monday. Prince Henrik, 36, and Princess Sofia, 33, are delighted.",
			"Duke and Duchess#1=Prince Henrik + Princess Sofia"},
		// a family named by its surname, where one is the child of another, is the parents
		{"date 2017-05-15 Bernard Okonkwo died on Tuesday. His widow, Esther Okonkwo, spoke at the funeral. He died in hospital, his son, Dr. Chidi Okonkwo, said. The Okonkwos also have a daughter, Ada Okonkwo-Barnes.",
			"Okonkwos#1=Bernard Okonkwo + Esther Okonkwo"},
		// with no pair named before, the couple is the two the text last called spouses
		{"date 2023-02-02 Kayla Monroe is not pregnant, her husband says. Rapper Jalen Pierce, 30, took to Twitter on Wednesday to deny that his wife was expecting. Monroe has stayed quiet. The couple married in Atlanta in 2022.",
			"The couple#1=Jalen Pierce + Kayla Monroe"},
		// "the X family" is the people of that surname, not the one named last
		{"date 2024-09-03 Hotel heiress Vivienne Ashcombe is engaged to Santiago Ibarra. Ibarra proposed at the Ashcombe family's estate in Newport. Her father, Roland Ashcombe, declined to comment.",
			"Ashcombe#1=Vivienne Ashcombe + Roland Ashcombe"},
		// ... nor to one and the one who works for them
		{"date 2025-07-12 Lena Park is divorcing her husband, Joel Park. Her attorney, Ray Stone, filed the papers on Monday. The couple share two children.",
			"The couple#1=Lena Park + Joel Park"},
		{"date 2025-07-12 Golfer Tom Blake married his girlfriend, Sara Quinn, in May. His caddie, Ben Ames, was best man. The couple honeymooned in Bali.",
			"The couple#1=Tom Blake + Sara Quinn"},
		{"date 2024-05-02 Lila Moreno and her husband, actor Dean Castell, have separated. Castell's longtime manager, Rick Dunn, said he is focused on his children. Sources close to the pair say the split was amicable.",
			"the pair#1=Lila Moreno + Dean Castell"},
		// people listed as examples (list-lead in data/cues.tsv) are no couple: "the couple" is the one the text made a couple
		{"date 2025-09-15 Lady Mara Vell married her long-time partner, the tech entrepreneur Tomas Reed, on Saturday. Around 150 guests attended, including the actress Ana Ruiz and the former England rugby captain Jack Holt. The couple met in 2010.",
			"The couple#1=Mara Vell + Tomas Reed"},
		{"date 2025-09-15 Mara Vell married her fiancé, Tomas Reed, on Saturday. Guests included Ana Ruiz and Jack Holt. The couple met in 2010.",
			"The couple#1=Mara Vell + Tomas Reed"},
		// ... nor are people named as someone's companions or relatives (companion-lead)
		{"date 2024-05-02 Actress Mara Lind and her husband, director Paul Stone, have split. Lind was seen at a dinner on Friday with friends Greta Holm and Hans Weber. The couple had married in 2014.",
			"The couple#1=Mara Lind + Paul Stone"},
		{"date 2024-05-02 Ava Stone and Tom Holt have split. Stone spent the weekend with her parents, Greta and Hans Stone. The pair had dated since 2021.",
			"The pair#1=Ava Stone + Tom Holt"},
		{"date 2024-05-02 Ava Stone and Tom Holt have split. Stone spent the weekend with her in-laws, Greta and Hans Berg. The pair had dated since 2021.",
			"The pair#1=Ava Stone + Tom Holt"},
		// ... nor are people named as someone's parents, when the article opens with a couple
		{"date 2025-06-29 Ava Stone and Tom Holt were married on Saturday in Kinsale. She is the daughter of Greta Stone and Hans Stone of Cork. He is the son of Lena Holt and Piet Holt of Leeds. The couple met in 2019 on a hiking trip.",
			"The couple#1=Ava Stone + Tom Holt"},
		// a group phrase of data/groups.tsv may carry adjectives ("the new parents", "the former spouses")
		{"date 2025-06-01 Designer Sofia Russo and her partner, Leo Marsh, welcomed a son. The new parents are thrilled.",
			"The new parents#1=Sofia Russo + Leo Marsh"},
		{"date 2025-06-01 Lena Park and Mark Ortiz have divorced. The former spouses share a dog.",
			"The former spouses#1=Lena Park + Mark Ortiz"},
		// ... or the two people of the sentences before when no one is named between
		{"date 2025-06-01 Actress Nina Park and her co-star Leo Grant dined in Paris on Friday. The restaurant was busy. Sources say the two are more than friends.",
			"the two#1=Nina Park + Leo Grant"},
		// ... or, in its own sentence, the two a word of coupling joins
		{"date 2024-01-17 Dana Lane and Paul Reed were seen in Soho. Reed has been in a relationship with the chef Noemi Park since 2021, and the couple got engaged over the holidays.",
			"the couple#1=Paul Reed + Noemi Park"},
		{"date 2024-01-17 Odessa Lang and Jasper Quinlan are just friends, the two said. Lang was most recently linked to the musician Ezra Vidal; they split last summer after two years together.",
			"they#1=Odessa Lang + Ezra Vidal"},
		// ... or in a later sentence, when the last coordination was no couple
		{"date 2024-03-12 The singer grew up in Tulsa, the only child of the nurse Greta Lind and the pianist Hans Lind. Mara Lind was previously engaged to the DJ Cassius Lane. The couple called it quits in 2019.",
			"The couple#1=Mara Lind + Cassius Lane"},
		// a pair named together before, that the text never made a couple, yields to the article's couple
		{"date 2024-05-02 Ava Stone and her husband, Tom Holt, have split after six years of marriage.\n\nStone and Holt were last seen together in March. On Saturday, the actors Nina Park and Leo Grant hosted a dinner in Malibu that Stone attended alone.\n\nThe couple married in 2018 in Paris.",
			"The couple#1=Ava Stone + Tom Holt"},
		{"date 2024-05-02 Ava Stone is engaged to Tom Holt, the singer announced on Monday.\n\nThe actress Nina Park and the director Leo Grant threw a party for them in Malibu on Saturday.\n\nThe couple met in 2019 on the set of a film.",
			"The couple#1=Ava Stone + Tom Holt"},
		// ... but not to a pair the text made a couple
		{"date 2024-05-02 Ava Stone is engaged to Tom Holt, the singer announced on Monday.\n\nThe actress Nina Park and the director Leo Grant are dating, a source said. The couple met in 2019 on the set of a film.",
			"The couple#1=Nina Park + Leo Grant"},
		// ... not to a parent and child
		{"date 2024-03-12 Dana Lane and Paul Reed married in June. Lane thanked her mother, Ruth Lane. The couple left for Rome.",
			"The couple#1=Dana Lane + Paul Reed"},
		// a couple of the past (couple-past in data/cues.tsv) in an earlier paragraph yields to the couple the article opens with
		{"date 2024-05-02 Singer Ava Lorne has been dating actor Ben Tate since March, sources say.\n\nLorne, 34, was previously married to producer Carl Moss. They share a daughter, Ivy.\n\nThe couple were spotted holding hands in Paris last week.",
			"The couple#1=Ava Lorne + Ben Tate"},
		{"date 2024-05-02 Singer Ava Lorne has been dating actor Ben Tate since March, sources say.\n\nLorne was previously married to producer Carl Moss. Lorne and Moss divorced in 2020 and share a daughter, Ivy.\n\nThe pair were spotted holding hands in Paris last week.",
			"The pair#1=Ava Lorne + Ben Tate"},
		// ... a couple whose years ended, or whose separation the text tells; the opening couple is a coordination in a sentence of couple-news, or a pair partner-link joins
		{"date 2024-05-02 Actor Ben Tate and model Jade Ross have called off their engagement, a rep for Tate said.\n\nTate was married to singer Ava Lorne from 2010 to 2016, and they have two children.\n\nThey got engaged in Paris last June. The couple had planned to marry this summer.",
			"The couple#1=Ben Tate + Jade Ross"},
		{"date 2024-05-02 Reality star Gemma Pratt has confirmed she is dating footballer Kyle Dunn, weeks after her split from her husband, Ricky Pratt.\n\nGemma and Ricky, who married in 2019, announced their separation in February.\n\nThe couple met at a charity match last year, a friend said.",
			"The couple#1=Gemma Pratt + Kyle Dunn"},
		// ... but not in the paragraph that tells of it
		{"date 2024-05-02 Tennis star Mia Kerr is dating footballer Sam Holt, a friend said.\n\nKerr split from her husband, Dan Pryce, last year. The couple share two sons.",
			"The couple#1=Mia Kerr + Dan Pryce"},
		// a former couple (former-mod in data/cues.tsv) is the couple of the past, named or described
		{"date 2025-03-10 Ava Stone is dating chef Tom Holt, sources say. The pair were seen in Rome. The \"Glass\" hitmaker was previously engaged to footballer Max Reed. The former couple called off their engagement in 2023.",
			"The former couple#1=Ava Stone + Max Reed"},
		{"date 2025-03-10 Ava Stone is dating Tom Holt, sources say. The pair were seen in Rome. Stone was previously married to Max Reed.\n\nThe former couple divorced in 2020.",
			"The former couple#1=Ava Stone + Max Reed"},
		{"date 2025-03-10 Ava Stone is dating Tom Holt, sources say. The pair were seen in Rome. Stone was previously married to Max Reed.\n\nThe couple were seen in Paris on Friday.",
			"The couple#1=Ava Stone + Tom Holt"},
		// a sentence that names the same two changes nothing
		{"date 2024-03-12 Dana Lane and Paul Reed married in June. Reed thanked Lane. The couple left for Rome.",
			"The couple#1=Dana Lane + Paul Reed"},
		// a plural subject pronoun after a subject group that listed relatives after a kinship noun is the group
		{"date 2024-03-12 Dana Lane and Paul Reed married in 2002. The couple, who wed in Bath, share three children: Al, 19, and twins Rosa and Ivy, 15. They live in a converted rectory.",
			"They#1=Dana Lane + Paul Reed"},
		// a plural pronoun no coordination explains is the spouses last named nearby
		{"date 2024-03-12 Country singer Wade Tolland has filed for divorce from his wife, actress Jenna Marrick. He listed their date of separation as August 14.",
			"their#1=Wade Tolland + Jenna Marrick"},
	}
	for _, tc := range groups {
		doc := runTagged(t, tc.text)
		key := strings.SplitN(tc.want, "=", 2)[0]
		text, nth := key, 1
		if i := strings.Index(key, "#"); i >= 0 {
			text = key[:i]
			fmt.Sscan(key[i+1:], &nth)
		}
		got, seen := "?", 0
		for _, m := range doc.Mentions {
			if m.Text != text {
				continue
			}
			if seen++; seen == nth {
				var names []string
				for _, e := range m.Members {
					names = append(names, doc.Entities[e].Name)
				}
				got = strings.Join(names, " + ")
			}
		}
		if g := key + "=" + got; g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
	for _, tc := range tests {
		doc := runTagged(t, tc.text)
		var got []string
		for _, w := range strings.Split(tc.want, "; ") {
			key := strings.SplitN(w, "=", 2)[0]
			text, nth := key, 1
			if i := strings.Index(key, "#"); i >= 0 {
				text = key[:i]
				fmt.Sscan(key[i+1:], &nth)
			}
			name := "?"
			seen := 0
			for _, m := range doc.Mentions {
				if m.Text != text {
					continue
				}
				if seen++; seen == nth && m.Entity >= 0 {
					name = doc.Entities[m.Entity].Name
				}
			}
			got = append(got, key+"="+name)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// TestTaggedAttributeExamples runs the whole tagging pipeline and checks
// the attribute facts the entity stage reads.
func TestTaggedAttributeExamples(t *testing.T) {
	tests := []struct {
		text string
		want string // facts, "; "-separated
	}{
		// a lede's description that opens its sentence before "who" is the person the next sentence names first, whatever the relative clause tells of others
		{"date 2025-05-07 A 27-year-old scaffolder who attacked a taxi driver has been jailed.\n\nJordan Pike, of Penhill, punched the driver in March.",
			"occupation(Jordan Pike, scaffolder)"},
		// trades joined by "and" before a name, each with its own qualifier; two qualifiers joined by "and" before one trade
		{"date 2025-06-03 Former Liverpool striker and BBC pundit Danny Marsh has been arrested. Tom Hale, the former Kelby and England goalkeeper, was not.",
			"occupation(Danny Marsh, pundit); occupation(Danny Marsh, striker); occupation(Tom Hale, goalkeeper)"},
		// a demonym of two words before a trade before a name gives the nationality
		{"date 2024-11-04 South African golfer Tom Hale won the Open.",
			"nationality(Tom Hale, South Africa); occupation(Tom Hale, golfer)"},
		// capitalised words no person's name starts, between an article and a trade, qualify the trade
		{"date 2024-11-04 Peter Odhiambo, a Franciscan friar, gives away his salary. Tom Hale, a Premier League footballer, was fined. Ann Cole, a Booker Prize-winning novelist, spoke.",
			"occupation(Peter Odhiambo, friar); occupation(Tom Hale, footballer); occupation(Ann Cole, novelist)"},
		// a run of titles before a name belongs to its mention; the title of the run that states a trade gives it
		{"date 2024-11-04 The trial, before Mrs Justice Okafor, continues. The Rt Rev. Tom Hale spoke.",
			"occupation(Okafor, judge); occupation(Tom Hale, priest)"},
		// a noun of nationality before a name
		{"date 2024-11-04 The Spaniard Luis Ortega, who left Norwich in the summer, is among the favourites.",
			"nationality(Luis Ortega, Spain)"},
		// a demonym that starts an organisation's name in a description gives no nationality ("joint-name" in data/cues.tsv joins "British and Irish Lions")
		{"date 2024-11-04 Tom Curry, the British and Irish Lions flanker, is a patron. Ann Lee, a British Airways pilot, spoke.",
			"occupation(Tom Curry, flanker); member_of(Tom Curry, British and Irish Lions); occupation(Ann Lee, pilot); member_of(Ann Lee, British Airways)"},
		// ... or before a given name and a surname the tagger took it into, in a list where each noun is the next name's
		{"date 2024-11-04 Welshman Gareth Rhys, Frenchman Luc Morel and Dane Ida Holm attended. Scot Andy Reid sent flowers.",
			"nationality(Gareth Rhys, Wales); nationality(Luc Morel, France); nationality(Ida Holm, Denmark); nationality(Andy Reid, Scotland)"},
		// ... or as the head of a description of a person named before
		{"date 2023-09-26 Castlegate Athletic have sacked Stefan Ekdahl. The 52-year-old Swede was told on Monday.",
			"nationality(Stefan Ekdahl, Sweden)"},
		// a state office (state-office in data/cues.tsv) is never guessed to be held in the organisation the article is about
		{"date 2022-05-23 Former finance minister Tomas Reinholt was elected leader of the centre-right Civic Union on Saturday. The Civic Union has 40 seats.",
			""},
		// a demonym before the title of a state's office (state-office, national-office in data/cues.tsv) names the country
		{"date 2024-06-12 British Prime Minister Alan Wexford met French President Anne Roy on Monday.",
			"position_held(Alan Wexford, prime minister, United Kingdom); position_held(Anne Roy, president, France)"},
		// a party's initial and a state after a legislator's name (initials in data/parties.tsv, states in data/regions.tsv)
		{"date 2024-06-12 Sen. Mary Holt, D-Ore., said she would vote against the bill.",
			"member_of(Mary Holt, Democratic Party); position_held(Mary Holt, senator, Oregon)"},
		// a compatriot (cue class compatriot in data/cues.tsv) of a person of known nationality shares it
		{"date 2023-09-26 Castlegate Athletic have sacked Stefan Ekdahl. The 52-year-old Swede was told on Monday. The club admire Ekdahl's compatriot Lars Berglund.",
			"nationality(Stefan Ekdahl, Sweden); nationality(Lars Berglund, Sweden)"},
		// a place of birth before an occupation ("Swiss-born") is no nationality and does not hide the occupation
		{"date 2025-03-04 Petra Lindqvist, a Swiss-born engineer, joined the firm in 2019.",
			"occupation(Petra Lindqvist, engineer)"},
		// the lede's description of a trade named next (nominal-lede) gives its trade
		{"date 2025-04-08 A retired headteacher won the Fenmarsh ward on Thursday.\n\nDora Quill, 67, took 1,412 votes.",
			"occupation(Dora Quill, headteacher)"},
		// a post noun after a word of a department (department-mod in data/cues.tsv) is a post's title, no trade
		{"date 2025-04-08 Fundraising manager Dora Quill left in July. The audit manager Ben Orr and finance director Ada Moss stayed; the chemist Ivo Lind joined.",
			"occupation(Ivo Lind, chemist)"},
		// a post of a department that is a trade of its own in data/occupations.tsv ("tax manager") keeps it
		{"date 2025-04-08 Pennock & Vail has promoted tax manager Sadia Reeve to partner. Ola Brisk, a dispatcher, and Tom Hale, a land agent, stayed.",
			"occupation(Sadia Reeve, tax manager); occupation(Ola Brisk, dispatcher); occupation(Tom Hale, land agent)"},
		{"date 2025-04-08 Tove Sand, the education officer of the Harwick Institute, retired. Ada Moss, a finance manager, and Ivo Lind, a chemist, stayed.",
			"occupation(Ivo Lind, chemist)"},
		// a word of a pastime (hobby-mod in data/cues.tsv) makes the trade after it no occupation; the next trade is one
		{"date 2025-04-08 Ivo Marsh, a keen cyclist and an electrician, was hurt. His wife, Ada Marsh, is an avid golfer. Tom Hale, a keen amateur photographer, retired.",
			"occupation(Ivo Marsh, electrician)"},
		// a place compound (place-suffix in data/cues.tsv) modifies the trade after it; a demonym so compounded names no place
		{"date 2025-04-08 Anselm Vrett, a Greek-born chemist, joined the faculty in 1996.",
			"occupation(Anselm Vrett, chemist)"},
		{"date 2025-04-08 Ingrid Hauge, a Norwegian-born engineer, worked in Oslo.",
			"occupation(Ingrid Hauge, engineer)"},
		{"date 2025-04-08 Bastian Holm, the Danish-born drummer, toured with the band.",
			"occupation(Bastian Holm, drummer)"},
		{"date 2025-04-08 Lena Marsh, a Texas-raised rancher, sold her land.",
			"occupation(Lena Marsh, rancher)"},
		// a description after an age and an address ("of" a street and a town) is the person's; a town there that is also a given name stays a place
		{"date 2025-04-08 Ann Dee, 31, of Leeds, a nurse, was fined. Tom Hale, 29, of Deane Road, Bolton, a roofer, admitted theft. Jo Kerr, of Hull, a teacher, spoke.",
			"occupation(Ann Dee, nurse); occupation(Tom Hale, roofer); occupation(Jo Kerr, teacher)"},
		// an acronym before a trade qualifies it ("an NHS nurse"), as a named employer does
		{"date 2025-04-08 Sue Hart, 52, an NHS nurse, spoke. Tess Lane, a veteran BBC journalist, retired.",
			"occupation(Sue Hart, nurse); occupation(Tess Lane, journalist)"},
		// trades of data/occupations.tsv in apposition
		{"date 2025-04-08 Dora Quill, a retired headteacher, won the seat. Her father, Tom Quill, was a dairy farmer.",
			"occupation(Dora Quill, headteacher); occupation(Tom Quill, dairy farmer)"},
		{"date 2025-04-08 Brattvik lives in Oslo with her partner, the former ski jumper Henrik Aas.",
			"occupation(Henrik Aas, ski jumper)"},
		// an occupation of data/occupations.tsv as a title before a name
		{"date 2025-03-04 Petra Lindqvist, a hairdresser, met the schoolteacher Jonas Berg in 2019.",
			"occupation(Petra Lindqvist, hairdresser); occupation(Jonas Berg, schoolteacher)"},
		// a trade before a courtesy title and the name is the person's; a post before a title is left to the fact stage
		{"date 2025-04-08 The economist Dr. Femi Lind joined the school. Her husband, the broadcaster Sir Owen Hart, chairs the board.",
			"occupation(Femi Lind, economist); occupation(Owen Hart, broadcaster)"},
		// a parent described by a trade after a child noun and "of" is an unnamed person with that trade, and so is one joined to it by "and"
		{"date 2025-04-08 Dora Quill grew up in Hull, the daughter of a trawlerman and a Scottish weaver.",
			"occupation(<unnamed: a trawlerman>, trawlerman); nationality(<unnamed: a scottish weaver>, Scotland); occupation(<unnamed: a scottish weaver>, weaver)"},
		// a place's native before the trade does not end the description
		{"date 2025-04-08 Ann Lee, a Leeds native and former teacher, spoke.",
			"occupation(Ann Lee, teacher)"},
		// a biography's first sentence: letters of honours (post-nominal in data/cues.tsv) and a parenthesis between the name and the copula
		{"date 2025-04-08 Dame Ilse Marrow DBE FRS (née Brook; born 4 May 1958) is a British chemist. Marrow lives in Leeds.",
			"nationality(Ilse Marrow, United Kingdom); occupation(Ilse Marrow, chemist)"},
		// an indefinite description set before the name it describes, and a definite one past a quoted title
		{"date 2025-04-08 Dora Quill grew up in Hull, the daughter of a trawlerman, Tom Quill. Ada Moss was there. The \"Low Tide\" actress, 29, smiled.",
			"occupation(Tom Quill, trawlerman); occupation(Ada Moss, actress)"},
		// a description resolved to a named person is described by a copula after it
		{"date 2025-04-08 Helena Marr married Tom Brandt on Saturday. The bride, 34, is a paediatric oncologist in Boston.",
			"occupation(Helena Marr, oncologist)"},
		// a possessed parent with a trade in apposition is an unnamed person with that trade
		{"date 2025-04-08 Ada Mensah grew up in Takoradi, where her father, a fisherman, kept a boat.",
			"occupation(<unnamed: her father, a fisherman>, fisherman)"},
		// an indefinite trade before "named" or "called" and a name is the named person's (namedTrade)
		{"date 2025-04-08 A nurse named Joan Ruddle helped, and an off-duty taxi driver called Ben Orr stopped. A man named Tom Reid ran.",
			"occupation(Joan Ruddle, nurse); occupation(Ben Orr, taxi driver)"},
		// a noun of name-trade in data/cues.tsv is a trade only before "named" or opening the sentence before the name
		{"date 2025-04-08 A student named Lena Fisk saw the car. Student Maisie Kerr, 19, called police. Ada Moss met fellow student Tom Reid in 2019.",
			"occupation(Lena Fisk, student); occupation(Maisie Kerr, student)"},
		// ... and so is an unnamed spouse or child, once the possessor is known (unnamedKinAppositives)
		{"date 2025-04-08 Ada Mensah lives in Hull with her husband, a paramedic, and their twin boys. Tom Reid said his wife, a nurse, was at home.",
			"occupation(<unnamed: her husband>, paramedic); occupation(<unnamed: his wife>, nurse)"},
		// a title that states a trade (data/titletrades.tsv)
		{"date 2025-04-08 Professor Ilse Marrow thanked the Rev. Tobias Hale and Judge Anna Berg.",
			"occupation(Ilse Marrow, professor); occupation(Tobias Hale, priest); occupation(Anna Berg, judge)"},
		// letters after a name that state a trade (data/postnominaltrades.tsv); other letters state none
		{"date 2025-04-08 Under cross-examination by Rachel Dunmore KC, defending, Liam Hale agreed. Prosecuting, Tom Vance QC said so. Ann Holt OBE spoke.",
			"occupation(Rachel Dunmore, barrister); occupation(Tom Vance, barrister)"},
		// a trade that is the first word of a place's name is no trade of the person after it
		{"date 2025-04-08 Party officials said Cook County Commissioner Antoine Bellamy, 48, was the favorite. The cook Ann Vale smiled.",
			"occupation(Ann Vale, cook)"},
		// a copula after an age and an adverb
		{"date 2025-04-08 Tyler Banks, 27, is now a personal trainer in Leeds.",
			"occupation(Tyler Banks, personal trainer)"},
		// a trade before a name, past the union of its field
		{"date 2025-04-08 Jane Hale is married to the trade union official Kevin Hale.",
			"occupation(Kevin Hale, trade union official)"},
		// trades of arts, media and sport in apposition and as a title
		{"date 2025-04-08 Mara Voss, a session violist, married the goaltender Piet Aalders in June.",
			"occupation(Mara Voss, violist); occupation(Piet Aalders, goaltender)"},
		{"date 2025-04-08 Colm Reddy, the tattooist, signed the cornerback Dev Okafor's arm.",
			"occupation(Colm Reddy, tattooist); occupation(Dev Okafor, cornerback)"},
		{"date 2025-04-08 The documentarian Ines Barrow followed the triathlete Yusuf Kell for a year.",
			"occupation(Ines Barrow, documentarian); occupation(Yusuf Kell, triathlete)"},
		// trades of law, medicine, science and finance
		{"date 2025-04-08 Nadia Ferrer, an oncologist, married the astrophysicist Owen Hart in May.",
			"occupation(Nadia Ferrer, oncologist); occupation(Owen Hart, astrophysicist)"},
		{"date 2025-04-08 Lior Gat is a bookkeeper. His sister, Dana Gat, was a coroner.",
			"occupation(Lior Gat, bookkeeper); occupation(Dana Gat, coroner)"},
		// trades and services, public service and religion
		{"date 2025-04-08 Rhys Bowen, a paratrooper, married the locksmith Gwen Tate in 2019.",
			"occupation(Rhys Bowen, paratrooper); occupation(Gwen Tate, locksmith)"},
		{"date 2025-04-08 Omar Said, an air traffic controller, is the son of the cleric Yusuf Said.",
			"occupation(Omar Said, air traffic controller); occupation(Yusuf Said, cleric)"},
		{"date 2025-04-08 Ivo Brandt, a defenseman, married the auctioneer Greta Lind in Oslo.",
			"occupation(Ivo Brandt, defenseman); occupation(Greta Lind, auctioneer)"},
		// a league before a kinship noun (data/leagues.tsv) gives the trade of its players
		{"date 2025-04-08 Nina Vale arrived with her WNBA girlfriend Tasha Reid and his NFL husband Cal Moore.",
			"occupation(Tasha Reid, basketball player); occupation(Cal Moore, football player)"},
		{"date 2025-04-08 UFC star Rosa Diaz met F1 superstar Tom Vance in Monaco.",
			"occupation(Rosa Diaz, mixed martial artist); occupation(Tom Vance, racing driver)"},
		// a compound trade is read whole where its head is a trade of its own
		{"date 2025-04-08 Boxing star Dion Kerr dated the opera star Lise Aubert.",
			"occupation(Dion Kerr, boxing star); occupation(Lise Aubert, opera star)"},
		{"date 2025-04-08 Tess Moran, a session musician, dated the divorce lawyer Ray Doyle.",
			"occupation(Tess Moran, session musician); occupation(Ray Doyle, divorce lawyer)"},
		// a religion or language (not-a-name in data/cues.tsv) modifies the trade after it
		{"date 2025-04-08 Karim Haddad, a Druze farmer, met the Mandarin teacher Ling Wu.",
			"occupation(Karim Haddad, farmer); occupation(Ling Wu, teacher)"},
		// demonyms of data/demonyms.tsv before a trade
		{"date 2025-04-08 Kofi Mensah, a Togolese sprinter, beat the Beninese hurdler Ali Sow.",
			"nationality(Kofi Mensah, Togo); occupation(Kofi Mensah, sprinter); nationality(Ali Sow, Benin); occupation(Ali Sow, hurdler)"},
		// a party member's name in apposition (party-member in data/cues.tsv, data/parties.tsv)
		{"date 2025-06-12 Loretta Vance, a three-term Democrat from Millbrook County, will not seek reelection.",
			"member_of(Loretta Vance, Democratic Party)"},
		// party-lead in data/cues.tsv: two words name the party's members, even when the tagger left the first out
		{"date 2025-05-03 Liberal Democrat Helen Marsh won the seat. Social Democrat Paul Vance conceded, and the seat of Lib Dem Ben Hale went to a Christian Democrat, Ida Roth.",
			"member_of(Helen Marsh, Liberal Democrat); member_of(Paul Vance, Social Democrat); member_of(Ben Hale, Lib Dem)"},
		{"date 2025-05-03 Labor senator Ann Ryde and Unionist Ian Pake voted against the bill.",
			"member_of(Ann Ryde, Labor); member_of(Ian Pake, Unionist)"},
		// a party's members' word before a role and a name is the party: an office held for it makes a member (party-post in data/cues.tsv: a post in it is a position)
		{"date 2025-05-03 Green councillor Amy Lister was re-elected on Thursday. Green leader Ida Roth was pleased.",
			"member_of(Amy Lister, Green); position_held(Ida Roth, leader, Green)"},
		// a trade after a name and its age but right before another name is that name's, not an appositive of the first
		{"date 2025-06-01 Singer Tom Vale, 51, keyboardist Ada Marsh and drummer Ivo Lund are back on tour.",
			"occupation(Tom Vale, singer); occupation(Ada Marsh, keyboardist); occupation(Ivo Lund, drummer)"},
		{"date 2025-06-01 The chef Rosa Penn, chef Lior Brandt and sommelier Ana Roe opened the bistro.",
			"occupation(Rosa Penn, chef); occupation(Lior Brandt, chef); occupation(Ana Roe, sommelier)"},
	}
	for _, tc := range tests {
		doc := runTagged(t, tc.text)
		var got []string
		for _, f := range doc.Facts {
			got = append(got, factLine(f))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// checkBirthStarts reports the entities named in want whose birth interval
// does not start on the day given, and the names no entity has.
func checkBirthStarts(t *testing.T, doc *hearsay.Document, want map[string]string) {
	t.Helper()
	for _, e := range doc.Entities {
		if w, ok := want[e.Name]; ok {
			if e.Birth == nil || e.Birth.Earliest != w {
				t.Errorf("%s: birth %+v, want from %s", e.Name, e.Birth, w)
			}
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("no entities %v in %+v", want, doc.Entities)
	}
}

// TestTaggedSharedAge checks that an age after two one-word names joined by
// "and" is theirs both, while a name with its own age keeps it.
func TestTaggedSharedAge(t *testing.T) {
	doc := runTagged(t, "date 2023-08-07 They share three children: Felix, 19, and twins Rosa and Ivy, 15.")
	want := map[string]string{"Felix": "2003-08-08", "Rosa": "2007-08-08", "Ivy": "2007-08-08"}
	checkBirthStarts(t, doc, want)
	// ... also with a comma after the noun
	doc = runTagged(t, "date 2023-08-07 The twins, Beau and Eli, 8, were not hurt.")
	want = map[string]string{"Beau": "2014-08-08", "Eli": "2014-08-08"}
	checkBirthStarts(t, doc, want)
	// a "born" after a group of children with no name dates their birth, not that of the spouse named before them
	doc = runTagged(t, "date 2023-08-07 Ben Orr lives in York with his wife, Mia, and their twin sons, born in February.")
	want = map[string]string{"<unnamed: their twin sons>": "2023-02-01"}
	checkBirthStarts(t, doc, want)
	for _, e := range doc.Entities {
		if e.Name == "Mia" && e.Birth != nil {
			t.Errorf("his wife, Mia, and their twin sons, born in February: Mia's birth %+v", e.Birth)
		}
	}
	// with no plural kinship noun before them, the age is the last name's
	doc = runTagged(t, "date 2023-08-07 Odessa Lang met Jasper Quinlan in May. A fan posted a video of Lang and Quinlan, 30, leaving a restaurant.")
	for _, e := range doc.Entities {
		if e.Name == "Odessa Lang" && e.Birth != nil {
			t.Errorf("Lang and Quinlan, 30: Lang's birth %+v", e.Birth)
		}
	}
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

// TestTaggedSlips runs the taggers on short texts, then sets the name
// tags of some words as a tagger may slip on them, and checks that the
// entity stage types the names from the words around them.
func TestTaggedSlips(t *testing.T) {
	stages, err := taggerStages()
	if err != nil {
		t.Fatal(err)
	}
	pl, err := hearsay.NewPipeline(stages...)
	if err != nil {
		t.Fatal(err)
	}
	st, err := entity.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		tagged map[string]string // token → the NER tag it gets
		want   []string
	}{
		// a party's member word before a lowercase noun is the party (party-member in data/cues.tsv), even tagged as a person
		{"date 2025-05-09 Amira Feld was elected leader on Thursday, ending a decade of Conservative control of the council.",
			map[string]string{"Conservative": "B-PER"}, []string{"person Amira Feld", "org Conservative"}},
		{"date 2025-05-09 The Labour group met on Monday. Owen Tarrant said the Labour majority was safe.",
			map[string]string{"Labour": "B-PER"}, []string{"person Owen Tarrant", "org Labour"}},
		// a civic or judicial post before "of" (data/roles.tsv) is no part of the name after it, which is a place unless an org word ends it
		{"date 2025-05-09 Amal Ferriby became Honorary Recorder of Leeds in 2019.",
			map[string]string{"Honorary": "B-ORG", "Recorder": "I-ORG", "of": "I-ORG", "Leeds": "I-ORG"}, []string{"person Amal Ferriby", "place Leeds"}},
		{"date 2025-05-09 Wilf Garside served as Lord Mayor of Leeds from 2001.",
			map[string]string{"Lord": "B-PER", "Mayor": "I-PER", "of": "I-PER", "Leeds": "I-PER"}, []string{"person Wilf Garside", "place Leeds"}},
		// a word of paper-head (data/cues.tsv) alone after "the" is the local paper, an outlet, whatever the tagger said
		{"date 2025-05-09 Wren Halloway, 52, told the Courier she would stand again. The Courier understands the vote is close.",
			map[string]string{"Courier": "B-PER"}, []string{"person Wren Halloway", "org/outlet Courier"}},
		// a street (venue-head in data/cues.tsv) tagged as a person is a place, unless a known given name starts it
		{"date 2025-05-09 Tamsin Vell opened her shop on Saddler Close in 2011 and moved it to Ropewalk Row in 2019.",
			map[string]string{"Saddler": "B-PER", "Close": "I-PER", "Ropewalk": "B-PER", "Row": "I-PER"}, []string{"person Tamsin Vell", "place Saddler Close", "place Ropewalk Row"}},
		// the end of an office's title (a post of data/roles.tsv, "of", "the", "for", "to") tagged with the holder's name is cut off at a known given name
		{"date 2025-05-09 Chancellor of the Exchequer Ruth Calloway was sacked on Monday. Secretary of State for Transport Imran Bexley stays in post.",
			map[string]string{"Exchequer": "B-PER", "Ruth": "I-PER", "Calloway": "I-PER", "State": "B-ORG", "for": "I-ORG", "Transport": "I-ORG", "Imran": "I-ORG", "Bexley": "I-ORG"},
			[]string{"person Ruth Calloway", "person Imran Bexley"}},
		// an organisation ending in a word of of-org-head (data/cues.tsv), "of" and a place tagged apart are one organisation
		{"date 2025-05-09 Kofi Asante studied at the University of Ghana and joined the Bank of Ireland in 2001. He is an elder of the Church of Scotland.",
			map[string]string{"University": "B-ORG", "Bank": "B-ORG", "Church": "B-ORG", "Ghana": "B-LOC", "Ireland": "B-LOC", "Scotland": "B-LOC"},
			[]string{"person Kofi Asante", "org University of Ghana", "org Bank of Ireland", "org Church of Scotland"}},
		// a head of of-org-head (data/cues.tsv), "of" or "for" and a name: one organisation however the tagger typed or cut it (mendOrgChains)
		{"date 2025-05-09 Hana Lewicki, a graduate of the Royal Conservatoire of Scotland, joined the Marsden Institute for Coastal Studies.",
			map[string]string{"Hana": "B-PER", "Lewicki": "I-PER", "Royal": "B-MISC", "Conservatoire": "I-MISC", "Scotland": "B-LOC", "Marsden": "B-ORG", "Institute": "I-ORG", "for": "B-ORG", "Coastal": "I-ORG", "Studies": "I-ORG"},
			[]string{"person Hana Lewicki", "org Royal Conservatoire of Scotland", "org Marsden Institute for Coastal Studies"}},
		{"date 2025-05-09 Hana Lewicki became harbour master at the Port of Ardmore.",
			map[string]string{"Hana": "B-PER", "Lewicki": "I-PER", "Port": "B-MISC", "of": "I-MISC", "Ardmore": "I-MISC"},
			[]string{"person Hana Lewicki", "org Port of Ardmore"}},
		{"date 2025-05-09 Tobias Renn teaches in the School of Music and sits on the Bishops' Conference of England and Wales.",
			map[string]string{"Tobias": "B-PER", "Renn": "I-PER", "Music": "B-LOC", "Bishops": "B-MISC", "'": "I-MISC", "Conference": "I-MISC", "England": "B-LOC", "Wales": "B-LOC"},
			[]string{"person Tobias Renn", "org School of Music", "org Bishops' Conference of England and Wales"}},
		{"date 2025-05-09 Tobias Renn advised the Danish Ministry of Finance.",
			map[string]string{"Tobias": "B-PER", "Renn": "I-PER", "Danish": "B-MISC", "Ministry": "B-ORG", "of": "I-ORG", "Finance": "I-ORG"},
			[]string{"person Tobias Renn", "org Danish Ministry of Finance"}},
		// a church after a word of parish-post (data/cues.tsv) and "of" or "at" is the body its clergy and members serve, an organisation
		{"date 2025-05-09 Imogen Hartley, vicar of Holy Cross since 2019, served her curacy at St Wilfrid's.",
			map[string]string{"Imogen": "B-PER", "Hartley": "I-PER", "Holy": "B-LOC", "Cross": "I-LOC", "St": "B-LOC", "Wilfrid": "I-LOC", "'s": "I-LOC"},
			[]string{"person Imogen Hartley", "org Holy Cross", "org St Wilfrid's"}},
		// a one-word name after a word of see-post (data/cues.tsv) and "of" is the diocese, an organisation
		{"date 2025-05-09 Imogen Hartley was named Archdeacon of Thornbury by the Bishop of Carnforth.",
			map[string]string{"Imogen": "B-PER", "Hartley": "I-PER", "Thornbury": "B-LOC", "Carnforth": "B-LOC"},
			[]string{"person Imogen Hartley", "org Thornbury", "org Carnforth"}},
		// a listed place tagged as a person is a place when a country, shaped like a place's (place-head in data/cues.tsv) or named after place-before; pronouns do not go to it
		{"date 2025-05-09 The groom's mother, Ngozi Adeyemi, who was born in Lagos, Nigeria, teaches nursing. They married in Bantry, County Cork.",
			map[string]string{"Nigeria": "B-PER", "County": "B-PER", "Cork": "I-PER"}, []string{"person Ngozi Adeyemi", "place Nigeria", "place County Cork"}},
		{"date 2025-05-09 Isla Renwick died at her home in Dundee on Friday. She was born in Dundee in 1941.",
			map[string]string{"Dundee": "B-PER"}, []string{"person Isla Renwick", "place Dundee"}},
	}
	for _, tc := range tests {
		docs, errs := reader.Parse("example.txt", []byte(tc.text), reader.Options{})
		if len(errs) > 0 || len(docs) != 1 {
			t.Fatalf("read %q: %v", tc.text, errs)
		}
		doc := docs[0]
		if err := pl.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for i := range doc.Tokens {
			if tag, ok := tc.tagged[doc.Tokens[i].Text]; ok {
				doc.Tokens[i].NER = tag
			}
		}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		got := "; " + describe(doc) + ";"
		for _, w := range tc.want {
			if !strings.Contains(got, "; "+w+";") {
				t.Errorf("%q:\n got %s\nwant %s", tc.text, got, w)
			}
		}
	}
}

// TestTaggedOneUnnamedSpouse checks that a person's unnamed spouse told twice
// by the same noun is one person (sameUnnamedSpouse).
func TestTaggedOneUnnamedSpouse(t *testing.T) {
	doc := runTagged(t, "date 2024-05-02 Lisa Crane, 34, said her husband was at work. She lives in Dover with her husband, a paramedic, and their two girls.")
	n := 0
	for _, e := range doc.Entities {
		if e.Name == "<unnamed: her husband>" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d unnamed husbands, want 1:\n%s", n, describe(doc))
	}
}
