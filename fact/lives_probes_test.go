package fact

import "testing"

// livesProbeFloor is the number of probes of testdata/lives-probes.tsv that
// must pass: raise it when the rules improve, never lower it to hide a
// regression.
const livesProbeFloor = 302

// livesTypes are the facts a lives probe with no expected facts ("-") must
// not produce.
var livesTypes = map[string]bool{"parent_of": true, "occupation": true, "nationality": true, "residence": true,
	"located_at": true, "affair": true, "expecting_child": true}

// TestLivesProbes runs the probes of testdata/lives-probes.tsv (children,
// homes, whereabouts, trades, nationalities, affairs and pregnancies in the
// wordings of news reports) through runProbes.
func TestLivesProbes(t *testing.T) {
	runProbes(t, "testdata/lives-probes.tsv", livesTypes, livesProbeFloor)
}
