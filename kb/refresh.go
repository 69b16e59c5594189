package kb

import (
	"context"
	"fmt"
)

// Refresh rebuilds the knowledge base in b when documents changed since it
// was last built (or when force is set). It reports whether it rebuilt.
// Force also makes the backend read every document again rather than only
// those that changed since its last read.
// Running it again after it was interrupted completes the work: the old
// knowledge base stays in place, marked stale, until a rebuild commits.
func Refresh(ctx context.Context, b Backend, rules *Rules, force bool) (bool, error) {
	if !force {
		stale, err := b.Stale(ctx)
		if err != nil {
			return false, fmt.Errorf("kb: refresh: %w", err)
		}
		if !stale {
			return false, nil
		}
	}
	var inputs []*Input
	gen, err := b.Inputs(ctx, force, func(in *Input) error {
		inputs = append(inputs, in)
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("kb: refresh: %w", err)
	}
	ds, err := b.Decisions(ctx)
	if err != nil {
		return false, fmt.Errorf("kb: refresh: %w", err)
	}
	k, err := Build(ctx, rules, inputs, ds)
	if err != nil {
		return false, fmt.Errorf("kb: refresh: %w", err)
	}
	k.Gen = gen
	if err := b.Replace(ctx, k); err != nil {
		return false, fmt.Errorf("kb: refresh: %w", err)
	}
	return true, nil
}
