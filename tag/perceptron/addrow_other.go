//go:build !amd64

package perceptron

import "unsafe"

// HasAVX2 reports whether the processor supports AVX2 instructions: never
// outside amd64.
func HasAVX2() bool { return useAVX2 }

// addRows adds the n floats at row to the n at scores (addRowGo).
func addRows(scores, row *float32, n int) {
	addRowGo(unsafe.Slice(row, n), unsafe.Slice(scores, n))
}

// addRowGo is AddRow in Go, four at a time.
func addRowGo(row, scores []float32) {
	scores = scores[:len(row)]
	c := 0
	for ; c+4 <= len(row); c += 4 {
		s, r := scores[c:c+4:c+4], row[c:c+4:c+4]
		s[0] += r[0]
		s[1] += r[1]
		s[2] += r[2]
		s[3] += r[3]
	}
	for ; c < len(row); c++ {
		scores[c] += row[c]
	}
}

// useAVX2 is false outside amd64.
var useAVX2 = false

// sumRowsAVX2 is sumRows in Go; it is not called outside amd64, where
// useAVX2 is false.
func sumRowsAVX2(scores *float32, rows **float32, k, n int) {
	s := unsafe.Slice(scores, n)
	rs := unsafe.Slice(rows, k)
	copy(s, unsafe.Slice(rs[0], n))
	for _, r := range rs[1:] {
		addRowGo(unsafe.Slice(r, n), s)
	}
}

// qsumAVX2 is qsumGo; it is not called outside amd64.
func qsumAVX2(acc *int32, rows **int16, k, n int) {
	qsumGo(unsafe.Slice(acc, n), unsafe.Slice(rows, k))
}

// qflushAVX2 is qflushGo; it is not called outside amd64.
func qflushAVX2(scores *float32, acc *int32, n int, step float32) {
	qflushGo(unsafe.Slice(scores, n), unsafe.Slice(acc, n), step)
}

// qsum112AVX2 is qsumGo and qflushGo; it is not called outside amd64.
func qsum112AVX2(scores *float32, rows **int16, k int, step float32, set bool, n int) {
	var acc [112]int32
	qsumGo(acc[:], unsafe.Slice(rows, k))
	s := unsafe.Slice(scores, n)
	if set {
		clear(s)
	}
	qflushGo(s, acc[:n], step)
}
