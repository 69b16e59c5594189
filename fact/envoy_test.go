package fact

import (
	"strings"
	"testing"
)

// TestEnvoyRole checks which roles data/envoys.txt makes an envoy's: a
// listed role, or one that ends with a listed role.
func TestEnvoyRole(t *testing.T) {
	r, err := loadResources()
	if err != nil {
		t.Fatal(err)
	}
	for role, want := range map[string]bool{
		"ambassador":            true,
		"deputy ambassador":     true,
		"high commissioner":     true,
		"consul general":        true,
		"special envoy":         true,
		"acting consul general": true,
		"brand ambassador":      false,
		"foreign minister":      false,
		"commissioner":          false,
		"ambassador-at-large":   false,
	} {
		if got := envoyRole(role, r.envoys); got != want {
			t.Errorf("envoyRole(%q) = %v, want %v", role, got, want)
		}
	}
}

// TestTeamAfter checks the team names data/teamwords.txt reads after a
// place.
func TestTeamAfter(t *testing.T) {
	r, err := loadResources()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, place, want string }{
		{"coach of the Ostrel women's team, she said", "Ostrel", "Ostrel women's team"},
		{"captain of the Ostrel under-21 side.", "Ostrel", "Ostrel under-21 side"},
		{"coach of the Ostrel national rugby team", "Ostrel", "Ostrel national rugby team"},
		{"has coached Ostrel's under-23 side", "Ostrel", ""},
		{"captain of the Ostrel squad", "Ostrel", ""},
		{"ambassador to Ostrel women's rights groups", "Ostrel", ""},
	} {
		start := strings.Index(c.text, c.place)
		if got := teamAfter(c.text, start, start+len(c.place), r.teamWords); got != c.want {
			t.Errorf("teamAfter(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
