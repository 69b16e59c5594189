package fact

import "testing"

// placesProbeFloor is the number of probes of testdata/places-probes.tsv that
// must pass: raise it when the rules improve, never lower it to hide a
// regression.
const placesProbeFloor = 463

// placesTypes are the facts a places probe with no expected facts ("-") must
// not produce.
var placesTypes = map[string]bool{"residence": true, "nationality": true}

// TestPlacesProbes runs the probes of testdata/places-probes.tsv (homes,
// hometowns, whereabouts and nationalities, and the places of events that
// are no one's home) through runProbes.
func TestPlacesProbes(t *testing.T) {
	runProbes(t, "testdata/places-probes.tsv", placesTypes, placesProbeFloor)
}
