package perceptron

import "testing"

// The SSE additions give the same scores as Go on a processor with AVX2
// too, where AddRow otherwise uses the AVX2 ones.
func TestAddRowSSE(t *testing.T) {
	saved := useAVX2
	defer func() { useAVX2 = saved }()
	useAVX2 = false
	checkAddRow(t)
}
