package fact

import "testing"

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
