//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe to write from another goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestInterruptible checks that the first interrupt cancels the context
// and says that a second one stops at once, and that releasing without an
// interrupt says nothing.
func TestInterruptible(t *testing.T) {
	var quiet lockedBuffer
	ctx, release := interruptible(context.Background(), &quiet)
	release()
	<-ctx.Done()
	time.Sleep(50 * time.Millisecond)
	if quiet.String() != "" {
		t.Errorf("released without an interrupt, said %q", quiet.String())
	}

	var out lockedBuffer
	ctx, release = interruptible(context.Background(), &out)
	defer release()
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Skipf("cannot signal this process: %v", err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the interrupt did not cancel the context")
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(out.String(), "interrupt again to stop at once") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(out.String(), "interrupt again to stop at once") {
		t.Errorf("the interrupt said %q", out.String())
	}
}
