#include "textflag.h"

// func addRows(scores, row *float32, n int)
//
// scores[i] += row[i] for i < n: sixteen at a time, then four, then one.
// Each addition is scores[i] + row[i] in single precision, as ADDSS does
// it for the Go loop.
TEXT ·addRows(SB), NOSPLIT, $0-24
	MOVQ scores+0(FP), DI
	MOVQ row+8(FP), SI
	MOVQ n+16(FP), CX

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
