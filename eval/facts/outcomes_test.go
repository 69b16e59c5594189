package facts

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestOutcomes checks that Outcomes agrees with Score on every perturbed
// system file of testdata/: at each level, the facts it calls right are the
// true positives and those it calls false alarms the false positives.
func TestOutcomes(t *testing.T) {
	files, err := filepath.Glob("testdata/*.sys.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no system files in testdata: %v", err)
	}
	for _, sysPath := range files {
		base := strings.TrimSuffix(filepath.Base(sysPath), ".sys.json")
		name := base[:strings.LastIndexByte(base, '.')]
		gold, sys := readDocs(t, filepath.Join("testdata", "gold", name+".gold.json"), sysPath)
		c, _ := Score(gold, sys)
		for _, lvl := range []string{"A", "B", "C"} {
			var right, fa int
			for _, o := range Outcomes(gold, sys, lvl) {
				switch o {
				case Right:
					right++
				case FalseAlarm:
					fa++
				}
			}
			if p := c.Facts[lvl]; right != p.TP || fa != p.FP {
				t.Errorf("%s level %s: Outcomes right %d false %d, Score TP %d FP %d", sysPath, lvl, right, fa, p.TP, p.FP)
			}
		}
	}
}
