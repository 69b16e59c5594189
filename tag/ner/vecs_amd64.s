#include "textflag.h"

// func addVecs(e *vec, vs []*vec)
//
// addVecsAVX2 when useAVX2 is set, addVecsSSE otherwise: a jump to either,
// which takes the same arguments.
TEXT ·addVecs(SB), NOSPLIT, $0-32
	CMPB ·useAVX2(SB), $0
	JEQ  sse
	JMP  ·addVecsAVX2(SB)

sse:
	JMP ·addVecsSSE(SB)

// func addVecsSSE(e *vec, vs []*vec)
//
// e[y] += v[y] for each v of vs in turn, y < 9. The scores of e stay in
// registers between the vectors: lanes 0-3, 4-7 and lane 8 alone.
TEXT ·addVecsSSE(SB), NOSPLIT, $0-32
	MOVQ   e+0(FP), DI
	MOVQ   vs_base+8(FP), SI
	MOVQ   vs_len+16(FP), CX
	MOVUPS 0(DI), X0
	MOVUPS 16(DI), X1
	MOVSS  32(DI), X2

loop:
	TESTQ  CX, CX
	JEQ    done
	MOVQ   0(SI), AX
	MOVUPS 0(AX), X3
	MOVUPS 16(AX), X4
	MOVSS  32(AX), X5
	ADDPS  X3, X0
	ADDPS  X4, X1
	ADDSS  X5, X2
	ADDQ   $8, SI
	DECQ   CX
	JMP    loop

done:
	MOVUPS X0, 0(DI)
	MOVUPS X1, 16(DI)
	MOVSS  X2, 32(DI)
	RET

// func addVecsAVX2(e *vec, vs []*vec)
//
// addVecsSSE with AVX instructions: lanes 0-7 in Y0, lane 8 in X2, each
// vector added from memory.
TEXT ·addVecsAVX2(SB), NOSPLIT, $0-32
	MOVQ    e+0(FP), DI
	MOVQ    vs_base+8(FP), SI
	MOVQ    vs_len+16(FP), CX
	VMOVUPS 0(DI), Y0
	VMOVSS  32(DI), X2
	TESTQ   CX, CX
	JEQ     avxdone

avxloop:
	MOVQ   0(SI), AX
	VADDPS 0(AX), Y0, Y0
	VADDSS 32(AX), X2, X2
	ADDQ   $8, SI
	DECQ   CX
	JNZ    avxloop

avxdone:
	VMOVUPS Y0, 0(DI)
	VMOVSS  X2, 32(DI)
	VZEROUPPER
	RET
