package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/api"
	"github.com/hearsay-news/hearsay/kb/sqlkb"
	"github.com/hearsay-news/hearsay/pipeline"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/web"
)

// Server limits.
const (
	serveReadHeaderTimeout = 5 * time.Second
	serveReadTimeout       = 30 * time.Second
	serveWriteTimeout      = 60 * time.Second
	serveIdleTimeout       = 2 * time.Minute
	serveShutdownTimeout   = 10 * time.Second
	serveMaxHeaderBytes    = 64 << 10
)

func runServe(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "serve", "", `Serve the knowledge base over HTTP: a web site (people with their timelines
and relationship graphs, claims with their evidence, outlets' track records,
contradictions, search; every page as of any day) and a JSON API under /api/
(described at /api/openapi.json).

The server listens on loopback unless --addr says otherwise. It logs one
JSON line per request on standard error and stops gracefully on SIGINT or
SIGTERM. Ingesting articles over HTTP (POST /api/documents) is off unless
--write-token-env names an environment variable holding a token; requests
must then carry "Authorization: Bearer <token>".`)
	db := dbFlag(e, fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (host:port)")
	tokenEnv := fs.String("write-token-env", "", "environment variable holding the write token that enables POST /api/documents")
	maxBody := fs.Int64("max-body", api.DefaultMaxBody, "largest request body accepted, in bytes")
	cacheMB := fs.Int64("cache-mb", api.DefaultCacheBytes>>20, "MiB of assembled answers kept until the store changes (0 keeps none)")
	if _, code, ok := parseFlags(fs, args); !ok {
		return code
	}
	token := ""
	if *tokenEnv != "" {
		token = strings.TrimSpace(e.getenv(*tokenEnv))
		if len(token) < 16 {
			fmt.Fprintf(e.stderr, "hearsay serve: $%s must hold a write token of at least 16 characters\n", *tokenEnv)
			return exitUsage
		}
	}
	if *cacheMB < 0 {
		fmt.Fprintln(e.stderr, "hearsay serve: --cache-mb must not be negative")
		return exitUsage
	}
	if *maxBody <= 0 {
		fmt.Fprintln(e.stderr, "hearsay serve: --max-body must be positive")
		return exitUsage
	}
	st := openStoreWith(ctx, e, *db, storeOptions{MustExist: token == "", Analyzer: analyzerName(pipeline.Options{})})
	if st == nil {
		return exitPartial
	}
	defer st.Close()
	if !refreshKB(ctx, e, st) {
		return exitPartial
	}
	log := slog.New(slog.NewJSONHandler(e.stderr, nil))
	h, closeKB, err := serveHandler(st, token, *maxBody, *cacheMB<<20, log)
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay serve: %v\n", err)
		return exitPartial
	}
	defer closeKB()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay serve: %v\n", err)
		return exitPartial
	}
	fmt.Fprintf(e.stdout, "hearsay: serving %s on http://%s/ (Ctrl-C stops)\n", st.Name(), ln.Addr())
	if err := serve(ctx, ln, h, log); err != nil {
		fmt.Fprintf(e.stderr, "hearsay serve: %v\n", err)
		return exitPartial
	}
	return exitOK
}

// serveHandler builds the site and the API over st, hardened. A non-empty
// token enables ingesting over HTTP. The knowledge base is read through its
// own pool of read-only connections, which closeKB releases. Up to
// cacheBytes of answers (pages and API responses) are kept until the store
// changes; 0 keeps none.
func serveHandler(st dbStore, token string, maxBody, cacheBytes int64, log *slog.Logger) (h http.Handler, closeKB func() error, err error) {
	backend, err := sqlkb.Open(st, sqlkb.ReadOptions{})
	if err != nil {
		return nil, nil, err
	}
	defer func() {
		if err != nil {
			backend.Close()
		}
	}()
	q := query.New(backend)
	cfg := api.Config{Query: q, Store: st, KB: backend, WriteToken: token, MaxBody: maxBody, Log: log}
	if token != "" {
		p, err := loadPipeline(pipeline.Options{})
		if err != nil {
			return nil, nil, err
		}
		cfg.Pipeline = p
	}
	a, err := api.New(cfg)
	if err != nil {
		return nil, nil, err
	}
	site, err := web.New(web.Config{Query: q, Store: st, Log: log})
	if err != nil {
		return nil, nil, err
	}
	mux := http.NewServeMux()
	a.Register(mux)
	site.Register(mux)
	h = mux
	if cacheBytes > 0 {
		h = api.Cache(mux, q.Version, cacheBytes)
	}
	return api.Harden(h, log, maxBody), backend.Close, nil
}

// serve runs an HTTP server on ln until ctx is done, then shuts it down,
// letting requests in flight finish.
func serve(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: serveReadHeaderTimeout,
		ReadTimeout:       serveReadTimeout,
		WriteTimeout:      serveWriteTimeout,
		IdleTimeout:       serveIdleTimeout,
		MaxHeaderBytes:    serveMaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), serveShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-done; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
