module github.com/hashicorp/go-hclog/hclogvet

go 1.23

toolchain go1.24.0

require golang.org/x/tools v0.30.0

require (
	golang.org/x/mod v0.23.0 // indirect
	golang.org/x/sync v0.11.0 // indirect
)
