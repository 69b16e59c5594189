#include "textflag.h"

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

// TOP2AT takes the eight scores at off(SI) into the top two of each lane
// of Y0 (tops) and Y1 (seconds).
#define TOP2AT(off) \
	VMINPS off(SI), Y0, Y3 \
	VMAXPS Y3, Y1, Y1      \
	VMAXPS off(SI), Y0, Y0

// func topTwo(p *float32, n int) (top, second float32)
//
// The highest of p[0..n) and the highest of the others once one instance
// of it is set aside (-Inf for either when there are too few): each lane
// of Y0 and Y1 keeps the top two of the scores it sees, thirty-two and
// then eight at a time; the lanes are then merged pairwise (the top of
// two pairs is the higher top, the second the higher of the lower top and
// both seconds), four more scores taken in the four lanes left when there
// are, and the last scores taken one by one.
TEXT ·topTwo(SB), NOSPLIT, $0-24
	MOVQ         p+0(FP), SI
	MOVQ         n+8(FP), CX
	MOVL         $0xff800000, AX // -Inf
	MOVL         AX, X0
	VBROADCASTSS X0, Y0 // tops
	VMOVAPS      Y0, Y1 // seconds

two32:
	CMPQ CX, $32
	JLT  two8
	TOP2AT(0)
	TOP2AT(32)
	TOP2AT(64)
	TOP2AT(96)
	ADDQ $128, SI
	SUBQ $32, CX
	JMP  two32

two8:
	CMPQ    CX, $8
	JLT     twofold
	VMOVUPS 0(SI), Y2
	VMINPS  Y2, Y0, Y3
	VMAXPS  Y3, Y1, Y1
	VMAXPS  Y2, Y0, Y0
	ADDQ    $32, SI
	SUBQ    $8, CX
	JMP     two8

twofold:
	VEXTRACTF128 $1, Y0, X2
	VEXTRACTF128 $1, Y1, X3
	VMINPS       X2, X0, X4
	VMAXPS       X3, X1, X1
	VMAXPS       X4, X1, X1
	VMAXPS       X2, X0, X0
	CMPQ         CX, $4
	JLT          twofold2
	VMOVUPS      0(SI), X2
	VMINPS       X2, X0, X3
	VMAXPS       X3, X1, X1
	VMAXPS       X2, X0, X0
	ADDQ         $16, SI
	SUBQ         $4, CX

twofold2:
	VPERMILPS    $0x4e, X0, X2
	VPERMILPS    $0x4e, X1, X3
	VMINPS       X2, X0, X4
	VMAXPS       X3, X1, X1
	VMAXPS       X4, X1, X1
	VMAXPS       X2, X0, X0
	VPERMILPS    $0xb1, X0, X2
	VPERMILPS    $0xb1, X1, X3
	VMINPS       X2, X0, X4
	VMAXPS       X3, X1, X1
	VMAXPS       X4, X1, X1
	VMAXPS       X2, X0, X0

two1:
	TESTQ  CX, CX
	JEQ    twodone
	VMOVSS 0(SI), X2
	VMINSS X2, X0, X3
	VMAXSS X3, X1, X1
	VMAXSS X2, X0, X0
	ADDQ   $4, SI
	DECQ   CX
	JMP    two1

twodone:
	VZEROUPPER
	MOVSS X0, top+16(FP)
	MOVSS X1, second+20(FP)
	RET
