package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe to read while a command writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeCommand starts `hearsay serve` on a free loopback port, checks
// a page, the API, the headers and the access log, then stops it the way
// SIGINT does (cancelling its context) and checks it exits cleanly.
func TestServeCommand(t *testing.T) {
	db := ingestedStore(t, "serve.db", "../../examples/navarro-pryce-anniversary.txt")

	runCLI(t, nil, "serve", "--db", filepath.Join(t.TempDir(), "none.db")).want(t, exitPartial)
	runCLI(t, map[string]string{"TOK": "short"}, "serve", "--db", db, "--write-token-env", "TOK").want(t, exitUsage)
	runCLI(t, nil, "serve", "--db", db, "--max-body", "0").want(t, exitUsage)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	exited := make(chan int, 1)
	go func() { exited <- run(ctx, e, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}) }()
	addr := ""
	re := regexp.MustCompile(`on http://(127\.0\.0\.1:\d+)/`)
	for deadline := time.Now().Add(20 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			addr = m[1]
		}
		select {
		case code := <-exited:
			t.Fatalf("serve exited with %d: %s", code, errb.String())
		default:
		}
	}
	if addr == "" {
		t.Fatalf("serve did not start: %s %s", out.String(), errb.String())
	}
	for _, c := range []struct {
		path, ctype string
		status      int
	}{
		{"/people/elise-navarro", "text/html", 200},
		{"/api/people/elise-navarro", "application/json", 200},
		{"/api/people/nobody", "application/json", 404},
	} {
		resp, err := http.Get("http://" + addr + c.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status || !strings.HasPrefix(resp.Header.Get("Content-Type"), c.ctype) {
			t.Errorf("GET %s: %d %s\n%s", c.path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
		if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: security headers missing: %v", c.path, resp.Header)
		}
	}
	cancel()
	select {
	case code := <-exited:
		if code != exitOK {
			t.Errorf("serve exited with %d after the stop: %s", code, errb.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	log := errb.String()
	if !strings.Contains(log, `"msg":"request"`) || !strings.Contains(log, `"path":"/api/people/nobody"`) || !strings.Contains(log, `"status":404`) {
		t.Errorf("access log lacks the requests:\n%s", log)
	}
}
