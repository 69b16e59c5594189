//go:build !amd64

package perceptron

import "unsafe"

// addRows adds the n floats at row to the n at scores (addRowGo).
func addRows(scores, row *float32, n int) {
	addRowGo(unsafe.Slice(row, n), unsafe.Slice(scores, n))
}
