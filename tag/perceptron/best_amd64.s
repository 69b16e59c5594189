#include "textflag.h"

// TOP2AT takes the eight scores at off(SI) into the top two of each lane
// of Y0 (tops) and Y1 (seconds).
#define TOP2AT(off) \
	VMINPS off(SI), Y0, Y3 \
	VMAXPS Y3, Y1, Y1      \
	VMAXPS off(SI), Y0, Y0

// func topTwoAt(p *float32, n int) (top, second float32, at int)
//
// The highest of p[0..n) and the highest of the others once one instance
// of it is set aside (-Inf for either when there are too few), and the
// first i < n with p[i] == top (n when there is none).
//
// The top two: each lane of Y0 and Y1 keeps the top two of the scores it
// sees, thirty-two and then eight at a time; the lanes are then merged
// pairwise (the top of two pairs is the higher top, the second the higher
// of the lower top and both seconds), four more scores taken in the four
// lanes left when there are, and the last scores taken one by one.
//
// The first with the top: thirty-two at a time with packed equality tests
// whose masks are tested together (and then one by one, in order, when
// one has a match), then eight at a time, then one by one.
TEXT ·topTwoAt(SB), NOSPLIT, $0-32
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
	MOVSS        X0, top+16(FP)
	MOVSS        X1, second+20(FP)
	MOVQ         p+0(FP), SI
	MOVQ         n+8(FP), CX
	VBROADCASTSS X0, Y0
	XORQ         DX, DX // index of SI

idx32:
	LEAQ      32(DX), BX
	CMPQ      BX, CX
	JGT       idx8
	VCMPPS    $0, 0(SI)(DX*4), Y0, Y1
	VCMPPS    $0, 32(SI)(DX*4), Y0, Y2
	VCMPPS    $0, 64(SI)(DX*4), Y0, Y3
	VCMPPS    $0, 96(SI)(DX*4), Y0, Y4
	VORPS     Y2, Y1, Y5
	VORPS     Y4, Y3, Y6
	VORPS     Y6, Y5, Y5
	VMOVMSKPS Y5, AX
	TESTL     AX, AX
	JNE       found32
	MOVQ      BX, DX
	JMP       idx32

found32:
	VMOVMSKPS Y1, AX
	TESTL     AX, AX
	JNE       found8
	ADDQ      $8, DX
	VMOVMSKPS Y2, AX
	TESTL     AX, AX
	JNE       found8
	ADDQ      $8, DX
	VMOVMSKPS Y3, AX
	TESTL     AX, AX
	JNE       found8
	ADDQ      $8, DX
	VMOVMSKPS Y4, AX
	JMP       found8

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
	MOVQ DX, at+24(FP)
	RET
