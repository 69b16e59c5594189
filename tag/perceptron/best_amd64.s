#include "textflag.h"

// func maxFloats(p *float32, n int) float32
//
// The highest of p[0..n), -Inf for n = 0: sixteen at a time in two
// registers, then eight, then the lanes folded together, then one by one.
TEXT ·maxFloats(SB), NOSPLIT, $0-20
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVL $0xff800000, AX // -Inf
	MOVL AX, X0
	VBROADCASTSS X0, Y0
	VMOVAPS Y0, Y1

max16:
	CMPQ   CX, $16
	JLT    max8
	VMAXPS 0(SI), Y0, Y0
	VMAXPS 32(SI), Y1, Y1
	ADDQ   $64, SI
	SUBQ   $16, CX
	JMP    max16

max8:
	CMPQ   CX, $8
	JLT    fold
	VMAXPS 0(SI), Y0, Y0
	ADDQ   $32, SI
	SUBQ   $8, CX

fold:
	VMAXPS       Y1, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VMAXPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VMAXPS       X1, X0, X0
	VPERMILPS    $0xb1, X0, X1
	VMAXPS       X1, X0, X0

max1:
	TESTQ  CX, CX
	JEQ    maxdone
	VMAXSS 0(SI), X0, X0
	ADDQ   $4, SI
	DECQ   CX
	JMP    max1

maxdone:
	VZEROUPPER
	MOVSS X0, ret+16(FP)
	RET

// func indexFloat(p *float32, n int, v float32) int
//
// The first i < n with p[i] == v, or n: eight at a time with a packed
// equality test, then one by one.
TEXT ·indexFloat(SB), NOSPLIT, $0-32
	MOVQ         p+0(FP), SI
	MOVQ         n+8(FP), CX
	MOVSS        v+16(FP), X0
	VBROADCASTSS X0, Y0
	XORQ         DX, DX // index of SI

idx8:
	LEAQ      8(DX), BX
	CMPQ      BX, CX
	JGT       idx1
	VCMPPS    $0, 0(SI)(DX*4), Y0, Y1
	VMOVMSKPS Y1, AX
	TESTL     AX, AX
	JNE       found8
	MOVQ      BX, DX
	JMP       idx8

found8:
	BSFL AX, AX
	ADDQ AX, DX
	JMP  idxdone

idx1:
	CMPQ    DX, CX
	JGE     idxdone
	UCOMISS 0(SI)(DX*4), X0
	JNE     next1
	JPC     idxdone // equal and not unordered
next1:
	INCQ DX
	JMP  idx1

idxdone:
	VZEROUPPER
	MOVQ DX, ret+24(FP)
	RET
