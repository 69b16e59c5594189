package main

import (
	"regexp"
	"strings"
	"testing"
)

var (
	// helpFlag is a flag line of a help text's Flags section ("  -name ...").
	helpFlag = regexp.MustCompile(`(?m)^  -([a-z0-9-]+)`)
	// exampleFlag is a flag written in an example command line.
	exampleFlag = regexp.MustCompile(`\s--?([a-z0-9-]+)`)
)

// TestModelHelp checks the help of the commands that train, score and
// time models: every group lists each of its subcommands in its help and
// in hearsay --help, every subcommand's help describes each flag and shows
// examples, and every flag an example uses is one of the command's.
func TestModelHelp(t *testing.T) {
	top := runCLI(t, nil, "--help").want(t, exitOK).stdout
	groups := map[string][]string{
		"eval":  {"timex", "pos", "ner", "coref", "entities", "facts"},
		"train": {"pos", "ner", "confidence"},
	}
	for group, subs := range groups {
		line := regexp.MustCompile(`(?m)^  ` + group + ` .*$`).FindString(top)
		help := runCLI(t, nil, group, "--help").want(t, exitOK).stdout
		for _, sub := range subs {
			if !strings.Contains(line, sub) {
				t.Errorf("hearsay --help line %q does not name %s %s", line, group, sub)
			}
			if !regexp.MustCompile(`(?m)^  ` + sub + ` `).MatchString(help) {
				t.Errorf("hearsay %s --help does not list %s:\n%s", group, sub, help)
			}
		}
	}
	cmds := [][]string{{"bench"}}
	for group, subs := range groups {
		for _, sub := range subs {
			cmds = append(cmds, []string{group, sub})
		}
	}
	for _, cmd := range cmds {
		name := strings.Join(cmd, " ")
		help := runCLI(t, nil, append(cmd, "--help")...).want(t, exitOK).stdout
		flags := map[string]bool{"help": true}
		for _, m := range helpFlag.FindAllStringSubmatch(help, -1) {
			flags[m[1]] = true
		}
		if len(flags) < 2 {
			t.Errorf("hearsay %s --help lists no flag:\n%s", name, help)
		}
		examples := 0
		for _, l := range strings.Split(help, "\n") {
			l = strings.TrimSpace(l)
			// an example of this command (pipelines and comments cut off)
			l, _, _ = strings.Cut(l, " #")
			l, _, _ = strings.Cut(l, " && ")
			l, _, _ = strings.Cut(l, " > ")
			if !strings.HasPrefix(l, "hearsay "+name+" ") {
				continue
			}
			examples++
			for _, m := range exampleFlag.FindAllStringSubmatch(strings.TrimPrefix(l, "hearsay "+name), -1) {
				if !flags[m[1]] {
					t.Errorf("hearsay %s --help: the example %q uses --%s, which is no flag of the command", name, l, m[1])
				}
			}
		}
		if examples == 0 {
			t.Errorf("hearsay %s --help has no example:\n%s", name, help)
		}
	}
}
