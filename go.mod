module github.com/pyvar/pyvar

go 1.24.0

require (
	github.com/dolthub/swiss v0.2.1
	github.com/google/pprof v0.0.0-20250630185457-6e76a2b096b5
	golang.org/x/sys v0.41.0
	golang.org/x/term v0.40.0
	golang.org/x/text v0.34.0
)

require github.com/dolthub/maphash v0.1.0 // indirect
