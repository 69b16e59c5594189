#include "textflag.h"

// ZERO112SUMS clears the 112 int32 sums in Y0-Y13.
#define ZERO112SUMS \
	VPXOR Y0, Y0, Y0; \
	VPXOR Y1, Y1, Y1; \
	VPXOR Y2, Y2, Y2; \
	VPXOR Y3, Y3, Y3; \
	VPXOR Y4, Y4, Y4; \
	VPXOR Y5, Y5, Y5; \
	VPXOR Y6, Y6, Y6; \
	VPXOR Y7, Y7, Y7; \
	VPXOR Y8, Y8, Y8; \
	VPXOR Y9, Y9, Y9; \
	VPXOR Y10, Y10, Y10; \
	VPXOR Y11, Y11, Y11; \
	VPXOR Y12, Y12, Y12; \
	VPXOR Y13, Y13, Y13;

// ACC112STEPS widens the 112 int16 steps at AX to int32 and adds them to
// the sums in Y0-Y13.
#define ACC112STEPS \
	VPMOVSXWD 0(AX), Y15; \
	VPADDD Y15, Y0, Y0; \
	VPMOVSXWD 16(AX), Y15; \
	VPADDD Y15, Y1, Y1; \
	VPMOVSXWD 32(AX), Y15; \
	VPADDD Y15, Y2, Y2; \
	VPMOVSXWD 48(AX), Y15; \
	VPADDD Y15, Y3, Y3; \
	VPMOVSXWD 64(AX), Y15; \
	VPADDD Y15, Y4, Y4; \
	VPMOVSXWD 80(AX), Y15; \
	VPADDD Y15, Y5, Y5; \
	VPMOVSXWD 96(AX), Y15; \
	VPADDD Y15, Y6, Y6; \
	VPMOVSXWD 112(AX), Y15; \
	VPADDD Y15, Y7, Y7; \
	VPMOVSXWD 128(AX), Y15; \
	VPADDD Y15, Y8, Y8; \
	VPMOVSXWD 144(AX), Y15; \
	VPADDD Y15, Y9, Y9; \
	VPMOVSXWD 160(AX), Y15; \
	VPADDD Y15, Y10, Y10; \
	VPMOVSXWD 176(AX), Y15; \
	VPADDD Y15, Y11, Y11; \
	VPMOVSXWD 192(AX), Y15; \
	VPADDD Y15, Y12, Y12; \
	VPMOVSXWD 208(AX), Y15; \
	VPADDD Y15, Y13, Y13;


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

// func qsumAVX2(acc *int32, rows **int16, k, n int)
//
// acc[i] = rows[0][i] + ... + rows[k-1][i] for i < n, in 32-bit integers
// (exact), thirty-two at a time, then eight, then one; zero when k is 0. rows points at k
// pointers, one to each row's first weight.
TEXT ·qsumAVX2(SB), NOSPLIT, $0-32
	MOVQ acc+0(FP), DI
	MOVQ rows+8(FP), SI
	MOVQ k+16(FP), R9
	MOVQ n+24(FP), CX
	XORQ DX, DX // byte offset of the stretch in acc
	XORQ BX, BX // and in the rows
	CMPQ CX, $112
	JEQ  qs112

qs32:
	CMPQ  CX, $32
	JLT   qs8
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	MOVQ  SI, R10
	MOVQ  R9, R11

qsrows32:
	TESTQ     R11, R11
	JEQ       qsstore32
	MOVQ      0(R10), AX
	VPMOVSXWD 0(AX)(BX*1), Y4
	VPMOVSXWD 16(AX)(BX*1), Y5
	VPMOVSXWD 32(AX)(BX*1), Y6
	VPMOVSXWD 48(AX)(BX*1), Y8
	VPADDD    Y4, Y0, Y0
	VPADDD    Y5, Y1, Y1
	VPADDD    Y6, Y2, Y2
	VPADDD    Y8, Y3, Y3
	ADDQ      $8, R10
	DECQ      R11
	JMP       qsrows32

qsstore32:
	VMOVDQU Y0, 0(DI)(DX*1)
	VMOVDQU Y1, 32(DI)(DX*1)
	VMOVDQU Y2, 64(DI)(DX*1)
	VMOVDQU Y3, 96(DI)(DX*1)
	ADDQ    $128, DX
	ADDQ    $64, BX
	SUBQ    $32, CX
	JMP     qs32

qs8:
	CMPQ   CX, $8
	JLT    qs1
	VPXOR  Y0, Y0, Y0
	MOVQ   SI, R10
	MOVQ   R9, R11

qsrows8:
	TESTQ     R11, R11
	JEQ       qsstore8
	MOVQ      0(R10), AX
	VPMOVSXWD 0(AX)(BX*1), Y4
	VPADDD    Y4, Y0, Y0
	ADDQ      $8, R10
	DECQ      R11
	JMP       qsrows8

qsstore8:
	VMOVDQU Y0, 0(DI)(DX*1)
	ADDQ    $32, DX
	ADDQ    $16, BX
	SUBQ    $8, CX
	JMP     qs8

qs1:
	TESTQ CX, CX
	JEQ   qsdone
	XORQ  R12, R12
	MOVQ  SI, R10
	MOVQ  R9, R11

qsrows1:
	TESTQ   R11, R11
	JEQ     qsstore1
	MOVQ    0(R10), AX
	MOVWQSX 0(AX)(BX*1), R13
	ADDL    R13, R12
	ADDQ    $8, R10
	DECQ    R11
	JMP     qsrows1

qsstore1:
	MOVL R12, 0(DI)(DX*1)
	ADDQ $4, DX
	ADDQ $2, BX
	DECQ CX
	JMP  qs1

qsdone:
	VZEROUPPER
	RET

// qs112 is qsumAVX2 for rows of 112 steps (those of up to 112 classes,
// StepRowLen): all 112 sums stay in fourteen registers while every row is
// added, each row's steps read in one stretch.
qs112:
	ZERO112SUMS

qs112rows:
	TESTQ R9, R9
	JEQ   qs112store
	MOVQ  0(SI), AX
	ACC112STEPS
	ADDQ  $8, SI
	DECQ  R9
	JMP   qs112rows

qs112store:
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VMOVDQU Y4, 128(DI)
	VMOVDQU Y5, 160(DI)
	VMOVDQU Y6, 192(DI)
	VMOVDQU Y7, 224(DI)
	VMOVDQU Y8, 256(DI)
	VMOVDQU Y9, 288(DI)
	VMOVDQU Y10, 320(DI)
	VMOVDQU Y11, 352(DI)
	VMOVDQU Y12, 384(DI)
	VMOVDQU Y13, 416(DI)
	VZEROUPPER
	RET


// lanes112 numbers the eight lanes of a register, for the mask of the
// scores past 104 (qsum112AVX2).
DATA lanes112<>+0(SB)/4, $0
DATA lanes112<>+4(SB)/4, $1
DATA lanes112<>+8(SB)/4, $2
DATA lanes112<>+12(SB)/4, $3
DATA lanes112<>+16(SB)/4, $4
DATA lanes112<>+20(SB)/4, $5
DATA lanes112<>+24(SB)/4, $6
DATA lanes112<>+28(SB)/4, $7
GLOBL lanes112<>(SB), RODATA|NOPTR, $32

// func qsum112AVX2(scores *float32, rows **int16, k int, step float32, set bool, n int)
//
// The sums of the first 112 steps of the k rows whose first steps rows
// points at, in 32-bit integers (exact), as qsumAVX2 gives them; the
// first n (105 to 112) converted, multiplied by step and added to the n
// scores at scores (set: stored in them, the same as adding them to
// zeros, since a product is never -0), as qflushAVX2 does: the first 104
// with the sums kept in registers, the rest through a mask of the lanes
// below n-104, which reads and writes nothing past the scores.
TEXT ·qsum112AVX2(SB), NOSPLIT, $0-40
	MOVQ scores+0(FP), DI
	MOVQ rows+8(FP), SI
	MOVQ k+16(FP), R9
	ZERO112SUMS
	CMPQ R9, $2
	JLT  q112rows

q112pairs: // two rows a loop while there are
	MOVQ 0(SI), AX
	ACC112STEPS
	MOVQ 8(SI), AX
	ACC112STEPS
	ADDQ $16, SI
	SUBQ $2, R9
	CMPQ R9, $2
	JGE  q112pairs

q112rows:
	TESTQ R9, R9
	JEQ   q112flush
	MOVQ  0(SI), AX
	ACC112STEPS
	ADDQ  $8, SI
	DECQ  R9
	JMP   q112rows

q112flush:
	VBROADCASTSS step+24(FP), Y14
	VCVTDQ2PS Y0, Y0
	VMULPS    Y14, Y0, Y0
	VCVTDQ2PS Y1, Y1
	VMULPS    Y14, Y1, Y1
	VCVTDQ2PS Y2, Y2
	VMULPS    Y14, Y2, Y2
	VCVTDQ2PS Y3, Y3
	VMULPS    Y14, Y3, Y3
	VCVTDQ2PS Y4, Y4
	VMULPS    Y14, Y4, Y4
	VCVTDQ2PS Y5, Y5
	VMULPS    Y14, Y5, Y5
	VCVTDQ2PS Y6, Y6
	VMULPS    Y14, Y6, Y6
	VCVTDQ2PS Y7, Y7
	VMULPS    Y14, Y7, Y7
	VCVTDQ2PS Y8, Y8
	VMULPS    Y14, Y8, Y8
	VCVTDQ2PS Y9, Y9
	VMULPS    Y14, Y9, Y9
	VCVTDQ2PS Y10, Y10
	VMULPS    Y14, Y10, Y10
	VCVTDQ2PS Y11, Y11
	VMULPS    Y14, Y11, Y11
	VCVTDQ2PS Y12, Y12
	VMULPS    Y14, Y12, Y12
	VCVTDQ2PS Y13, Y13
	VMULPS    Y14, Y13, Y13
	MOVQ         n+32(FP), AX
	SUBQ         $104, AX
	MOVQ         AX, X14
	VPBROADCASTD X14, Y14
	VMOVDQU      lanes112<>(SB), Y15
	VPCMPGTD     Y15, Y14, Y15 // the lanes below n-104
	MOVBQZX      set+28(FP), AX
	TESTQ        AX, AX
	JNE          q112store
	VADDPS 0+0(DI), Y0, Y0
	VADDPS 0+32(DI), Y1, Y1
	VADDPS 0+64(DI), Y2, Y2
	VADDPS 0+96(DI), Y3, Y3
	VADDPS 0+128(DI), Y4, Y4
	VADDPS 0+160(DI), Y5, Y5
	VADDPS 0+192(DI), Y6, Y6
	VADDPS 0+224(DI), Y7, Y7
	VADDPS 0+256(DI), Y8, Y8
	VADDPS 0+288(DI), Y9, Y9
	VADDPS 0+320(DI), Y10, Y10
	VADDPS 0+352(DI), Y11, Y11
	VADDPS 0+384(DI), Y12, Y12
	VMASKMOVPS 416(DI), Y15, Y14
	VADDPS     Y14, Y13, Y13

q112store:
	VMOVUPS    Y0, 0(DI)
	VMOVUPS    Y1, 32(DI)
	VMOVUPS    Y2, 64(DI)
	VMOVUPS    Y3, 96(DI)
	VMOVUPS    Y4, 128(DI)
	VMOVUPS    Y5, 160(DI)
	VMOVUPS    Y6, 192(DI)
	VMOVUPS    Y7, 224(DI)
	VMOVUPS    Y8, 256(DI)
	VMOVUPS    Y9, 288(DI)
	VMOVUPS    Y10, 320(DI)
	VMOVUPS    Y11, 352(DI)
	VMOVUPS    Y12, 384(DI)
	VMASKMOVPS Y13, Y15, 416(DI)
	VZEROUPPER
	RET

// func qflushAVX2(scores *float32, acc *int32, n int, step float32)
//
// scores[i] += float32(acc[i]) * step for i < n, eight at a time, then
// one: the conversion, the product and the sum each rounded to single
// precision.
TEXT ·qflushAVX2(SB), NOSPLIT, $0-28
	MOVQ         scores+0(FP), DI
	MOVQ         acc+8(FP), SI
	MOVQ         n+16(FP), CX
	VBROADCASTSS step+24(FP), Y7

qf8:
	CMPQ      CX, $8
	JLT       qf1
	VCVTDQ2PS 0(SI), Y0
	VMULPS    Y7, Y0, Y0
	VADDPS    0(DI), Y0, Y0
	VMOVUPS   Y0, 0(DI)
	ADDQ      $32, SI
	ADDQ      $32, DI
	SUBQ      $8, CX
	JMP       qf8

qf1:
	TESTQ      CX, CX
	JEQ        qfdone
	MOVLQSX    0(SI), AX
	VCVTSI2SSQ AX, X0, X0
	VMULSS     X7, X0, X0
	VADDSS     0(DI), X0, X0
	VMOVSS     X0, 0(DI)
	ADDQ       $4, SI
	ADDQ       $4, DI
	DECQ       CX
	JMP        qf1

qfdone:
	VZEROUPPER
	RET
