package perceptron

// addRows adds the n floats at row to the n at scores, scores[i] +=
// row[i], with packed SSE additions (addrow_amd64.s): the same additions,
// operand for operand, as the loop of addRowGo.
//
//go:noescape
func addRows(scores, row *float32, n int)
