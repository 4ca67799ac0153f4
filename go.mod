module github.com/pyvar/pyvar

go 1.26.0

require (
	github.com/dolthub/swiss v0.2.1
	github.com/google/pprof v0.0.0-20260906184651-6331bc6350fe
	golang.org/x/sys v0.49.0
	golang.org/x/term v0.47.0
	golang.org/x/text v0.43.0
)

require github.com/dolthub/maphash v0.1.0 // indirect
