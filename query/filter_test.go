package query

import (
	"errors"
	"testing"

	"github.com/hearsay-news/hearsay/kb"
)

// TestCheckFilterAnyCase checks that claim filters are taken in any case
// and without surrounding spaces, as names and outlets are, and come back
// written as the knowledge base writes them; other words are refused.
func TestCheckFilterAnyCase(t *testing.T) {
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		in      ClaimFilter
		want    ClaimFilter
		order   string
		wantErr error
	}{
		{"empty", ClaimFilter{}, ClaimFilter{}, kb.SortNewest, nil},
		{"lower", ClaimFilter{Type: "married", Status: "rumored", Modality: "denied"},
			ClaimFilter{Type: "married", Status: "rumored", Modality: "denied"}, kb.SortNewest, nil},
		{"capitals", ClaimFilter{Type: "Married", Status: "RUMORED", Modality: "Denied", Sort: "Confidence"},
			ClaimFilter{Type: "married", Status: "rumored", Modality: "denied", Sort: SortConfidence}, kb.SortConfidence, nil},
		{"underscore type", ClaimFilter{Type: "Position_Held"}, ClaimFilter{Type: "position_held"}, kb.SortNewest, nil},
		{"spaces", ClaimFilter{Type: " dating ", Sort: " NEWEST"}, ClaimFilter{Type: "dating", Sort: SortNewest}, kb.SortNewest, nil},
		{"unknown type", ClaimFilter{Type: "Wedding"}, ClaimFilter{}, "", ErrBadFilter},
		{"unknown status", ClaimFilter{Status: "sure"}, ClaimFilter{}, "", ErrBadFilter},
		{"unknown modality", ClaimFilter{Modality: "whispered"}, ClaimFilter{}, "", ErrBadFilter},
		{"unknown sort", ClaimFilter{Sort: "Oldest"}, ClaimFilter{}, "", ErrBadSort},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, order, err := checkFilter(rules, c.in)
			if c.wantErr != nil {
				if !errors.Is(err, c.wantErr) {
					t.Fatalf("checkFilter(%+v): error %v, want %v", c.in, err, c.wantErr)
				}
				return
			}
			if err != nil || got != c.want || order != c.order {
				t.Fatalf("checkFilter(%+v) = %+v, %q, %v; want %+v, %q", c.in, got, order, err, c.want, c.order)
			}
		})
	}
}
