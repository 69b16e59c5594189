#include "textflag.h"

// func viterbiRowSSE(prev, em, cur *[9]float32, tr *[9][9]float32, back *[9]uint8)
//
// For each label y: the best prev[p] + tr[p][y] over p = 0..8 in order, a
// later p taking over only when its sum is greater (so the first of equal
// sums wins, as in bestPrev), plus em[y], into cur[y], and that p into
// back[y]. Lanes 0-3 of y in X0/X3, 4-7 in X1/X4, 8 in X2/X5 (best, arg).
TEXT ·viterbiRowSSE(SB), NOSPLIT, $0-40
	MOVQ prev+0(FP), SI
	MOVQ em+8(FP), DX
	MOVQ cur+16(FP), DI
	MOVQ tr+24(FP), BX
	MOVQ back+32(FP), R8
	MOVL $0xff800000, AX // -Inf
	MOVL AX, X0
	PSHUFD $0, X0, X0
	MOVO X0, X1
	MOVO X0, X2
	PXOR X3, X3
	PXOR X4, X4
	PXOR X5, X5
	PXOR X6, X6 // p in every lane
	MOVL $1, AX
	MOVL AX, X7
	PSHUFD $0, X7, X7
	MOVQ $9, CX

loop:
	MOVSS  0(SI), X8
	PSHUFD $0, X8, X8 // prev[p] in every lane
	MOVUPS 0(BX), X9
	ADDPS  X8, X9 // sums for y = 0..3
	MOVUPS 16(BX), X10
	ADDPS  X8, X10 // y = 4..7
	MOVSS  32(BX), X11
	ADDSS  X8, X11 // y = 8

	// lanes 0-3: mask = best < sum; best, arg = sum, p where mask
	MOVO   X0, X12
	CMPPS  X9, X12, $1
	MOVO   X12, X13
	ANDPS  X9, X13
	MOVO   X12, X14
	ANDNPS X0, X14
	ORPS   X13, X14
	MOVO   X14, X0
	MOVO   X12, X13
	PAND   X6, X13
	PANDN  X3, X12
	POR    X13, X12
	MOVO   X12, X3

	// lanes 4-7
	MOVO   X1, X12
	CMPPS  X10, X12, $1
	MOVO   X12, X13
	ANDPS  X10, X13
	MOVO   X12, X14
	ANDNPS X1, X14
	ORPS   X13, X14
	MOVO   X14, X1
	MOVO   X12, X13
	PAND   X6, X13
	PANDN  X4, X12
	POR    X13, X12
	MOVO   X12, X4

	// lane 8
	MOVO   X2, X12
	CMPPS  X11, X12, $1
	MOVO   X12, X13
	ANDPS  X11, X13
	MOVO   X12, X14
	ANDNPS X2, X14
	ORPS   X13, X14
	MOVO   X14, X2
	MOVO   X12, X13
	PAND   X6, X13
	PANDN  X5, X12
	POR    X13, X12
	MOVO   X12, X5

	PADDL X7, X6
	ADDQ  $4, SI
	ADDQ  $36, BX
	DECQ  CX
	JNZ   loop

	MOVUPS 0(DX), X8
	ADDPS  X8, X0
	MOVUPS X0, 0(DI)
	MOVUPS 16(DX), X8
	ADDPS  X8, X1
	MOVUPS X1, 16(DI)
	MOVSS  32(DX), X8
	ADDSS  X8, X2
	MOVSS  X2, 32(DI)
	PACKSSLW X4, X3
	PACKUSWB X3, X3
	MOVQ     X3, 0(R8)
	MOVL     X5, AX
	MOVB     AX, 8(R8)
	RET

// func viterbiRowAVX2(prev, em, cur *[9]float32, tr *[9][9]float32, back *[9]uint8)
//
// viterbiRowSSE with AVX2: lanes 0-7 of y in Y0 (best) and Y3 (arg), lane
// 8 in X2 and X5; a lane takes a later p's sum only when it is greater
// (VCMPPS less-than, then blends), so the first of equal sums wins.
TEXT ·viterbiRowAVX2(SB), NOSPLIT, $0-40
	MOVQ         prev+0(FP), SI
	MOVQ         em+8(FP), DX
	MOVQ         cur+16(FP), DI
	MOVQ         tr+24(FP), BX
	MOVQ         back+32(FP), R8
	MOVL         $0xff800000, AX // -Inf
	MOVL         AX, X0
	VBROADCASTSS X0, Y0
	VMOVAPS      X0, X2
	VPXOR        Y3, Y3, Y3
	VPXOR        X5, X5, X5
	VPXOR        Y6, Y6, Y6 // p in every lane
	MOVL         $1, AX
	MOVL         AX, X7
	VPBROADCASTD X7, Y7
	MOVQ         $9, CX

avxloop:
	VBROADCASTSS 0(SI), Y8 // prev[p] in every lane
	VADDPS       0(BX), Y8, Y9 // sums for y = 0..7
	VADDSS       32(BX), X8, X11 // y = 8
	VCMPPS       $1, Y9, Y0, Y10 // best < sum
	VBLENDVPS    Y10, Y9, Y0, Y0
	VBLENDVPS    Y10, Y6, Y3, Y3
	VCMPSS       $1, X11, X2, X12
	VBLENDVPS    X12, X11, X2, X2
	VBLENDVPS    X12, X6, X5, X5
	VPADDD       Y7, Y6, Y6
	ADDQ         $4, SI
	ADDQ         $36, BX
	DECQ         CX
	JNZ          avxloop

	VADDPS       0(DX), Y0, Y0
	VMOVUPS      Y0, 0(DI)
	VADDSS       32(DX), X2, X2
	VMOVSS       X2, 32(DI)
	VEXTRACTI128 $1, Y3, X4
	VPACKSSDW    X4, X3, X3
	VPACKUSWB    X3, X3, X3
	VMOVQ        X3, 0(R8)
	VMOVD        X5, AX
	MOVB         AX, 8(R8)
	VZEROUPPER
	RET

// func viterbiRowsAVX2(score, em *[9]float32, back *[9]uint8, n int, tr *[9][9]float32)
//
// viterbiRowAVX2 for rows 1..n-1 of score, em and back, one after the
// other (row i from row i-1), for transitions that IOB2 constrains: lane 8
// (I-MISC) may only follow labels 7 and 8 (tr[p][8] is -Inf for every
// other p), so it weighs those two alone, in order. Lanes 0-7: the sum of
// p = 0 is the first best (a -Inf sum stays -Inf, with arg 0 as before);
// each later p's sum replaces a lane's best only when greater, its index
// taken from Y5-Y12 (p = 1..8 in every lane). The loop over p is unrolled.
TEXT ·viterbiRowsAVX2(SB), NOSPLIT, $0-40
	MOVQ         score+0(FP), SI
	MOVQ         em+8(FP), DX
	MOVQ         back+16(FP), R8
	MOVQ         n+24(FP), CX
	MOVQ         tr+32(FP), BX
	DECQ         CX
	JLE          rowsdone
	MOVL         $1, AX
	MOVL         AX, X5
	VPBROADCASTD X5, Y5
	VPADDD       Y5, Y5, Y6
	VPADDD       Y5, Y6, Y7
	VPADDD       Y5, Y7, Y8
	VPADDD       Y5, Y8, Y9
	VPADDD       Y5, Y9, Y10
	VPADDD       Y5, Y10, Y11
	VPADDD       Y5, Y11, Y12
	MOVL         $0xff800000, AX // -Inf
	MOVL         AX, X13
	VPXOR        X14, X14, X14

rowsloop:
	ADDQ $36, DX // em[i]
	ADDQ $9, R8  // back[i]

	// lanes 0-7, p = 0..8
	VBROADCASTSS 0(SI), Y2
	VADDPS       0(BX), Y2, Y0 // best
	VPXOR        Y1, Y1, Y1    // arg

	VBROADCASTSS 4(SI), Y2
	VADDPS       36(BX), Y2, Y3
	VCMPPS       $1, Y3, Y0, Y4
	VBLENDVPS    Y4, Y3, Y0, Y0
	VBLENDVPS    Y4, Y5, Y1, Y1

	VBROADCASTSS 8(SI), Y2
	VADDPS       72(BX), Y2, Y3
	VCMPPS       $1, Y3, Y0, Y4
	VBLENDVPS    Y4, Y3, Y0, Y0
	VBLENDVPS    Y4, Y6, Y1, Y1

	VBROADCASTSS 12(SI), Y2
	VADDPS       108(BX), Y2, Y3
	VCMPPS       $1, Y3, Y0, Y4
	VBLENDVPS    Y4, Y3, Y0, Y0
	VBLENDVPS    Y4, Y7, Y1, Y1

	VBROADCASTSS 16(SI), Y2
	VADDPS       144(BX), Y2, Y3
	VCMPPS       $1, Y3, Y0, Y4
	VBLENDVPS    Y4, Y3, Y0, Y0
	VBLENDVPS    Y4, Y8, Y1, Y1

	VBROADCASTSS 20(SI), Y2
	VADDPS       180(BX), Y2, Y3
	VCMPPS       $1, Y3, Y0, Y4
	VBLENDVPS    Y4, Y3, Y0, Y0
	VBLENDVPS    Y4, Y9, Y1, Y1

	VBROADCASTSS 24(SI), Y2
	VADDPS       216(BX), Y2, Y3
	VCMPPS       $1, Y3, Y0, Y4
	VBLENDVPS    Y4, Y3, Y0, Y0
	VBLENDVPS    Y4, Y10, Y1, Y1

	VBROADCASTSS 28(SI), Y2
	VADDPS       252(BX), Y2, Y3
	VCMPPS       $1, Y3, Y0, Y4
	VBLENDVPS    Y4, Y3, Y0, Y0
	VBLENDVPS    Y4, Y11, Y1, Y1

	VBROADCASTSS 32(SI), Y2
	VADDPS       288(BX), Y2, Y3
	VCMPPS       $1, Y3, Y0, Y4
	VBLENDVPS    Y4, Y3, Y0, Y0
	VBLENDVPS    Y4, Y12, Y1, Y1

	// lane 8: from p = 7, then p = 8
	VMOVSS    28(SI), X2
	VADDSS    284(BX), X2, X2 // sum from 7
	VCMPSS    $1, X2, X13, X4 // -Inf < sum
	VBLENDVPS X4, X2, X13, X15 // best
	VBLENDVPS X4, X11, X14, X3 // arg: 7 or 0
	VMOVSS    32(SI), X2
	VADDSS    320(BX), X2, X2 // sum from 8
	VCMPSS    $1, X2, X15, X4
	VBLENDVPS X4, X2, X15, X15
	VBLENDVPS X4, X12, X3, X3

	ADDQ $36, SI // score[i]
	VADDPS       0(DX), Y0, Y0
	VMOVUPS      Y0, 0(SI)
	VADDSS       32(DX), X15, X15
	VMOVSS       X15, 32(SI)
	VEXTRACTI128 $1, Y1, X4
	VPACKSSDW    X4, X1, X1
	VPACKUSWB    X1, X1, X1
	VMOVQ        X1, 0(R8)
	VMOVD        X3, AX
	MOVB         AX, 8(R8)

	DECQ CX
	JNZ  rowsloop

rowsdone:
	VZEROUPPER
	RET
