package store

import "testing"

func TestOutletKey(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Süddeutsche Zeitung", "SÜDDEUTSCHE ZEITUNG"},
		{"ÉLLE", "élle"},
		{"Le Monde Diplomatique", "le monde diplomatique"},
		{"Straße", "STRASSE"},
		{"Élle", "E\u0301lle"},
		{" Us  Weekly ", "us weekly"},
		{"Ελευθεροτυπία", "ΕΛΕΥΘΕΡΟΤΥΠΊΑ"},
	} {
		if OutletKey(c.a) != OutletKey(c.b) {
			t.Errorf("OutletKey(%q) = %q, OutletKey(%q) = %q: want equal", c.a, OutletKey(c.a), c.b, OutletKey(c.b))
		}
	}
	for _, c := range []struct{ a, b string }{
		{"Elle", "Élle"},
		{"Le Monde", "Le Monde Diplomatique"},
		{"Us Weekly", "UsWeekly"},
	} {
		if OutletKey(c.a) == OutletKey(c.b) {
			t.Errorf("OutletKey(%q) = OutletKey(%q) = %q: want different", c.a, c.b, OutletKey(c.a))
		}
	}
}
