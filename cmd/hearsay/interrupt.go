package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// interruptible returns a context that the first SIGINT or SIGTERM
// cancels, telling w so; that signal's handler is then removed, so that a
// second one stops the process at once instead of waiting for the current
// document to be analysed (every store write is a transaction: what is
// stored stays whole either way). release undoes it and cancels the
// context.
func interruptible(parent context.Context, w io.Writer) (ctx context.Context, release func()) {
	ctx, cancel := context.WithCancel(parent)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case <-sig:
			signal.Stop(sig)
			fmt.Fprintln(w, "hearsay: interrupted: finishing the work in hand; interrupt again to stop at once (what is stored stays whole)")
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(sig)
		cancel()
	}
}
