package perceptron

// addRows adds the n floats at row to the n at scores, scores[i] +=
// row[i], with packed additions (addrow_amd64.s): AVX2 ones of eight
// floats when the processor has them (useAVX2), SSE ones of four
// otherwise. Either way each score gets the same single-precision
// addition, operand for operand, as in the loop of addRowGo.
//
//go:noescape
func addRows(scores, row *float32, n int)

// useAVX2 reports whether addRows may use AVX2 instructions: the
// processor has them and the operating system saves the YMM registers. It
// is set once, when the package is initialised, and only read after.
var useAVX2 = hasAVX2()

// HasAVX2 reports whether the processor and operating system support AVX2
// instructions, for the packed loops of the taggers.
func HasAVX2() bool { return useAVX2 }

// hasAVX2 reports whether the processor and operating system support
// AVX2.
func hasAVX2() bool {
	const (
		osxsave = 1 << 27 // CPUID.1:ECX
		avx     = 1 << 28 // CPUID.1:ECX
		avx2    = 1 << 5  // CPUID.7.0:EBX
		ymmSave = 6       // XCR0: XMM and YMM state
	)
	maxID, _, _, _ := cpuid(0, 0)
	if maxID < 7 {
		return false
	}
	_, _, c, _ := cpuid(1, 0)
	if c&(osxsave|avx) != osxsave|avx || xgetbv()&ymmSave != ymmSave {
		return false
	}
	_, b, _, _ := cpuid(7, 0)
	return b&avx2 != 0
}

// cpuid executes the CPUID instruction for leaf eax, subleaf ecx.
func cpuid(eax, ecx uint32) (a, b, c, d uint32)

// xgetbv returns the low word of extended control register 0.
func xgetbv() uint32

// sumRowsAVX2 sets the n scores at scores to the sums of the first n
// floats of the k rows whose first floats rows points at (k at least 1), with AVX2 additions
// (addrow_amd64.s): thirty-two scores at a time kept in registers while
// every row is added, then eight, four and one.
//
//go:noescape
func sumRowsAVX2(scores *float32, rows **float32, k, n int)

// qsumAVX2 sets the n integers at acc to the sums of the first n steps of
// the k rows whose first steps rows points at (zero when k is 0), as
// qsumGo does (addrow_amd64.s).
//
//go:noescape
func qsumAVX2(acc *int32, rows **int16, k, n int)

// qflushAVX2 adds the n sums of steps at acc, times step, to the n scores
// at scores, as qflushGo does (addrow_amd64.s).
//
//go:noescape
func qflushAVX2(scores *float32, acc *int32, n int, step float32)

// qsum112AVX2 sums rows of 112 steps and adds (or, with set, stores) the
// first n sums (104 < n <= 112) times step to the n scores at scores
// (addrow_amd64.s): qsumAVX2 and qflushAVX2 in one sweep, the sums kept in
// registers.
//
//go:noescape
func qsum112AVX2(scores *float32, rows **int16, k int, step float32, set bool, n int)
