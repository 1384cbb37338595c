module github.com/hashicorp/go-secure-stdlib/password

go 1.24.0

toolchain go1.24.1

require (
	golang.org/x/crypto v0.46.0
	golang.org/x/sys v0.40.0
)

require golang.org/x/term v0.38.0 // indirect
