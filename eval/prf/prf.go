// Package prf holds the arithmetic the scorers share: ratios that are 0 when
// nothing was counted, and F1, the harmonic mean of precision and recall.
package prf

// Ratio is num/den, 0 when den is 0.
func Ratio(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// F1 is the harmonic mean of precision p and recall r, 0 when both are 0.
// It works on any scale (0–1 or 0–100).
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
