#include "textflag.h"

// func addRows(scores, row *float32, n int)
//
// scores[i] += row[i] for i < n: with AVX2 (useAVX2) thirty-two at a time,
// then eight; else sixteen at a time; then four, then one. Each addition
// is scores[i] + row[i] in single precision, as ADDSS does it for the Go
// loop.
TEXT ·addRows(SB), NOSPLIT, $0-24
	MOVQ scores+0(FP), DI
	MOVQ row+8(FP), SI
	MOVQ n+16(FP), CX
	CMPB ·useAVX2(SB), $1
	JEQ  avx32

loop16:
	CMPQ CX, $16
	JLT  loop4
	MOVUPS 0(DI), X0
	MOVUPS 16(DI), X1
	MOVUPS 32(DI), X2
	MOVUPS 48(DI), X3
	MOVUPS 0(SI), X4
	MOVUPS 16(SI), X5
	MOVUPS 32(SI), X6
	MOVUPS 48(SI), X7
	ADDPS  X4, X0
	ADDPS  X5, X1
	ADDPS  X6, X2
	ADDPS  X7, X3
	MOVUPS X0, 0(DI)
	MOVUPS X1, 16(DI)
	MOVUPS X2, 32(DI)
	MOVUPS X3, 48(DI)
	ADDQ   $64, DI
	ADDQ   $64, SI
	SUBQ   $16, CX
	JMP    loop16

loop4:
	CMPQ CX, $4
	JLT  loop1
	MOVUPS 0(DI), X0
	MOVUPS 0(SI), X4
	ADDPS  X4, X0
	MOVUPS X0, 0(DI)
	ADDQ   $16, DI
	ADDQ   $16, SI
	SUBQ   $4, CX
	JMP    loop4

loop1:
	TESTQ CX, CX
	JEQ   done
	MOVSS 0(DI), X0
	MOVSS 0(SI), X4
	ADDSS X4, X0
	MOVSS X0, 0(DI)
	ADDQ  $4, DI
	ADDQ  $4, SI
	DECQ  CX
	JMP   loop1

done:
	RET

avx32:
	CMPQ CX, $32
	JLT  avx8
	VMOVUPS 0(DI), Y0
	VMOVUPS 32(DI), Y1
	VMOVUPS 64(DI), Y2
	VMOVUPS 96(DI), Y3
	VADDPS  0(SI), Y0, Y0
	VADDPS  32(SI), Y1, Y1
	VADDPS  64(SI), Y2, Y2
	VADDPS  96(SI), Y3, Y3
	VMOVUPS Y0, 0(DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	ADDQ    $128, DI
	ADDQ    $128, SI
	SUBQ    $32, CX
	JMP     avx32

avx8:
	CMPQ CX, $8
	JLT  avxdone
	VMOVUPS 0(DI), Y0
	VADDPS  0(SI), Y0, Y0
	VMOVUPS Y0, 0(DI)
	ADDQ    $32, DI
	ADDQ    $32, SI
	SUBQ    $8, CX
	JMP     avx8

avxdone:
	VZEROUPPER
	JMP loop4

// func cpuid(eax, ecx uint32) (a, b, c, d uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL eax+0(FP), AX
	MOVL ecx+4(FP), CX
	CPUID
	MOVL AX, a+8(FP)
	MOVL BX, b+12(FP)
	MOVL CX, c+16(FP)
	MOVL DX, d+20(FP)
	RET

// func xgetbv() uint32
TEXT ·xgetbv(SB), NOSPLIT, $0-4
	MOVL $0, CX
	XGETBV
	MOVL AX, ret+0(FP)
	RET

// func sumRowsAVX2(scores *float32, rows **float32, k, n int)
//
// scores[i] = rows[0][i] + rows[1][i] + ... + rows[k-1][i] for i < n, in
// that order: a stretch of thirty-two scores (then eight, four, one) is
// loaded from the first row, every other row added to it in registers,
// and stored. rows points at k pointers, one to each row's first float.
TEXT ·sumRowsAVX2(SB), NOSPLIT, $0-32
	MOVQ scores+0(FP), DI
	MOVQ rows+8(FP), SI
	MOVQ k+16(FP), R9
	MOVQ n+24(FP), CX
	DECQ R9  // rows after the first
	XORQ DX, DX // byte offset of the stretch

sum32:
	CMPQ    CX, $32
	JLT     sum8
	MOVQ    0(SI), AX
	VMOVUPS 0(AX)(DX*1), Y0
	VMOVUPS 32(AX)(DX*1), Y1
	VMOVUPS 64(AX)(DX*1), Y2
	VMOVUPS 96(AX)(DX*1), Y3
	LEAQ    8(SI), R10
	MOVQ    R9, R11

rows32:
	TESTQ  R11, R11
	JEQ    store32
	MOVQ   0(R10), AX
	VADDPS 0(AX)(DX*1), Y0, Y0
	VADDPS 32(AX)(DX*1), Y1, Y1
	VADDPS 64(AX)(DX*1), Y2, Y2
	VADDPS 96(AX)(DX*1), Y3, Y3
	ADDQ   $8, R10
	DECQ   R11
	JMP    rows32

store32:
	VMOVUPS Y0, 0(DI)(DX*1)
	VMOVUPS Y1, 32(DI)(DX*1)
	VMOVUPS Y2, 64(DI)(DX*1)
	VMOVUPS Y3, 96(DI)(DX*1)
	ADDQ    $128, DX
	SUBQ    $32, CX
	JMP     sum32

sum8:
	CMPQ    CX, $8
	JLT     sum4
	MOVQ    0(SI), AX
	VMOVUPS 0(AX)(DX*1), Y0
	LEAQ    8(SI), R10
	MOVQ    R9, R11

rows8:
	TESTQ  R11, R11
	JEQ    store8
	MOVQ   0(R10), AX
	VADDPS 0(AX)(DX*1), Y0, Y0
	ADDQ   $8, R10
	DECQ   R11
	JMP    rows8

store8:
	VMOVUPS Y0, 0(DI)(DX*1)
	ADDQ    $32, DX
	SUBQ    $8, CX
	JMP     sum8

sum4:
	CMPQ    CX, $4
	JLT     sum1
	MOVQ    0(SI), AX
	VMOVUPS 0(AX)(DX*1), X0
	LEAQ    8(SI), R10
	MOVQ    R9, R11

rows4:
	TESTQ  R11, R11
	JEQ    store4
	MOVQ   0(R10), AX
	VADDPS 0(AX)(DX*1), X0, X0
	ADDQ   $8, R10
	DECQ   R11
	JMP    rows4

store4:
	VMOVUPS X0, 0(DI)(DX*1)
	ADDQ    $16, DX
	SUBQ    $4, CX
	JMP     sum4

sum1:
	TESTQ  CX, CX
	JEQ    sumdone
	MOVQ   0(SI), AX
	VMOVSS 0(AX)(DX*1), X0
	LEAQ   8(SI), R10
	MOVQ   R9, R11

rows1:
	TESTQ  R11, R11
	JEQ    store1
	MOVQ   0(R10), AX
	VADDSS 0(AX)(DX*1), X0, X0
	ADDQ   $8, R10
	DECQ   R11
	JMP    rows1

store1:
	VMOVSS X0, 0(DI)(DX*1)
	ADDQ   $4, DX
	DECQ   CX
	JMP    sum1

sumdone:
	VZEROUPPER
	RET
