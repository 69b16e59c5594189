package fact

import "testing"

// describedCases are people described in an apposition or a relative
// clause after their name, run through the whole pipeline: the
// organisation named only there is not the one a post the text leaves open
// belongs to, and what the description tells takes no time of the main
// clause's event. The article date is Wednesday 2026-03-11.
var describedCases = []wantNotCase{
	{
		text: "Marcus Grant, managing director of the logistics firm Redfell Freight, was elected president on Monday.",
		want: []string{"position_held(Marcus Grant,managing director,Redfell Freight)"},
		not:  []string{"elected(Marcus Grant,president,Redfell Freight)", "position_held(Marcus Grant,president,Redfell Freight)"},
	},
	{
		text: "Ana Ruiz, 41, chief executive of the water company Lowmoor Water, was voted chair on Tuesday.",
		want: []string{"position_held(Ana Ruiz,chief executive|chief executive officer|ceo,Lowmoor Water)"},
		not:  []string{"elected(Ana Ruiz,chair|chairman|chairwoman|chairperson,Lowmoor Water)"},
	},
	{
		text: "Ivo Brandt, who founded the bakery chain Crumbwell, was named president on Friday.",
		not:  []string{"appointed(Ivo Brandt,president,Crumbwell)"},
	},
	{
		// the organisation told outside a description still completes the post
		text: "At Lowmoor Water, Ana Ruiz was elected chair on Tuesday.",
		want: []string{"elected(Ana Ruiz,chair|chairman|chairwoman|chairperson,Lowmoor Water) @2026-03-10"},
	},
	{
		text: "Jonas Lee, a member of the rock band Pale Harbour, proposed to Mia Cole on Saturday.",
		want: []string{"member_of(Jonas Lee,Pale Harbour)", "engaged(Jonas Lee,Mia Cole) @2026-03-07"},
		not:  []string{"member_of(Jonas Lee,Pale Harbour) @2026-03-07"},
	},
	{
		// a time of the description's own dates what it tells
		text: "Omar Reyes, director of the Halvard Museum since 2019, proposed to Lena Ortiz on Sunday.",
		want: []string{"position_held(Omar Reyes,director,Halvard Museum) @2019..", "engaged(Omar Reyes,Lena Ortiz) @2026-03-08"},
	},
	{
		text: "Rhys Allen got engaged on Sunday to Nina Shah, who plays bass for the Copper Lanterns.",
		want: []string{"engaged(Rhys Allen,Nina Shah) @2026-03-08"},
		not:  []string{"member_of(Nina Shah,Copper Lanterns) @2026-03-08"},
	},
}

// TestDescribedPeople checks describedCases.
func TestDescribedPeople(t *testing.T) {
	checkWantNot(t, describedCases)
}
