//go:build unix

package entity_test

import "syscall"

// cpuTime is the CPU time (user + system) this process has used, in
// microseconds: a measure of work that other processes on a busy machine
// do not inflate.
func cpuTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec)*1e6 + float64(ru.Utime.Usec+ru.Stime.Usec)
}
